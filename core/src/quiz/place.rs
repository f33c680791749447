//! Where the visitor could study: the choice on the quiz results that
//! narrows the courses closing the gap, kept in the results address
//! (`where=VIC`, `where=online`; absent: anywhere). The rule is the plan's
//! ([`Constraints`]): a state admits courses with a campus there and every
//! course that can be studied online; online only admits those.

use crate::model::{Catalogue, Course, StudyMode};
use crate::plan::Constraints;
use crate::validate::STATES;

/// The results address's parameter for the choice.
pub const PARAM: &str = crate::links::param::WHERE;

/// The value of [`PARAM`] for online only.
const ONLINE: &str = "online";

/// Each state or territory's name, by its code (in [`STATES`] order).
const STATE_NAMES: [(&str, &str); 8] = [
    ("ACT", "Australian Capital Territory"),
    ("NSW", "New South Wales"),
    ("NT", "Northern Territory"),
    ("QLD", "Queensland"),
    ("SA", "South Australia"),
    ("TAS", "Tasmania"),
    ("VIC", "Victoria"),
    ("WA", "Western Australia"),
];

// The names follow the validator's list of states.
const _: () = assert!(STATE_NAMES.len() == STATES.len());

/// Where the visitor could study.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StudyPlace {
    /// No choice made: every course.
    #[default]
    Anywhere,
    /// On campus in this state or territory (a code in [`STATES`]), or online.
    State(&'static str),
    /// Online only.
    Online,
}

impl StudyPlace {
    /// The choice a [`PARAM`] value names; anything else (or none) is
    /// anywhere.
    pub fn from_param(value: Option<&str>) -> StudyPlace {
        match value {
            Some(ONLINE) => StudyPlace::Online,
            Some(code) => STATES
                .iter()
                .find(|s| **s == code)
                .map_or(StudyPlace::Anywhere, |s| StudyPlace::State(s)),
            None => StudyPlace::Anywhere,
        }
    }

    /// The [`PARAM`] value for this choice; empty for anywhere.
    pub fn param(&self) -> &'static str {
        match self {
            StudyPlace::Anywhere => "",
            StudyPlace::State(code) => code,
            StudyPlace::Online => ONLINE,
        }
    }

    /// What to add to a results address to keep this choice: `&where=VIC`,
    /// or nothing for anywhere.
    pub fn query_suffix(&self) -> String {
        match self.param() {
            "" => String::new(),
            value => format!("&{PARAM}={value}"),
        }
    }

    /// Every choice as the results page offers it: (value, label), anywhere
    /// first, then each state and territory, then online only.
    pub fn choices() -> Vec<(&'static str, String)> {
        std::iter::once(("", "Anywhere".to_string()))
            .chain(
                STATE_NAMES
                    .iter()
                    .map(|(code, name)| (*code, format!("{name} (or online)"))),
            )
            .chain(std::iter::once((ONLINE, "Online only".to_string())))
            .collect()
    }

    /// The plan's constraints that say the same.
    fn constraints(&self) -> Constraints {
        match self {
            StudyPlace::Anywhere => Constraints::default(),
            StudyPlace::State(code) => Constraints {
                state: Some((*code).to_string()),
                ..Constraints::default()
            },
            StudyPlace::Online => Constraints {
                online_only: true,
                ..Constraints::default()
            },
        }
    }

    /// True when the visitor could take `course` from here.
    pub fn allows(&self, cat: &Catalogue, course: &Course) -> bool {
        *self == StudyPlace::Anywhere || self.constraints().allows(cat, course)
    }

    /// The choice mid-sentence, for the count of courses: "on campus in
    /// Victoria or online", "online"; `None` for anywhere.
    pub fn in_sentence(&self) -> Option<String> {
        match self {
            StudyPlace::Anywhere => None,
            StudyPlace::State(code) => Some(format!("on campus in {} or online", state_name(code))),
            StudyPlace::Online => Some("online".into()),
        }
    }

    /// The course finder's addresses that show the courses teaching
    /// `skills` that this choice allows, with their link text. The finder
    /// filters a campus state and online study separately, so a state
    /// needs two: its campus courses and the online ones.
    pub fn finder_links(&self, skills: &[&str]) -> Vec<(String, String)> {
        let base = crate::links::courses_teaching(skills);
        let online = crate::model::catalogue_name(StudyMode::Online);
        match self {
            StudyPlace::Anywhere => vec![("See all of them in the course finder".into(), base)],
            StudyPlace::Online => vec![(
                "See all of them in the course finder".into(),
                format!("{base}&{}={online}", crate::links::param::MODE),
            )],
            StudyPlace::State(code) => vec![
                (
                    format!(
                        "See those on campus in {} in the course finder",
                        state_name(code)
                    ),
                    format!("{base}&{}={code}", crate::links::param::STATE),
                ),
                (
                    "See those online in the course finder".into(),
                    format!("{base}&{}={online}", crate::links::param::MODE),
                ),
            ],
        }
    }
}

/// A state's or territory's name from its code; the code itself if unknown.
fn state_name(code: &str) -> &str {
    STATE_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::StudyMode;

    #[test]
    fn the_choice_is_read_from_the_address_and_written_back() {
        for place in [
            StudyPlace::Anywhere,
            StudyPlace::State("VIC"),
            StudyPlace::Online,
        ] {
            let param = place.param();
            let read = StudyPlace::from_param((!param.is_empty()).then_some(param));
            assert_eq!(read, place);
        }
        assert_eq!(StudyPlace::from_param(Some("vic")), StudyPlace::Anywhere);
        assert_eq!(StudyPlace::from_param(Some("Mars")), StudyPlace::Anywhere);
        assert_eq!(StudyPlace::State("QLD").query_suffix(), "&where=QLD");
        assert_eq!(StudyPlace::Online.query_suffix(), "&where=online");
        assert_eq!(StudyPlace::Anywhere.query_suffix(), "");
        let choices = StudyPlace::choices();
        assert_eq!(choices.len(), STATES.len() + 2);
        assert_eq!(choices[7], ("VIC", "Victoria (or online)".to_string()));
        // Every choice reads back as itself.
        for (value, _) in &choices {
            assert_eq!(StudyPlace::from_param(Some(value)).param(), *value);
        }
    }

    #[test]
    fn a_state_admits_its_campus_courses_and_online_ones() {
        let cat = crate::test_fixture();
        let mut course = cat.courses[0].clone();
        course.states = vec!["QLD".into()];
        course.modes = vec![StudyMode::OnCampus];
        let vic = StudyPlace::State("VIC");
        assert!(StudyPlace::Anywhere.allows(&cat, &course));
        assert!(!vic.allows(&cat, &course), "a Brisbane-only course");
        assert!(!StudyPlace::Online.allows(&cat, &course));
        assert!(StudyPlace::State("QLD").allows(&cat, &course));
        course.modes.push(StudyMode::Online);
        assert!(vic.allows(&cat, &course), "online counts anywhere");
        assert!(StudyPlace::Online.allows(&cat, &course));
        course.states.clear();
        course.modes = vec![StudyMode::OnCampus];
        assert!(!vic.allows(&cat, &course), "no campus listed");
        assert!(StudyPlace::Anywhere.allows(&cat, &course));
    }

    #[test]
    fn the_finder_links_carry_the_same_choice() {
        assert_eq!(
            StudyPlace::Anywhere.finder_links(&["sql", "css"]),
            vec![(
                "See all of them in the course finder".to_string(),
                "/courses/?skill=sql,css".to_string()
            )]
        );
        assert_eq!(
            StudyPlace::Online.finder_links(&["sql"])[0].1,
            "/courses/?skill=sql&mode=online"
        );
        let vic = StudyPlace::State("VIC").finder_links(&["sql"]);
        assert_eq!(
            vic,
            vec![
                (
                    "See those on campus in Victoria in the course finder".to_string(),
                    "/courses/?skill=sql&state=VIC".to_string()
                ),
                (
                    "See those online in the course finder".to_string(),
                    "/courses/?skill=sql&mode=online".to_string()
                ),
            ]
        );
        assert_eq!(
            StudyPlace::State("VIC").in_sentence().as_deref(),
            Some("on campus in Victoria or online")
        );
        assert_eq!(StudyPlace::Anywhere.in_sentence(), None);
    }
}
