//! What a page that reads the catalogue without its courses still says
//! about them: how many there are, when their facts were last checked (the
//! about page), and the first few courses that teach each skill, with how
//! many do (a roadmap lists them). The build works it out from the whole
//! catalogue and writes it with the catalogue without courses
//! ([`WithoutCourses`], `pages::CATALOGUE_WITHOUT_COURSES_FILE`); with the
//! whole catalogue loaded, the browser works it out the same way, so a page
//! shows the same from either.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Catalogue;

/// How many of the courses that teach a skill a roadmap lists before
/// linking to the finder for the rest.
pub const LISTED: usize = 3;

/// The catalogue's courses in summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseSummary {
    /// How many courses there are.
    pub count: usize,
    /// The earliest and latest days (ISO dates) a course's facts were last
    /// checked; `None` with no courses.
    pub checked: Option<(String, String)>,
    /// By skill id, for every skill some course teaches.
    pub teaching: BTreeMap<String, SkillCourses>,
}

/// The courses that teach one skill, as a roadmap lists them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillCourses {
    /// The first [`LISTED`] of them, shortest first, then by title (and
    /// id): each course's id and title.
    pub listed: Vec<(String, String)>,
    /// How many there are.
    pub total: usize,
}

impl CourseSummary {
    /// The summary of `cat`'s courses, as [`Courses::Every`] answers for them.
    pub fn of(cat: &Catalogue) -> CourseSummary {
        let every = Courses::Every(cat);
        CourseSummary {
            count: every.count(),
            checked: every.checked(),
            teaching: cat
                .skills
                .iter()
                .map(|skill| (skill.id.clone(), every.teaching(&skill.id)))
                .filter(|(_, courses)| courses.total > 0)
                .collect(),
        }
    }

    /// The summary as a flat list of strings, as the file without courses
    /// holds it: the count, the first and last checked days (empty with no
    /// courses), then for each skill its id, total, how many are listed,
    /// and each listed course's id and title.
    pub fn to_strings(&self) -> Vec<String> {
        let (first, last) = self.checked.clone().unwrap_or_default();
        let mut list = vec![self.count.to_string(), first, last];
        for (skill, courses) in &self.teaching {
            list.extend([
                skill.clone(),
                courses.total.to_string(),
                courses.listed.len().to_string(),
            ]);
            for (id, title) in &courses.listed {
                list.extend([id.clone(), title.clone()]);
            }
        }
        list
    }

    /// The summary [`CourseSummary::to_strings`] wrote, or `None` if `list`
    /// is not in that form.
    pub fn from_strings(list: &[String]) -> Option<CourseSummary> {
        let mut items = list.iter();
        let number = |items: &mut std::slice::Iter<String>| items.next()?.parse::<usize>().ok();
        let count = number(&mut items)?;
        let (first, last) = (items.next()?, items.next()?);
        let checked = (!first.is_empty()).then(|| (first.clone(), last.clone()));
        let mut teaching = BTreeMap::new();
        while let Some(skill) = items.next() {
            let total = number(&mut items)?;
            let mut listed = Vec::new();
            for _ in 0..number(&mut items)? {
                listed.push((items.next()?.clone(), items.next()?.clone()));
            }
            teaching.insert(skill.clone(), SkillCourses { listed, total });
        }
        Some(CourseSummary {
            count,
            checked,
            teaching,
        })
    }
}

/// What a page that does not need every course asks of them, answered by
/// every course or, read without them, by their summary — the same answers
/// either way (the summary is worked out by these very rules).
#[derive(Debug, Clone, Copy)]
pub enum Courses<'a> {
    /// Every course, in the catalogue.
    Every(&'a Catalogue),
    /// Their summary, read with the catalogue without them.
    Summary(&'a CourseSummary),
}

impl Courses<'_> {
    /// How many courses there are.
    pub fn count(self) -> usize {
        match self {
            Courses::Every(cat) => cat.courses.len(),
            Courses::Summary(summary) => summary.count,
        }
    }

    /// The earliest and latest days (ISO dates) a course's facts were last
    /// checked; `None` with no courses.
    pub fn checked(self) -> Option<(String, String)> {
        match self {
            Courses::Every(cat) => {
                let dates = || cat.courses.iter().map(|c| c.checked.as_str());
                dates()
                    .min()
                    .zip(dates().max())
                    .map(|(a, b)| (a.to_string(), b.to_string()))
            }
            Courses::Summary(summary) => summary.checked.clone(),
        }
    }

    /// The courses that teach `skill`, as a roadmap lists them.
    pub fn teaching(self, skill: &str) -> SkillCourses {
        match self {
            Courses::Every(cat) => {
                let courses = crate::roadmap::courses_teaching(cat, skill);
                SkillCourses {
                    listed: courses
                        .iter()
                        .take(LISTED)
                        .map(|c| (c.id.clone(), c.title.clone()))
                        .collect(),
                    total: courses.len(),
                }
            }
            Courses::Summary(summary) => summary.teaching.get(skill).cloned().unwrap_or_default(),
        }
    }
}

/// `pages::CATALOGUE_WITHOUT_COURSES_FILE`: the catalogue with its courses
/// left out, and their summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WithoutCourses {
    /// The catalogue, `courses` empty.
    pub catalogue: Catalogue,
    /// Its courses in summary.
    pub courses: CourseSummary,
}

impl WithoutCourses {
    /// The file's text: `{"length":N,"catalogue":CATALOGUE,"courses":SUMMARY}`,
    /// where N is the length of CATALOGUE in bytes and SUMMARY is
    /// [`CourseSummary::to_strings`], so that [`WithoutCourses::read`] can
    /// read it in parts.
    pub fn write(&self) -> String {
        let catalogue = serde_json::to_string(&self.catalogue).unwrap_or_default();
        let courses = serde_json::to_string(&self.courses.to_strings()).unwrap_or_default();
        format!(
            "{{\"length\":{},\"catalogue\":{catalogue},\"courses\":{courses}}}",
            catalogue.len()
        )
    }

    /// Reads the text [`WithoutCourses::write`] writes: the catalogue as
    /// [`crate::load::read_catalogue`] reads any, the summary as a list of
    /// strings. Both reuse what the browser's code already holds to read a
    /// catalogue: deriving a reader for the file, or for the summary's own
    /// shape, added 4 to 10 KB of gzipped wasm.
    pub fn read(text: &str) -> Result<WithoutCourses, crate::LoadError> {
        let not_read = || {
            crate::LoadError::NotJson(
                "not a catalogue without courses as the build writes it".into(),
            )
        };
        let rest = text.strip_prefix("{\"length\":").ok_or_else(not_read)?;
        let (length, rest) = rest.split_once(',').ok_or_else(not_read)?;
        let length: usize = length.parse().map_err(|_| not_read())?;
        let rest = rest.strip_prefix("\"catalogue\":").ok_or_else(not_read)?;
        let catalogue = rest.get(..length).ok_or_else(not_read)?;
        let courses = rest
            .get(length..)
            .and_then(|rest| rest.strip_prefix(",\"courses\":"))
            .and_then(|rest| rest.strip_suffix('}'))
            .and_then(|list| serde_json::from_str::<Vec<String>>(list).ok())
            .and_then(|list| CourseSummary::from_strings(&list))
            .ok_or_else(not_read)?;
        Ok(WithoutCourses {
            catalogue: crate::load::read_catalogue(catalogue)?,
            courses,
        })
    }

    /// `cat` without its courses, and their summary.
    pub fn of(cat: &Catalogue) -> WithoutCourses {
        WithoutCourses {
            catalogue: Catalogue {
                courses: Vec::new(),
                ..cat.clone()
            },
            courses: CourseSummary::of(cat),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture;

    #[test]
    fn a_skill_lists_its_shortest_courses_and_counts_them_all() {
        let cat = test_fixture();
        let summary = CourseSummary::of(&cat);
        assert_eq!(summary.count, cat.courses.len());
        for skill in &cat.skills {
            let teaching = Courses::Summary(&summary).teaching(&skill.id);
            let all = crate::roadmap::courses_teaching(&cat, &skill.id);
            assert_eq!(teaching.total, all.len(), "{}", skill.id);
            let expected: Vec<(String, String)> = all
                .iter()
                .take(LISTED)
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect();
            assert_eq!(teaching.listed, expected, "{}", skill.id);
        }
        assert_eq!(
            Courses::Summary(&summary).teaching("no-such-skill"),
            SkillCourses::default()
        );
    }

    #[test]
    fn the_checked_dates_span_every_course() {
        let mut cat = test_fixture();
        let mut later = cat.courses[0].clone();
        later.id = "later".into();
        later.checked = "2099-12-31".into();
        cat.courses[0].checked = "2020-01-02".into();
        cat.courses.push(later);
        let summary = CourseSummary::of(&cat);
        assert_eq!(
            summary.checked,
            Some(("2020-01-02".to_string(), "2099-12-31".to_string()))
        );
        cat.courses.clear();
        assert_eq!(CourseSummary::of(&cat).checked, None);
    }

    #[test]
    fn the_file_without_courses_reads_back_as_written() {
        let cat = test_fixture();
        let without = WithoutCourses::of(&cat);
        assert!(without.catalogue.courses.is_empty());
        assert_eq!(without.catalogue.roles, cat.roles);
        let text = without.write();
        // Valid JSON, in the catalogue's own form.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["catalogue"]["courses"], serde_json::json!([]));
        assert_eq!(WithoutCourses::read(&text).unwrap(), without);
        let shifted = text.replacen("{\"length\":", "{\"length\":1", 1);
        for broken in [
            "{}",
            "{\"length\":5,\"catalogue\":{}}",
            &text[..text.len() - 1],
            &shifted,
        ] {
            assert!(WithoutCourses::read(broken).is_err(), "{broken:.60}");
        }
        // The summary's list reads back, and a short or malformed one does not.
        let list = without.courses.to_strings();
        assert_eq!(
            CourseSummary::from_strings(&list),
            Some(without.courses.clone())
        );
        assert_eq!(CourseSummary::from_strings(&list[..list.len() - 1]), None);
        assert_eq!(CourseSummary::from_strings(&["x".to_string()]), None);
        let empty = CourseSummary::default();
        assert_eq!(
            CourseSummary::from_strings(&empty.to_strings()),
            Some(empty)
        );
    }
}
