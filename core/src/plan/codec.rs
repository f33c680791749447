//! A plan as the visitor keeps it: its versioned JSON in local storage, and
//! its link (`/plan?…`).
//!
//! Link parameters, defaults left out: `role` (a role id), `courses`
//! (course ids, comma-separated, in plan order), and the constraints as
//! `type` (provider types, comma-separated, named as in the finder),
//! `mode` (study types, comma-separated, named as in the finder), `state` (a state code), `max_level` (the highest qualification, named as
//! the finder's `level` values), `max_fee` (as in the finder: a published
//! fee up to this amount), `online=1`, `goal` (`soonest` or `cheapest`;
//! `fewest` is the default) and `load` (`part-time`, or hours a week). `max_level` is not the finder's
//! `level`, which picks exact qualifications rather than a ceiling.

use crate::links::param;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::constraints::Constraints;
use super::goal::{Objective, StudyLoad};
use crate::finder::{encode_component, query_value};
use crate::model::{
    catalogue_name, from_catalogue_name, Catalogue, ProviderKind, QualificationLevel, StudyMode,
};
use crate::note::Note;
use crate::stored::{self, Decoded, StoredError};
use crate::validate::STATES;

/// The current version of the stored plan format.
const VERSION: u32 = 1;

/// Why a stored plan could not be read.
pub type PlanError = StoredError;

/// The visitor's plan: a target role, the courses chosen (in order), and
/// the limits proposals keep to. Ids are kept as given: the catalogue may
/// change under a stored plan, so views look each one up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The target role's id, once one is picked.
    pub role: Option<String>,
    /// The chosen courses' ids, in the order the visitor keeps them.
    pub courses: Vec<String>,
    /// The limits proposals keep to.
    #[serde(default)]
    pub constraints: Constraints,
    /// What proposals make as small as they can.
    #[serde(default)]
    pub objective: Objective,
    /// How much the visitor can study, for calendar time.
    #[serde(default)]
    pub load: StudyLoad,
}

impl Plan {
    /// The localStorage key the plan is kept under.
    pub const STORAGE_KEY: &'static str = "career-guide.plan";

    /// The stored form: `{"format":"career-guide-plan","version":1,"role":…,
    /// "courses":[…],"constraints":{…}}`.
    pub fn encode(&self) -> String {
        stored::encode("plan", VERSION, self)
    }

    /// Reads [`Plan::encode`]'s form; unknown ids are kept, any other shape
    /// is `Corrupt`, a newer format `FutureVersion`.
    pub fn decode(text: &str) -> Result<Plan, PlanError> {
        stored::decode("plan", VERSION, text)
    }

    /// The link's query string (without `?`; see the module docs).
    pub fn to_query(&self) -> String {
        let c = &self.constraints;
        let list = |values: Vec<String>| {
            let encoded: Vec<String> = values.iter().map(|v| encode_component(v)).collect();
            encoded.join(",")
        };
        let params = [
            (param::ROLE, self.role.as_deref().map(encode_component)),
            (param::COURSES, Some(list(self.courses.clone()))),
            (
                param::TYPE,
                Some(list(c.kinds.iter().map(catalogue_name).collect())),
            ),
            (
                param::MODE,
                Some(list(c.modes.iter().map(catalogue_name).collect())),
            ),
            (param::STATE, c.state.as_deref().map(encode_component)),
            (param::MAX_LEVEL, c.max_level.map(catalogue_name)),
            (param::MAX_FEE, c.max_fee.map(|f| f.to_string())),
            (param::ONLINE, c.online_only.then(|| "1".to_string())),
            (
                param::GOAL,
                (self.objective != Objective::default()).then(|| self.objective.name().to_string()),
            ),
            (param::LOAD, self.load.name()),
        ];
        let parts: Vec<String> = params
            .into_iter()
            .filter_map(|(key, value)| Some(format!("{key}={}", value.filter(|v| !v.is_empty())?)))
            .collect();
        parts.join("&")
    }

    /// What a saved plan names that this catalogue does not have (the role
    /// or courses since removed, or from another deployment on the same
    /// host): one note, or `None`. The plan keeps them; pages skip them.
    pub fn unknown_note(&self, cat: &Catalogue) -> Option<Note> {
        let role = self.role.clone().filter(|id| cat.role(id).is_none());
        let known: HashSet<&str> = if self.courses.is_empty() {
            HashSet::new()
        } else {
            cat.courses.iter().map(|c| c.id.as_str()).collect()
        };
        let courses: Vec<String> = self
            .courses
            .iter()
            .filter(|id| !known.contains(id.as_str()))
            .cloned()
            .collect();
        (role.is_some() || !courses.is_empty()).then_some(Note::SavedPlanLacks { role, courses })
    }

    /// Reads a link's query string against `cat`. A role, course or value
    /// that cannot be used is left out with a note; a course listed twice
    /// counts once. Never fails.
    pub fn from_query(query: &str, cat: &Catalogue) -> Decoded<Plan> {
        let get = |key: &str| query_value(query, key).filter(|v| !v.trim().is_empty());
        let items = |key: &str| -> Vec<String> {
            get(key)
                .map(|v| {
                    v.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut notes = Vec::new();
        let mut plan = Plan::default();
        if let Some(role) = get(param::ROLE) {
            match cat.role(role.trim()) {
                Some(r) => plan.role = Some(r.id.clone()),
                None => notes.push(Note::UnknownPlanRole { value: role }),
            }
        }
        let mut unknown = Vec::new();
        let courses = items(param::COURSES);
        let known: HashSet<&str> = if courses.is_empty() {
            HashSet::new()
        } else {
            cat.courses.iter().map(|c| c.id.as_str()).collect()
        };
        let mut chosen = HashSet::new();
        for id in courses {
            if !known.contains(id.as_str()) {
                unknown.push(id);
            } else if chosen.insert(id.clone()) {
                plan.courses.push(id);
            }
        }
        notes.extend(Note::if_any(unknown, |ids| Note::UnknownPlanCourses {
            ids,
        }));
        let c = &mut plan.constraints;
        for kind in items(param::TYPE) {
            match from_catalogue_name::<ProviderKind>(&kind) {
                Some(k) => {
                    c.kinds.insert(k);
                }
                None => notes.push(Note::UnknownProviderType { value: kind }),
            }
        }
        for mode in items(param::MODE) {
            match from_catalogue_name::<StudyMode>(&mode) {
                Some(m) => {
                    c.modes.insert(m);
                }
                None => notes.push(Note::UnknownStudyType { value: mode }),
            }
        }
        if let Some(state) = get(param::STATE) {
            match STATES.iter().find(|s| **s == state.trim()) {
                Some(s) => c.state = Some(s.to_string()),
                None => notes.push(Note::UnknownState { value: state }),
            }
        }
        if let Some(level) = get(param::MAX_LEVEL) {
            match from_catalogue_name::<QualificationLevel>(level.trim()) {
                Some(l) => c.max_level = Some(l),
                None => notes.push(Note::UnknownQualification { value: level }),
            }
        }
        if let Some(fee) = get(param::MAX_FEE) {
            match fee.trim().parse::<u32>() {
                Ok(f) => c.max_fee = Some(f),
                Err(_) => notes.push(Note::FeeLimitNotAnAmount { value: fee }),
            }
        }
        match get(param::ONLINE).as_deref().map(str::trim) {
            None | Some("0") => {}
            Some("1") => c.online_only = true,
            Some(other) => notes.push(Note::OnlineNotAFlag {
                value: other.to_string(),
            }),
        }
        if let Some(goal) = get(param::GOAL) {
            match Objective::from_name(goal.trim()) {
                Some(o) => plan.objective = o,
                None => notes.push(Note::UnknownGoal { value: goal }),
            }
        }
        if let Some(load) = get(param::LOAD) {
            match StudyLoad::from_name(load.trim()) {
                Some(l) => plan.load = l,
                None => notes.push(Note::UnknownStudyLoad { value: load }),
            }
        }
        Decoded { value: plan, notes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::roadmap::testing::catalogue;

    fn full() -> Plan {
        Plan {
            role: Some("backend-developer".into()),
            courses: vec!["apis".into(), "web-basics".into()],
            constraints: Constraints {
                kinds: [ProviderKind::University, ProviderKind::Tafe].into(),
                modes: [StudyMode::Online, StudyMode::Blended].into(),
                state: Some("NSW".into()),
                max_level: Some(QualificationLevel::CertificateIv),
                max_fee: Some(5000),
                online_only: true,
            },
            objective: Objective::Cheapest,
            load: StudyLoad::Hours(12),
        }
    }

    #[test]
    fn a_saved_plan_naming_what_the_catalogue_lacks_gets_one_note() {
        let cat = catalogue();
        assert_eq!(full().unknown_note(&cat), None);
        let stale = Plan {
            role: Some("astronaut".into()),
            courses: vec!["apis".into(), "gone".into(), "gone-too".into()],
            ..Plan::default()
        };
        assert_eq!(
            stale.unknown_note(&cat),
            Some(Note::SavedPlanLacks {
                role: Some("astronaut".into()),
                courses: vec!["gone".into(), "gone-too".into()],
            })
        );
    }

    #[test]
    fn stored_plans_round_trip_and_bad_ones_say_why() {
        for plan in [Plan::default(), full()] {
            assert_eq!(Plan::decode(&plan.encode()), Ok(plan));
        }
        let text = full().encode();
        assert!(
            text.starts_with(
                r#"{"format":"career-guide-plan","version":1,"role":"backend-developer""#
            ),
            "{text}"
        );
        assert!(text.contains(r#""kinds":["university","tafe"]"#), "{text}");
        assert_eq!(Plan::decode("{}"), Err(StoredError::Corrupt));
        let v2 = text.replace(r#""version":1"#, r#""version":2"#);
        assert_eq!(Plan::decode(&v2), Err(StoredError::FutureVersion(2)));
        let odd_kind = text.replace("\"tafe\"", "\"school\"");
        assert_eq!(Plan::decode(&odd_kind), Err(StoredError::Corrupt));
        let short = r#"{"format":"career-guide-plan","version":1,"role":null,"courses":[]}"#;
        assert_eq!(
            Plan::decode(short),
            Ok(Plan::default()),
            "constraints may be left out"
        );
    }

    #[test]
    fn links_use_the_finders_names_and_round_trip() {
        let cat = catalogue();
        let q = full().to_query();
        assert_eq!(
            q,
            "role=backend-developer&courses=apis,web-basics&type=university,tafe&mode=online,blended&state=NSW&max_level=certificate-iv&max_fee=5000&online=1&goal=cheapest&load=12"
        );
        assert_eq!(
            Plan::from_query(&q, &cat),
            Decoded {
                value: full(),
                notes: vec![]
            }
        );
        assert_eq!(Plan::default().to_query(), "");
        assert_eq!(Plan::from_query("", &cat), Decoded::default());
    }

    #[test]
    fn links_drop_what_cannot_be_used_with_a_note() {
        let cat = catalogue();
        let d = Plan::from_query(
            "role=astronaut&courses=apis,nope,apis,,zilch&type=tafe,school&state=NZ&max_level=phd&max_fee=lots&online=yes&goal=quickest&load=0",
            &cat,
        );
        assert_eq!(
            d.value,
            Plan {
                courses: vec!["apis".into()],
                constraints: Constraints {
                    kinds: [ProviderKind::Tafe].into(),
                    ..Constraints::default()
                },
                ..Plan::default()
            }
        );
        let value = |v: &str| v.to_string();
        assert_eq!(
            d.notes,
            [
                Note::UnknownPlanRole {
                    value: value("astronaut")
                },
                Note::UnknownPlanCourses {
                    ids: vec![value("nope"), value("zilch")]
                },
                Note::UnknownProviderType {
                    value: value("school")
                },
                Note::UnknownState { value: value("NZ") },
                Note::UnknownQualification {
                    value: value("phd")
                },
                Note::FeeLimitNotAnAmount {
                    value: value("lots")
                },
                Note::OnlineNotAFlag {
                    value: value("yes")
                },
                Note::UnknownGoal {
                    value: value("quickest")
                },
                Note::UnknownStudyLoad { value: value("0") },
            ]
        );
        let spaced = Plan::from_query("state=+VIC+&max_fee=%20100&online=0&role=", &cat);
        assert!(spaced.notes.is_empty(), "{:?}", spaced.notes);
        assert_eq!(spaced.value.constraints.state.as_deref(), Some("VIC"));
        assert_eq!(spaced.value.constraints.max_fee, Some(100));
    }
}
