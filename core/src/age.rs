//! How old the catalogue's facts are: the one rule for "possibly out of
//! date", the citation text for a source, the summary of the sources'
//! ages the About page shows, and the rules for dates that have passed
//! (an intake, a date named in a course's text, a projection's period).
//!
//! Dates are judged against a [`Day`]: in a first render (at build time
//! and while the browser takes the page over) the catalogue's
//! `meta.last_reviewed`, which both sides know; once the app has started,
//! the browser's date if it is later ([`judged_on`]).

use crate::format::MONTH_NAMES;
use crate::model::{Catalogue, Course, Outlook, Salary};

/// A source more than this many years older than the catalogue's review
/// year may be out of date.
pub const MAX_AGE_YEARS: u16 = 3;

/// The year of a `YYYY-MM-DD` date, or `None` if it does not start with one.
pub fn year_of(date: &str) -> Option<u16> {
    let year = date.get(..4)?;
    if year.bytes().all(|b| b.is_ascii_digit()) && date.as_bytes().get(4).is_none_or(|&b| b == b'-')
    {
        year.parse().ok()
    } else {
        None
    }
}

/// True when a fact from a source of `source_year` may be out of date: the
/// source is more than [`MAX_AGE_YEARS`] years older than the year of
/// `last_reviewed` (the catalogue's `meta.last_reviewed`). A review date that
/// is not a date marks nothing.
pub fn possibly_out_of_date(source_year: u16, last_reviewed: &str) -> bool {
    year_of(last_reviewed)
        .is_some_and(|reviewed| reviewed.saturating_sub(source_year) > MAX_AGE_YEARS)
}

/// True when the source with id `source` is possibly out of date (see
/// [`possibly_out_of_date`]); an unknown id is not.
pub fn source_possibly_out_of_date(cat: &Catalogue, source: &str) -> bool {
    cat.source(source)
        .is_some_and(|s| possibly_out_of_date(s.year, &cat.meta.last_reviewed))
}

/// The year that dates a figure: its own year (the year a fee applies to,
/// or the year a salary is for) when it has one, else its source's year.
/// `None` when neither is known.
pub fn figure_year(cat: &Catalogue, own_year: Option<u16>, source: &str) -> Option<u16> {
    own_year.or_else(|| cat.source(source).map(|s| s.year))
}

/// How a fact cites its source in a sentence: "Publisher, year", or `None`
/// for an id that is not in `meta.sources`.
pub fn citation(cat: &Catalogue, source: &str) -> Option<String> {
    cat.source(source)
        .map(|s| format!("{}, {}", s.publisher, s.year))
}

/// Why a course's facts may be out of date, for the mark on its card and
/// page, e.g. "Possibly out of date: its source is from 2017." (the fee's
/// own year or source counts too). `None` when nothing about it is old.
pub fn course_age_note(cat: &Catalogue, course: &Course) -> Option<String> {
    let reviewed = &cat.meta.last_reviewed;
    let source_year = cat.source(&course.source).map(|s| s.year);
    let fee_year = course
        .fee
        .as_ref()
        .and_then(|f| figure_year(cat, f.year, &f.source));
    let old = |year: Option<u16>| year.filter(|&y| possibly_out_of_date(y, reviewed));
    match (old(source_year), old(fee_year)) {
        (Some(year), _) => Some(format!("Possibly out of date: its source is from {year}.")),
        (None, Some(year)) => Some(format!("Possibly out of date: its fee is from {year}.")),
        (None, None) => None,
    }
}

/// Why a salary figure may be out of date, for the mark beside it on a
/// guide, the comparison and the home page: "Possibly out of date: the
/// figure is for 2021." when the figure's own year is old, else "Possibly
/// out of date: the source is from 2019." when its source is. `None` when
/// neither is (or neither is known). The same rule as the audit's.
pub fn salary_age_note(cat: &Catalogue, salary: &Salary) -> Option<String> {
    let reviewed = &cat.meta.last_reviewed;
    let old = |year: Option<u16>| year.filter(|&y| possibly_out_of_date(y, reviewed));
    match (
        old(salary.year),
        old(cat.source(&salary.source).map(|s| s.year)),
    ) {
        (Some(year), _) => Some(format!("Possibly out of date: the figure is for {year}.")),
        (None, Some(year)) => Some(format!("Possibly out of date: the source is from {year}.")),
        (None, None) => None,
    }
}

/// Why a fact citing the source with id `source` (a role's outlook, a
/// guide's listed sources) may be out of date: "Possibly out of date: the
/// source is from 2019."; `None` when it is not old or not known.
pub fn source_age_note(cat: &Catalogue, source: &str) -> Option<String> {
    let year = cat.source(source)?.year;
    possibly_out_of_date(year, &cat.meta.last_reviewed)
        .then(|| format!("Possibly out of date: the source is from {year}."))
}

/// Why a role's outlook may be out of date ([`source_age_note`] of its source).
pub fn outlook_age_note(cat: &Catalogue, role: &crate::model::Role) -> Option<String> {
    source_age_note(cat, &role.outlook.source)
}

/// The ages of a catalogue's sources, for "how old is this data".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceAges {
    /// `meta.last_reviewed`, as given.
    pub last_reviewed: String,
    /// How many sources `meta.sources` lists.
    pub sources: usize,
    /// The oldest and newest source years; `None` with no sources.
    pub oldest: Option<u16>,
    pub newest: Option<u16>,
    /// How many sources are possibly out of date.
    pub possibly_out_of_date: usize,
    /// The earliest and latest dates a course's facts were last checked;
    /// `None` with no courses.
    pub courses_checked: Option<(String, String)>,
}

/// The ages of every source in `cat`.
pub fn source_ages(cat: &Catalogue, courses: crate::summary::Courses) -> SourceAges {
    let years = || cat.meta.sources.iter().map(|s| s.year);
    SourceAges {
        last_reviewed: cat.meta.last_reviewed.clone(),
        sources: cat.meta.sources.len(),
        oldest: years().min(),
        newest: years().max(),
        possibly_out_of_date: years()
            .filter(|&y| possibly_out_of_date(y, &cat.meta.last_reviewed))
            .count(),
        courses_checked: courses.checked(),
    }
}

impl SourceAges {
    /// The About page's sentences on the data's age, e.g. "The catalogue was
    /// last reviewed on 1 December 2026. Its 95 sources were published or
    /// retrieved between 2013 and 2026; 20 are more than three years older
    /// than the review, so what they say may have changed since."
    pub fn summary(&self) -> String {
        let reviewed = format!(
            "The catalogue was last reviewed on {}.",
            crate::format::iso_date(&self.last_reviewed)
        );
        let (Some(oldest), Some(newest)) = (self.oldest, self.newest) else {
            return format!("{reviewed} It cites no sources.");
        };
        let span = if oldest == newest {
            format!("in {oldest}")
        } else {
            format!("between {oldest} and {newest}")
        };
        let sources = match self.sources {
            1 => "only source was".to_string(),
            n => format!("{n} sources were"),
        };
        let years = number_word(MAX_AGE_YEARS);
        let old = match self.possibly_out_of_date {
            0 => format!("none is more than {years} years older than the review."),
            1 => format!(
                "one is more than {years} years older than the review, so what it says may have changed since."
            ),
            n => format!(
                "{n} are more than {years} years older than the review, so what they say may have changed since."
            ),
        };
        format!("{reviewed} Its {sources} published or retrieved {span}; {old}")
    }

    /// When course facts were last checked: "Each course's facts were last
    /// checked between 22 November 2026 and 1 December 2026."; `None` with
    /// no courses.
    pub fn checked_summary(&self) -> Option<String> {
        let (first, last) = self.courses_checked.as_ref()?;
        let (first, last) = (
            crate::format::iso_date(first),
            crate::format::iso_date(last),
        );
        Some(if first == last {
            format!("Each course's facts were last checked on {first}.")
        } else {
            format!("Each course's facts were last checked between {first} and {last}.")
        })
    }
}

/// A calendar day. Orders as dates do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    /// 1 (January) to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl Day {
    /// The day of a `YYYY-MM-DD` date, or `None` if it is not one.
    pub fn parse(date: &str) -> Option<Day> {
        let mut parts = date.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        Day::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// The day, if `month` is 1–12 and `day` 1–31.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Day { year, month, day })
    }
}

/// The day dates are judged against: the catalogue's review date, or the
/// visitor's `today` when it is known and later (a clock set before the
/// review is not believed). `None` only when neither is a date.
pub fn judged_on(cat: &Catalogue, today: Option<Day>) -> Option<Day> {
    Day::parse(&cat.meta.last_reviewed).max(today)
}

/// The next intake among `intakes` (months 1–12) on or after `today`'s
/// month, as (year, month): this year's if one is still to come (the
/// current month counts: its intake may not have started), else the first
/// of next year. `None` when no month is published.
pub fn next_intake(intakes: &[u8], today: Day) -> Option<(u16, u8)> {
    let months = || intakes.iter().copied().filter(|m| (1..=12).contains(m));
    months()
        .filter(|&m| m >= today.month)
        .min()
        .map(|m| (today.year, m))
        .or_else(|| months().min().map(|m| (today.year.saturating_add(1), m)))
}

/// "Next: February 2027", for a course's published intake months; `None`
/// when none is published.
pub fn next_intake_text(course: &Course, today: Day) -> Option<String> {
    next_intake(&course.intakes, today)
        .map(|(year, month)| format!("Next: {} {year}", crate::format::month_name(month)))
}

/// The dates written out in `text` ("27 January 2026", "2 February 2026,"),
/// in order, each with the words as written.
pub fn dates_in(text: &str) -> Vec<(Day, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(3)
        .filter_map(|w| {
            let day = w[0].parse::<u8>().ok()?;
            let month = MONTH_NAMES.iter().position(|m| *m == w[1])?;
            let year = w[2].trim_end_matches(|c: char| !c.is_ascii_digit());
            if year.len() != 4 {
                return None;
            }
            let day = Day::new(year.parse().ok()?, u8::try_from(month + 1).ok()?, day)?;
            Some((day, format!("{} {} {year}", w[0], w[1])))
        })
        .collect()
}

/// The dates a course's text names (its description and its fee's note)
/// that are before `today`, as written, without repeats.
pub fn passed_dates(course: &Course, today: Day) -> Vec<String> {
    let note = course.fee.as_ref().and_then(|f| f.note.as_deref());
    let mut passed: Vec<String> = Vec::new();
    for (day, written) in std::iter::once(course.description.as_str())
        .chain(note)
        .flat_map(dates_in)
    {
        if day < today && !passed.contains(&written) {
            passed.push(written);
        }
    }
    passed
}

/// What a course page says when its text names dates that have passed, so
/// none reads as still to come: "27 January 2026 has passed: ask the
/// provider for later dates." `None` when no date has passed.
pub fn passed_dates_note(course: &Course, today: Day) -> Option<String> {
    let passed = passed_dates(course, today);
    let (last, rest) = passed.split_last()?;
    Some(if rest.is_empty() {
        format!("{last} has passed: ask the provider for later dates.")
    } else {
        format!(
            "{} and {last} have passed: ask the provider for later dates.",
            rest.join(", ")
        )
    })
}

/// The last year of a projection's period ("2021–2026" ends in 2026): the
/// last four-digit year in it. `None` when it names none.
pub fn period_end(period: &str) -> Option<u16> {
    period
        .split(|c: char| !c.is_ascii_digit())
        .rfind(|part| part.len() == 4)
        .and_then(|year| year.parse().ok())
}

/// How a projection's period stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectionAge {
    /// The period ends after this year (or its end is not known).
    Current,
    /// The period ends this year (in the given year).
    EndsThisYear(u16),
    /// The period ended (in the given year).
    Ended(u16),
}

/// Where a projection over `period` stands on `today`: by its last year,
/// since periods name years only.
pub fn projection_age(period: &str, today: Day) -> ProjectionAge {
    match period_end(period) {
        Some(end) if end < today.year => ProjectionAge::Ended(end),
        Some(end) if end == today.year => ProjectionAge::EndsThisYear(end),
        _ => ProjectionAge::Current,
    }
}

/// The mark beside a growth projection whose period ends this year or has
/// ended, so it is not read as a forecast: "The period of this projection
/// ended in 2026: check the source for a newer one." `None` for a current
/// projection, or an outlook with no growth figure or period.
pub fn projection_note(outlook: &Outlook, today: Day) -> Option<String> {
    outlook.growth_percent?;
    match projection_age(outlook.period.as_deref()?, today) {
        ProjectionAge::Current => None,
        ProjectionAge::EndsThisYear(year) => Some(format!(
            "The period of this projection ends in {year}: check the source for a newer one."
        )),
        ProjectionAge::Ended(year) => Some(format!(
            "The period of this projection ended in {year}: check the source for a newer one."
        )),
    }
}

/// Small numbers as words, as they read in a sentence.
fn number_word(n: u16) -> String {
    match n {
        1 => "one".into(),
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        n => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_more_than_three_years_older_than_the_review_may_be_out_of_date() {
        assert!(!possibly_out_of_date(2026, "2026-12-01"));
        assert!(
            !possibly_out_of_date(2023, "2026-12-01"),
            "three years is fine"
        );
        assert!(possibly_out_of_date(2022, "2026-12-01"));
        assert!(possibly_out_of_date(1990, "2026-01-01"));
        // A source newer than the review is not old.
        assert!(!possibly_out_of_date(2027, "2026-12-01"));
        // No review date, no marks.
        assert!(!possibly_out_of_date(1990, "soon"));
        assert!(!possibly_out_of_date(1990, ""));
    }

    #[test]
    fn years_are_read_from_dates_only() {
        assert_eq!(year_of("2026-12-01"), Some(2026));
        assert_eq!(year_of("2026"), Some(2026));
        assert_eq!(year_of("20x6-12-01"), None);
        assert_eq!(year_of("202"), None);
        assert_eq!(year_of("20261-01-01"), None);
    }

    #[test]
    fn citations_name_publisher_and_year() {
        let cat = crate::test_fixture();
        assert_eq!(citation(&cat, "src").as_deref(), Some("Someone, 2025"));
        assert_eq!(citation(&cat, "nope"), None);
        assert!(!source_possibly_out_of_date(&cat, "src"));
        assert!(!source_possibly_out_of_date(&cat, "nope"));
        assert_eq!(figure_year(&cat, Some(2021), "src"), Some(2021));
        assert_eq!(figure_year(&cat, None, "src"), Some(2025));
        assert_eq!(figure_year(&cat, None, "nope"), None);
    }

    #[test]
    fn a_course_is_marked_when_its_source_or_its_fee_is_old() {
        let mut cat = crate::test_fixture();
        let course = cat.courses[0].clone();
        assert_eq!(course_age_note(&cat, &course), None);
        cat.meta.sources[0].year = 2017;
        assert_eq!(
            course_age_note(&cat, &course).as_deref(),
            Some("Possibly out of date: its source is from 2017.")
        );
        cat.meta.sources[0].year = 2025;
        let mut priced = course.clone();
        priced.fee = Some(crate::model::Fee {
            basis: None,
            year: Some(2020),
            ..crate::model::Fee::whole_course(1, 1, "AUD", "src")
        });
        assert_eq!(
            course_age_note(&cat, &priced).as_deref(),
            Some("Possibly out of date: its fee is from 2020.")
        );
    }

    #[test]
    fn a_salary_is_marked_when_its_own_year_or_its_source_is_old() {
        let mut cat = crate::test_fixture();
        let mut salary = cat.roles[0].salaries[0].clone();
        salary.source = "src".into();
        salary.year = Some(2025);
        assert_eq!(salary_age_note(&cat, &salary), None);
        // A recent page reporting old earnings: the figure's year counts.
        salary.year = Some(2021);
        assert_eq!(
            salary_age_note(&cat, &salary).as_deref(),
            Some("Possibly out of date: the figure is for 2021.")
        );
        // Three years before the review (2026) is not old yet.
        salary.year = Some(2023);
        assert_eq!(salary_age_note(&cat, &salary), None);
        // No year of its own: the source's year dates it.
        salary.year = None;
        assert_eq!(salary_age_note(&cat, &salary), None);
        cat.meta.sources[0].year = 2019;
        assert_eq!(
            salary_age_note(&cat, &salary).as_deref(),
            Some("Possibly out of date: the source is from 2019.")
        );
        // A figure for a recent year from an old source: the source is old.
        salary.year = Some(2025);
        assert_eq!(
            salary_age_note(&cat, &salary).as_deref(),
            Some("Possibly out of date: the source is from 2019.")
        );
        // Both old: the figure's own year is named.
        salary.year = Some(2018);
        assert_eq!(
            salary_age_note(&cat, &salary).as_deref(),
            Some("Possibly out of date: the figure is for 2018.")
        );
        // An unknown source and no year: nothing to mark.
        salary.source = "nope".into();
        salary.year = None;
        assert_eq!(salary_age_note(&cat, &salary), None);
        // No review date, no marks.
        salary.year = Some(1990);
        cat.meta.last_reviewed = "soon".into();
        assert_eq!(salary_age_note(&cat, &salary), None);
    }

    #[test]
    fn a_source_and_an_outlook_are_marked_when_the_source_is_old() {
        let mut cat = crate::test_fixture();
        let mut role = cat.roles[0].clone();
        role.outlook.source = "src".into();
        assert_eq!(source_age_note(&cat, "src"), None);
        assert_eq!(outlook_age_note(&cat, &role), None);
        cat.meta.sources[0].year = 2022;
        let note = Some("Possibly out of date: the source is from 2022.".to_string());
        assert_eq!(source_age_note(&cat, "src"), note);
        assert_eq!(outlook_age_note(&cat, &role), note);
        assert_eq!(source_age_note(&cat, "nope"), None);
    }

    #[test]
    fn the_age_summary_counts_old_sources() {
        let mut cat = crate::test_fixture();
        let ages = source_ages(&cat, crate::summary::Courses::Every(&cat));
        assert_eq!(
            (ages.sources, ages.oldest, ages.newest),
            (1, Some(2025), Some(2025))
        );
        assert_eq!(
            ages.summary(),
            "The catalogue was last reviewed on 1 November 2026. Its only source was published \
             or retrieved in 2025; none is more than three years older than the review."
        );
        let mut old = cat.meta.sources[0].clone();
        old.id = "old".into();
        old.year = 2019;
        cat.meta.sources.push(old.clone());
        old.id = "older".into();
        old.year = 2013;
        cat.meta.sources.push(old);
        let ages = source_ages(&cat, crate::summary::Courses::Every(&cat));
        assert_eq!(ages.possibly_out_of_date, 2);
        assert_eq!(
            ages.summary(),
            "The catalogue was last reviewed on 1 November 2026. Its 3 sources were published \
             or retrieved between 2013 and 2025; 2 are more than three years older than the \
             review, so what they say may have changed since."
        );
        assert_eq!(
            ages.checked_summary().as_deref(),
            Some("Each course's facts were last checked on 15 October 2026.")
        );
        let mut second = cat.courses[0].clone();
        second.checked = "2026-09-30".into();
        cat.courses.push(second);
        assert_eq!(
            source_ages(&cat, crate::summary::Courses::Every(&cat)).checked_summary().as_deref(),
            Some("Each course's facts were last checked between 30 September 2026 and 15 October 2026.")
        );
        cat.courses.clear();
        assert_eq!(
            source_ages(&cat, crate::summary::Courses::Every(&cat)).checked_summary(),
            None
        );
        cat.meta.sources.clear();
        assert!(source_ages(&cat, crate::summary::Courses::Every(&cat))
            .summary()
            .ends_with("It cites no sources."));
    }

    fn day(date: &str) -> Day {
        Day::parse(date).unwrap()
    }

    #[test]
    fn days_are_read_from_iso_dates_only() {
        assert_eq!(
            day("2026-12-06"),
            Day {
                year: 2026,
                month: 12,
                day: 6
            }
        );
        for bad in [
            "2026-13-01",
            "2026-00-10",
            "2026-12-32",
            "2026-1-01",
            "2026-12",
            "soon",
            "",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert!(day("2026-12-31") < day("2027-01-01"));
    }

    #[test]
    fn dates_are_judged_on_the_later_of_the_review_and_today() {
        let mut cat = crate::test_fixture();
        cat.meta.last_reviewed = "2026-12-01".into();
        assert_eq!(judged_on(&cat, None), Some(day("2026-12-01")));
        assert_eq!(
            judged_on(&cat, Some(day("2027-03-01"))),
            Some(day("2027-03-01"))
        );
        // A clock set before the review is not believed.
        assert_eq!(
            judged_on(&cat, Some(day("2020-01-01"))),
            Some(day("2026-12-01"))
        );
        cat.meta.last_reviewed = "soon".into();
        assert_eq!(judged_on(&cat, None), None);
        assert_eq!(
            judged_on(&cat, Some(day("2027-03-01"))),
            Some(day("2027-03-01"))
        );
    }

    #[test]
    fn the_next_intake_is_never_one_that_has_passed() {
        let feb_jul = [2, 7];
        assert_eq!(next_intake(&feb_jul, day("2026-01-15")), Some((2026, 2)));
        // The current month still counts.
        assert_eq!(next_intake(&feb_jul, day("2026-02-27")), Some((2026, 2)));
        assert_eq!(next_intake(&feb_jul, day("2026-03-01")), Some((2026, 7)));
        // Across the year boundary.
        assert_eq!(next_intake(&feb_jul, day("2026-12-06")), Some((2027, 2)));
        assert_eq!(next_intake(&[12], day("2026-12-31")), Some((2026, 12)));
        assert_eq!(next_intake(&[1], day("2026-12-31")), Some((2027, 1)));
        assert_eq!(next_intake(&[], day("2026-12-31")), None);
        assert_eq!(next_intake(&[13], day("2026-12-31")), None);
        let mut course = crate::test_fixture().courses[0].clone();
        course.intakes = vec![7, 2];
        assert_eq!(
            next_intake_text(&course, day("2026-12-06")).as_deref(),
            Some("Next: February 2027")
        );
    }

    #[test]
    fn dates_written_in_text_are_found() {
        let found = dates_in("the next intake starts on 27 January 2026 and on 2 February 2026; not 32 January 2026 or 5 Jan 2026 or 3 May 26.");
        assert_eq!(
            found,
            vec![
                (day("2026-01-27"), "27 January 2026".to_string()),
                (day("2026-02-02"), "2 February 2026".to_string()),
            ]
        );
        assert!(dates_in("").is_empty());
    }

    #[test]
    fn a_course_names_the_dates_in_its_text_that_have_passed() {
        let mut course = crate::test_fixture().courses[0].clone();
        course.description = "The next intake listed starts on 27 January 2026.".into();
        assert_eq!(
            passed_dates_note(&course, day("2026-01-27")),
            None,
            "not passed on the day"
        );
        assert_eq!(
            passed_dates_note(&course, day("2026-12-06")).as_deref(),
            Some("27 January 2026 has passed: ask the provider for later dates.")
        );
        course.fee = Some(crate::model::Fee {
            note: Some("for the offering starting 2 February 2026 (not 27 January 2026)".into()),
            ..crate::model::Fee::whole_course(1, 1, "AUD", "src")
        });
        assert_eq!(
            passed_dates_note(&course, day("2027-01-01")).as_deref(),
            Some("27 January 2026 and 2 February 2026 have passed: ask the provider for later dates.")
        );
        // Across the year boundary: 31 December is before 1 January.
        course.fee = None;
        course.description = "Starts 31 December 2026.".into();
        assert_eq!(
            passed_dates(&course, day("2026-12-31")),
            Vec::<String>::new()
        );
        assert_eq!(
            passed_dates(&course, day("2027-01-01")),
            vec!["31 December 2026"]
        );
    }

    #[test]
    fn a_projection_is_marked_once_its_period_ends() {
        assert_eq!(period_end("2021–2026"), Some(2026));
        assert_eq!(period_end("2024-2034"), Some(2034));
        assert_eq!(period_end("five years to November 2026"), Some(2026));
        assert_eq!(period_end("soon"), None);
        assert_eq!(
            projection_age("2021–2026", day("2025-12-31")),
            ProjectionAge::Current
        );
        assert_eq!(
            projection_age("2021–2026", day("2026-01-01")),
            ProjectionAge::EndsThisYear(2026)
        );
        assert_eq!(
            projection_age("2021–2026", day("2026-12-31")),
            ProjectionAge::EndsThisYear(2026)
        );
        assert_eq!(
            projection_age("2021–2026", day("2027-01-01")),
            ProjectionAge::Ended(2026)
        );
        assert_eq!(
            projection_age("soon", day("2099-01-01")),
            ProjectionAge::Current
        );
        let mut outlook = Outlook {
            summary: String::new(),
            growth_percent: Some(27.0),
            period: Some("2021–2026".into()),
            source: "src".into(),
        };
        assert_eq!(projection_note(&outlook, day("2025-06-01")), None);
        assert_eq!(
            projection_note(&outlook, day("2026-12-06")).as_deref(),
            Some("The period of this projection ends in 2026: check the source for a newer one.")
        );
        assert_eq!(
            projection_note(&outlook, day("2027-03-01")).as_deref(),
            Some("The period of this projection ended in 2026: check the source for a newer one.")
        );
        // No figure, nothing to mark; no period, nothing to judge.
        outlook.growth_percent = None;
        assert_eq!(projection_note(&outlook, day("2027-03-01")), None);
        outlook.growth_percent = Some(1.0);
        outlook.period = None;
        assert_eq!(projection_note(&outlook, day("2027-03-01")), None);
    }
}
