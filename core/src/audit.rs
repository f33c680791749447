//! The content audit behind `audit-catalogue`: for each kind of fact a
//! visitor reads, how many have a source and how many are possibly out of
//! date, plus the gaps a visitor meets as "check with provider" (unknown
//! fees, unpublished intakes) and the dates that have passed (a date a
//! course's text names, a projection whose period ends or has ended, by the
//! rules of [`crate::age`]), each listed with its path.
//!
//! The validator already rejects a catalogue in which a fact cites an
//! unknown source or a role cites none, so for a valid catalogue the audit
//! finds nothing unsourced; it checks again so that the audit stands on its
//! own (and says what it found for a catalogue the validator rejects).

use std::fmt::Write as _;

use crate::age::{
    figure_year, judged_on, passed_dates, possibly_out_of_date, projection_age, Day, ProjectionAge,
    MAX_AGE_YEARS,
};
use crate::model::Catalogue;

/// The kinds of fact the audit counts, in the order it reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Roles,
    Salaries,
    Outlooks,
    Courses,
    Fees,
    Entries,
    Providers,
    /// The ways-in page's explanations and outcomes, and the student
    /// contribution.
    WaysIn,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 8] = [
        Kind::Roles,
        Kind::Salaries,
        Kind::Outlooks,
        Kind::Courses,
        Kind::Fees,
        Kind::Entries,
        Kind::Providers,
        Kind::WaysIn,
    ];

    /// The kind's name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Roles => "roles",
            Kind::Salaries => "salaries",
            Kind::Outlooks => "outlooks",
            Kind::Courses => "courses",
            Kind::Fees => "fees",
            Kind::Entries => "entries",
            Kind::Providers => "providers",
            Kind::WaysIn => "ways in",
        }
    }
}

/// The counts for one kind of fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub kind: Kind,
    /// How many there are (fees: published ones only).
    pub facts: usize,
    /// How many cite a source that `meta.sources` has.
    pub sourced: usize,
    /// How many are possibly out of date (see [`crate::age`]).
    pub old: usize,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    /// A shown fact without a source: the only kind that fails the audit.
    Unsourced,
    /// A source or figure more than three years older than the review.
    PossiblyOutOfDate,
    /// A course with no published fee ("check with provider").
    UnknownFee,
    /// A course with no published intake months.
    NoIntakes,
    /// A provider no course in the catalogue comes from.
    ProviderWithoutCourses,
    /// A course whose text names a date that has passed (shown with a note).
    PassedDate,
    /// A growth projection whose period ends this year or has ended (shown
    /// with a note).
    EndedProjection,
    /// A source with no date of its own: its year is when it was read, so
    /// its age cannot be judged.
    Undated,
}

impl FindingKind {
    /// Every kind, in report order.
    pub const ALL: [FindingKind; 8] = [
        FindingKind::Unsourced,
        FindingKind::PossiblyOutOfDate,
        FindingKind::UnknownFee,
        FindingKind::NoIntakes,
        FindingKind::ProviderWithoutCourses,
        FindingKind::PassedDate,
        FindingKind::EndedProjection,
        FindingKind::Undated,
    ];

    fn heading(self) -> &'static str {
        match self {
            FindingKind::Unsourced => "Shown without a source",
            FindingKind::PossiblyOutOfDate => "Possibly out of date",
            FindingKind::UnknownFee => "Unknown fees (shown as \"Check with provider\")",
            FindingKind::NoIntakes => {
                "No intake months published (shown as \"Check with provider\")"
            }
            FindingKind::ProviderWithoutCourses => "Providers without courses",
            FindingKind::PassedDate => "Dates in course text that have passed (shown with a note)",
            FindingKind::EndedProjection => {
                "Projections whose period ends this year or has ended (shown with a note)"
            }
            FindingKind::Undated => "Sources with no date of their own (age unknown)",
        }
    }
}

/// One finding, e.g. `courses[12].fee: source "x" is from 2019, more than
/// three years before the review date 2026-12-01`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub path: String,
    pub message: String,
}

/// The audit of one catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    /// `meta.last_reviewed`, which ages are measured from.
    pub last_reviewed: String,
    /// The day dates were judged on ([`judged_on`]); `None` when neither
    /// the review date nor the day asked for is a date.
    pub judged_on: Option<Day>,
    /// One tally per [`Kind`], in [`Kind::ALL`] order.
    pub tallies: Vec<Tally>,
    pub courses: usize,
    pub findings: Vec<Finding>,
    /// Per state or territory (and "online" for courses with no campus
    /// state), how many providers of each kind (in `ProviderKind::ALL`
    /// order) have a course there.
    pub coverage: Vec<(String, [usize; 5])>,
    /// How many courses publish each deciding fact: places, campuses,
    /// part-time, entry (in that order).
    pub decision_facts: [usize; 4],
}

impl Audit {
    /// The tally for `kind`.
    pub fn tally(&self, kind: Kind) -> &Tally {
        &self.tallies[Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
    }

    /// The findings of one kind.
    pub fn of(&self, kind: FindingKind) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// How many shown facts have no source; the audit fails unless 0.
    pub fn unsourced(&self) -> usize {
        self.of(FindingKind::Unsourced).count()
    }
}

/// Collects findings and tallies while walking the catalogue.
struct Walk<'a> {
    cat: &'a Catalogue,
    findings: Vec<Finding>,
}

impl Walk<'_> {
    fn find(&mut self, kind: FindingKind, path: String, message: String) {
        self.findings.push(Finding {
            kind,
            path,
            message,
        });
    }

    /// Checks one cited source: reports it if it is unknown, or if the
    /// figure (dated `own_year`, else by the source) is possibly out of
    /// date. Returns (has a known source, possibly out of date).
    fn cite(&mut self, path: String, source: &str, own_year: Option<u16>) -> (bool, bool) {
        let reviewed = &self.cat.meta.last_reviewed;
        let Some(src) = self.cat.source(source) else {
            self.find(
                FindingKind::Unsourced,
                path,
                format!("cites source {source:?}, which meta.sources does not list"),
            );
            return (false, false);
        };
        let year = figure_year(self.cat, own_year, source).unwrap_or(src.year);
        let old_source = possibly_out_of_date(src.year, reviewed);
        let old = old_source || possibly_out_of_date(year, reviewed);
        if old {
            let years = number_word(MAX_AGE_YEARS);
            let message = if old_source {
                format!(
                    "source {source:?} is from {}, more than {years} years before the review date {reviewed}",
                    src.year
                )
            } else {
                format!(
                    "the figure is for {year}, more than {years} years before the review date {reviewed} (source {source:?} is from {})",
                    src.year
                )
            };
            self.find(FindingKind::PossiblyOutOfDate, path, message);
        }
        (true, old)
    }

    /// Cites each entry — its path, source id and the figure's own year —
    /// and counts them as facts of `kind`.
    fn tally<'s>(
        &mut self,
        kind: Kind,
        entries: impl IntoIterator<Item = (String, &'s str, Option<u16>)>,
    ) -> Tally {
        let (mut facts, mut sourced, mut old) = (0, 0, 0);
        for (path, source, own_year) in entries {
            let (known, is_old) = self.cite(path, source, own_year);
            facts += 1;
            sourced += usize::from(known);
            old += usize::from(is_old);
        }
        Tally {
            kind,
            facts,
            sourced,
            old,
        }
    }
}

fn number_word(n: u16) -> String {
    match n {
        3 => "three".into(),
        n => n.to_string(),
    }
}

/// Audits `cat` (which need not be valid: references are looked up, never
/// assumed), judging dates on `today` when it is after the review date, as
/// the site does once it has started (else on the review date).
pub fn audit(cat: &Catalogue, today: Option<Day>) -> Audit {
    let judged = judged_on(cat, today);
    let mut w = Walk {
        cat,
        findings: Vec::new(),
    };
    let mut tallies = Vec::new();

    // Roles: a guide's text, skills and paths come from the role's sources.
    let (mut sourced, mut old) = (0, 0);
    for (i, r) in cat.roles.iter().enumerate() {
        if r.sources.is_empty() {
            w.find(
                FindingKind::Unsourced,
                format!("roles[{i}].sources"),
                "the role cites no source for what its guide shows".into(),
            );
        }
        let (mut any, mut any_old) = (false, false);
        for (j, id) in r.sources.iter().enumerate() {
            let (known, is_old) = w.cite(format!("roles[{i}].sources[{j}]"), id, None);
            any |= known;
            any_old |= is_old;
        }
        sourced += usize::from(any);
        old += usize::from(any_old);
    }
    tallies.push(Tally {
        kind: Kind::Roles,
        facts: cat.roles.len(),
        sourced,
        old,
    });

    let salaries = cat.roles.iter().enumerate().flat_map(|(i, r)| {
        r.salaries.iter().enumerate().map(move |(j, s)| {
            (
                format!("roles[{i}].salaries[{j}]"),
                s.source.as_str(),
                s.year,
            )
        })
    });
    tallies.push(w.tally(Kind::Salaries, salaries));

    let outlooks = cat.roles.iter().enumerate().map(|(i, r)| {
        (
            format!("roles[{i}].outlook"),
            r.outlook.source.as_str(),
            None,
        )
    });
    tallies.push(w.tally(Kind::Outlooks, outlooks));

    let courses = (cat.courses.iter().enumerate())
        .map(|(i, c)| (format!("courses[{i}]"), c.source.as_str(), None));
    tallies.push(w.tally(Kind::Courses, courses));

    for (i, c) in cat.courses.iter().enumerate() {
        if c.fee.is_none() {
            w.find(
                FindingKind::UnknownFee,
                format!("courses[{i}].fee"),
                format!("no published fee for {:?}", c.id),
            );
        }
    }
    let fees = cat.courses.iter().enumerate().flat_map(|(i, c)| {
        [("fee", &c.fee), ("international_fee", &c.international_fee)]
            .into_iter()
            .filter_map(move |(name, fee)| {
                let fee = fee.as_ref()?;
                Some((
                    format!("courses[{i}].{name}"),
                    fee.source.as_str(),
                    fee.year,
                ))
            })
    });
    tallies.push(w.tally(Kind::Fees, fees));
    let entries = cat.courses.iter().enumerate().filter_map(|(i, c)| {
        let entry = c.entry.as_ref()?;
        Some((
            format!("courses[{i}].entry"),
            entry.source.as_str(),
            entry.year,
        ))
    });
    tallies.push(w.tally(Kind::Entries, entries));

    for (i, c) in cat.courses.iter().enumerate() {
        if c.intakes.is_empty() {
            w.find(
                FindingKind::NoIntakes,
                format!("courses[{i}].intakes"),
                format!("no intake months published for {:?}", c.id),
            );
        }
    }
    for (i, p) in cat.providers.iter().enumerate() {
        if !cat.courses.iter().any(|c| c.provider == p.id) {
            w.find(
                FindingKind::ProviderWithoutCourses,
                format!("providers[{i}]"),
                format!("no course comes from {:?}", p.id),
            );
        }
    }
    for (i, c) in cat.courses.iter().enumerate() {
        let passed = judged.map(|day| passed_dates(c, day)).unwrap_or_default();
        if !passed.is_empty() {
            w.find(
                FindingKind::PassedDate,
                format!("courses[{i}]"),
                format!("{:?} names {}, which has passed", c.id, passed.join(", ")),
            );
        }
    }
    for (i, r) in cat.roles.iter().enumerate() {
        let (Some(period), Some(day), Some(_)) =
            (&r.outlook.period, judged, r.outlook.growth_percent)
        else {
            continue;
        };
        let message = match projection_age(period, day) {
            ProjectionAge::Current => continue,
            ProjectionAge::EndsThisYear(year) => format!("the period {period} ends in {year}"),
            ProjectionAge::Ended(year) => format!("the period {period} ended in {year}"),
        };
        w.find(
            FindingKind::EndedProjection,
            format!("roles[{i}].outlook.period"),
            message,
        );
    }
    let providers = (cat.providers.iter().enumerate())
        .map(|(i, p)| (format!("providers[{i}]"), p.source.as_str(), None));
    tallies.push(w.tally(Kind::Providers, providers));
    let amount = cat.meta.student_contribution.iter().map(|a| {
        (
            "meta.student_contribution".to_string(),
            a.source.as_str(),
            Some(a.year),
        )
    });
    let lists = [
        ("explainers", &cat.ways_in.explainers),
        ("combinations", &cat.ways_in.combinations),
    ];
    let points = lists.into_iter().flat_map(|(list, items)| {
        items.iter().enumerate().flat_map(move |(i, e)| {
            e.points.iter().enumerate().map(move |(j, p)| {
                (
                    format!("ways_in.{list}[{i}].points[{j}]"),
                    p.source.as_str(),
                    None,
                )
            })
        })
    });
    let outcomes = cat
        .ways_in
        .outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            o.value.as_ref()?;
            let source = o.source.as_deref().unwrap_or("");
            Some((format!("ways_in.outcomes[{i}]"), source, o.year))
        });
    tallies.push(w.tally(Kind::WaysIn, amount.chain(points).chain(outcomes)));
    for (i, s) in cat.meta.sources.iter().enumerate() {
        if s.undated {
            w.find(
                FindingKind::Undated,
                format!("meta.sources[{i}]"),
                format!("{:?} states no date; {} is when it was read", s.id, s.year),
            );
        }
    }

    let c = &cat.courses;
    let decision_facts = [
        c.iter().filter(|c| !c.places.is_empty()).count(),
        c.iter().filter(|c| !c.campuses.is_empty()).count(),
        c.iter().filter(|c| c.part_time.is_some()).count(),
        c.iter().filter(|c| c.entry.is_some()).count(),
    ];
    Audit {
        last_reviewed: cat.meta.last_reviewed.clone(),
        judged_on: judged,
        tallies,
        courses: cat.courses.len(),
        findings: w.findings,
        coverage: coverage(cat),
        decision_facts,
    }
}

/// Per state (then "online"), how many providers of each kind have a
/// course there.
fn coverage(cat: &Catalogue) -> Vec<(String, [usize; 5])> {
    use crate::model::ProviderKind;
    let places = crate::validate::STATES
        .iter()
        .map(|s| Some(*s))
        .chain([None]);
    places
        .map(|state| {
            let mut counts = [0; 5];
            for p in &cat.providers {
                let there = cat.courses.iter().any(|c| {
                    c.provider == p.id
                        && match state {
                            Some(st) => c.states.iter().any(|s| s == st),
                            None => c.states.is_empty(),
                        }
                });
                if there {
                    let k = ProviderKind::ALL
                        .iter()
                        .position(|k| *k == p.kind)
                        .unwrap_or(0);
                    counts[k] += 1;
                }
            }
            (state.unwrap_or("online").to_string(), counts)
        })
        .collect()
}

impl Audit {
    /// The printed report: a table of the tallies, the gaps, a verdict and
    /// every finding with its path (all findings unless `summary`).
    pub fn report(&self, summary: bool) -> String {
        let mut out = String::new();
        let cutoff =
            crate::age::year_of(&self.last_reviewed).map(|y| y.saturating_sub(MAX_AGE_YEARS));
        let _ = writeln!(
            out,
            "Reviewed {}{}.",
            self.last_reviewed,
            cutoff.map_or_else(String::new, |y| format!(
                "; a source or figure from before {y} is possibly out of date"
            ))
        );
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<10} {:>6} {:>16} {:>21}",
            "kind", "facts", "with a source", "possibly out of date"
        );
        for t in &self.tallies {
            let _ = writeln!(
                out,
                "{:<10} {:>6} {:>16} {:>21}",
                t.kind.name(),
                t.facts,
                t.sourced,
                t.old
            );
        }
        let _ = writeln!(out);
        let count = |kind| self.of(kind).count();
        let _ = writeln!(
            out,
            "Unknown fees: {} of {} courses.",
            count(FindingKind::UnknownFee),
            self.courses
        );
        let _ = writeln!(
            out,
            "Courses without intakes: {} of {}.",
            count(FindingKind::NoIntakes),
            self.courses
        );
        let _ = writeln!(
            out,
            "Providers without courses: {}.",
            count(FindingKind::ProviderWithoutCourses)
        );
        let [places, campuses, part_time, entry] = self.decision_facts;
        let _ = writeln!(
            out,
            "Deciding facts published: places {places}, campus towns {campuses}, part-time {part_time}, entry {entry} (of {} courses).",
            self.courses
        );
        let _ = writeln!(out, "Undated sources: {}.", count(FindingKind::Undated));
        let _ = writeln!(out, "\nProviders with a course, by state and kind:");
        let kinds = crate::model::ProviderKind::ALL;
        let _ = writeln!(
            out,
            "{:<8}{}",
            "",
            kinds
                .iter()
                .map(|k| format!("{:>16}", k.label()))
                .collect::<String>()
        );
        for (state, counts) in &self.coverage {
            let _ = writeln!(
                out,
                "{state:<8}{}",
                counts
                    .iter()
                    .map(|n| format!("{n:>16}"))
                    .collect::<String>()
            );
        }
        let _ = writeln!(out);
        let on = self.judged_on.map_or_else(String::new, |d| {
            format!(" on {}-{:02}-{:02}", d.year, d.month, d.day)
        });
        let _ = writeln!(
            out,
            "Judged{on}: courses naming a date that has passed: {}; projections whose period ends this year or has ended: {}.",
            count(FindingKind::PassedDate),
            count(FindingKind::EndedProjection)
        );
        let _ = writeln!(out);
        match self.unsourced() {
            0 => {
                let _ = writeln!(
                    out,
                    "Every shown fact has a source (the validator also requires this)."
                );
            }
            n => {
                let _ = writeln!(out, "{n} shown fact(s) have no source.");
            }
        }
        for kind in FindingKind::ALL {
            let list: Vec<&Finding> = self.of(kind).collect();
            // The unsourced are always listed: they fail the audit.
            if list.is_empty() || (summary && kind != FindingKind::Unsourced) {
                continue;
            }
            let _ = writeln!(out, "\n{} ({}):", kind.heading(), list.len());
            for f in list {
                let _ = writeln!(out, "  {}: {}", f.path, f.message);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture;

    #[test]
    fn a_valid_catalogue_has_every_fact_sourced_and_counts_its_gaps() {
        let cat = test_fixture();
        let a = audit(&cat, None);
        assert_eq!(a.unsourced(), 0);
        assert_eq!(
            a.tallies
                .iter()
                .map(|t| (t.facts, t.sourced, t.old))
                .collect::<Vec<_>>(),
            vec![
                (2, 2, 0),
                (1, 1, 0),
                (2, 2, 0),
                (1, 1, 0),
                (0, 0, 0),
                (0, 0, 0),
                (1, 1, 0),
                (0, 0, 0),
            ]
        );
        assert_eq!(a.of(FindingKind::UnknownFee).count(), 1);
        assert_eq!(a.of(FindingKind::NoIntakes).count(), 0);
        let report = a.report(false);
        assert!(report.contains("Every shown fact has a source"), "{report}");
        assert!(report.contains("Unknown fees: 1 of 1 courses."));
        assert!(report.contains("courses[0].fee: no published fee for \"bit\""));
        assert!(!a.report(true).contains("courses[0].fee:"));
    }

    #[test]
    fn coverage_deciding_facts_and_undated_sources_are_reported() {
        let mut cat = test_fixture();
        cat.meta.sources[0].undated = true;
        cat.courses[0].part_time = Some(crate::facts::PartTime {
            available: true,
            weeks: None,
        });
        let a = audit(&cat, None);
        let vic = a.coverage.iter().find(|(s, _)| s == "VIC").unwrap();
        assert_eq!(vic.1.iter().sum::<usize>(), 1, "the fixture's one provider");
        assert_eq!(a.decision_facts, [0, 0, 1, 0]);
        assert_eq!(a.of(FindingKind::Undated).count(), 1);
        let report = a.report(true);
        assert!(report.contains("part-time 1"), "{report}");
        assert!(report.contains("Undated sources: 1."), "{report}");
        // An outcome figure whose source is unknown fails the audit.
        cat.ways_in.outcomes.push(crate::ways_in::Outcome {
            route: crate::ways_in::Route::Degree,
            measure: "m".into(),
            value: Some("1%".into()),
            year: Some(2025),
            source: Some("nowhere".into()),
        });
        assert_eq!(audit(&cat, None).unsourced(), 1);
    }

    #[test]
    fn old_sources_and_old_figures_are_listed_with_their_paths() {
        let mut cat = test_fixture();
        cat.meta.sources[0].year = 2019;
        let a = audit(&cat, None);
        assert_eq!(a.tally(Kind::Courses).old, 1);
        assert_eq!(a.tally(Kind::Roles).old, 2);
        let old: Vec<String> = a
            .of(FindingKind::PossiblyOutOfDate)
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect();
        assert!(old.contains(
            &"courses[0]: source \"src\" is from 2019, more than three years before the review date 2026-11-01"
                .to_string()
        ), "{old:?}");
        // A recent source with an old figure: the figure's year dates it.
        let mut cat = test_fixture();
        cat.roles[0].salaries[0].year = Some(2021);
        let a = audit(&cat, None);
        assert_eq!(a.tally(Kind::Salaries).old, 1);
        assert_eq!(a.tally(Kind::Courses).old, 0);
        let f = a.of(FindingKind::PossiblyOutOfDate).next().unwrap();
        assert_eq!(f.path, "roles[0].salaries[0]");
        assert_eq!(
            f.message,
            "the figure is for 2021, more than three years before the review date 2026-11-01 (source \"src\" is from 2025)"
        );
    }

    #[test]
    fn facts_without_a_known_source_fail_the_audit() {
        let mut cat = test_fixture();
        cat.roles[1].sources.clear();
        cat.courses[0].source = "gone".into();
        cat.courses[0].intakes.clear();
        cat.providers.push(cat.providers[0].clone());
        cat.providers[1].id = "lonely".into();
        let a = audit(&cat, None);
        assert_eq!(a.unsourced(), 2);
        assert_eq!(a.tally(Kind::Roles).sourced, 1);
        assert_eq!(a.tally(Kind::Courses).sourced, 0);
        assert_eq!(a.of(FindingKind::NoIntakes).count(), 1);
        assert_eq!(a.of(FindingKind::ProviderWithoutCourses).count(), 1);
        let report = a.report(true);
        assert!(
            report.contains("2 shown fact(s) have no source."),
            "{report}"
        );
        assert!(report.contains("roles[1].sources: the role cites no source"));
        assert!(
            report.contains("courses[0]: cites source \"gone\", which meta.sources does not list")
        );
    }

    #[test]
    fn passed_dates_and_ending_projections_are_listed_on_the_day_judged() {
        let mut cat = test_fixture();
        cat.courses[0].description = "Next intake: 27 January 2026.".into();
        cat.roles[0].outlook.growth_percent = Some(10.0);
        cat.roles[0].outlook.period = Some("2021–2026".into());
        // Judged on the review date, 2026-11-01.
        let a = audit(&cat, None);
        let found = |a: &Audit, kind| {
            a.of(kind)
                .map(|f| format!("{}: {}", f.path, f.message))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(&a, FindingKind::PassedDate),
            vec!["courses[0]: \"bit\" names 27 January 2026, which has passed"]
        );
        assert_eq!(
            found(&a, FindingKind::EndedProjection),
            vec!["roles[0].outlook.period: the period 2021–2026 ends in 2026"]
        );
        assert!(a.report(true).contains(
            "Judged on 2026-11-01: courses naming a date that has passed: 1; projections whose period ends this year or has ended: 1."
        ));
        // Judged on a later day, as the site is once it has started.
        let later = crate::age::Day::parse("2027-02-01");
        assert_eq!(
            found(&audit(&cat, later), FindingKind::EndedProjection),
            vec!["roles[0].outlook.period: the period 2021–2026 ended in 2026"]
        );
        // A day before the review is not believed.
        let a = audit(&cat, crate::age::Day::parse("2025-01-01"));
        assert_eq!(a.of(FindingKind::EndedProjection).count(), 1);
        cat.roles[0].outlook.period = Some("2024–2034".into());
        cat.courses[0].description = "Starts 27 January 2027.".into();
        let a = audit(&cat, None);
        assert_eq!(a.of(FindingKind::PassedDate).count(), 0);
        assert_eq!(a.of(FindingKind::EndedProjection).count(), 0);
    }
}
