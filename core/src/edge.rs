//! Small, valid catalogues that each push one edge of the format: single
//! entries, empty optional lists, absent optional fields, the largest option
//! counts, very long, right-to-left and emoji text, unusual but legal
//! values, and the learning order's extremes (`edge/roadmap.rs`). Each is
//! derived from a base catalogue (the bundled one by default), so they stay
//! realistic as the content changes. The
//! `edge-catalogues` binary writes them out for the browser tests; a native
//! test checks that every one of them passes validation.

use std::collections::HashSet;

use crate::model::{
    Catalogue, Fee, FeeBasis, Level, PayPeriod, Place, QuestionKind, QuizOption, RoleWeight,
    Statistic, StudyMode,
};
use crate::quiz::MAX_OPTIONS;
use crate::validate::{
    MAX_AMOUNT, MAX_DURATION_WEEKS, MAX_ID_CHARS, MAX_MONTHS, MAX_TEXT_CHARS, MAX_WEEKLY_AMOUNT,
    STATES,
};

mod roadmap;

/// One edge catalogue.
#[derive(Debug, Clone)]
pub struct EdgeCase {
    /// The file name without `.json`, naming the edge it exercises.
    pub name: &'static str,
    /// One sentence: what is unusual about it.
    pub about: &'static str,
    pub catalogue: Catalogue,
}

/// Every edge catalogue, derived from `base`. `base` must be valid and have
/// at least three roles, four courses and a question of every kind (the
/// bundled catalogue has all of these).
pub fn catalogues(base: &Catalogue) -> Vec<EdgeCase> {
    let small = small(base);
    let case = |name, about, catalogue| EdgeCase {
        name,
        about,
        catalogue,
    };
    vec![
        case(
            "single-role",
            "Only one role: nothing to compare, one result in the quiz.",
            single_role(base),
        ),
        case(
            "no-default-roles",
            "Every role has a host's own id, so none of the app's default or featured roles exist.",
            no_default_roles(base),
        ),
        case(
            "one-of-each",
            "One role, skill, provider, course, question, region and source; one entry in every list of the role.",
            one_of_each(base),
        ),
        case(
            "one-interest-question",
            "The quiz is a single interest question.",
            only_question(base, QuestionKind::Interest),
        ),
        case(
            "one-self-rating-question",
            "The quiz is a single self-rating question: no interest part in any score.",
            only_question(base, QuestionKind::SelfRating),
        ),
        case(
            "one-knowledge-question",
            "The quiz is a single knowledge question.",
            only_question(base, QuestionKind::Knowledge),
        ),
        case(
            "no-courses",
            "Providers but no courses at all: the finder and every course list are empty.",
            no_courses(base),
        ),
        case(
            "no-courses-or-providers",
            "Neither courses nor providers.",
            Catalogue {
                providers: Vec::new(),
                ..no_courses(base)
            },
        ),
        case(
            "providers-without-courses",
            "All courses come from one provider; every other provider has none.",
            one_provider_with_courses(base),
        ),
        case(
            "roles-without-optional-lists",
            "Roles with only their required skills and one source: no description, tasks, salaries, education, certifications, employers, progression, projects or FAQ.",
            bare_roles(base),
        ),
        case(
            "optional-fields-absent",
            "Every optional field absent: no links on sources or certifications, no growth figure or period, unknown fees, salaries that give only their figures (no statistic, pay, hours, who, year or note), no quiz weights, no skills on knowledge questions, no prerequisites or roadmaps.",
            optional_fields_absent(base),
        ),
        case(
            "courses-without-skills-or-roles",
            "Online, self-paced courses that name no skills, roles or states.",
            courses_without_links(base),
        ),
        case(
            "largest-option-counts",
            "Every interest and knowledge question has the most options a results code can hold, the right answer last.",
            largest_option_counts(base),
        ),
        case(
            "many-questions",
            "A quiz of 120 questions: long results codes and progress bars.",
            many_questions(base, 120),
        ),
        case(
            "many-roles",
            "40 roles: long pickers, rankings and progression lists.",
            many_roles(base, 40),
        ),
        case(
            "long-text",
            "Every text as long as the format allows (5,000 characters), unbroken 150-character words, and 120-character ids.",
            long_text(&small),
        ),
        case(
            "right-to-left",
            "Arabic and Hebrew text in every field.",
            right_to_left(&small),
        ),
        case(
            "emoji",
            "Emoji (with skin tones, joiners and flags) in every field, some fields emoji only.",
            emoji(&small),
        ),
        case(
            "unusual-values",
            "Legal extremes: free courses in another currency, the largest fees, durations and salaries, fees per unit and per year, a \"from\" price, a weekly salary, one-week courses, equal ranges, growth of -100% and 1000%, the first and last years allowed, every state, mode and intake.",
            unusual_values(&small),
        ),
        case(
            "no-roadmaps",
            "No role has a roadmap of its own: each is worked out from the skills' prerequisites.",
            roadmap::no_roadmaps(base),
        ),
        case(
            "one-stage-roadmaps",
            "Every role's roadmap is a single stage holding all its skills.",
            roadmap::one_stage_roadmaps(base),
        ),
        case(
            "deep-prerequisite-chain",
            "Every skill needs the one before it, and each roadmap has a stage per skill.",
            roadmap::deep_chain(base),
        ),
        case(
            "many-prerequisites",
            "One skill needs every other skill first, on a last stage of its own.",
            roadmap::many_prerequisites(base),
        ),
        case(
            "unknown-currency",
            "A currency the app has no symbol for (NZD), for fees and salaries.",
            unknown_currency(&small),
        ),
    ]
}

/// `base` cut down to three roles and the first twelve courses (with their
/// providers), for the cases that multiply text.
fn small(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    let keep: Vec<String> = cat.roles.iter().take(3).map(|r| r.id.clone()).collect();
    keep_roles(&mut cat, &keep);
    cat.courses.truncate(12);
    let used: HashSet<String> = cat.courses.iter().map(|c| c.provider.clone()).collect();
    cat.providers.retain(|p| used.contains(&p.id));
    cat
}

/// Keeps only the roles with the ids in `keep`, and drops every reference
/// to the others.
fn keep_roles(cat: &mut Catalogue, keep: &[String]) {
    cat.roles.retain(|r| keep.contains(&r.id));
    let known = |id: &String| keep.contains(id);
    for role in &mut cat.roles {
        role.progression.from.retain(known);
        role.progression.to.retain(known);
    }
    for course in &mut cat.courses {
        course.roles.retain(known);
    }
    for question in &mut cat.quiz {
        for option in &mut question.options {
            option.weights.retain(|w| known(&w.role));
        }
    }
}

/// Gives every role a new id, everywhere it is referenced.
fn rename_roles(cat: &mut Catalogue, rename: impl Fn(&str) -> String) {
    let renamed = |id: &mut String| *id = rename(id);
    for role in &mut cat.roles {
        renamed(&mut role.id);
        role.progression.from.iter_mut().for_each(renamed);
        role.progression.to.iter_mut().for_each(renamed);
    }
    for course in &mut cat.courses {
        course.roles.iter_mut().for_each(renamed);
    }
    for question in &mut cat.quiz {
        for option in &mut question.options {
            option.weights.iter_mut().for_each(|w| renamed(&mut w.role));
        }
    }
}

/// Makes every entry cite the first source, and keeps only that one.
fn cite_one_source(cat: &mut Catalogue) {
    cat.meta.sources.truncate(1);
    let only = cat.meta.sources[0].id.clone();
    for role in &mut cat.roles {
        role.outlook.source.clone_from(&only);
        role.salaries
            .iter_mut()
            .for_each(|s| s.source.clone_from(&only));
        role.sources.truncate(1);
        role.sources.iter_mut().for_each(|s| s.clone_from(&only));
    }
    for course in &mut cat.courses {
        course.source.clone_from(&only);
        for fee in [&mut course.fee, &mut course.international_fee]
            .into_iter()
            .flatten()
        {
            fee.source.clone_from(&only);
        }
        if let Some(entry) = &mut course.entry {
            entry.source.clone_from(&only);
        }
    }
    for provider in &mut cat.providers {
        provider.source.clone_from(&only);
    }
    if let Some(amount) = &mut cat.meta.student_contribution {
        amount.source.clone_from(&only);
    }
    for e in cat
        .ways_in
        .explainers
        .iter_mut()
        .chain(&mut cat.ways_in.combinations)
    {
        e.points.iter_mut().for_each(|p| p.source.clone_from(&only));
    }
    for o in &mut cat.ways_in.outcomes {
        if let Some(source) = &mut o.source {
            source.clone_from(&only);
        }
    }
}

fn single_role(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    keep_roles(&mut cat, &[base.roles[0].id.clone()]);
    cat
}

fn no_default_roles(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    rename_roles(&mut cat, |id| format!("host-{id}"));
    cat
}

fn one_of_each(base: &Catalogue) -> Catalogue {
    let mut cat = single_role(base);
    let role = &mut cat.roles[0];
    role.skills.truncate(1);
    let skill = role.skills[0].skill.clone();
    role.description.truncate(1);
    role.tasks.truncate(1);
    role.education.truncate(1);
    role.certifications.truncate(1);
    role.employers.truncate(1);
    role.projects.truncate(1);
    role.faq.truncate(1);
    let region = cat.meta.regions[0].id.clone();
    role.salaries.retain(|s| s.region == region);
    role.salaries.truncate(1);
    cat.meta.regions.truncate(1);
    cat.skills.retain(|s| s.id == skill);
    cat.skills[0].prerequisites.clear();
    roadmap::one_stage_each(&mut cat);
    cat.courses.truncate(1);
    let course = &mut cat.courses[0];
    course.skills.retain(|s| *s == skill);
    cat.providers.retain(|p| p.id == cat.courses[0].provider);
    cat.quiz.retain(|q| q.kind == QuestionKind::Interest);
    cat.quiz.truncate(1);
    cat.quiz[0].skill = cat.quiz[0].skill.take().filter(|s| *s == skill);
    cite_one_source(&mut cat);
    cat
}

fn only_question(base: &Catalogue, kind: QuestionKind) -> Catalogue {
    let mut cat = base.clone();
    let first = cat.quiz.iter().position(|q| q.kind == kind).unwrap_or(0);
    cat.quiz = vec![cat.quiz.swap_remove(first)];
    cat
}

fn no_courses(base: &Catalogue) -> Catalogue {
    Catalogue {
        courses: Vec::new(),
        ..base.clone()
    }
}

fn one_provider_with_courses(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    let provider = cat.courses[0].provider.clone();
    cat.courses.retain(|c| c.provider == provider);
    cat
}

fn bare_roles(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    for role in &mut cat.roles {
        role.description.clear();
        role.tasks.clear();
        role.salaries.clear();
        role.education.clear();
        role.certifications.clear();
        role.employers.clear();
        role.progression.from.clear();
        role.progression.to.clear();
        role.projects.clear();
        role.faq.clear();
        // Every role must cite a source for what it does show.
        role.sources.truncate(1);
    }
    cat
}

fn optional_fields_absent(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    cat.json_schema = None;
    cat.meta.sources.iter_mut().for_each(|s| s.url = None);
    for role in &mut cat.roles {
        role.outlook.growth_percent = None;
        role.outlook.period = None;
        role.certifications.iter_mut().for_each(|c| c.url = None);
        for s in &mut role.salaries {
            s.note = None;
            s.statistic = None;
            s.pay = None;
            s.basis = None;
            s.surveyed = None;
            s.year = None;
        }
    }
    for c in &mut cat.courses {
        c.fee = None;
        c.international_fee = None;
        c.places.clear();
        c.campuses.clear();
        c.part_time = None;
        c.entry = None;
    }
    cat.meta.student_contribution = None;
    cat.ways_in = Default::default();
    cat.roles.iter_mut().for_each(|r| r.roadmap.clear());
    cat.skills.iter_mut().for_each(|s| s.prerequisites.clear());
    for question in &mut cat.quiz {
        question.options.iter_mut().for_each(|o| o.weights.clear());
        // A self-rating question must name its skill; nothing else must.
        if question.kind != QuestionKind::SelfRating {
            question.skill = None;
        }
    }
    cat
}

fn courses_without_links(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    for course in &mut cat.courses {
        course.skills.clear();
        course.roles.clear();
        course.states.clear();
        course.campuses.clear();
        course.intakes.clear();
        course.modes = vec![StudyMode::Online];
    }
    cat
}

fn largest_option_counts(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    let roles: Vec<String> = cat.roles.iter().map(|r| r.id.clone()).collect();
    for question in &mut cat.quiz {
        if question.kind == QuestionKind::SelfRating {
            continue;
        }
        for i in question.options.len()..MAX_OPTIONS {
            // Weights -3 to 3 in turn, spread over the roles.
            let weights = match question.kind {
                QuestionKind::Interest => vec![RoleWeight {
                    role: roles[i % roles.len()].clone(),
                    weight: (i % 7) as i8 - 3,
                }],
                _ => Vec::new(),
            };
            question.options.push(QuizOption {
                id: format!("extra-{i}"),
                label: format!("Another answer, number {}", i + 1),
                weights,
            });
        }
        if let Some(answer) = &question.answer {
            let right = question.options.iter().position(|o| o.id == *answer);
            if let Some(right) = right {
                question.options.swap(right, MAX_OPTIONS - 1);
            }
        }
    }
    cat
}

fn many_questions(base: &Catalogue, count: usize) -> Catalogue {
    let mut cat = base.clone();
    let copies: Vec<_> = (1..=count)
        .flat_map(|round| base.quiz.iter().map(move |q| (round, q)))
        .take(count.saturating_sub(base.quiz.len()))
        .map(|(round, q)| {
            let mut copy = q.clone();
            copy.id = format!("{}-again-{round}", q.id);
            copy
        })
        .collect();
    cat.quiz.extend(copies);
    cat
}

fn many_roles(base: &Catalogue, count: usize) -> Catalogue {
    let mut cat = base.clone();
    let originals = cat.roles.clone();
    for i in 0..count.saturating_sub(originals.len()) {
        let mut copy = originals[i % originals.len()].clone();
        copy.id = format!("{}-variant-{}", copy.id, i + 1);
        copy.title = format!("{} (variant {})", copy.title, i + 1);
        cat.roles.push(copy);
    }
    cat
}

/// Rewrites every piece of text a visitor reads (not ids, links, codes or
/// dates) with `rewrite`, which is told how many it has rewritten before.
fn map_text(cat: &mut Catalogue, mut rewrite: impl FnMut(&str, usize) -> String) {
    let mut n = 0;
    let mut texts: Vec<&mut String> = Vec::new();
    let m = &mut cat.meta;
    texts.extend([&mut m.title, &mut m.region]);
    texts.extend(m.regions.iter_mut().map(|r| &mut r.name));
    for s in &mut m.sources {
        texts.extend([&mut s.title, &mut s.publisher]);
    }
    for r in &mut cat.roles {
        texts.extend([&mut r.title, &mut r.summary, &mut r.outlook.summary]);
        texts.extend(r.outlook.period.as_mut());
        texts.extend(
            r.description
                .iter_mut()
                .chain(&mut r.tasks)
                .chain(&mut r.employers),
        );
        for s in &mut r.salaries {
            texts.extend(s.note.as_mut());
            texts.extend(s.surveyed.as_mut());
        }
        for e in &mut r.education {
            texts.extend([&mut e.title, &mut e.description]);
        }
        for c in &mut r.certifications {
            texts.extend([&mut c.name, &mut c.issuer]);
        }
        for p in &mut r.projects {
            texts.extend([&mut p.title, &mut p.description]);
        }
        for f in &mut r.faq {
            texts.extend([&mut f.question, &mut f.answer]);
        }
        for stage in &mut r.roadmap {
            texts.extend([&mut stage.title, &mut stage.why]);
        }
    }
    for s in &mut cat.skills {
        texts.extend([&mut s.name, &mut s.description]);
    }
    for p in &mut cat.providers {
        texts.extend([&mut p.name, &mut p.description]);
    }
    for c in &mut cat.courses {
        texts.extend([&mut c.title, &mut c.description]);
        texts.extend(c.fee.as_mut().and_then(|f| f.note.as_mut()));
        texts.extend(c.campuses.iter_mut().map(|x| &mut x.town));
        texts.extend(c.entry.as_mut().and_then(|e| e.text.as_mut()));
    }
    for e in cat
        .ways_in
        .explainers
        .iter_mut()
        .chain(&mut cat.ways_in.combinations)
    {
        texts.push(&mut e.title);
        texts.extend(e.points.iter_mut().map(|p| &mut p.text));
    }
    for q in &mut cat.quiz {
        texts.push(&mut q.prompt);
        texts.extend(q.explanation.as_mut());
        texts.extend(q.options.iter_mut().map(|o| &mut o.label));
    }
    for text in texts {
        *text = rewrite(text, n);
        n += 1;
    }
}

fn long_text(small: &Catalogue) -> Catalogue {
    let mut cat = small.clone();
    let word = "Supercalifragilisticexpialidocious".repeat(5)[..150].to_string();
    let paragraph =
        "A sentence that goes on and on about servers, databases and careers. ".repeat(75);
    // Every text exactly as long as a text may be.
    map_text(&mut cat, |text, _| {
        let long = format!("{text} {word} {paragraph}");
        let cut: String = long.chars().take(MAX_TEXT_CHARS).collect();
        let missing = MAX_TEXT_CHARS - cut.chars().count();
        format!("{cut}{}", ".".repeat(missing))
    });
    let long_id =
        |id: &str| format!("{id}-{}", "very-long-identifier".repeat(7))[..MAX_ID_CHARS].to_string();
    rename_roles(&mut cat, |id| long_id(id).trim_end_matches('-').to_string());
    for course in &mut cat.courses {
        course.id = long_id(&course.id).trim_end_matches('-').to_string();
    }
    cat
}

fn right_to_left(small: &Catalogue) -> Catalogue {
    let mut cat = small.clone();
    const PHRASES: [&str; 4] = [
        "مطوّر الويب الخلفي يكتب الشيفرة التي تعمل على الخادم",
        "מפתח צד שרת כותב את הקוד שרץ על השרת",
        "قواعد البيانات وواجهات البرمجة (API) والأمان",
        "מסדי נתונים, ממשקי תכנות וענן",
    ];
    map_text(&mut cat, |_, n| {
        format!("{} {}", PHRASES[n % PHRASES.len()], n + 1)
    });
    cat
}

fn emoji(small: &Catalogue) -> Catalogue {
    let mut cat = small.clone();
    const EMOJI: [&str; 4] = ["🚀", "👩🏽‍💻", "🇦🇺", "🧑‍🔧🛠️"];
    map_text(&mut cat, |text, n| {
        let e = EMOJI[n % EMOJI.len()];
        // Every fifth text is emoji alone, with a number to tell them apart.
        if n % 5 == 0 {
            format!("{e} {}", n + 1)
        } else {
            format!("{e} {text} {e}")
        }
    });
    cat
}

fn unusual_values(small: &Catalogue) -> Catalogue {
    let mut cat = small.clone();
    let currency = cat.meta.currency.clone();
    let source = cat.meta.sources[0].id.clone();
    let fee = |min, max, basis, currency: &str| {
        Some(Fee {
            min,
            max,
            currency: currency.to_string(),
            basis,
            funding: None,
            students: None,
            year: None,
            source: source.clone(),
            note: None,
        })
    };
    let total = Some(FeeBasis::Total);
    let other_currency = if currency == "USD" { "EUR" } else { "USD" };
    let courses = &mut cat.courses;
    courses[0].fee = fee(0, Some(0), None, other_currency);
    courses[0].duration_weeks = 1;
    courses[1].fee = fee(MAX_AMOUNT, Some(MAX_AMOUNT), total, &currency);
    courses[1].duration_weeks = MAX_DURATION_WEEKS;
    courses[1].intakes = (1..=12).collect();
    courses[1].states = STATES.iter().map(|s| s.to_string()).collect();
    courses[1].modes = StudyMode::ALL.to_vec();
    courses[1].places = vec![Place::Csp];
    courses[2].fee = fee(1, Some(1), total, other_currency);
    courses[2].intakes = vec![12];
    courses[3].fee = fee(0, Some(0), total, &currency);
    courses[3].places = Place::ALL.to_vec();
    courses[4].fee = fee(1, None, Some(FeeBasis::PerUnit), &currency);
    courses[5].fee = fee(0, Some(MAX_AMOUNT), Some(FeeBasis::PerYear), &currency);
    if let Some(unlabelled) = courses.get_mut(6) {
        unlabelled.fee = fee(5, Some(5), None, &currency);
    }
    let growth = [-100.0, 0.0, 1000.0];
    for (role, g) in cat.roles.iter_mut().zip(growth) {
        role.outlook.growth_percent = Some(g);
        if let Some(s) = role.salaries.first_mut() {
            s.max = s.min;
        }
        if let Some(s) = role.salaries.get_mut(1) {
            let top = match s.per {
                PayPeriod::Year => MAX_AMOUNT,
                PayPeriod::Week => MAX_WEEKLY_AMOUNT,
            };
            (s.min, s.max, s.statistic) = (1, top, Some(Statistic::Range));
        }
        // The largest weekly range: its yearly equivalent is still exact.
        if let Some(s) = role.salaries.get_mut(2) {
            (s.min, s.max, s.per) = (MAX_WEEKLY_AMOUNT / 2, MAX_WEEKLY_AMOUNT, PayPeriod::Week);
            s.statistic = Some(Statistic::PercentileBand);
        }
        if let Some(e) = role.education.first_mut() {
            (e.months_min, e.months_max) = (1, 1);
        }
        if let Some(e) = role.education.get_mut(1) {
            (e.months_min, e.months_max) = (1, MAX_MONTHS);
        }
        for skill in &mut role.skills {
            skill.level = Level::Strong;
        }
    }
    let sources = &mut cat.meta.sources;
    sources[0].year = 2000;
    // The newest allowed year on another source (a one-source catalogue
    // keeps the oldest: its courses were checked before 2100).
    if let [_, .., last] = sources.as_mut_slice() {
        last.year = 2100;
    }
    cat.meta.last_reviewed = "2100-12-31".into();
    // Checked on the review day itself, and long before it.
    cat.courses[0].checked = "2100-12-31".into();
    if let Some(s) = cat.courses[0].fee.as_mut() {
        s.year = Some(2100);
    }
    for question in &mut cat.quiz {
        for (i, option) in question.options.iter_mut().enumerate() {
            let extreme = if i % 2 == 0 { 3 } else { -3 };
            option.weights.iter_mut().for_each(|w| w.weight = extreme);
        }
    }
    cat
}

fn unknown_currency(small: &Catalogue) -> Catalogue {
    let mut cat = small.clone();
    let code = "NZD";
    cat.meta.currency = code.into();
    cat.meta
        .regions
        .iter_mut()
        .for_each(|r| r.currency = code.into());
    for course in &mut cat.courses {
        if let Some(fee) = &mut course.fee {
            fee.currency = code.into();
        }
    }
    for role in &mut cat.roles {
        role.salaries
            .iter_mut()
            .for_each(|s| s.currency = code.into());
    }
    cat
}
