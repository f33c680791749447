//! The facets courses are filtered by: their URL names and labels, and the
//! options each one offers for a catalogue.

use crate::links::param;
use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::format;
use crate::model::{
    catalogue_name, Catalogue, Course, EntryKind, Fee, Place, ProviderKind, QualificationLevel,
    StudyMode,
};

/// A dimension courses can be filtered by. The order is the display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Type,
    Mode,
    Level,
    State,
    Duration,
    Cost,
    Load,
    Entry,
    Intake,
    Skill,
    Role,
}

/// How many facets there are: the size of every per-facet table.
pub(super) const FACETS: usize = Facet::ALL.len();

impl Facet {
    /// Every facet, in display order (and in declaration order, so
    /// `facet as usize` indexes per-facet tables).
    pub const ALL: [Facet; 11] = [
        Facet::Type,
        Facet::Mode,
        Facet::Level,
        Facet::State,
        Facet::Duration,
        Facet::Cost,
        Facet::Load,
        Facet::Entry,
        Facet::Intake,
        Facet::Skill,
        Facet::Role,
    ];

    /// The URL parameter that holds this facet's values.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Type => param::TYPE,
            Facet::Mode => param::MODE,
            Facet::Level => param::LEVEL,
            Facet::State => param::STATE,
            Facet::Duration => param::DURATION,
            Facet::Cost => param::COST,
            Facet::Load => param::LOAD,
            Facet::Entry => param::ENTRY,
            Facet::Intake => param::INTAKE,
            Facet::Skill => param::SKILL,
            Facet::Role => param::ROLE,
        }
    }

    /// The facet's heading in the filter panel.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Type => "Provider type",
            Facet::Mode => "Study type",
            Facet::Level => "Qualification",
            Facet::State => "Campus location",
            Facet::Duration => "Duration",
            Facet::Cost => "Cost and places",
            Facet::Load => "Study load",
            Facet::Entry => "Entry",
            Facet::Intake => "Intake month",
            Facet::Skill => "Skills taught",
            Facet::Role => "Leads to",
        }
    }

    /// This facet's bit in a set of facets.
    pub(super) fn bit(self) -> FacetSet {
        1 << (self as u32)
    }
}

/// A set of facets as bits, one per facet and one more for the fee limit.
pub(super) type FacetSet = u16;

/// The bit after the facets' own: the fee limit, which filters like a facet.
pub(super) const FEE_LIMIT: FacetSet = 1 << FACETS;

// Every facet and the fee limit need a bit of their own.
const _: () = assert!(FACETS < FacetSet::BITS as usize);

/// One value a facet can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// The value in the URL, e.g. `on-campus`.
    pub id: String,
    /// What the filter panel shows, e.g. "On campus".
    pub label: String,
}

impl FacetOption {
    fn new(id: impl Into<String>, label: impl Into<String>) -> FacetOption {
        FacetOption {
            id: id.into(),
            label: label.into(),
        }
    }
}

/// A duration band: courses longer than the band before and at most
/// `max_weeks` long.
struct Band {
    id: &'static str,
    label: &'static str,
    max_weeks: u16,
}

/// The duration bands, shortest first; the last one is open-ended.
const DURATIONS: [Band; 4] = [
    Band {
        id: "under-3-months",
        label: "Under 3 months",
        max_weeks: 12,
    },
    Band {
        id: "3-12-months",
        label: "3 to 12 months",
        max_weeks: 52,
    },
    Band {
        id: "1-2-years",
        label: "1 to 2 years",
        max_weeks: 104,
    },
    Band {
        id: "over-2-years",
        label: "Over 2 years",
        max_weeks: u16::MAX,
    },
];

/// The position of the duration band a course of `weeks` falls in.
fn duration_band(weeks: u16) -> usize {
    DURATIONS
        .iter()
        .position(|b| weeks <= b.max_weeks)
        .unwrap_or(DURATIONS.len() - 1)
}

/// The cost options, by position: free, then each kind of place in
/// `Place::ALL` order.
const FREE: usize = 0;
/// The study-load option.
const PART_TIME: usize = 0;
/// The entry options, by position.
const ENTRY_RANK: usize = 0;
const ENTRY_OTHER: usize = 1;
const ENTRY_NONE: usize = 2;
/// The intake option for self-paced courses; months 1–12 follow it.
const ANY_TIME: usize = 0;

/// Options for the values of an enum facet, in the order of its `ALL` list
/// (so a value's option is its position there).
fn enum_options<T: Serialize + Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<FacetOption> {
    all.iter()
        .map(|&v| FacetOption::new(catalogue_name(v), label(v)))
        .collect()
}

/// Every facet's options for one catalogue, and the lookups that turn a
/// course, or an option id, into option positions.
#[derive(Debug, Clone)]
pub(super) struct FacetOptions {
    /// Per facet (in `Facet::ALL` order), its options in display order.
    lists: Vec<Vec<FacetOption>>,
    /// Per facet, each option's position by id.
    positions: Vec<HashMap<String, usize>>,
}

impl FacetOptions {
    /// The fixed lists, and the states, skills and roles that the
    /// catalogue's courses actually use.
    pub(super) fn new(cat: &Catalogue) -> FacetOptions {
        let used = |f: fn(&Course) -> &[String]| -> BTreeSet<&str> {
            // Inserted one by one: collecting into a set sorts first, with
            // a copy of the sort of its own (see `crate::order`).
            let mut used = BTreeSet::new();
            used.extend(
                cat.courses
                    .iter()
                    .flat_map(|c| f(c).iter().map(String::as_str)),
            );
            used
        };
        let skills = used(|c| &c.skills);
        let roles = used(|c| &c.roles);
        let lists: Vec<Vec<FacetOption>> = Facet::ALL
            .iter()
            .map(|facet| match facet {
                Facet::Type => enum_options(&ProviderKind::ALL, ProviderKind::label),
                Facet::Mode => enum_options(&StudyMode::ALL, StudyMode::label),
                Facet::Level => enum_options(&QualificationLevel::ALL, QualificationLevel::label),
                Facet::State => used(|c| &c.states)
                    .into_iter()
                    .map(|s| FacetOption::new(s, s))
                    .collect(),
                Facet::Duration => DURATIONS
                    .iter()
                    .map(|b| FacetOption::new(b.id, b.label))
                    .collect(),
                Facet::Cost => std::iter::once(FacetOption::new("free", "Free"))
                    .chain(
                        Place::ALL
                            .iter()
                            .map(|&p| FacetOption::new(catalogue_name(p), p.label())),
                    )
                    .collect(),
                Facet::Load => vec![FacetOption::new("part-time", "Part-time available")],
                Facet::Entry => vec![
                    FacetOption::new("rank", "ATAR or selection rank published"),
                    FacetOption::new("other", "Other entry route"),
                    FacetOption::new("none", "No entry requirements"),
                ],
                Facet::Intake => std::iter::once(FacetOption::new(
                    "any",
                    "Not published (check with provider)",
                ))
                .chain((1..=12u8).map(|m| FacetOption::new(m.to_string(), format::month_name(m))))
                .collect(),
                Facet::Skill => {
                    let mut list: Vec<FacetOption> = cat
                        .skills
                        .iter()
                        .filter(|s| skills.contains(s.id.as_str()))
                        .map(|s| FacetOption::new(&s.id, &s.name))
                        .collect();
                    crate::order::sort_by_key(&mut list, |o| o.label.to_lowercase());
                    list
                }
                Facet::Role => cat
                    .roles
                    .iter()
                    .filter(|r| roles.contains(r.id.as_str()))
                    .map(|r| FacetOption::new(&r.id, &r.title))
                    .collect(),
            })
            .collect();
        FacetOptions::indexed(lists)
    }

    /// The options `lists` holds, per facet in `Facet::ALL` order; `None`
    /// if it does not hold one list per facet.
    pub(super) fn from_lists(lists: Vec<Vec<FacetOption>>) -> Option<FacetOptions> {
        (lists.len() == FACETS).then(|| FacetOptions::indexed(lists))
    }

    /// `lists`, one per facet, with each option's position by id.
    fn indexed(lists: Vec<Vec<FacetOption>>) -> FacetOptions {
        let positions = lists
            .iter()
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, o)| (o.id.clone(), i))
                    .collect()
            })
            .collect();
        FacetOptions { lists, positions }
    }

    /// Where each facet's options start when the options of all facets are
    /// numbered one after another in `Facet::ALL` order (and, last, how
    /// many there are).
    pub(super) fn starts(&self) -> [usize; FACETS + 1] {
        let mut starts = [0; FACETS + 1];
        for facet in Facet::ALL {
            let f = facet as usize;
            starts[f + 1] = starts[f] + self.of(facet).len();
        }
        starts
    }

    /// `facet`'s options in display order.
    pub(super) fn of(&self, facet: Facet) -> &[FacetOption] {
        &self.lists[facet as usize]
    }

    /// The position of option `id` among `facet`'s options.
    pub(super) fn position(&self, facet: Facet, id: &str) -> Option<usize> {
        self.positions[facet as usize].get(id).copied()
    }

    /// The options `course` has, per facet, as positions without repeats.
    /// `kind` is the kind of its provider, if the catalogue has it.
    pub(super) fn of_course(
        &self,
        course: &Course,
        kind: Option<ProviderKind>,
    ) -> [Vec<usize>; FACETS] {
        let mut options: [Vec<usize>; FACETS] = Default::default();
        let mut put = |facet: Facet, position: Option<usize>| {
            let list = &mut options[facet as usize];
            if let Some(p) = position.filter(|p| !list.contains(p)) {
                list.push(p);
            }
        };
        if let Some(kind) = kind {
            put(
                Facet::Type,
                ProviderKind::ALL.iter().position(|k| *k == kind),
            );
        }
        for &mode in &course.modes {
            put(Facet::Mode, StudyMode::ALL.iter().position(|m| *m == mode));
        }
        put(
            Facet::Level,
            QualificationLevel::ALL
                .iter()
                .position(|l| *l == course.level),
        );
        for state in &course.states {
            put(Facet::State, self.position(Facet::State, state));
        }
        put(Facet::Duration, Some(duration_band(course.duration_weeks)));
        if course.fee.as_ref().is_some_and(Fee::is_free) {
            put(Facet::Cost, Some(FREE));
        }
        for &place in &course.places {
            put(
                Facet::Cost,
                Place::ALL
                    .iter()
                    .position(|p| *p == place)
                    .map(|p| FREE + 1 + p),
            );
        }
        if course.part_time.is_some_and(|p| p.available) {
            put(Facet::Load, Some(PART_TIME));
        }
        if let Some(entry) = &course.entry {
            put(
                Facet::Entry,
                Some(match entry.kind {
                    EntryKind::Atar | EntryKind::SelectionRank => ENTRY_RANK,
                    EntryKind::Other => ENTRY_OTHER,
                    EntryKind::None => ENTRY_NONE,
                }),
            );
        }
        if course.intakes.is_empty() {
            put(Facet::Intake, Some(ANY_TIME));
        }
        for &month in course.intakes.iter().filter(|m| (1..=12).contains(*m)) {
            put(Facet::Intake, Some(ANY_TIME + usize::from(month)));
        }
        for skill in &course.skills {
            put(Facet::Skill, self.position(Facet::Skill, skill));
        }
        for role in &course.roles {
            put(Facet::Role, self.position(Facet::Role, role));
        }
        options
    }
}

/// How many of a facet's options are listed while it is collapsed.
pub const COLLAPSED_OPTIONS: usize = 8;

/// Which of a facet's options the filter panel lists. An option no course
/// has (`in_use` false) is listed only while a link has it ticked, so it can
/// be unticked. A facet with more than [`COLLAPSED_OPTIONS`] options in use
/// starts collapsed (`collapsed`): then only that many are listed, the
/// ticked ones first, then those with the most courses (`counts`).
pub fn listed_options(
    in_use: &[bool],
    ticked: &[bool],
    counts: &[u32],
    collapsed: bool,
) -> Vec<bool> {
    let offered = |i: usize| in_use[i] || ticked[i];
    if !collapsed || !has_more_options_than_shown(in_use) {
        return (0..in_use.len()).map(offered).collect();
    }
    let mut order: Vec<usize> = (0..in_use.len()).filter(|&i| offered(i)).collect();
    crate::order::sort_by_key(&mut order, |&i| {
        (std::cmp::Reverse(ticked[i]), std::cmp::Reverse(counts[i]))
    });
    let mut listed = vec![false; in_use.len()];
    for &i in order.iter().take(COLLAPSED_OPTIONS) {
        listed[i] = true;
    }
    listed
}

/// Whether a facet with these options in use has more than a collapsed
/// panel lists (and so offers "Show all").
pub fn has_more_options_than_shown(in_use: &[bool]) -> bool {
    in_use.iter().filter(|&&u| u).count() > COLLAPSED_OPTIONS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_ids_are_the_catalogue_names() {
        let options = FacetOptions::new(&crate::test_fixture());
        let ids = |f: Facet| -> Vec<&str> { options.of(f).iter().map(|o| o.id.as_str()).collect() };
        assert_eq!(ids(Facet::Mode), ["online", "on-campus", "blended"]);
        assert_eq!(ids(Facet::Type)[1], "tafe");
        assert_eq!(ids(Facet::Level)[3], "certificate-iv");
        assert_eq!(ids(Facet::State), ["VIC"]);
        assert_eq!(ids(Facet::Intake).len(), 13);
        assert_eq!(ids(Facet::Skill), ["sql"], "only skills that courses teach");
        assert_eq!(ids(Facet::Role), ["backend-developer"]);
    }

    #[test]
    fn every_duration_falls_in_exactly_one_band() {
        assert_eq!(duration_band(1), 0);
        assert_eq!(duration_band(12), 0);
        assert_eq!(duration_band(13), 1);
        assert_eq!(duration_band(104), 2);
        assert_eq!(duration_band(105), 3);
        assert_eq!(duration_band(u16::MAX), 3);
    }

    #[test]
    fn a_course_has_each_option_once() {
        let cat = crate::test_fixture();
        let options = FacetOptions::new(&cat);
        let mut course = cat.courses[0].clone();
        course.intakes = vec![2, 2, 13];
        course.skills = vec!["sql".into(), "sql".into(), "unknown".into()];
        let of = options.of_course(&course, Some(ProviderKind::Tafe));
        assert_eq!(of[Facet::Type as usize], [1]);
        assert_eq!(of[Facet::Intake as usize], [2], "month 13 has no option");
        assert_eq!(of[Facet::Skill as usize], [0]);
        assert_eq!(of[Facet::Cost as usize], Vec::<usize>::new());
    }

    #[test]
    fn a_collapsed_facet_lists_the_ticked_then_the_largest_options() {
        let n = COLLAPSED_OPTIONS + 3;
        let mut in_use = vec![true; n];
        in_use[0] = false; // no course has it
        let counts: Vec<u32> = (0..n).map(|i| i as u32).collect();
        let mut ticked = vec![false; n];
        ticked[1] = true; // a small option, ticked by a link
        assert!(has_more_options_than_shown(&in_use));
        let listed = listed_options(&in_use, &ticked, &counts, true);
        assert_eq!(listed.iter().filter(|&&l| l).count(), COLLAPSED_OPTIONS);
        assert!(listed[1], "ticked first");
        assert!(!listed[0] && !listed[2], "smallest left out");
        assert!(listed[n - 1], "largest listed");
        let all = listed_options(&in_use, &ticked, &counts, false);
        assert_eq!(
            all.iter().filter(|&&l| l).count(),
            n - 1,
            "all but the unused, unticked one"
        );
        ticked[0] = true;
        assert!(
            listed_options(&in_use, &ticked, &counts, false)[0],
            "an unused option a link ticked stays, to untick"
        );
        let few = vec![true; 3];
        assert!(!has_more_options_than_shown(&few));
        assert_eq!(listed_options(&few, &[false; 3], &[0; 3], true), [true; 3]);
    }
}
