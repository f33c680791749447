//! Visitor preferences kept in localStorage, decoded defensively: a value
//! that is missing, corrupt or from an old format falls back to the default.

/// A colour scheme, light or dark, by the name the site uses for it
/// everywhere: in local storage, in embed options and as `data-theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// The scheme's name: `light` or `dark`.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    /// The scheme called `name` (exactly, in lower case).
    pub fn from_name(name: &str) -> Option<Scheme> {
        [Scheme::Light, Scheme::Dark]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

/// The colour theme a visitor chose; `System` follows the OS setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The localStorage key the choice is kept under.
    pub const STORAGE_KEY: &'static str = "career-guide.theme";

    /// The stored choice; anything but a scheme's name means `System`.
    pub fn decode(stored: Option<&str>) -> Theme {
        Theme::forcing(stored.and_then(Scheme::from_name))
    }

    /// The theme that forces `scheme`; `None` follows the system.
    pub fn forcing(scheme: Option<Scheme>) -> Theme {
        match scheme {
            Some(Scheme::Light) => Theme::Light,
            Some(Scheme::Dark) => Theme::Dark,
            None => Theme::System,
        }
    }

    /// The stored form; `None` means "remove the key".
    pub fn encode(self) -> Option<&'static str> {
        self.scheme().map(Scheme::name)
    }

    /// The scheme the visitor forced, if any.
    pub fn scheme(self) -> Option<Scheme> {
        match self {
            Theme::System => None,
            Theme::Light => Some(Scheme::Light),
            Theme::Dark => Some(Scheme::Dark),
        }
    }

    /// The theme a toggle switches to, given what is on screen now.
    pub fn toggled(showing_dark: bool) -> Theme {
        if showing_dark {
            Theme::Light
        } else {
            Theme::Dark
        }
    }
}

/// The course shortlist, stored as a JSON array of course ids.
pub mod shortlist {
    use std::collections::{HashMap, HashSet};
    use std::fmt;

    use crate::model::{Catalogue, Course};
    use crate::note::Note;

    /// The localStorage key the shortlist is kept under.
    pub const STORAGE_KEY: &str = "career-guide.shortlist";

    /// The most courses a shortlist holds: far more than anyone compares
    /// side by side, and few enough that every page reads it at once.
    pub const MAX_COURSES: usize = 1000;

    /// The longest stored shortlist read: [`MAX_COURSES`] ids of the
    /// catalogue's longest allowed id, quoted and comma-separated. Longer
    /// text is not parsed at all.
    pub const MAX_STORED_BYTES: usize = MAX_COURSES * (crate::validate::MAX_ID_CHARS + 3) + 2;

    /// Why a stored value is not a shortlist this version can use.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ShortlistError {
        /// Not a JSON array of strings.
        Corrupt,
        /// More than [`MAX_COURSES`] distinct courses (or longer than any
        /// such list can be).
        TooLong,
    }

    impl fmt::Display for ShortlistError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ShortlistError::Corrupt => {
                    write!(f, "It is damaged or was not saved by Career Guide.")
                }
                ShortlistError::TooLong => write!(
                    f,
                    "It lists more than the {MAX_COURSES} courses a shortlist can hold."
                ),
            }
        }
    }

    /// Decodes the stored list, in linear time. Duplicates are dropped;
    /// anything that is not an array of strings, or is longer than a
    /// shortlist can be, is an error (the caller sets it aside and says so).
    pub fn decode(text: &str) -> Result<Vec<String>, ShortlistError> {
        if text.len() > MAX_STORED_BYTES {
            return Err(ShortlistError::TooLong);
        }
        let list: Vec<String> = serde_json::from_str(text).map_err(|_| ShortlistError::Corrupt)?;
        let mut seen = HashSet::with_capacity(list.len());
        let out: Vec<String> = list
            .into_iter()
            .filter(|id| seen.insert(id.clone()))
            .collect();
        if out.len() > MAX_COURSES {
            return Err(ShortlistError::TooLong);
        }
        Ok(out)
    }

    /// The stored form of a list of course ids.
    pub fn encode(ids: &Vec<String>) -> String {
        serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
    }

    /// Whether `id` can be added: it is on the list already (so the toggle
    /// removes it) or the list has room.
    pub fn can_toggle(ids: &[String], id: &str) -> bool {
        ids.len() < MAX_COURSES || ids.iter().any(|x| x == id)
    }

    /// The shortlisted courses the catalogue has, in shortlist order, and
    /// the ids it does not have (a course since removed, or one from
    /// another deployment on the same host, which shares the storage).
    pub fn in_catalogue<'a>(cat: &'a Catalogue, ids: &[String]) -> (Vec<&'a Course>, Vec<String>) {
        let by_id: HashMap<&str, &Course> =
            cat.courses.iter().map(|c| (c.id.as_str(), c)).collect();
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for id in ids {
            match by_id.get(id.as_str()) {
                Some(course) => found.push(*course),
                None => missing.push(id.clone()),
            }
        }
        (found, missing)
    }

    /// How many shortlisted courses the catalogue has: what the shortlist
    /// page shows, so the finder's count agrees with it.
    pub fn count_in_catalogue(cat: &Catalogue, ids: &[String]) -> usize {
        if ids.is_empty() {
            return 0;
        }
        let listed: HashSet<&str> = ids.iter().map(String::as_str).collect();
        cat.courses
            .iter()
            .filter(|c| listed.contains(c.id.as_str()))
            .count()
    }

    /// The note for shortlisted ids this catalogue does not have; they are
    /// kept on the list, not shown.
    pub fn missing_note(missing: &[String]) -> Option<Note> {
        Note::if_any(missing.to_vec(), |ids| Note::ShortlistLacks { ids })
    }

    /// Adds `id` if absent and there is room, removes it if present.
    pub fn toggled(ids: &[String], id: &str) -> Vec<String> {
        if ids.iter().any(|x| x == id) {
            ids.iter().filter(|x| *x != id).cloned().collect()
        } else if ids.len() < MAX_COURSES {
            let mut next = ids.to_vec();
            next.push(id.to_string());
            next
        } else {
            ids.to_vec()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_theme_round_trips_and_bad_values_fall_back() {
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::decode(t.encode()), t);
        }
        assert_eq!(Theme::decode(Some("{corrupt")), Theme::System);
        assert_eq!(Theme::decode(Some("DARK")), Theme::System);
        assert_eq!(Theme::toggled(true), Theme::Light);
        assert_eq!(Theme::toggled(false), Theme::Dark);
        assert_eq!(Theme::Dark.scheme(), Some(Scheme::Dark));
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::forcing(t.scheme()), t);
        }
        assert_eq!(Scheme::from_name("light"), Some(Scheme::Light));
        assert_eq!(Scheme::from_name("auto"), None);
    }

    #[test]
    fn shortlist_round_trips_and_rejects_corrupt_values() {
        use shortlist::{decode, encode, toggled, ShortlistError::*, MAX_COURSES};
        let ids = vec!["a".to_string(), "b".to_string()];
        assert_eq!(decode(&encode(&ids)), Ok(ids.clone()));
        assert_eq!(decode("[]"), Ok(vec![]));
        assert_eq!(decode("{corrupt"), Err(Corrupt));
        assert_eq!(decode("[1, 2]"), Err(Corrupt));
        assert_eq!(decode(r#"["a","a"]"#), Ok(vec!["a".to_string()]));
        assert_eq!(toggled(&ids, "a"), vec!["b".to_string()]);
        assert_eq!(toggled(&ids, "c").len(), 3);
        assert!(Corrupt.to_string().contains("damaged"));
        assert!(TooLong.to_string().contains("1000"));
        let _ = MAX_COURSES;
    }

    #[test]
    fn a_shortlist_has_a_bound_and_decodes_in_linear_time() {
        use shortlist::{can_toggle, decode, encode, toggled, ShortlistError, MAX_COURSES};
        let full: Vec<String> = (0..MAX_COURSES).map(|n| format!("course-{n}")).collect();
        assert_eq!(decode(&encode(&full)).map(|l| l.len()), Ok(MAX_COURSES));
        let mut over = full.clone();
        over.push("one-more".into());
        assert_eq!(decode(&encode(&over)), Err(ShortlistError::TooLong));
        // Repeats do not count towards the bound.
        let mut repeated = full.clone();
        repeated.extend(full.iter().cloned());
        assert_eq!(decode(&encode(&repeated)).map(|l| l.len()), Ok(MAX_COURSES));
        // 100,000 ids are refused by their length, without parsing.
        let huge: Vec<String> = (0..100_000).map(|n| format!("c{n}")).collect();
        assert_eq!(decode(&encode(&huge)), Err(ShortlistError::TooLong));
        assert!(!can_toggle(&full, "new"));
        assert!(can_toggle(&full, "course-3"));
        assert_eq!(toggled(&full, "new"), full, "no room: unchanged");
    }

    #[test]
    fn shortlisted_ids_the_catalogue_lacks_are_named_in_one_note() {
        use shortlist::{in_catalogue, missing_note};
        let cat = crate::roadmap::testing::catalogue();
        let first = cat.courses[0].id.clone();
        let ids: Vec<String> = [first.as_str(), "gone", "x1", "x2", "x3"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (found, missing) = in_catalogue(&cat, &ids);
        assert_eq!(shortlist::count_in_catalogue(&cat, &ids), 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, first);
        assert_eq!(
            missing_note(&missing),
            Some(crate::note::Note::ShortlistLacks {
                ids: ids[1..].to_vec()
            })
        );
        assert_eq!(missing_note(&[]), None);
    }
}
