//! What the visitor wants a plan to make as small — the time, the fees or
//! the number of courses — and how much they can study, which turns
//! full-time lengths into calendar time.

use serde::{Deserialize, Serialize};

/// A course this long (full-time weeks) or longer is a long qualification:
/// a proposal uses one only for gap skills no shorter course within the
/// limits teaches (see [`Objective::rank`]).
pub const LONG_WEEKS: u16 = 52;

/// Hours a week of a full-time load: four subjects a semester (Monash,
/// "Part-time study") at 10–12 hours each (Open Universities Australia,
/// "What is considered full-time study"), taken at the lower end.
pub const FULL_TIME_HOURS: u8 = 40;

/// What a proposal makes as small as it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Objective {
    /// The fewest courses.
    #[default]
    Fewest,
    /// The least study time, one course after another.
    Soonest,
    /// The least in published fees; courses whose fee is not published
    /// only for skills no course with a published fee covers.
    Cheapest,
}

/// Where a course stands for an [`Objective`]: proposals take courses of an
/// earlier `stage` first and, within a stage, the most gap skills per unit
/// of `cost`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rank {
    /// 0: shorter than [`LONG_WEEKS`]; 2: long. Plus 1, for
    /// [`Objective::Cheapest`], when the fee is not published as a total.
    pub stage: u8,
    /// Per course: 1, its full-time weeks, or its published fee (1 in the
    /// unpublished stage, where only the number of courses is known).
    pub cost: u64,
}

impl Objective {
    /// Every objective, in the order they are offered.
    pub const ALL: [Objective; 3] = [Objective::Fewest, Objective::Soonest, Objective::Cheapest];

    /// The name in a plan link.
    pub fn name(self) -> &'static str {
        match self {
            Objective::Fewest => "fewest",
            Objective::Soonest => "soonest",
            Objective::Cheapest => "cheapest",
        }
    }

    /// The objective a link names, if any.
    pub fn from_name(name: &str) -> Option<Objective> {
        Objective::ALL.into_iter().find(|o| o.name() == name)
    }

    /// What a visitor reads beside the choice.
    pub fn label(self) -> &'static str {
        match self {
            Objective::Fewest => "Fewest courses",
            Objective::Soonest => "Least study time",
            Objective::Cheapest => "Lowest published fees",
        }
    }

    /// How `weeks` (full-time) long a course with `fee` (its comparable
    /// fee, if published) ranks for this objective.
    pub fn rank(self, weeks: u16, fee: Option<u32>) -> Rank {
        let long = if weeks >= LONG_WEEKS { 2 } else { 0 };
        match (self, fee) {
            (Objective::Fewest, _) => Rank {
                stage: long,
                cost: 1,
            },
            (Objective::Soonest, _) => Rank {
                stage: long,
                cost: u64::from(weeks.max(1)),
            },
            (Objective::Cheapest, Some(fee)) => Rank {
                stage: long,
                cost: u64::from(fee),
            },
            (Objective::Cheapest, None) => Rank {
                stage: long + 1,
                cost: 1,
            },
        }
    }
}

/// How much the visitor can study.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StudyLoad {
    /// A full-time load: courses take their published length.
    #[default]
    FullTime,
    /// Half a full-time load (e.g. two subjects a semester instead of four).
    PartTime,
    /// A number of hours a week, 1 to [`FULL_TIME_HOURS`].
    Hours(u8),
}

impl StudyLoad {
    /// `hours` a week as a load: full-time at [`FULL_TIME_HOURS`] or more,
    /// `None` for 0.
    pub fn of_hours(hours: u32) -> Option<StudyLoad> {
        match hours {
            0 => None,
            h if h >= u32::from(FULL_TIME_HOURS) => Some(StudyLoad::FullTime),
            h => Some(StudyLoad::Hours(h as u8)),
        }
    }

    /// Calendar weeks for `full_time_weeks` of study at this load, rounded
    /// up.
    pub fn calendar_weeks(self, full_time_weeks: u32) -> u32 {
        let (times, per) = match self {
            StudyLoad::FullTime => (1, 1),
            StudyLoad::PartTime => (2, 1),
            StudyLoad::Hours(h) => (
                u32::from(FULL_TIME_HOURS),
                u32::from(h.clamp(1, FULL_TIME_HOURS)),
            ),
        };
        (full_time_weeks.saturating_mul(times)).div_ceil(per)
    }

    /// The load in a plan link: `part-time` or hours a week (`10`); full
    /// time is the default and has none.
    pub fn name(self) -> Option<String> {
        match self {
            StudyLoad::FullTime => None,
            StudyLoad::PartTime => Some("part-time".to_string()),
            StudyLoad::Hours(h) => Some(h.to_string()),
        }
    }

    /// The load a link names (see [`StudyLoad::name`]), if any.
    pub fn from_name(name: &str) -> Option<StudyLoad> {
        match name {
            "full-time" => Some(StudyLoad::FullTime),
            "part-time" => Some(StudyLoad::PartTime),
            hours => StudyLoad::of_hours(hours.parse().ok()?),
        }
    }

    /// "full-time", "part-time", "10 hours a week".
    pub fn describe(self) -> String {
        match self {
            StudyLoad::FullTime => "full-time".to_string(),
            StudyLoad::PartTime => "part-time".to_string(),
            StudyLoad::Hours(1) => "1 hour a week".to_string(),
            StudyLoad::Hours(h) => format!("{h} hours a week"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_turns_full_time_weeks_into_calendar_weeks() {
        assert_eq!(StudyLoad::FullTime.calendar_weeks(12), 12);
        assert_eq!(StudyLoad::PartTime.calendar_weeks(12), 24);
        assert_eq!(StudyLoad::Hours(10).calendar_weeks(12), 48);
        assert_eq!(StudyLoad::Hours(30).calendar_weeks(10), 14, "rounded up");
        assert_eq!(
            StudyLoad::Hours(0).calendar_weeks(1),
            40,
            "never divides by 0"
        );
        assert_eq!(StudyLoad::Hours(1).calendar_weeks(u32::MAX), u32::MAX);
    }

    #[test]
    fn loads_and_objectives_round_trip_by_name() {
        for load in [
            StudyLoad::PartTime,
            StudyLoad::Hours(1),
            StudyLoad::Hours(39),
        ] {
            assert_eq!(StudyLoad::from_name(&load.name().unwrap()), Some(load));
        }
        assert_eq!(StudyLoad::FullTime.name(), None);
        assert_eq!(StudyLoad::from_name("40"), Some(StudyLoad::FullTime));
        for bad in ["0", "-3", "ten", "", "1.5"] {
            assert_eq!(StudyLoad::from_name(bad), None, "{bad}");
        }
        for o in Objective::ALL {
            assert_eq!(Objective::from_name(o.name()), Some(o));
        }
        assert_eq!(Objective::from_name("quickest"), None);
    }

    #[test]
    fn long_courses_and_unpublished_fees_rank_later() {
        let short = Objective::Soonest.rank(12, None);
        let long = Objective::Soonest.rank(LONG_WEEKS, Some(0));
        assert!(short.stage < long.stage);
        assert_eq!(short.cost, 12);
        let known = Objective::Cheapest.rank(12, Some(900));
        let unknown = Objective::Cheapest.rank(12, None);
        assert_eq!((known.stage, known.cost), (0, 900));
        assert!(unknown.stage > known.stage && unknown.stage < long.stage);
        assert_eq!(Objective::Fewest.rank(200, Some(5)).cost, 1);
    }
}
