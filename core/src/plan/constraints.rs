//! What a visitor wants of the courses in their plan: provider type, study
//! type, state, highest qualification, fee limit, online only.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{Catalogue, Course, ProviderKind, QualificationLevel, StudyMode};
use crate::validate::STATES;

/// The visitor's limits on proposed courses; the default allows every course.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Constraints {
    /// Provider types to choose from; empty means any.
    pub kinds: BTreeSet<ProviderKind>,
    /// Study types (modes) to choose from: a course offering any of them
    /// qualifies; empty means any.
    pub modes: BTreeSet<StudyMode>,
    /// A state or territory code: courses with a campus there, or that can
    /// be studied online.
    pub state: Option<String>,
    /// The highest qualification wanted (in `QualificationLevel` order).
    pub max_level: Option<QualificationLevel>,
    /// The most the visitor will pay, in the catalogue currency. A course
    /// whose fee is not published (or is in another currency) cannot be
    /// shown to be within it, so it is not proposed; free courses always are.
    pub max_fee: Option<u32>,
    /// Only courses that can be studied online.
    pub online_only: bool,
}

/// What the constraints look at in a course, in a few bytes, so a plan can
/// test thousands of courses without going back to them.
#[derive(Debug, Clone, Copy)]
pub(super) struct Facts {
    kind: Option<ProviderKind>,
    level: QualificationLevel,
    online: bool,
    /// A bit per study mode the course offers, by position in `StudyMode::ALL`.
    modes: u8,
    /// A bit per campus state, by position in `STATES`.
    states: u8,
    /// The fee in the catalogue currency ([`Course::comparable_fee`]).
    fee: Option<u32>,
}

/// The bit of `mode` in a set of study modes.
fn mode_bit(mode: StudyMode) -> u8 {
    StudyMode::ALL
        .iter()
        .position(|m| *m == mode)
        .map_or(0, |i| 1 << i)
}

/// The bit of `state` in a set of states; 0 for anything but a state code.
fn state_bit(state: &str) -> u8 {
    STATES
        .iter()
        .position(|s| *s == state)
        .map_or(0, |i| 1 << i)
}

// Every state has a bit.
const _: () = assert!(STATES.len() <= u8::BITS as usize);

impl Facts {
    /// `course`'s facts; `kind` is its provider's, if the catalogue has it.
    pub(super) fn of(course: &Course, kind: Option<ProviderKind>, currency: &str) -> Facts {
        Facts {
            kind,
            level: course.level,
            online: course.modes.contains(&StudyMode::Online),
            modes: course.modes.iter().fold(0, |m, &mode| m | mode_bit(mode)),
            states: course.states.iter().fold(0, |m, s| m | state_bit(s)),
            fee: course.comparable_fee(currency),
        }
    }
}

/// [`Constraints`] ready to test many courses' [`Facts`].
pub(super) struct Filter<'a> {
    constraints: &'a Constraints,
    /// The state's bit (0 for a value that is not a state: online only).
    state: Option<u8>,
    /// The chosen study modes' bits (0: any).
    modes: u8,
}

impl<'a> Filter<'a> {
    pub(super) fn new(constraints: &'a Constraints) -> Filter<'a> {
        Filter {
            constraints,
            state: constraints.state.as_deref().map(state_bit),
            modes: constraints
                .modes
                .iter()
                .fold(0, |m, &mode| m | mode_bit(mode)),
        }
    }

    /// True when a course with `facts` meets every constraint.
    pub(super) fn admits(&self, facts: &Facts) -> bool {
        let c = self.constraints;
        (c.kinds.is_empty() || facts.kind.is_some_and(|k| c.kinds.contains(&k)))
            && (self.modes == 0 || facts.modes & self.modes != 0)
            && self
                .state
                .is_none_or(|bit| facts.online || facts.states & bit != 0)
            && c.max_level.is_none_or(|max| facts.level <= max)
            && c.max_fee
                .is_none_or(|max| facts.fee.is_some_and(|f| f <= max))
            && (!c.online_only || facts.online)
    }
}

impl Constraints {
    /// True when `course` meets every constraint (see the fields). To test
    /// many courses, a `PlanIndex` reads each course's facts only once.
    pub fn allows(&self, cat: &Catalogue, course: &Course) -> bool {
        let kind = cat.provider(&course.provider).map(|p| p.kind);
        Filter::new(self).admits(&Facts::of(course, kind, &cat.meta.currency))
    }

    /// True when nothing is constrained.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::Fee;
    use crate::test_fixture as fixture;

    #[test]
    fn each_constraint_limits_what_it_says() {
        let cat = fixture();
        // A VIC bachelor on campus, at a university, fee unknown.
        let bit = cat.courses[0].clone();
        let allows = |c: &Constraints, course: &Course| c.allows(&cat, course);
        let none = Constraints::default();
        assert!(none.is_empty() && allows(&none, &bit));
        let kinds = |k: &[ProviderKind]| Constraints {
            kinds: k.iter().copied().collect(),
            ..Constraints::default()
        };
        assert!(allows(
            &kinds(&[ProviderKind::Tafe, ProviderKind::University]),
            &bit
        ));
        assert!(!allows(&kinds(&[ProviderKind::Tafe]), &bit));
        let state = |s: &str| Constraints {
            state: Some(s.into()),
            ..Constraints::default()
        };
        assert!(allows(&state("VIC"), &bit));
        assert!(!allows(&state("NSW"), &bit));
        let mut online = bit.clone();
        online.modes.push(StudyMode::Online);
        assert!(allows(&state("NSW"), &online), "online counts anywhere");
        let only_online = Constraints {
            online_only: true,
            ..Constraints::default()
        };
        assert!(!allows(&only_online, &bit) && allows(&only_online, &online));
        let level = |l| Constraints {
            max_level: Some(l),
            ..Constraints::default()
        };
        assert!(allows(&level(QualificationLevel::Bachelor), &bit));
        assert!(allows(&level(QualificationLevel::Master), &bit));
        assert!(!allows(&level(QualificationLevel::Diploma), &bit));
    }

    #[test]
    fn a_fee_limit_needs_a_fee_that_can_be_compared() {
        let cat = fixture();
        let limit = Constraints {
            max_fee: Some(5000),
            ..Constraints::default()
        };
        let with_fee = |amount, currency: &str| {
            let mut c = cat.courses[0].clone();
            c.fee = Some(Fee::whole_course(amount, amount, currency, "s"));
            c
        };
        assert!(!limit.allows(&cat, &cat.courses[0]), "unknown fee");
        assert!(limit.allows(&cat, &with_fee(5000, "AUD")));
        assert!(!limit.allows(&cat, &with_fee(5001, "AUD")));
        assert!(
            !limit.allows(&cat, &with_fee(10, "USD")),
            "cannot be compared"
        );
        assert!(
            limit.allows(&cat, &with_fee(0, "USD")),
            "free is free anywhere"
        );
    }
}
