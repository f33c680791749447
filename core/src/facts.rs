//! The facts a visitor decides a course by, beyond what it teaches: the
//! places a domestic student can take (a Commonwealth supported place, a
//! state-subsidised or Fee-Free TAFE place, a full-fee place), where it is
//! taught, whether it runs part-time, what it takes to get in, and what a
//! Commonwealth supported place costs the student.
//!
//! Each flag has one written rule (the doc comment on its variant); the
//! catalogue records a flag only where the course's source says so, and an
//! empty list or `null` is "not published", never "no".

use serde::{Deserialize, Serialize};

use crate::format;
use crate::model::{Catalogue, Course, Meta, QualificationLevel};

/// A kind of place a domestic student can take in a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// The source says the course has Commonwealth supported places: the
    /// government pays part of the cost and the student pays a student
    /// contribution, which HECS-HELP can defer.
    Csp,
    /// The source gives a state-subsidised (government-funded) price, or
    /// says subsidised training is available to eligible students.
    StateSubsidised,
    /// The source says the course is Fee-Free TAFE for eligible students.
    FeeFreeTafe,
    /// The source offers a domestic fee-paying place with no subsidy.
    FullFee,
}

impl Place {
    pub const ALL: [Place; 4] = [
        Place::Csp,
        Place::StateSubsidised,
        Place::FeeFreeTafe,
        Place::FullFee,
    ];

    /// The place's name as a visitor reads it.
    pub fn label(self) -> &'static str {
        match self {
            Place::Csp => "Commonwealth supported place",
            Place::StateSubsidised => "State-subsidised place",
            Place::FeeFreeTafe => "Fee-Free TAFE",
            Place::FullFee => "Full-fee place",
        }
    }

    /// The link to the explainer where space is short (a course card).
    pub fn short_question(self) -> &'static str {
        match self {
            Place::Csp => "What is a CSP?",
            Place::StateSubsidised => "What is a subsidised place?",
            Place::FeeFreeTafe => "What is Fee-Free TAFE?",
            Place::FullFee => "What is a full-fee place?",
        }
    }

    /// The link to the explainer, as a visitor would ask it.
    pub fn question(self) -> &'static str {
        match self {
            Place::Csp => "What is a Commonwealth supported place?",
            Place::StateSubsidised => "What is a state-subsidised place?",
            Place::FeeFreeTafe => "What is Fee-Free TAFE?",
            Place::FullFee => "What is a full-fee place?",
        }
    }

    /// The part of the costs explainer that says what this place is.
    pub fn explainer(self) -> &'static str {
        match self {
            Place::Csp => "csp",
            Place::StateSubsidised => "state-subsidies",
            Place::FeeFreeTafe => "fee-free-tafe",
            Place::FullFee => "full-fee",
        }
    }

    /// A version-1 catalogue's `subsidised: true` said only that "a
    /// government subsidy can apply". For a higher-education course that
    /// subsidy is a Commonwealth supported place; for any other, a state's.
    pub fn from_v1_subsidised(level: QualificationLevel) -> Place {
        if level.is_higher_education() {
            Place::Csp
        } else {
            Place::StateSubsidised
        }
    }
}

impl QualificationLevel {
    /// Degrees and graduate awards: the courses Commonwealth supported
    /// places and HECS-HELP apply to.
    pub fn is_higher_education(self) -> bool {
        matches!(
            self,
            QualificationLevel::AssociateDegree
                | QualificationLevel::Bachelor
                | QualificationLevel::GraduateCertificate
                | QualificationLevel::GraduateDiploma
                | QualificationLevel::Master
        )
    }
}

/// A town or suburb a course is taught in on campus, as its source names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Campus {
    pub town: String,
    /// The state or territory, one of the course's `states`.
    pub state: String,
}

/// Whether a course can be studied part-time, as its source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartTime {
    /// False when the source says the course is full-time only.
    pub available: bool,
    /// The part-time length in weeks, when the source states it.
    #[serde(default)]
    pub weeks: Option<u16>,
}

/// What a course's entry is judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// The lowest ATAR offered a place in an intake.
    Atar,
    /// The lowest selection rank (ATAR plus adjustments) offered a place.
    SelectionRank,
    /// Another route the source states (prior study, an interview, age…).
    Other,
    /// The source says there are no entry requirements.
    None,
}

/// Who gets in, as the course's source states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub kind: EntryKind,
    /// For an ATAR or selection rank: the figure as published, e.g. "77.85".
    #[serde(default)]
    pub rank: Option<String>,
    /// For an ATAR or selection rank: the intake year it is for.
    #[serde(default)]
    pub year: Option<u16>,
    /// For another route: what it is, in the catalogue's words.
    #[serde(default)]
    pub text: Option<String>,
    /// The source id that states it.
    pub source: String,
}

/// The most a Commonwealth supported student pays for a full-time year of
/// units in one field of education, as the Department of Education
/// publishes it for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StudentContribution {
    /// The field of education the amount is for, e.g. "computing".
    pub field: String,
    /// The year the amount applies to.
    pub year: u16,
    /// The amount per full-time year (one EFTSL), in the catalogue currency.
    pub per_year: u32,
    /// The source id that states it.
    pub source: String,
}

/// What a Commonwealth supported place in a course costs the student, if
/// every unit is in the contribution's field and the course is studied at
/// its full-time length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CspCost<'a> {
    pub contribution: &'a StudentContribution,
    /// For the whole course, to the dollar.
    pub whole_course: u32,
}

impl Course {
    /// The student contribution for this course's Commonwealth supported
    /// place; `None` without one, without the amount, or when the
    /// course's length is only this catalogue's rough guide (a total
    /// would then rest on a guess).
    pub fn csp_cost<'a>(&self, amount: Option<&'a StudentContribution>) -> Option<CspCost<'a>> {
        let contribution = amount?;
        if !self.places.contains(&Place::Csp) || self.rough_length {
            return None;
        }
        let whole = u64::from(contribution.per_year) * u64::from(self.duration_weeks) / 52;
        Some(CspCost {
            contribution,
            whole_course: u32::try_from(whole).unwrap_or(u32::MAX),
        })
    }

    /// What a domestic student pays for the whole course, to compare
    /// courses by: the lowest published domestic whole-course fee, or else
    /// the student contribution of a Commonwealth supported place.
    pub fn domestic_cost(
        &self,
        currency: &str,
        amount: Option<&StudentContribution>,
    ) -> Option<u32> {
        self.comparable_fee(currency)
            .or_else(|| self.csp_cost(amount).map(|c| c.whole_course))
    }
}

impl CspCost<'_> {
    /// "A$9,314 a full-time year (2025), about A$27,942 for the
    /// three-year course": what the course page and card say.
    pub fn text(&self, currency: &str) -> String {
        let c = self.contribution;
        format!(
            "{} a full-time year in {}; about {} for the whole course",
            format::money(c.per_year, currency),
            c.year,
            format::money(self.whole_course, currency),
        )
    }
}

impl Entry {
    /// "ATAR 77.85 (2024 intake)", "No entry requirements", or the other
    /// route in the catalogue's words.
    pub fn text(&self) -> String {
        let ranked = |name: &str| match (&self.rank, self.year) {
            (Some(rank), Some(year)) => format!("{name} {rank} (lowest offered, {year} intake)"),
            (Some(rank), None) => format!("{name} {rank}"),
            _ => format!("{name} not published"),
        };
        match self.kind {
            EntryKind::Atar => ranked("ATAR"),
            EntryKind::SelectionRank => ranked("Selection rank"),
            EntryKind::Other => self.text.clone().unwrap_or_default(),
            EntryKind::None => "No entry requirements".to_string(),
        }
    }
}

/// Whether `rank` is an ATAR or selection rank as published: a number from
/// 0 to 100 with at most two decimals ("77.85", "65", "99.95"). Read
/// without floating point, which the browser's code does without.
pub fn is_rank(rank: &str) -> bool {
    let (whole, fraction) = rank.split_once('.').unwrap_or((rank, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 3
        || !digits(whole)
        || fraction.len() > 2
        || !digits(fraction)
    {
        return false;
    }
    if rank.ends_with('.') {
        return false;
    }
    let whole: u16 = whole.parse().unwrap_or(u16::MAX);
    whole < 100 || (whole == 100 && fraction.bytes().all(|b| b == b'0'))
}

impl PartTime {
    /// "Part-time, 6 years", "Part-time available (length not published)"
    /// or "Full-time only".
    pub fn text(&self) -> String {
        match (self.available, self.weeks) {
            (false, _) => "Full-time only".to_string(),
            (true, Some(weeks)) => format!("Part-time, {}", format::weeks(weeks)),
            (true, None) => "Part-time available (length not published)".to_string(),
        }
    }
}

/// What a domestic student pays, as a course card says it: the published
/// domestic fee, or a Commonwealth supported place's contribution (with
/// its assumption), or "Check with provider".
pub fn domestic_cost_text(course: &Course, meta: &Meta) -> String {
    if course.fee.is_some() {
        return format::fee(course.fee.as_ref());
    }
    if !course.places.contains(&Place::Csp) {
        return format::fee(None);
    }
    let Some(amount) = &meta.student_contribution else {
        return "Commonwealth supported place: the student contribution depends on each unit's field; check with provider".to_string();
    };
    match course.csp_cost(Some(amount)) {
        Some(cost) => format!(
            "Commonwealth supported place: {}, if all units are {} units",
            cost.text(&meta.currency),
            amount.field
        ),
        // No published length, so no whole-course total.
        None => format!(
            "Commonwealth supported place: {} a full-time year in {}, if all units are {} units",
            format::money(amount.per_year, &meta.currency),
            amount.year,
            amount.field
        ),
    }
}

/// The kinds of place offered, as a sentence, or `None` when not published.
pub fn places_text(course: &Course) -> Option<String> {
    let labels: Vec<&str> = course.places.iter().map(|p| p.label()).collect();
    (!labels.is_empty()).then(|| format::and_list(&labels))
}

/// "Townsville (QLD), Cairns (QLD)": where a course is taught on campus.
pub fn campus_list(campuses: &[Campus]) -> String {
    campuses
        .iter()
        .map(|c| format!("{} ({})", c.town, c.state))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a course fact reads when its source does not give it.
pub const NOT_PUBLISHED: &str = "Not published; check with provider";

/// What a course's skills or roles read when this catalogue has not yet
/// matched its units to skills (the validator allows an empty list).
pub const NOT_MAPPED: &str =
    "Not yet matched to skills in this catalogue; the provider's page lists its units";

impl Course {
    /// Whether it runs part-time, or that its source does not say.
    pub fn part_time_text(&self) -> String {
        self.part_time
            .map_or_else(|| NOT_PUBLISHED.to_string(), |p| p.text())
    }

    /// Who gets in, or that its source does not say.
    pub fn entry_text(&self) -> String {
        self.entry
            .as_ref()
            .map_or_else(|| NOT_PUBLISHED.to_string(), Entry::text)
    }

    /// The study modes, as listed ("On campus, Online"), or that its source
    /// does not say.
    pub fn modes_text(&self) -> String {
        if self.modes.is_empty() {
            return NOT_PUBLISHED.to_string();
        }
        let labels: Vec<&str> = self.modes.iter().map(|m| m.label()).collect();
        labels.join(", ")
    }

    /// The names of the skills of `cat` it teaches, in its order.
    pub fn skill_names<'a>(&self, cat: &'a Catalogue) -> Vec<&'a str> {
        self.skills
            .iter()
            .filter_map(|id| cat.skill(id))
            .map(|s| s.name.as_str())
            .collect()
    }

    /// The names of the skills it teaches, as listed ("SQL, HTTP"), or that
    /// this catalogue has not matched it to any.
    pub fn skills_text(&self, cat: &Catalogue) -> String {
        let names = self.skill_names(cat);
        if names.is_empty() {
            return NOT_MAPPED.to_string();
        }
        names.join(", ")
    }

    /// The intake months by name, or a pointer to the provider: an empty
    /// list means no months are published, not "any time".
    pub fn intakes_text(&self) -> String {
        if self.intakes.is_empty() {
            return "Check with provider".to_string();
        }
        let months: Vec<&str> = self
            .intakes
            .iter()
            .map(|m| format::month_name(*m))
            .collect();
        months.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contribution(per_year: u32) -> StudentContribution {
        StudentContribution {
            field: "computing".into(),
            year: 2025,
            per_year,
            source: "s".into(),
        }
    }

    #[test]
    fn a_csp_costs_the_yearly_contribution_times_its_full_time_years() {
        let mut course = crate::test_fixture().courses[0].clone();
        let amount = contribution(9_314);
        course.places = vec![Place::Csp];
        course.duration_weeks = 156;
        let cost = course.csp_cost(Some(&amount)).unwrap();
        assert_eq!(cost.whole_course, 27_942);
        assert_eq!(
            cost.text("AUD"),
            "A$9,314 a full-time year in 2025; about A$27,942 for the whole course"
        );
        course.duration_weeks = 26;
        assert_eq!(course.csp_cost(Some(&amount)).unwrap().whole_course, 4_657);
    }

    #[test]
    fn no_csp_cost_without_a_place_an_amount_or_a_published_length() {
        let mut course = crate::test_fixture().courses[0].clone();
        let amount = contribution(9_314);
        course.places = vec![Place::FullFee];
        assert_eq!(course.csp_cost(Some(&amount)), None);
        course.places = vec![Place::Csp];
        assert_eq!(course.csp_cost(None), None);
        course.rough_length = true;
        assert_eq!(course.csp_cost(Some(&amount)), None);
    }

    #[test]
    fn domestic_cost_prefers_a_published_fee_over_the_contribution() {
        let mut course = crate::test_fixture().courses[0].clone();
        let amount = contribution(10_000);
        course.places = vec![Place::Csp];
        course.duration_weeks = 52;
        course.fee = None;
        assert_eq!(course.domestic_cost("AUD", Some(&amount)), Some(10_000));
        course.fee = Some(crate::model::Fee::whole_course(4_000, 4_000, "AUD", "s"));
        assert_eq!(course.domestic_cost("AUD", Some(&amount)), Some(4_000));
    }

    #[test]
    fn a_card_names_the_csp_contribution_and_its_assumption() {
        let mut cat = crate::test_fixture();
        cat.meta.student_contribution = Some(contribution(9_314));
        let mut course = cat.courses[0].clone();
        course.fee = None;
        course.places = vec![Place::Csp, Place::FullFee];
        course.duration_weeks = 156;
        assert_eq!(
            domestic_cost_text(&course, &cat.meta),
            "Commonwealth supported place: A$9,314 a full-time year in 2025; about A$27,942 for the whole course, if all units are computing units"
        );
        assert_eq!(
            places_text(&course).as_deref(),
            Some("Commonwealth supported place and Full-fee place")
        );
        course.rough_length = true;
        assert_eq!(
            domestic_cost_text(&course, &cat.meta),
            "Commonwealth supported place: A$9,314 a full-time year in 2025, if all units are computing units"
        );
        cat.meta.student_contribution = None;
        assert!(domestic_cost_text(&course, &cat.meta).ends_with("check with provider"));
        course.places.clear();
        assert_eq!(
            domestic_cost_text(&course, &cat.meta),
            "Check with provider"
        );
        assert_eq!(places_text(&course), None);
    }

    #[test]
    fn ranks_are_published_figures_up_to_100_with_two_decimals() {
        for good in ["77.85", "65", "99.95", "100", "100.00", "0.5"] {
            assert!(is_rank(good), "{good}");
        }
        for bad in [
            "", "77.", ".5", "100.05", "101", "77.855", "7a", "-5", "1e2",
        ] {
            assert!(!is_rank(bad), "{bad}");
        }
    }

    #[test]
    fn entry_and_part_time_read_as_a_visitor_would() {
        let entry = Entry {
            kind: EntryKind::Atar,
            rank: Some("77.85".into()),
            year: Some(2024),
            text: None,
            source: "s".into(),
        };
        assert_eq!(entry.text(), "ATAR 77.85 (lowest offered, 2024 intake)");
        let none = Entry {
            kind: EntryKind::None,
            rank: None,
            year: None,
            text: None,
            source: "s".into(),
        };
        assert_eq!(none.text(), "No entry requirements");
        let part = PartTime {
            available: true,
            weeks: Some(312),
        };
        assert_eq!(part.text(), "Part-time, 6 years");
        assert_eq!(
            PartTime {
                available: false,
                weeks: None
            }
            .text(),
            "Full-time only"
        );
    }

    #[test]
    fn v1_subsidised_places_follow_the_level() {
        assert_eq!(
            Place::from_v1_subsidised(QualificationLevel::Bachelor),
            Place::Csp
        );
        assert_eq!(
            Place::from_v1_subsidised(QualificationLevel::Diploma),
            Place::StateSubsidised
        );
    }

    #[test]
    fn a_fact_its_source_does_not_give_reads_as_not_published() {
        let mut course = crate::test_fixture().courses[0].clone();
        course.modes.clear();
        course.intakes.clear();
        course.part_time = None;
        course.entry = None;
        assert_eq!(course.modes_text(), NOT_PUBLISHED);
        assert_eq!(course.part_time_text(), NOT_PUBLISHED);
        assert_eq!(course.entry_text(), NOT_PUBLISHED);
        assert_eq!(course.intakes_text(), "Check with provider");
        let cat = crate::test_fixture();
        assert_ne!(
            course.skills_text(&cat),
            NOT_MAPPED,
            "the fixture's course teaches skills"
        );
        course.skills.clear();
        assert_eq!(course.skills_text(&cat), NOT_MAPPED);
        course.modes = vec![
            crate::model::StudyMode::OnCampus,
            crate::model::StudyMode::Online,
        ];
        course.intakes = vec![2, 7];
        assert_eq!(course.modes_text(), "On campus, Online");
        assert_eq!(course.intakes_text(), "February, July");
    }
}
