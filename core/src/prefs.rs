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
    /// The localStorage key the shortlist is kept under.
    pub const STORAGE_KEY: &str = "career-guide.shortlist";

    /// A stored value that is not a shortlist.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Corrupt;

    /// Decodes the stored list; `Err` for anything that is not an array of
    /// strings (the caller discards it and says so). Duplicates are dropped.
    pub fn decode(stored: Option<&str>) -> Result<Vec<String>, Corrupt> {
        let Some(text) = stored else {
            return Ok(Vec::new());
        };
        let list: Vec<String> = serde_json::from_str(text).map_err(|_| Corrupt)?;
        let mut out: Vec<String> = Vec::new();
        for id in list {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// The stored form of a list of course ids.
    pub fn encode(ids: &[String]) -> String {
        serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
    }

    /// Adds `id` if absent, removes it if present.
    pub fn toggled(ids: &[String], id: &str) -> Vec<String> {
        if ids.iter().any(|x| x == id) {
            ids.iter().filter(|x| *x != id).cloned().collect()
        } else {
            let mut next = ids.to_vec();
            next.push(id.to_string());
            next
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
        use shortlist::{decode, encode, toggled, Corrupt};
        let ids = vec!["a".to_string(), "b".to_string()];
        assert_eq!(decode(Some(&encode(&ids))), Ok(ids.clone()));
        assert_eq!(decode(None), Ok(vec![]));
        assert_eq!(decode(Some("{corrupt")), Err(Corrupt));
        assert_eq!(decode(Some("[1, 2]")), Err(Corrupt));
        assert_eq!(decode(Some(r#"["a","a"]"#)), Ok(vec!["a".to_string()]));
        assert_eq!(toggled(&ids, "a"), vec!["b".to_string()]);
        assert_eq!(toggled(&ids, "c").len(), 3);
    }
}
