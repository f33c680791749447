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

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::constraints::Constraints;
use super::goal::{Objective, StudyLoad};
use crate::finder::{encode_component, query_value};
use crate::model::{
    catalogue_name, from_catalogue_name, Catalogue, ProviderKind, QualificationLevel, StudyMode,
};
use crate::stored::{self, quoted_list, Decoded, StoredError};
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
            ("role", self.role.as_deref().map(encode_component)),
            ("courses", Some(list(self.courses.clone()))),
            (
                "type",
                Some(list(c.kinds.iter().map(catalogue_name).collect())),
            ),
            (
                "mode",
                Some(list(c.modes.iter().map(catalogue_name).collect())),
            ),
            ("state", c.state.as_deref().map(encode_component)),
            ("max_level", c.max_level.map(catalogue_name)),
            ("max_fee", c.max_fee.map(|f| f.to_string())),
            ("online", c.online_only.then(|| "1".to_string())),
            (
                "goal",
                (self.objective != Objective::default()).then(|| self.objective.name().to_string()),
            ),
            ("load", self.load.name()),
        ];
        let parts: Vec<String> = params
            .into_iter()
            .filter_map(|(key, value)| Some(format!("{key}={}", value.filter(|v| !v.is_empty())?)))
            .collect();
        parts.join("&")
    }

    /// What a saved plan names that this catalogue does not have (the role
    /// or courses since removed, or from another deployment on the same
    /// host): one sentence, or `None`. The plan keeps them; pages skip them.
    pub fn unknown_note(&self, cat: &Catalogue) -> Option<String> {
        let role = self.role.as_deref().filter(|id| cat.role(id).is_none());
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
        let role_part = role.map(|id| format!("the role “{id}”"));
        let course_part = match courses.len() {
            0 => None,
            1 => Some(format!("the course {}", quoted_list(&courses))),
            _ => Some(format!("the courses {}", quoted_list(&courses))),
        };
        let parts: Vec<String> = role_part.into_iter().chain(course_part).collect();
        (!parts.is_empty()).then(|| {
            format!(
                "Your saved plan names {}, which this guide does not have, so they are left out here.",
                parts.join(" and ")
            )
        })
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
        if let Some(role) = get("role") {
            match cat.role(role.trim()) {
                Some(r) => plan.role = Some(r.id.clone()),
                None => notes.push(format!(
                    "“{role}” is not a role in this guide, so no role was chosen."
                )),
            }
        }
        let mut unknown = Vec::new();
        let courses = items("courses");
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
        if !unknown.is_empty() {
            notes.push(format!(
                "This link names courses this guide does not have ({}), so they were left out.",
                quoted_list(&unknown)
            ));
        }
        let c = &mut plan.constraints;
        for kind in items("type") {
            match from_catalogue_name::<ProviderKind>(&kind) {
                Some(k) => {
                    c.kinds.insert(k);
                }
                None => notes.push(format!(
                    "“{kind}” is not a provider type, so it was ignored."
                )),
            }
        }
        for mode in items("mode") {
            match from_catalogue_name::<StudyMode>(&mode) {
                Some(m) => {
                    c.modes.insert(m);
                }
                None => notes.push(format!("“{mode}” is not a study type, so it was ignored.")),
            }
        }
        if let Some(state) = get("state") {
            match STATES.iter().find(|s| **s == state.trim()) {
                Some(s) => c.state = Some(s.to_string()),
                None => notes.push(format!(
                    "“{state}” is not an Australian state or territory, so courses anywhere are proposed."
                )),
            }
        }
        if let Some(level) = get("max_level") {
            match from_catalogue_name::<QualificationLevel>(level.trim()) {
                Some(l) => c.max_level = Some(l),
                None => notes.push(format!(
                    "“{level}” is not a qualification, so courses at every level are proposed."
                )),
            }
        }
        if let Some(fee) = get("max_fee") {
            match fee.trim().parse::<u32>() {
                Ok(f) => c.max_fee = Some(f),
                Err(_) => notes.push(format!(
                    "“{fee}” is not an amount, so the fee limit was ignored."
                )),
            }
        }
        match get("online").as_deref().map(str::trim) {
            None | Some("0") => {}
            Some("1") => c.online_only = true,
            Some(other) => notes.push(format!(
                "“{other}” is not 1 or 0, so courses are not limited to online study."
            )),
        }
        if let Some(goal) = get("goal") {
            match Objective::from_name(goal.trim()) {
                Some(o) => plan.objective = o,
                None => notes.push(format!(
                    "“{goal}” is not one of fewest, soonest or cheapest, so the plan proposes the fewest courses."
                )),
            }
        }
        if let Some(load) = get("load") {
            match StudyLoad::from_name(load.trim()) {
                Some(l) => plan.load = l,
                None => notes.push(format!(
                    "“{load}” is not full-time, part-time or a number of hours a week, so times are full-time."
                )),
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
            stale.unknown_note(&cat).as_deref(),
            Some("Your saved plan names the role “astronaut” and the courses “gone” and “gone-too”, which this guide does not have, so they are left out here.")
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
        assert_eq!(d.notes.len(), 9, "{:?}", d.notes);
        assert!(d.notes[0].contains("“astronaut” is not a role"));
        assert!(d.notes[1].contains("“nope” and “zilch”"));
        let spaced = Plan::from_query("state=+VIC+&max_fee=%20100&online=0&role=", &cat);
        assert!(spaced.notes.is_empty(), "{:?}", spaced.notes);
        assert_eq!(spaced.value.constraints.state.as_deref(), Some("VIC"));
        assert_eq!(spaced.value.constraints.max_fee, Some(100));
    }
}
