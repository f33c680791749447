//! Checks a parsed catalogue for everything serde cannot: unique ids, dangling
//! or repeated references, lists the site cannot do without, ranges, limits
//! of the quiz's results code, link schemes, and the learning order
//! (prerequisites and roadmaps, in `validate/roadmap.rs`). Each problem names its
//! exact path. A catalogue with no problems works on every page.

use std::collections::HashSet;
use std::fmt;

use crate::model::{Catalogue, Course, Fee, Level, QuestionKind};
use crate::quiz::MAX_OPTIONS;

mod bounds;
mod facts;
mod roadmap;

pub use bounds::{
    GROWTH_RANGE, MAX_AMOUNT, MAX_DURATION_WEEKS, MAX_ID_CHARS, MAX_MONTHS, MAX_TEXT_CHARS,
    MAX_WEEKLY_AMOUNT,
};

/// One problem in a catalogue, e.g. `courses[12].skills[3]: unknown skill "dockr"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// True for an absolute `http://` or `https://` link with a host: the only
/// links the app renders.
pub fn is_web_link(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// A lowercase slug: `a-z`, `0-9` and single inner hyphens. Every id in a
/// catalogue is one, so anything that names a catalogue entry (a URL, an
/// embed option) is checked with this too.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| s[r].bytes().all(|c| c.is_ascii_digit());
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u8 = s[5..7].parse().unwrap_or(0);
    let day: u8 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Collects problems while walking the catalogue.
struct Checker<'a> {
    problems: Vec<Problem>,
    roles: HashSet<&'a str>,
    skills: HashSet<&'a str>,
    providers: HashSet<&'a str>,
    sources: HashSet<&'a str>,
    regions: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.problem(path, "must not be empty");
        }
    }

    fn link(&mut self, path: impl Into<String>, url: &str) {
        if !is_web_link(url) {
            self.problem(
                path,
                format!("link {url:?} must be an absolute http(s) address"),
            );
        }
    }

    /// Checks that `id` exists in `known`, reporting `unknown {kind} "{id}"`.
    fn reference(&mut self, path: impl Into<String>, kind: &str, id: &str, known_kind: Known) {
        let known = match known_kind {
            Known::Role => &self.roles,
            Known::Skill => &self.skills,
            Known::Provider => &self.providers,
            Known::Source => &self.sources,
            Known::Region => &self.regions,
        };
        if !known.contains(id) {
            self.problem(path, format!("unknown {kind} {id:?}"));
        }
    }

    /// Records the ids of one list, reporting bad slugs and duplicates.
    fn ids<I>(&mut self, list: &str, ids: I) -> HashSet<&'a str>
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut seen = HashSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            bounds::check_id(self, format!("{list}[{i}].id"), id);
            if !is_slug(id) {
                self.problem(
                    format!("{list}[{i}].id"),
                    format!("id {id:?} must be a lowercase slug (a-z, 0-9, hyphens)"),
                );
            }
            if !seen.insert(id) {
                self.problem(format!("{list}[{i}].id"), format!("duplicate id {id:?}"));
            }
        }
        seen
    }

    /// Reports every entry of the list at `list` that repeats an earlier
    /// one: a repeated reference shows twice on the page and counts twice.
    fn once_each<'b>(&mut self, list: &str, kind: &str, items: impl IntoIterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for (j, item) in items.into_iter().enumerate() {
            if !seen.insert(item) {
                self.problem(
                    format!("{list}[{j}]"),
                    format!("{kind} {item:?} is listed twice"),
                );
            }
        }
    }

    /// Reports an empty list that the site cannot do without.
    fn needs_one<T>(&mut self, path: &str, list: &[T], message: &str) {
        if list.is_empty() {
            self.problem(path, message);
        }
    }
}

#[derive(Clone, Copy)]
enum Known {
    Role,
    Skill,
    Provider,
    Source,
    Region,
}

/// Returns every problem found; an empty list means the catalogue is valid.
pub fn validate(cat: &Catalogue) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        roles: HashSet::new(),
        skills: HashSet::new(),
        providers: HashSet::new(),
        sources: HashSet::new(),
        regions: HashSet::new(),
    };
    c.roles = c.ids("roles", cat.roles.iter().map(|r| r.id.as_str()));
    c.skills = c.ids("skills", cat.skills.iter().map(|s| s.id.as_str()));
    c.providers = c.ids("providers", cat.providers.iter().map(|p| p.id.as_str()));
    c.sources = c.ids(
        "meta.sources",
        cat.meta.sources.iter().map(|s| s.id.as_str()),
    );
    c.regions = c.ids(
        "meta.regions",
        cat.meta.regions.iter().map(|r| r.id.as_str()),
    );
    c.ids("courses", cat.courses.iter().map(|x| x.id.as_str()));
    c.ids("quiz", cat.quiz.iter().map(|q| q.id.as_str()));
    // Every page is about roles, and the quiz is a feature of every site.
    // Skills and sources need no rule of their own: each role names at
    // least one skill and its outlook's source. Courses and providers may
    // be empty: the finder then says it has no courses.
    c.needs_one("roles", &cat.roles, "at least one role is needed");
    c.needs_one(
        "quiz",
        &cat.quiz,
        "at least one question is needed for the quiz",
    );

    // What each fact is and that it has a source (dates, currencies, years).
    check_sourced_facts(&mut c, cat);

    check_meta(&mut c, cat);
    check_roles(&mut c, cat);
    check_skills(&mut c, cat);
    roadmap::check_prerequisites(&mut c, cat);
    roadmap::check_roadmaps(&mut c, cat);
    check_providers(&mut c, cat);
    check_courses(&mut c, cat);
    facts::check_course_facts(&mut c, cat);
    facts::check_ways_in(&mut c, cat);
    check_quiz(&mut c, cat);
    bounds::check_numbers(&mut c, cat);
    bounds::check_texts(&mut c, cat);
    c.problems
}

fn check_meta(c: &mut Checker, cat: &Catalogue) {
    let m = &cat.meta;
    c.non_empty("meta.title", &m.title);
    c.non_empty("meta.region", &m.region);
    if !is_currency(&m.currency) {
        c.problem(
            "meta.currency",
            format!("{:?} is not a 3-letter currency code", m.currency),
        );
    }
    if !is_iso_date(&m.last_reviewed) {
        c.problem(
            "meta.last_reviewed",
            format!("{:?} is not a date in the form YYYY-MM-DD", m.last_reviewed),
        );
    }
    c.needs_one("meta.regions", &m.regions, "must list at least one region");
    for (i, r) in m.regions.iter().enumerate() {
        c.non_empty(format!("meta.regions[{i}].name"), &r.name);
        if !is_currency(&r.currency) {
            c.problem(
                format!("meta.regions[{i}].currency"),
                format!("{:?} is not a 3-letter currency code", r.currency),
            );
        }
    }
    for (i, s) in m.sources.iter().enumerate() {
        c.non_empty(format!("meta.sources[{i}].title"), &s.title);
        c.non_empty(format!("meta.sources[{i}].publisher"), &s.publisher);
        check_year(c, format!("meta.sources[{i}].year"), s.year);
        if let Some(url) = &s.url {
            c.link(format!("meta.sources[{i}].url"), url);
        }
    }
}

fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn check_year(c: &mut Checker, path: String, year: u16) {
    if !(2000..=2100).contains(&year) {
        c.problem(path, format!("year {year} is out of range 2000–2100"));
    }
}

// Sourced facts (issue 16): what each fee and salary figure is, when course
// facts were checked, and that every fact shown has a source. Kept in its
// own functions, apart from the per-list checks above and below.

use crate::model::{Salary, Statistic};

/// Checks what the format says about the facts a visitor reads: each role
/// cites a source; a salary's currency is its region's; a fee's range is in
/// order and its source exists; years are plausible (2000 to a year after
/// the review); each provider cites a source; a course's or provider's `checked` date is a real date, not after the
/// review and not before its source's year.
fn check_sourced_facts(c: &mut Checker, cat: &Catalogue) {
    let reviewed = cat.meta.last_reviewed.as_str();
    // Without a valid review date (reported in `meta`) nothing is compared with it.
    let review = is_iso_date(reviewed).then_some(reviewed);
    let review_year = review.and_then(crate::age::year_of);
    for (i, s) in cat.meta.sources.iter().enumerate() {
        not_after_review(c, format!("meta.sources[{i}].year"), s.year, review_year);
    }
    if let Some(url) = &cat.meta.contact_url {
        c.link("meta.contact_url", url);
    }
    for (i, r) in cat.roles.iter().enumerate() {
        if r.sources.is_empty() {
            c.problem(
                format!("roles[{i}].sources"),
                "a role must cite at least one source for what its guide shows",
            );
        }
        for (j, s) in r.salaries.iter().enumerate() {
            check_salary_facts(c, cat, &format!("roles[{i}].salaries[{j}]"), s, review_year);
        }
    }
    for (i, provider) in cat.providers.iter().enumerate() {
        let p = format!("providers[{i}]");
        c.reference(
            format!("{p}.source"),
            "source",
            &provider.source,
            Known::Source,
        );
        check_checked_date(c, cat, &p, (&provider.checked, &provider.source), review);
    }
    for (i, course) in cat.courses.iter().enumerate() {
        let p = format!("courses[{i}]");
        check_checked_date(c, cat, &p, (&course.checked, &course.source), review);
        for (fp, fee) in course_fees(&p, course) {
            c.reference(format!("{fp}.source"), "source", &fee.source, Known::Source);
            if let Some(max) = fee.max {
                if fee.min > max {
                    c.problem(
                        format!("{fp}.min"),
                        format!("min {} is greater than max {max}", fee.min),
                    );
                }
            }
            if let Some(year) = fee.year {
                check_year(c, format!("{fp}.year"), year);
                not_after_review(c, format!("{fp}.year"), year, review_year);
            }
            if let Some(note) = &fee.note {
                c.non_empty(format!("{fp}.note"), note);
            }
        }
    }
}

/// A course's published fees with their paths: `courses[3].fee` and
/// `courses[3].international_fee`.
fn course_fees<'c>(p: &'c str, course: &'c Course) -> impl Iterator<Item = (String, &'c Fee)> + 'c {
    [
        ("fee", &course.fee),
        ("international_fee", &course.international_fee),
    ]
    .into_iter()
    .filter_map(move |(name, fee)| fee.as_ref().map(|fee| (format!("{p}.{name}"), fee)))
}

fn check_salary_facts(
    c: &mut Checker,
    cat: &Catalogue,
    path: &str,
    s: &Salary,
    review_year: Option<u16>,
) {
    if let Some(year) = s.year {
        check_year(c, format!("{path}.year"), year);
        not_after_review(c, format!("{path}.year"), year, review_year);
    }
    if !is_currency(&s.currency) {
        c.problem(
            format!("{path}.currency"),
            format!("{:?} is not a 3-letter currency code", s.currency),
        );
    } else if let Some(region) = cat.region(&s.region) {
        if region.currency != s.currency {
            c.problem(
                format!("{path}.currency"),
                format!(
                    "{} is not the currency of region {:?} ({})",
                    s.currency, region.id, region.currency
                ),
            );
        }
    }
    // A median, an average or a typical figure is one number.
    let single = matches!(
        s.statistic,
        Some(Statistic::Median | Statistic::Mean | Statistic::Typical)
    );
    if single && s.min != s.max {
        c.problem(
            format!("{path}.max"),
            format!(
                "a {} is one figure, so min and max must be equal",
                match s.statistic {
                    Some(Statistic::Median) => "median",
                    Some(Statistic::Mean) => "mean",
                    _ => "typical figure",
                }
            ),
        );
    }
    if let Some(who) = &s.surveyed {
        c.non_empty(format!("{path}.surveyed"), who);
    }
}

/// An entry's `checked` (at `path`): a date, not after the review, and not
/// before the year of the source it was checked against.
fn check_checked_date(
    c: &mut Checker,
    cat: &Catalogue,
    path: &str,
    (checked, source): (&str, &str),
    review: Option<&str>,
) {
    if !is_iso_date(checked) {
        c.problem(
            format!("{path}.checked"),
            format!("{checked:?} is not a date in the form YYYY-MM-DD"),
        );
        return;
    }
    if review.is_some_and(|r| checked > r) {
        c.problem(
            format!("{path}.checked"),
            format!(
                "checked on {checked}, after the catalogue's review date {}",
                cat.meta.last_reviewed
            ),
        );
    }
    let checked_year = crate::age::year_of(checked);
    if let (Some(source), Some(year)) = (cat.source(source), checked_year) {
        if source.year > year {
            c.problem(
                format!("{path}.checked"),
                format!(
                    "checked on {checked}, before its source {:?} from {}",
                    source.id, source.year
                ),
            );
        }
    }
}

/// Reports a year more than one year after the review year: figures for
/// next year may be published before the review, later ones cannot be.
fn not_after_review(c: &mut Checker, path: String, year: u16, review_year: Option<u16>) {
    if let Some(review) = review_year {
        if year > review.saturating_add(1) && year <= 2100 {
            c.problem(
                path,
                format!("year {year} is more than a year after the review date's year {review}"),
            );
        }
    }
}

fn check_roles(c: &mut Checker, cat: &Catalogue) {
    for (i, role) in cat.roles.iter().enumerate() {
        if role.salaries.iter().filter(|s| s.headline).count() > 1 {
            c.problem(
                format!("roles[{i}].salaries"),
                "only one salary figure can be the role's headline",
            );
        }
    }
    for (i, r) in cat.roles.iter().enumerate() {
        let p = format!("roles[{i}]");
        c.non_empty(format!("{p}.title"), &r.title);
        c.non_empty(format!("{p}.summary"), &r.summary);
        if r.skills.is_empty() {
            c.problem(format!("{p}.skills"), "a role must list at least one skill");
        }
        let mut seen = HashSet::new();
        for (j, s) in r.skills.iter().enumerate() {
            c.reference(
                format!("{p}.skills[{j}].skill"),
                "skill",
                &s.skill,
                Known::Skill,
            );
            if !seen.insert(s.skill.as_str()) {
                c.problem(
                    format!("{p}.skills[{j}].skill"),
                    format!("skill {:?} is listed twice", s.skill),
                );
            }
            if s.level == Level::None {
                c.problem(
                    format!("{p}.skills[{j}].level"),
                    "a required skill cannot have level \"none\"",
                );
            }
        }
        for (j, s) in r.salaries.iter().enumerate() {
            let sp = format!("{p}.salaries[{j}]");
            c.reference(format!("{sp}.region"), "region", &s.region, Known::Region);
            c.reference(format!("{sp}.source"), "source", &s.source, Known::Source);
            if s.min == 0 {
                c.problem(format!("{sp}.min"), "salary must be greater than 0");
            }
            if s.min > s.max {
                c.problem(
                    format!("{sp}.min"),
                    format!("min {} is greater than max {}", s.min, s.max),
                );
            }
        }
        c.reference(
            format!("{p}.outlook.source"),
            "source",
            &r.outlook.source,
            Known::Source,
        );
        for (j, e) in r.education.iter().enumerate() {
            if e.months_min == 0 {
                c.problem(
                    format!("{p}.education[{j}].months_min"),
                    "time to job-ready must be greater than 0",
                );
            }
            if e.months_min > e.months_max {
                c.problem(
                    format!("{p}.education[{j}].months_min"),
                    format!(
                        "months_min {} is greater than months_max {}",
                        e.months_min, e.months_max
                    ),
                );
            }
        }
        for (j, cert) in r.certifications.iter().enumerate() {
            if let Some(url) = &cert.url {
                c.link(format!("{p}.certifications[{j}].url"), url);
            }
        }
        for (j, id) in r.progression.from.iter().enumerate() {
            c.reference(
                format!("{p}.progression.from[{j}]"),
                "role",
                id,
                Known::Role,
            );
        }
        for (j, id) in r.progression.to.iter().enumerate() {
            c.reference(format!("{p}.progression.to[{j}]"), "role", id, Known::Role);
        }
        for (j, id) in r.sources.iter().enumerate() {
            c.reference(format!("{p}.sources[{j}]"), "source", id, Known::Source);
        }
        c.once_each(
            &format!("{p}.progression.from"),
            "role",
            strs(&r.progression.from),
        );
        c.once_each(
            &format!("{p}.progression.to"),
            "role",
            strs(&r.progression.to),
        );
        c.once_each(&format!("{p}.sources"), "source", strs(&r.sources));
    }
}

/// A list of ids as `&str`s.
fn strs(list: &[String]) -> impl Iterator<Item = &str> {
    list.iter().map(String::as_str)
}

fn check_skills(c: &mut Checker, cat: &Catalogue) {
    for (i, s) in cat.skills.iter().enumerate() {
        c.non_empty(format!("skills[{i}].name"), &s.name);
    }
}

fn check_providers(c: &mut Checker, cat: &Catalogue) {
    for (i, p) in cat.providers.iter().enumerate() {
        c.non_empty(format!("providers[{i}].name"), &p.name);
        c.link(format!("providers[{i}].url"), &p.url);
        for (j, st) in p.states.iter().enumerate() {
            check_state(c, format!("providers[{i}].states[{j}]"), st);
        }
        c.once_each(&format!("providers[{i}].states"), "state", strs(&p.states));
    }
}

/// Australian states and territories, the values of every `states` list.
pub const STATES: [&str; 8] = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"];

fn check_state(c: &mut Checker, path: String, state: &str) {
    if !STATES.contains(&state) {
        c.problem(
            path,
            format!(
                "unknown state {state:?} (expected one of {})",
                STATES.join(", ")
            ),
        );
    }
}

fn check_courses(c: &mut Checker, cat: &Catalogue) {
    for (i, course) in cat.courses.iter().enumerate() {
        let p = format!("courses[{i}]");
        c.non_empty(format!("{p}.title"), &course.title);
        c.reference(
            format!("{p}.provider"),
            "provider",
            &course.provider,
            Known::Provider,
        );
        c.reference(
            format!("{p}.source"),
            "source",
            &course.source,
            Known::Source,
        );
        c.link(format!("{p}.url"), &course.url);
        if course.duration_weeks == 0 {
            c.problem(
                format!("{p}.duration_weeks"),
                "duration must be greater than 0",
            );
        }
        for (fp, fee) in course_fees(&p, course) {
            if !is_currency(&fee.currency) {
                c.problem(
                    format!("{fp}.currency"),
                    format!("{:?} is not a 3-letter currency code", fee.currency),
                );
            }
        }
        for (j, m) in course.intakes.iter().enumerate() {
            if !(1..=12).contains(m) {
                c.problem(
                    format!("{p}.intakes[{j}]"),
                    format!("month {m} is not 1–12"),
                );
            }
        }
        for (j, st) in course.states.iter().enumerate() {
            check_state(c, format!("{p}.states[{j}]"), st);
        }
        for (j, id) in course.skills.iter().enumerate() {
            c.reference(format!("{p}.skills[{j}]"), "skill", id, Known::Skill);
        }
        for (j, id) in course.roles.iter().enumerate() {
            c.reference(format!("{p}.roles[{j}]"), "role", id, Known::Role);
        }
        c.once_each(&format!("{p}.states"), "state", strs(&course.states));
        c.once_each(&format!("{p}.skills"), "skill", strs(&course.skills));
        c.once_each(&format!("{p}.roles"), "role", strs(&course.roles));
    }
}

fn check_quiz(c: &mut Checker, cat: &Catalogue) {
    for (i, q) in cat.quiz.iter().enumerate() {
        let p = format!("quiz[{i}]");
        c.non_empty(format!("{p}.prompt"), &q.prompt);
        let option_ids: HashSet<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
        if option_ids.len() != q.options.len() {
            c.problem(format!("{p}.options"), "option ids must be unique");
        }
        // The results code has one letter per option.
        if q.options.len() > MAX_OPTIONS {
            c.problem(
                format!("{p}.options"),
                format!("at most {MAX_OPTIONS} options are supported"),
            );
        }
        for (j, o) in q.options.iter().enumerate() {
            c.non_empty(format!("{p}.options[{j}].label"), &o.label);
            let mut weighted = HashSet::new();
            for (k, w) in o.weights.iter().enumerate() {
                let wp = format!("{p}.options[{j}].weights[{k}]");
                c.reference(format!("{wp}.role"), "role", &w.role, Known::Role);
                if !(-3..=3).contains(&w.weight) {
                    c.problem(
                        format!("{wp}.weight"),
                        format!("weight {} is not -3 to 3", w.weight),
                    );
                }
                // Two weights for one role would add up past the -3 to 3 range.
                if !weighted.insert(w.role.as_str()) {
                    c.problem(
                        format!("{wp}.role"),
                        format!("role {:?} is weighted twice", w.role),
                    );
                }
            }
        }
        if let Some(skill) = &q.skill {
            c.reference(format!("{p}.skill"), "skill", skill, Known::Skill);
        }
        match q.kind {
            QuestionKind::Interest => {
                if q.options.len() < 2 {
                    c.problem(
                        format!("{p}.options"),
                        "an interest question needs at least 2 options",
                    );
                }
            }
            QuestionKind::SelfRating => {
                if q.skill.is_none() {
                    c.problem(
                        format!("{p}.skill"),
                        "a self-rating question must name a skill",
                    );
                }
                if !q.options.is_empty() {
                    c.problem(
                        format!("{p}.options"),
                        "a self-rating question has no options (answers are none/basic/working/strong)",
                    );
                }
            }
            QuestionKind::Knowledge => {
                if q.options.len() < 2 {
                    c.problem(
                        format!("{p}.options"),
                        "a knowledge question needs at least 2 options",
                    );
                }
                match &q.answer {
                    None => c.problem(
                        format!("{p}.answer"),
                        "a knowledge question must give its answer",
                    ),
                    Some(a) if !option_ids.contains(a.as_str()) => c.problem(
                        format!("{p}.answer"),
                        format!("answer {a:?} is not one of the option ids"),
                    ),
                    Some(_) => {}
                }
                if q.explanation.as_deref().is_none_or(|e| e.trim().is_empty()) {
                    c.problem(
                        format!("{p}.explanation"),
                        "a knowledge question must explain its answer",
                    );
                }
            }
        }
    }
}
