//! The bounds of a catalogue's values: what the app can show exactly and
//! what its layout can hold. A value past a bound is a problem naming the
//! field and the bound, so a host learns of it from the validator rather
//! than from a page showing a saturated figure or a heading wider than a
//! phone (docs/catalogue.md, "Limits").

use super::Checker;
use crate::model::{Catalogue, PayPeriod, WEEKS_PER_YEAR};

/// The longest id, in characters: ids are in every address and link.
pub const MAX_ID_CHARS: usize = 120;

/// The longest text of any field (a title, a description, a note…), in
/// characters: a few long paragraphs.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// The largest amount of money (a fee, or a salary for a year): larger
/// figures are not plausible for a course or a job, and every figure up to
/// it is shown exactly.
pub const MAX_AMOUNT: u32 = 10_000_000;

/// The largest weekly salary: its yearly figure (× 52) stays within
/// [`MAX_AMOUNT`], so it is shown exactly.
pub const MAX_WEEKLY_AMOUNT: u32 = MAX_AMOUNT / WEEKS_PER_YEAR;

/// The longest course, in weeks (ten years).
pub const MAX_DURATION_WEEKS: u16 = 520;

/// The longest time to job-ready on a path, in months (twenty years).
pub const MAX_MONTHS: u16 = 240;

/// The range of projected growth, in percent: from losing every job to
/// eleven times as many.
pub const GROWTH_RANGE: (f32, f32) = (-100.0, 1000.0);

/// An id longer than [`MAX_ID_CHARS`].
pub(super) fn check_id(c: &mut Checker, path: String, id: &str) {
    let chars = id.chars().count();
    if chars > MAX_ID_CHARS {
        c.problem(
            path,
            format!("id is {chars} characters long; the limit is {MAX_ID_CHARS}"),
        );
    }
}

/// A text longer than [`MAX_TEXT_CHARS`].
pub(super) fn check_text(c: &mut Checker, path: String, text: &str) {
    // Counting stops at the bound, so a huge text costs no more than that.
    if text.chars().nth(MAX_TEXT_CHARS).is_some() {
        c.problem(
            path,
            format!("text is longer than the limit of {MAX_TEXT_CHARS} characters"),
        );
    }
}

fn check_amount(c: &mut Checker, path: String, amount: u32, limit: u32, what: &str) {
    if amount > limit {
        c.problem(
            path,
            format!(
                "{what} {} is above the limit of {}",
                crate::format::thousands(amount),
                crate::format::thousands(limit)
            ),
        );
    }
}

/// Every number against its bound: fees, salaries, durations, months and
/// growth.
pub(super) fn check_numbers(c: &mut Checker, cat: &Catalogue) {
    for (i, course) in cat.courses.iter().enumerate() {
        let p = format!("courses[{i}]");
        if course.duration_weeks > MAX_DURATION_WEEKS {
            c.problem(
                format!("{p}.duration_weeks"),
                format!(
                    "{} weeks is above the limit of {MAX_DURATION_WEEKS} weeks",
                    course.duration_weeks
                ),
            );
        }
        for (fp, fee) in super::course_fees(&p, course) {
            check_amount(c, format!("{fp}.min"), fee.min, MAX_AMOUNT, "fee");
            if let Some(max) = fee.max {
                check_amount(c, format!("{fp}.max"), max, MAX_AMOUNT, "fee");
            }
        }
    }
    for (i, role) in cat.roles.iter().enumerate() {
        let p = format!("roles[{i}]");
        for (j, s) in role.salaries.iter().enumerate() {
            let (limit, what) = match s.per {
                PayPeriod::Year => (MAX_AMOUNT, "yearly salary"),
                PayPeriod::Week => (MAX_WEEKLY_AMOUNT, "weekly salary"),
            };
            let sp = format!("{p}.salaries[{j}]");
            check_amount(c, format!("{sp}.min"), s.min, limit, what);
            check_amount(c, format!("{sp}.max"), s.max, limit, what);
        }
        for (j, e) in role.education.iter().enumerate() {
            if e.months_max > MAX_MONTHS {
                c.problem(
                    format!("{p}.education[{j}].months_max"),
                    format!(
                        "{} months is above the limit of {MAX_MONTHS} months",
                        e.months_max
                    ),
                );
            }
        }
        if let Some(g) = role.outlook.growth_percent {
            let (low, high) = GROWTH_RANGE;
            if !(g.is_finite() && (low..=high).contains(&g)) {
                // Shown with `format::percent`, so the browser's code needs
                // no float formatting; JSON has no infinity, but a number
                // too large for the model becomes one.
                let shown = if g.is_finite() && g.abs() < 1e9 {
                    crate::format::percent(g)
                } else {
                    "far too large".into()
                };
                c.problem(
                    format!("{p}.outlook.growth_percent"),
                    format!(
                        "growth {shown} is outside the range {}% to {}%",
                        low as i32, high as i32
                    ),
                );
            }
        }
    }
}

/// Every text field against [`MAX_TEXT_CHARS`], by its path.
pub(super) fn check_texts(c: &mut Checker, cat: &Catalogue) {
    let m = &cat.meta;
    check_text(c, "meta.title".into(), &m.title);
    check_text(c, "meta.region".into(), &m.region);
    for (i, r) in m.regions.iter().enumerate() {
        check_text(c, format!("meta.regions[{i}].name"), &r.name);
    }
    for (i, s) in m.sources.iter().enumerate() {
        check_text(c, format!("meta.sources[{i}].title"), &s.title);
        check_text(c, format!("meta.sources[{i}].publisher"), &s.publisher);
    }
    for (i, r) in cat.roles.iter().enumerate() {
        let p = format!("roles[{i}]");
        check_text(c, format!("{p}.title"), &r.title);
        check_text(c, format!("{p}.summary"), &r.summary);
        check_text(c, format!("{p}.outlook.summary"), &r.outlook.summary);
        if let Some(period) = &r.outlook.period {
            check_text(c, format!("{p}.outlook.period"), period);
        }
        let lists = [
            ("description", &r.description),
            ("tasks", &r.tasks),
            ("employers", &r.employers),
        ];
        for (name, list) in lists {
            for (j, text) in list.iter().enumerate() {
                check_text(c, format!("{p}.{name}[{j}]"), text);
            }
        }
        for (j, s) in r.salaries.iter().enumerate() {
            let named = [("note", &s.note), ("surveyed", &s.surveyed)];
            for (name, text) in named {
                if let Some(text) = text {
                    check_text(c, format!("{p}.salaries[{j}].{name}"), text);
                }
            }
        }
        let pairs = r
            .education
            .iter()
            .map(|e| {
                (
                    "education",
                    "title",
                    &e.title,
                    "description",
                    &e.description,
                )
            })
            .chain(
                r.certifications
                    .iter()
                    .map(|x| ("certifications", "name", &x.name, "issuer", &x.issuer)),
            )
            .chain(
                r.projects
                    .iter()
                    .map(|x| ("projects", "title", &x.title, "description", &x.description)),
            )
            .chain(
                r.faq
                    .iter()
                    .map(|x| ("faq", "question", &x.question, "answer", &x.answer)),
            )
            .chain(
                r.roadmap
                    .iter()
                    .map(|x| ("roadmap", "title", &x.title, "why", &x.why)),
            );
        let mut counts = std::collections::HashMap::new();
        for (list, first, a, second, b) in pairs {
            let j = counts.entry(list).or_insert(0usize);
            check_text(c, format!("{p}.{list}[{j}].{first}"), a);
            check_text(c, format!("{p}.{list}[{j}].{second}"), b);
            *j += 1;
        }
    }
    for (i, s) in cat.skills.iter().enumerate() {
        check_text(c, format!("skills[{i}].name"), &s.name);
        check_text(c, format!("skills[{i}].description"), &s.description);
    }
    for (i, p) in cat.providers.iter().enumerate() {
        check_text(c, format!("providers[{i}].name"), &p.name);
        check_text(c, format!("providers[{i}].description"), &p.description);
    }
    for (i, course) in cat.courses.iter().enumerate() {
        check_text(c, format!("courses[{i}].title"), &course.title);
        check_text(c, format!("courses[{i}].description"), &course.description);
        for (fp, fee) in super::course_fees(&format!("courses[{i}]"), course) {
            if let Some(note) = &fee.note {
                check_text(c, format!("{fp}.note"), note);
            }
        }
        for (j, campus) in course.campuses.iter().enumerate() {
            check_text(c, format!("courses[{i}].campuses[{j}].town"), &campus.town);
        }
        if let Some(text) = course.entry.as_ref().and_then(|e| e.text.as_ref()) {
            check_text(c, format!("courses[{i}].entry.text"), text);
        }
    }
    for (i, q) in cat.quiz.iter().enumerate() {
        check_text(c, format!("quiz[{i}].prompt"), &q.prompt);
        if let Some(text) = &q.explanation {
            check_text(c, format!("quiz[{i}].explanation"), text);
        }
        for (j, o) in q.options.iter().enumerate() {
            check_text(c, format!("quiz[{i}].options[{j}].label"), &o.label);
        }
    }
}
