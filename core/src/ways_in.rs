//! Ways in, compared: the kinds of study that lead to a back-end role
//! (a degree, a TAFE or college qualification, a bootcamp, self-study
//! online, and postgraduate study after a degree), what each costs, takes
//! and needs by the catalogue's own courses, and what national surveys
//! say it leads to (`Catalogue::ways_in`).

use serde::{Deserialize, Serialize};

use crate::model::{Catalogue, Course, EntryKind, QualificationLevel};

/// A way into the role, by the kind of course taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// A bachelor or associate degree.
    Degree,
    /// A Certificate IV, diploma or advanced diploma (TAFE or college).
    Vet,
    /// A bootcamp.
    Bootcamp,
    /// Online short courses and professional certificates, self-paced.
    SelfStudy,
    /// A graduate certificate, graduate diploma or master's, after a degree.
    Postgraduate,
}

impl Route {
    pub const ALL: [Route; 5] = [
        Route::Degree,
        Route::Vet,
        Route::Bootcamp,
        Route::SelfStudy,
        Route::Postgraduate,
    ];

    /// The route a course of `level` belongs to.
    pub fn of(level: QualificationLevel) -> Route {
        use QualificationLevel as L;
        match level {
            L::Bachelor | L::AssociateDegree => Route::Degree,
            L::CertificateIv | L::Diploma | L::AdvancedDiploma => Route::Vet,
            L::Bootcamp => Route::Bootcamp,
            L::ShortCourse | L::ProfessionalCertificate => Route::SelfStudy,
            L::GraduateCertificate | L::GraduateDiploma | L::Master => Route::Postgraduate,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Route::Degree => "University degree",
            Route::Vet => "TAFE or college certificate or diploma",
            Route::Bootcamp => "Bootcamp",
            Route::SelfStudy => "Self-study online",
            Route::Postgraduate => "Postgraduate study after a degree",
        }
    }

    /// The qualification levels of the route, for a link to the finder.
    pub fn levels(self) -> Vec<QualificationLevel> {
        QualificationLevel::ALL
            .into_iter()
            .filter(|&l| Route::of(l) == self)
            .collect()
    }
}

/// National facts the ways-in page shows beside the catalogue's own
/// figures: explanations of how study is paid for, and what each route
/// leads to, each from a source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WaysIn {
    /// How study is paid for: CSP, HECS-HELP, VET Student Loans, state
    /// subsidies, Fee-Free TAFE.
    #[serde(default)]
    pub explainers: Vec<Explainer>,
    /// Ways in taken together (a diploma then a degree, courses and a
    /// portfolio…), in the same shape as an explainer.
    #[serde(default)]
    pub combinations: Vec<Explainer>,
    /// What each route leads to, by national surveys.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}

/// One plain explanation, e.g. of a Commonwealth supported place, or one
/// combination of ways in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    /// The page anchor, e.g. "csp" (what `Place::explainer` links to).
    pub id: String,
    pub title: String,
    /// The explanation, a point at a time, each from its source.
    pub points: Vec<Point>,
}

/// A sentence or two from one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub text: String,
    /// The source id that states it.
    pub source: String,
}

/// One published outcome of a route, e.g. a graduate employment rate, or
/// the record that no independent figure was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub route: Route,
    /// What is measured, and of whom (or, without a value, what was
    /// looked for).
    pub measure: String,
    /// The figure as published, e.g. "72.1%" or "A$65,000"; `null` where no
    /// independent figure exists.
    pub value: Option<String>,
    /// The year the figure is for (with a value).
    #[serde(default)]
    pub year: Option<u16>,
    /// The source id (with a value).
    #[serde(default)]
    pub source: Option<String>,
}

/// A range of whole numbers and how many courses it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub min: u32,
    pub max: u32,
    pub courses: usize,
}

impl Spread {
    fn of(values: impl Iterator<Item = u32>) -> Option<Spread> {
        values.fold(None, |acc: Option<Spread>, v| {
            Some(match acc {
                None => Spread {
                    min: v,
                    max: v,
                    courses: 1,
                },
                Some(s) => Spread {
                    min: s.min.min(v),
                    max: s.max.max(v),
                    courses: s.courses + 1,
                },
            })
        })
    }
}

/// What the catalogue's own courses of one route say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSummary {
    pub route: Route,
    /// How many courses the catalogue lists for it.
    pub courses: usize,
    /// Domestic cost of the whole course (published fees and Commonwealth
    /// supported contributions), in the catalogue currency.
    pub cost: Option<Spread>,
    /// Published full-time lengths, in weeks (rough guides left out).
    pub full_time_weeks: Option<Spread>,
    /// Published part-time lengths, in weeks.
    pub part_time_weeks: Option<Spread>,
    /// Courses whose source says they run part-time.
    pub part_time_courses: usize,
    /// Published lowest ATARs or selection ranks, in hundredths.
    pub ranks: Option<Spread>,
    /// Courses whose source names another entry route, or none.
    pub other_entry: usize,
    pub no_entry_requirements: usize,
}

/// "3 courses" or "1 course".
fn courses(n: usize) -> String {
    crate::format::count(n, "course", "courses")
}

impl RouteSummary {
    /// "A$0 to A$27,942 for the whole course (8 of 12 courses)", or that no
    /// course of the route publishes a domestic cost.
    pub fn cost_text(&self, currency: &str) -> String {
        match self.cost {
            None => "No course here publishes a domestic cost; check with providers".to_string(),
            Some(s) => format!(
                "{} for the whole course ({} of {})",
                range(s, |v| crate::format::money(v, currency)),
                s.courses,
                courses(self.courses)
            ),
        }
    }

    /// "6 months to 3 years (12 of 12 courses)".
    pub fn full_time_text(&self) -> String {
        match self.full_time_weeks {
            None => "No course here publishes a length".to_string(),
            Some(s) => format!(
                "{} ({} of {})",
                range(s, |w| crate::format::weeks(
                    u16::try_from(w).unwrap_or(u16::MAX)
                )),
                s.courses,
                courses(self.courses)
            ),
        }
    }

    /// "4 of 12 courses run part-time, taking 2 to 6 years where stated".
    pub fn part_time_text(&self) -> String {
        let lengths = self.part_time_weeks.map(|s| {
            format!(
                ", taking {} where stated",
                range(s, |w| crate::format::weeks(
                    u16::try_from(w).unwrap_or(u16::MAX)
                ))
            )
        });
        match self.part_time_courses {
            0 => "No course here says it runs part-time".to_string(),
            n => format!(
                "{n} of {} {} part-time{}",
                courses(self.courses),
                if n == 1 { "runs" } else { "run" },
                lengths.unwrap_or_default()
            ),
        }
    }

    /// "Lowest ATAR or selection rank offered 58.5 to 77 (5 courses, each
    /// for its own intake year); 2 name another route; 1 has none".
    pub fn entry_text(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.ranks {
            parts.push(format!(
                "lowest ATAR or selection rank offered {} ({}, each for its own intake year)",
                range(s, rank_text),
                courses(s.courses)
            ));
        }
        let said = |n: usize, one: &str, many: &str| {
            format!("{} {}", courses(n), if n == 1 { one } else { many })
        };
        if self.other_entry > 0 {
            parts.push(said(
                self.other_entry,
                "names another route",
                "name another route",
            ));
        }
        if self.no_entry_requirements > 0 {
            parts.push(said(
                self.no_entry_requirements,
                "has no entry requirements",
                "have no entry requirements",
            ));
        }
        if parts.is_empty() {
            return "No course here publishes its entry requirements".to_string();
        }
        crate::format::capitalise(&parts.join("; "))
    }
}

/// "A to B", or one figure when they are equal.
fn range(s: Spread, show: impl Fn(u32) -> String) -> String {
    if s.min == s.max {
        show(s.min)
    } else {
        format!("{} to {}", show(s.min), show(s.max))
    }
}

/// Each route that has courses in `cat` and leads to `role` (every course
/// when `role` is `None`), summarised, in [`Route::ALL`] order.
pub fn summaries(cat: &Catalogue, role: Option<&str>) -> Vec<RouteSummary> {
    Route::ALL
        .into_iter()
        .map(|route| {
            let courses: Vec<&Course> = cat
                .courses
                .iter()
                .filter(|c| Route::of(c.level) == route)
                .filter(|c| role.is_none_or(|r| c.roles.iter().any(|x| x == r)))
                .collect();
            let entries = || courses.iter().filter_map(|c| c.entry.as_ref());
            RouteSummary {
                route,
                courses: courses.len(),
                cost: Spread::of(courses.iter().filter_map(|c| {
                    c.domestic_cost(&cat.meta.currency, cat.meta.student_contribution.as_ref())
                })),
                full_time_weeks: Spread::of(
                    courses
                        .iter()
                        .filter(|c| !c.rough_length)
                        .map(|c| u32::from(c.duration_weeks)),
                ),
                part_time_weeks: Spread::of(
                    courses
                        .iter()
                        .filter_map(|c| c.part_time.and_then(|p| p.weeks))
                        .map(u32::from),
                ),
                part_time_courses: courses
                    .iter()
                    .filter(|c| c.part_time.is_some_and(|p| p.available))
                    .count(),
                ranks: Spread::of(entries().filter_map(|e| {
                    matches!(e.kind, EntryKind::Atar | EntryKind::SelectionRank)
                        .then(|| e.rank.as_deref().and_then(hundredths))
                        .flatten()
                })),
                other_entry: entries().filter(|e| e.kind == EntryKind::Other).count(),
                no_entry_requirements: entries().filter(|e| e.kind == EntryKind::None).count(),
            }
        })
        .filter(|s| s.courses > 0)
        .collect()
}

/// A published rank in hundredths: "77.85" → 7785, "65" → 6500.
pub fn hundredths(rank: &str) -> Option<u32> {
    if !crate::facts::is_rank(rank) {
        return None;
    }
    let (whole, fraction) = rank.split_once('.').unwrap_or((rank, ""));
    let fraction = format!("{fraction:0<2}");
    Some(whole.parse::<u32>().ok()? * 100 + fraction.parse::<u32>().ok()?)
}

/// A rank in hundredths as published: 7785 → "77.85", 6500 → "65".
pub fn rank_text(hundredths: u32) -> String {
    match hundredths % 100 {
        0 => (hundredths / 100).to_string(),
        f if f % 10 == 0 => format!("{}.{}", hundredths / 100, f / 10),
        f => format!("{}.{f:02}", hundredths / 100),
    }
}

impl Route {
    /// The finder's address for this route's courses that lead to `role`.
    pub fn finder_path(self, role: &str) -> String {
        crate::links::courses_of_levels(&self.levels(), role)
    }
}

impl Catalogue {
    /// The explainer with anchor `id`, if the catalogue has one.
    pub fn explainer(&self, id: &str) -> Option<&Explainer> {
        self.ways_in.explainers.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{Entry, PartTime, Place};

    #[test]
    fn every_level_has_one_route_and_every_route_a_level() {
        for route in Route::ALL {
            assert!(!route.levels().is_empty(), "{route:?}");
        }
        let total: usize = Route::ALL.iter().map(|r| r.levels().len()).sum();
        assert_eq!(total, QualificationLevel::ALL.len());
    }

    #[test]
    fn a_route_links_to_its_levels_in_the_finder() {
        assert_eq!(
            Route::Degree.finder_path("backend-developer"),
            "/courses/?level=associate-degree,bachelor&role=backend-developer"
        );
    }

    #[test]
    fn ranks_read_and_print_in_hundredths() {
        assert_eq!(hundredths("77.85"), Some(7785));
        assert_eq!(hundredths("65"), Some(6500));
        assert_eq!(hundredths("70.5"), Some(7050));
        assert_eq!(hundredths("abc"), None);
        for text in ["77.85", "65", "70.5", "99.95", "0.05"] {
            assert_eq!(rank_text(hundredths(text).unwrap()), text);
        }
    }

    #[test]
    fn a_summary_says_how_many_courses_each_figure_rests_on() {
        let mut cat = crate::test_fixture();
        let mut degree = cat.courses[0].clone();
        degree.level = QualificationLevel::Bachelor;
        degree.fee = None;
        degree.places = vec![Place::Csp];
        degree.duration_weeks = 156;
        degree.rough_length = false;
        degree.part_time = Some(PartTime {
            available: true,
            weeks: Some(312),
        });
        degree.entry = Some(Entry {
            kind: EntryKind::Atar,
            rank: Some("70.5".into()),
            year: Some(2025),
            text: None,
            source: degree.source.clone(),
        });
        let mut second = degree.clone();
        second.id = "second".into();
        second.entry = None;
        second.part_time = None;
        second.places.clear();
        cat.courses = vec![degree, second];
        cat.meta.student_contribution = Some(crate::facts::StudentContribution {
            field: "computing".into(),
            year: 2025,
            per_year: 9_000,
            source: "s".into(),
        });
        let list = summaries(&cat, None);
        assert_eq!(list.len(), 1, "only routes with courses");
        let s = &list[0];
        assert_eq!(s.route, Route::Degree);
        assert_eq!(s.courses, 2);
        assert_eq!(
            s.cost,
            Some(Spread {
                min: 27_000,
                max: 27_000,
                courses: 1
            })
        );
        assert_eq!(s.full_time_weeks.map(|w| w.courses), Some(2));
        assert_eq!(s.part_time_courses, 1);
        assert_eq!(
            s.ranks,
            Some(Spread {
                min: 7050,
                max: 7050,
                courses: 1
            })
        );
        assert!(summaries(&cat, Some("no-such-role")).is_empty());
        assert_eq!(
            s.cost_text("AUD"),
            "A$27,000 for the whole course (1 of 2 courses)"
        );
        assert_eq!(s.full_time_text(), "3 years (2 of 2 courses)");
        assert_eq!(
            s.part_time_text(),
            "1 of 2 courses runs part-time, taking 6 years where stated"
        );
        assert_eq!(
            s.entry_text(),
            "Lowest ATAR or selection rank offered 70.5 (1 course, each for its own intake year)"
        );
    }
}
