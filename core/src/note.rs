//! What a visitor (or a host) is told when outside input — a link, an
//! embed's options, a saved plan or shortlist — names something this guide
//! cannot use: [`Note`], one variant per kind of thing left out, carrying
//! what was left out, and one [`Display`](fmt::Display) that words them all.
//!
//! Decoders return `Vec<Note>` (see [`crate::Decoded`]); views show
//! `note.to_string()`. Tests of a decoder compare variants; the wording of
//! every variant is tested once, here. To add a note, add a variant, its
//! sentence in `fmt`, and a row to the table test below.
//!
//! A variant naming a list of values quotes up to three of them and counts
//! the rest ([`quoted_list`]), in the singular for one value and the plural
//! for more; such a list is never empty.

use std::fmt;

use crate::finder::Facet;

/// One part of outside input that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    // A comparison's `?roles=` (`compare::Selection`).
    /// Ids that are not roles of the catalogue.
    UnknownRoles { ids: Vec<String> },
    /// Roles named more than once; each is shown once.
    ListedTwice { ids: Vec<String> },
    /// Roles past the most that can be compared (`max`).
    TooManyRoles { max: usize, ids: Vec<String> },

    // The course finder's address (`CourseQuery::from_params`).
    /// A facet's values that are not among its options.
    UnknownFacetOptions { facet: Facet, values: Vec<String> },
    /// A `max_fee` that is not a whole amount.
    CostLimitNotAnAmount { value: String },
    /// A `sort` that is not a way to sort.
    UnknownSort { value: String },
    /// A `page` that is not a page number.
    NotAPageNumber { value: String },

    // Any page's address (`finder::repeated_params`).
    /// Query parameters named more than once; the first value counts.
    RepeatedParams { params: Vec<String> },

    // A plan's link (`Plan::from_query`) and a saved plan.
    /// A `role` that is not a role of the catalogue.
    UnknownPlanRole { value: String },
    /// `courses` ids the catalogue does not have.
    UnknownPlanCourses { ids: Vec<String> },
    /// A `type` that is not a provider type.
    UnknownProviderType { value: String },
    /// A `mode` that is not a study type.
    UnknownStudyType { value: String },
    /// A `state` that is not an Australian state or territory.
    UnknownState { value: String },
    /// A `max_level` that is not a qualification.
    UnknownQualification { value: String },
    /// A `max_fee` that is not a whole amount.
    FeeLimitNotAnAmount { value: String },
    /// An `online` that is neither 1 nor 0.
    OnlineNotAFlag { value: String },
    /// A `goal` that is not one of the objectives.
    UnknownGoal { value: String },
    /// A `load` that is not a study load.
    UnknownStudyLoad { value: String },
    /// What a saved plan names that the catalogue lacks: its role, its
    /// courses, or both (never neither).
    SavedPlanLacks {
        role: Option<String>,
        courses: Vec<String>,
    },

    // A progress link's `?progress=` (`Progress::from_param`).
    /// Skill ids the catalogue does not have.
    UnknownSkills { ids: Vec<String> },
    /// Groups not in the `letter_ids` form.
    UnrecognisedProgress { parts: Vec<String> },

    // The stored shortlist (`prefs::shortlist`).
    /// Shortlisted ids the catalogue does not have (kept on the list).
    ShortlistLacks { ids: Vec<String> },

    // An embed's options (`embed::EmbedOptions::parse`); a value is quoted
    // as the host wrote it, cut to 40 characters.
    /// An `accent` that is not six hex digits.
    BadAccent { value: String },
    /// A `theme` that is not light, dark or auto.
    BadTheme { value: String },
    /// A `provider` that is not a catalogue id.
    BadProvider { value: String },
    /// Options embed mode does not have.
    UnknownOptions { names: Vec<String> },
    /// A `provider` the catalogue does not have.
    ProviderNotInCatalogue { provider: String },

    // The quiz's saved answers (`quiz::decode_progress`).
    /// Saved answers that could not be read; the quiz starts afresh.
    QuizAnswersUnreadable,
}

impl Note {
    /// `note(names)`, or `None` when nothing was left out.
    pub(crate) fn if_any(
        names: Vec<String>,
        note: impl FnOnce(Vec<String>) -> Note,
    ) -> Option<Note> {
        (!names.is_empty()).then(|| note(names))
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// The list quoted, and whether it names one value.
        fn list(names: &[String]) -> (String, bool) {
            (quoted_list(names), names.len() == 1)
        }
        match self {
            Note::UnknownRoles { ids } => match list(ids) {
                (id, true) => write!(f, "{id} is not a role in this catalogue, so it was left out."),
                (ids, false) => write!(
                    f,
                    "{ids} are not roles in this catalogue, so they were left out."
                ),
            },
            Note::ListedTwice { ids } => match list(ids) {
                (id, true) => write!(f, "{id} was listed twice; it is shown once."),
                (ids, false) => write!(
                    f,
                    "{ids} were listed more than once; each is shown once."
                ),
            },
            Note::TooManyRoles { max, ids } => match list(ids) {
                (id, true) => write!(f, "Up to {max} roles can be compared, so {id} was left out."),
                (ids, false) => write!(
                    f,
                    "Up to {max} roles can be compared, so {ids} were left out."
                ),
            },
            Note::UnknownFacetOptions { facet, values } => {
                let facet = facet.label().to_lowercase();
                match list(values) {
                    (value, true) => write!(
                        f,
                        "{value} is not a known {facet} option, so it was ignored."
                    ),
                    (values, false) => write!(
                        f,
                        "{values} are not known {facet} options, so they were ignored."
                    ),
                }
            }
            Note::CostLimitNotAnAmount { value } => write!(
                f,
                "“{value}” is not an amount, so the cost limit was ignored."
            ),
            Note::UnknownSort { value } => write!(
                f,
                "“{value}” is not a way to sort, so results are sorted by relevance."
            ),
            Note::NotAPageNumber { value } => {
                write!(f, "“{value}” is not a page number, so page 1 is shown.")
            }
            Note::RepeatedParams { params } => match list(params) {
                (param, true) => write!(
                    f,
                    "This address names {param} more than once; the first value is used."
                ),
                (params, false) => write!(
                    f,
                    "This address names {params} more than once each; the first value of each is used."
                ),
            },
            Note::UnknownPlanRole { value } => write!(
                f,
                "“{value}” is not a role in this guide, so no role was chosen."
            ),
            Note::UnknownPlanCourses { ids } => write!(
                f,
                "This link names courses this guide does not have ({}), so they were left out.",
                quoted_list(ids)
            ),
            Note::UnknownProviderType { value } => {
                write!(f, "“{value}” is not a provider type, so it was ignored.")
            }
            Note::UnknownStudyType { value } => {
                write!(f, "“{value}” is not a study type, so it was ignored.")
            }
            Note::UnknownState { value } => write!(
                f,
                "“{value}” is not an Australian state or territory, so courses anywhere are proposed."
            ),
            Note::UnknownQualification { value } => write!(
                f,
                "“{value}” is not a qualification, so courses at every level are proposed."
            ),
            Note::FeeLimitNotAnAmount { value } => write!(
                f,
                "“{value}” is not an amount, so the fee limit was ignored."
            ),
            Note::OnlineNotAFlag { value } => write!(
                f,
                "“{value}” is not 1 or 0, so courses are not limited to online study."
            ),
            Note::UnknownGoal { value } => write!(
                f,
                "“{value}” is not one of fewest, soonest or cheapest, so the plan proposes the fewest courses."
            ),
            Note::UnknownStudyLoad { value } => write!(
                f,
                "“{value}” is not full-time, part-time or a number of hours a week, so times are full-time."
            ),
            Note::SavedPlanLacks { role, courses } => {
                let role = role.as_ref().map(|id| format!("the role “{id}”"));
                let courses = match courses.len() {
                    0 => None,
                    1 => Some(format!("the course {}", quoted_list(courses))),
                    _ => Some(format!("the courses {}", quoted_list(courses))),
                };
                let parts: Vec<String> = role.into_iter().chain(courses).collect();
                write!(
                    f,
                    "Your saved plan names {}, which this guide does not have, so they are left out here.",
                    parts.join(" and ")
                )
            }
            Note::UnknownSkills { ids } => write!(
                f,
                "This link names skills this guide does not have ({}), so they were left out.",
                quoted_list(ids)
            ),
            Note::UnrecognisedProgress { parts } => write!(
                f,
                "Part of this link is not in a form we recognise ({}), so it was left out.",
                quoted_list(parts)
            ),
            Note::ShortlistLacks { ids } => match list(ids) {
                (id, true) => write!(
                    f,
                    "{id} on your shortlist is not a course in this guide, so it is not shown (it stays on your list)."
                ),
                (ids, false) => write!(
                    f,
                    "{ids} on your shortlist are not courses in this guide, so they are not shown (they stay on your list)."
                ),
            },
            Note::BadAccent { value } => write!(
                f,
                "accent \"{value}\" is not a colour like 0b5cad (six hex digits); the default colour is used."
            ),
            Note::BadTheme { value } => write!(
                f,
                "theme \"{value}\" is not light, dark or auto; the visitor's system setting is used."
            ),
            Note::BadProvider { value } => write!(
                f,
                "provider \"{value}\" is not a catalogue id; courses from all providers are shown."
            ),
            Note::UnknownOptions { names } => match list(names) {
                (name, true) => write!(f, "unknown option {name} was ignored."),
                (names, false) => write!(f, "unknown options {names} were ignored."),
            },
            Note::ProviderNotInCatalogue { provider } => write!(
                f,
                "provider \"{provider}\" is not in the catalogue; courses from all providers are shown."
            ),
            Note::QuizAnswersUnreadable => f.write_str(
                "Your saved answers could not be read (they may be from an older version of the quiz), so the quiz starts afresh.",
            ),
        }
    }
}

/// Up to three names in quotes, then how many more: `“a”, “b” and 2 more`.
pub fn quoted_list(names: &[String]) -> String {
    const SHOWN: usize = 3;
    let quoted: Vec<String> = names.iter().take(SHOWN).map(|n| format!("“{n}”")).collect();
    match (quoted.split_last(), names.len().saturating_sub(SHOWN)) {
        (None, _) => String::new(),
        (Some((only, [])), 0) => only.clone(),
        (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
        (Some(_), more) => format!("{} and {more} more", quoted.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn lists_of_names_stay_short() {
        let names = |n: usize| -> Vec<String> { (1..=n).map(|i| i.to_string()).collect() };
        assert_eq!(quoted_list(&names(0)), "");
        assert_eq!(quoted_list(&names(1)), "“1”");
        assert_eq!(quoted_list(&names(2)), "“1” and “2”");
        assert_eq!(quoted_list(&names(3)), "“1”, “2” and “3”");
        assert_eq!(quoted_list(&names(5)), "“1”, “2”, “3” and 2 more");
    }

    #[test]
    fn only_a_list_with_something_in_it_is_a_note() {
        let note = |ids| Note::UnknownSkills { ids };
        assert_eq!(Note::if_any(vec![], note), None);
        assert_eq!(
            Note::if_any(names(&["x"]), note),
            Some(Note::UnknownSkills { ids: names(&["x"]) })
        );
    }

    /// Every variant's wording, in its singular and plural forms where it
    /// has both: what the visitor reads (and the browser tests match).
    #[test]
    fn every_note_reads_as_the_visitor_sees_it() {
        let one = || names(&["a"]);
        let two = || names(&["a", "b"]);
        let value = || "x".to_string();
        let table: Vec<(Note, &str)> = vec![
            (
                Note::UnknownRoles { ids: one() },
                "“a” is not a role in this catalogue, so it was left out.",
            ),
            (
                Note::UnknownRoles { ids: two() },
                "“a” and “b” are not roles in this catalogue, so they were left out.",
            ),
            (
                Note::ListedTwice { ids: one() },
                "“a” was listed twice; it is shown once.",
            ),
            (
                Note::ListedTwice { ids: two() },
                "“a” and “b” were listed more than once; each is shown once.",
            ),
            (
                Note::TooManyRoles { max: 4, ids: one() },
                "Up to 4 roles can be compared, so “a” was left out.",
            ),
            (
                Note::TooManyRoles { max: 4, ids: two() },
                "Up to 4 roles can be compared, so “a” and “b” were left out.",
            ),
            (
                Note::UnknownFacetOptions {
                    facet: Facet::Mode,
                    values: one(),
                },
                "“a” is not a known study type option, so it was ignored.",
            ),
            (
                Note::UnknownFacetOptions {
                    facet: Facet::Mode,
                    values: two(),
                },
                "“a” and “b” are not known study type options, so they were ignored.",
            ),
            (
                Note::CostLimitNotAnAmount { value: value() },
                "“x” is not an amount, so the cost limit was ignored.",
            ),
            (
                Note::UnknownSort { value: value() },
                "“x” is not a way to sort, so results are sorted by relevance.",
            ),
            (
                Note::NotAPageNumber { value: value() },
                "“x” is not a page number, so page 1 is shown.",
            ),
            (
                Note::RepeatedParams { params: one() },
                "This address names “a” more than once; the first value is used.",
            ),
            (
                Note::RepeatedParams { params: two() },
                "This address names “a” and “b” more than once each; the first value of each is used.",
            ),
            (
                Note::UnknownPlanRole { value: value() },
                "“x” is not a role in this guide, so no role was chosen.",
            ),
            (
                Note::UnknownPlanCourses { ids: one() },
                "This link names courses this guide does not have (“a”), so they were left out.",
            ),
            (
                Note::UnknownPlanCourses { ids: two() },
                "This link names courses this guide does not have (“a” and “b”), so they were left out.",
            ),
            (
                Note::UnknownProviderType { value: value() },
                "“x” is not a provider type, so it was ignored.",
            ),
            (
                Note::UnknownStudyType { value: value() },
                "“x” is not a study type, so it was ignored.",
            ),
            (
                Note::UnknownState { value: value() },
                "“x” is not an Australian state or territory, so courses anywhere are proposed.",
            ),
            (
                Note::UnknownQualification { value: value() },
                "“x” is not a qualification, so courses at every level are proposed.",
            ),
            (
                Note::FeeLimitNotAnAmount { value: value() },
                "“x” is not an amount, so the fee limit was ignored.",
            ),
            (
                Note::OnlineNotAFlag { value: value() },
                "“x” is not 1 or 0, so courses are not limited to online study.",
            ),
            (
                Note::UnknownGoal { value: value() },
                "“x” is not one of fewest, soonest or cheapest, so the plan proposes the fewest courses.",
            ),
            (
                Note::UnknownStudyLoad { value: value() },
                "“x” is not full-time, part-time or a number of hours a week, so times are full-time.",
            ),
            (
                Note::SavedPlanLacks {
                    role: Some(value()),
                    courses: vec![],
                },
                "Your saved plan names the role “x”, which this guide does not have, so they are left out here.",
            ),
            (
                Note::SavedPlanLacks {
                    role: None,
                    courses: one(),
                },
                "Your saved plan names the course “a”, which this guide does not have, so they are left out here.",
            ),
            (
                Note::SavedPlanLacks {
                    role: Some(value()),
                    courses: two(),
                },
                "Your saved plan names the role “x” and the courses “a” and “b”, which this guide does not have, so they are left out here.",
            ),
            (
                Note::UnknownSkills { ids: two() },
                "This link names skills this guide does not have (“a” and “b”), so they were left out.",
            ),
            (
                Note::UnrecognisedProgress { parts: one() },
                "Part of this link is not in a form we recognise (“a”), so it was left out.",
            ),
            (
                Note::ShortlistLacks { ids: one() },
                "“a” on your shortlist is not a course in this guide, so it is not shown (it stays on your list).",
            ),
            (
                Note::ShortlistLacks { ids: two() },
                "“a” and “b” on your shortlist are not courses in this guide, so they are not shown (they stay on your list).",
            ),
            (
                Note::BadAccent { value: value() },
                "accent \"x\" is not a colour like 0b5cad (six hex digits); the default colour is used.",
            ),
            (
                Note::BadTheme { value: value() },
                "theme \"x\" is not light, dark or auto; the visitor's system setting is used.",
            ),
            (
                Note::BadProvider { value: value() },
                "provider \"x\" is not a catalogue id; courses from all providers are shown.",
            ),
            (
                Note::UnknownOptions { names: one() },
                "unknown option “a” was ignored.",
            ),
            (
                Note::UnknownOptions { names: two() },
                "unknown options “a” and “b” were ignored.",
            ),
            (
                Note::ProviderNotInCatalogue { provider: value() },
                "provider \"x\" is not in the catalogue; courses from all providers are shown.",
            ),
            (
                Note::QuizAnswersUnreadable,
                "Your saved answers could not be read (they may be from an older version of the quiz), so the quiz starts afresh.",
            ),
        ];
        for (note, text) in table {
            assert_eq!(note.to_string(), text, "{note:?}");
        }
    }
}
