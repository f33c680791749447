//! Property tests of every decoder of outside input: catalogue text, the
//! finder's URL, compare's `roles` parameter, quiz share codes and saved
//! progress, embed options and paths, what local storage hands back, and
//! roadmap progress and plans (stored, exported and linked); and of the
//! learning order (topological order, next-up) and the plan's course cover,
//! held against brute force on small random catalogues.
//! Arbitrary input never panics, and encode → decode is the identity for
//! every valid value. Catalogues that pass validation must work with every
//! feature (`common::exercise`).
//!
//! Case counts are kept small enough for the whole suite to run in well
//! under a minute on two cores; `PROPTEST_CASES=10000 cargo test -p
//! career-core --test properties` searches harder.

mod common;
#[path = "common/cover.rs"]
mod cover;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use serde_json::Value;

use career_core::compare::{self, Selection, MAX_ROLES};
use career_core::embed::{self, AccentPalette, EmbedOptions, Rgb, Scheme, MIN_CONTRAST};
use career_core::finder::{
    decode_component, encode_component, CourseIndex, CourseQuery, Facet, Sort, PAGE_SIZE,
};
use career_core::plan::{Constraints, Objective, Plan, StudyLoad, FULL_TIME_HOURS};
use career_core::prefs::{shortlist, Theme};
use career_core::quiz::{self, Answer, Answers, MAX_OPTIONS};
use career_core::roadmap::{self, Progress, Status};
use career_core::validate::STATES;
use career_core::{
    parse_catalogue, validate, Catalogue, Level, LoadError, ProviderKind, QualificationLevel,
    Question, QuestionKind, QuizOption, Skill, SkillCategory, StudyMode,
};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

static FIXTURE: LazyLock<Value> = LazyLock::new(|| serde_json::from_str(MINIMAL).unwrap());
static BUNDLED_JSON: LazyLock<Value> =
    LazyLock::new(|| serde_json::to_value(&*common::BUNDLED).unwrap());
static INDEX: LazyLock<CourseIndex> = LazyLock::new(|| CourseIndex::new(&common::BUNDLED));

/// `cases` cases per test, or `PROPTEST_CASES` when that is set.
fn config(cases: u32) -> ProptestConfig {
    let from_env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    ProptestConfig::with_cases(from_env.unwrap_or(cases))
}

/// Text that is likely to matter: anything at all, slugs, and the
/// characters and words the decoders treat specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9-]{0,12}",
        "[ ,;=&%+#/.:a-z0-9-]{0,16}",
        select(vec![
            "",
            " ",
            "-",
            "1",
            "light",
            "dark",
            "embed",
            "%",
            "%2",
            "%zz",
            "é",
            "\u{0}",
            "مطوّر الويب",
            "פיתוח",
            "👩🏽‍💻",
            "javascript:alert(1)",
            "https://example.org",
        ])
        .prop_map(str::to_string),
    ]
}

/// Any JSON value, with keys that are often the catalogue's own.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        select(vec![
            "schema_version",
            "meta",
            "roles",
            "skills",
            "providers",
            "courses",
            "quiz",
            "id",
            "title",
            "options",
            "weights",
            "fee",
            "salaries",
        ])
        .prop_map(str::to_string),
        text(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m: BTreeMap<String, Value>| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One change to a JSON tree, at a node picked by `at`.
#[derive(Debug, Clone)]
enum Mutation {
    /// The node becomes another value.
    Replace(Index, Value),
    /// The node is removed from its object or array.
    Remove(Index),
    /// The node is repeated in its array.
    Duplicate(Index),
    /// An array, object or string becomes empty.
    Empty(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let edge_value = prop_oneof![
        select(vec![
            0i64,
            1,
            -1,
            26,
            27,
            65_535,
            65_536,
            i64::from(u32::MAX),
            i64::MIN
        ])
        .prop_map(Value::from),
        select(vec![1e300, -1e300, 0.5, -100.0, -101.0]).prop_map(Value::from),
        text().prop_map(Value::from),
        json(),
    ];
    prop_oneof![
        (any::<Index>(), edge_value).prop_map(|(i, v)| Mutation::Replace(i, v)),
        any::<Index>().prop_map(Mutation::Remove),
        any::<Index>().prop_map(Mutation::Duplicate),
        any::<Index>().prop_map(Mutation::Empty),
    ]
}

/// Every node's JSON pointer, children before their parent.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{escaped}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn apply(doc: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let (Mutation::Replace(at, _)
    | Mutation::Remove(at)
    | Mutation::Duplicate(at)
    | Mutation::Empty(at)) = mutation;
    let pointer = at.get(&all).clone();
    match mutation {
        Mutation::Replace(_, value) => {
            if let Some(node) = doc.pointer_mut(&pointer) {
                *node = value.clone();
            }
        }
        Mutation::Remove(_) | Mutation::Duplicate(_) => {
            // The root has no parent to be removed from or repeated in.
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                return;
            };
            let duplicate = matches!(mutation, Mutation::Duplicate(_));
            match doc.pointer_mut(parent) {
                Some(Value::Array(items)) => {
                    let i: usize = last.parse().unwrap();
                    if duplicate {
                        items.insert(i, items[i].clone());
                    } else {
                        items.remove(i);
                    }
                }
                Some(Value::Object(map)) if !duplicate => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                _ => {}
            }
        }
        Mutation::Empty(_) => match doc.pointer_mut(&pointer) {
            Some(Value::Array(items)) => items.clear(),
            Some(Value::Object(map)) => map.clear(),
            Some(Value::String(s)) => s.clear(),
            _ => {}
        },
    }
}

/// Parses a (possibly broken) catalogue; one that is accepted must survive
/// a round trip through JSON and work with every feature.
fn check_catalogue_text(text: &str) {
    if let Ok(cat) = parse_catalogue(text) {
        let again = parse_catalogue(&serde_json::to_string(&cat).unwrap());
        assert_eq!(again.as_ref(), Ok(&cat));
        common::exercise(&cat);
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn catalogue_parser_takes_any_text(text in text()) {
        check_catalogue_text(&text);
    }

    #[test]
    fn catalogue_parser_takes_any_json(value in json()) {
        check_catalogue_text(&value.to_string());
        let mut versioned = serde_json::json!({ "schema_version": 1 });
        if let Value::Object(fields) = value {
            versioned.as_object_mut().unwrap().extend(fields);
        }
        check_catalogue_text(&versioned.to_string());
    }

    #[test]
    fn a_cut_catalogue_is_not_json(at in any::<Index>()) {
        // Cut before the closing brace at the latest: whitespace after it is no loss.
        let whole = MINIMAL.trim_end();
        let cuts: Vec<usize> = whole.char_indices().map(|(i, _)| i).collect();
        let cut = &whole[..*at.get(&cuts)];
        prop_assert!(matches!(parse_catalogue(cut), Err(LoadError::NotJson(_))));
    }

    #[test]
    fn mutated_fixtures_are_rejected_or_work(mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut doc = FIXTURE.clone();
        for m in &mutations {
            apply(&mut doc, m);
        }
        check_catalogue_text(&doc.to_string());
    }

    #[test]
    fn component_decoding_inverts_encoding(s in text()) {
        prop_assert_eq!(decode_component(&encode_component(&s)), s.clone());
        // Anything at all decodes without a panic.
        decode_component(&s);
    }

    #[test]
    fn finder_reads_any_query_string(s in text()) {
        let (q, _) = CourseQuery::from_query_string(&s, &INDEX);
        // Whatever was understood is written back and read again unchanged.
        let (again, notes) = CourseQuery::from_query_string(&q.to_query_string(), &INDEX);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(again, q);
    }

    #[test]
    fn finder_reads_any_parameters(
        params in prop::collection::btree_map(
            prop_oneof![
                select(vec!["q", "type", "mode", "level", "state", "duration", "cost", "intake",
                    "skill", "role", "max_fee", "sort", "page"]).prop_map(str::to_string),
                text(),
            ],
            text(),
            0..8,
        )
    ) {
        let (q, _) = CourseQuery::from_params(|k| params.get(k).cloned(), &INDEX);
        let (again, notes) = CourseQuery::from_query_string(&q.to_query_string(), &INDEX);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(again, q);
    }

    #[test]
    fn any_search_is_answered(
        text in text(),
        ids in prop::collection::vec((select(Facet::ALL.to_vec()), text()), 0..6),
        max_fee in any::<Option<u32>>(),
        sort in select(Sort::ALL.to_vec()),
        page in any::<usize>(),
    ) {
        let mut q = CourseQuery::cleared();
        for (facet, id) in &ids {
            q = q.toggled(*facet, id);
        }
        q.text = text;
        q.max_fee = max_fee;
        q.sort = sort;
        q.page = page;
        let r = INDEX.search(&q);
        let mut seen = r.matches.clone();
        seen.sort_unstable();
        seen.dedup();
        prop_assert_eq!(seen.len(), r.matches.len(), "each course at most once");
        prop_assert!(r.matches.iter().all(|&c| (c as usize) < common::BUNDLED.courses.len()));
        prop_assert!(r.page(q.page).len() <= PAGE_SIZE);
    }
}

/// A valid finder query over the bundled catalogue: trimmed text, known
/// options (each once, in any order), any limit, order and page.
fn valid_query() -> impl Strategy<Value = CourseQuery> {
    let per_facet: Vec<_> = Facet::ALL
        .iter()
        .map(|&facet| {
            let ids: Vec<String> = INDEX.options(facet).iter().map(|o| o.id.clone()).collect();
            let most = ids.len().min(4);
            subsequence(ids, 0..=most).prop_shuffle()
        })
        .collect();
    (
        text(),
        per_facet,
        any::<Option<u32>>(),
        select(Sort::ALL.to_vec()),
        1..=usize::MAX,
    )
        .prop_map(|(text, chosen, max_fee, sort, page)| {
            let mut q = CourseQuery::cleared();
            for (facet, ids) in Facet::ALL.iter().zip(chosen) {
                for id in ids {
                    q = q.toggled(*facet, &id);
                }
            }
            q.text = text.trim().to_string();
            q.max_fee = max_fee;
            q.sort = sort;
            q.page = page;
            q
        })
}

/// A quiz of 1 to 30 questions of every kind, up to [`MAX_OPTIONS`]
/// options each, with a valid set of answers.
fn quiz_and_answers() -> impl Strategy<Value = (Vec<Question>, Answers)> {
    let question = (
        select(vec![
            QuestionKind::Interest,
            QuestionKind::SelfRating,
            QuestionKind::Knowledge,
        ]),
        2..=MAX_OPTIONS,
    );
    prop::collection::vec(question, 1..30)
        .prop_map(|shape| {
            shape
                .into_iter()
                .enumerate()
                .map(|(i, (kind, options))| Question {
                    id: format!("q{i}"),
                    kind,
                    prompt: format!("Question {i}"),
                    options: if kind == QuestionKind::SelfRating {
                        Vec::new()
                    } else {
                        (0..options).map(option).collect()
                    },
                    skill: None,
                    answer: None,
                    explanation: None,
                })
                .collect::<Vec<_>>()
        })
        .prop_flat_map(|questions| {
            let answers: Vec<BoxedStrategy<Option<Answer>>> = questions
                .iter()
                .map(|q| {
                    let answer = match q.kind {
                        QuestionKind::SelfRating => {
                            select(Level::ALL.to_vec()).prop_map(Answer::Rating).boxed()
                        }
                        _ => (0..q.options.len() as u8).prop_map(Answer::Choice).boxed(),
                    };
                    proptest::option::of(answer).boxed()
                })
                .collect();
            (Just(questions), answers.prop_map(Answers))
        })
}

fn option(i: usize) -> QuizOption {
    QuizOption {
        id: format!("o{i}"),
        label: format!("Option {i}"),
        weights: Vec::new(),
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn finder_url_round_trips_every_valid_query(q in valid_query()) {
        let (again, notes) = CourseQuery::from_query_string(&q.to_query_string(), &INDEX);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(again, q);
    }

    #[test]
    fn compare_reads_any_roles_parameter(param in text(), extra in prop::collection::vec(text(), 0..6)) {
        let cat = &*common::BUNDLED;
        let mut param = param;
        for (i, item) in extra.iter().enumerate() {
            // Mix in real ids so that duplicates and the limit come up.
            let real = &cat.roles[i % cat.roles.len()].id;
            param = format!("{param},{item},{real}");
        }
        let sel = Selection::from_query(Some(&param), cat);
        prop_assert!(sel.ids.len() <= MAX_ROLES);
        prop_assert!(sel.ids.iter().all(|id| cat.role(id).is_some()));
        let mut unique = sel.ids.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), sel.ids.len());
        // Every item left out is explained, in at most three notes however
        // many there are (unknown, repeated, past the limit).
        let items = param.split(',').filter(|s| !s.trim().is_empty()).count();
        prop_assert_eq!(sel.ids.len() < items, !sel.notes.is_empty());
        prop_assert!(sel.notes.len() <= 3);
    }

    #[test]
    fn compare_round_trips_every_valid_selection(
        ids in subsequence(
            common::BUNDLED.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
            0..=MAX_ROLES,
        ).prop_shuffle(),
        other in select(common::BUNDLED.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>()),
        at in any::<Index>(),
    ) {
        let cat = &*common::BUNDLED;
        let sel = Selection::from_query(Some(&compare::to_query(&ids)), cat);
        prop_assert_eq!(&sel, &Selection { ids: ids.clone(), notes: vec![] });
        // Editing keeps a selection valid.
        for next in [compare::add(&ids, &other), compare::remove(&ids, at.index(ids.len() + 1))] {
            prop_assert!(next.len() <= MAX_ROLES);
            let again = Selection::from_query(Some(&compare::to_query(&next)), cat);
            prop_assert_eq!(again.ids, next);
        }
    }

    #[test]
    fn share_codes_and_progress_round_trip((questions, answers) in quiz_and_answers(), step in any::<usize>()) {
        let code = answers.encode(&questions);
        prop_assert_eq!(Answers::decode(&code, &questions), Ok(answers.clone()));
        let stored = quiz::encode_progress(&answers, step, &questions);
        let clamped = step.min(questions.len() - 1);
        prop_assert_eq!(quiz::decode_progress(&stored, &questions), Ok((answers, clamped)));
    }

    #[test]
    fn share_codes_decode_any_text((questions, _) in quiz_and_answers(), body in "[-a-z0-9é.]{0,32}", raw in text()) {
        let print = quiz::fingerprint(&questions);
        for code in [format!("1.{print}.{body}"), raw.clone()] {
            // A code that is accepted is exactly the code of what it decodes to.
            if let Ok(answers) = Answers::decode(&code, &questions) {
                prop_assert_eq!(answers.encode(&questions), code.trim());
            }
        }
        let _ = quiz::decode_progress(&raw, &questions);
        let _ = quiz::decode_progress(&format!("{}:1.{print}.{body}", raw.len()), &questions);
    }

    #[test]
    fn the_validator_accepts_exactly_the_option_counts_codes_hold(count in 2usize..=40, chosen in any::<Index>()) {
        let mut doc = FIXTURE.clone();
        doc["quiz"][0]["options"] = serde_json::to_value((0..count).map(option).collect::<Vec<_>>()).unwrap();
        match parse_catalogue(&doc.to_string()) {
            Ok(cat) => {
                prop_assert!(count <= MAX_OPTIONS);
                let mut answers = Answers::empty(&cat.quiz);
                answers.0[0] = Some(Answer::Choice(chosen.index(count) as u8));
                prop_assert_eq!(Answers::decode(&answers.encode(&cat.quiz), &cat.quiz), Ok(answers));
            }
            Err(LoadError::Invalid(problems)) => {
                prop_assert!(count > MAX_OPTIONS);
                prop_assert_eq!(problems[0].to_string(), format!("quiz[0].options: at most {MAX_OPTIONS} options are supported"));
            }
            Err(e) => return Err(TestCaseError::fail(e.to_string())),
        }
    }

    #[test]
    fn embed_options_parse_anything(options in text(), path in text()) {
        let (parsed, _) = EmbedOptions::parse(&options);
        // What was understood is written back and read again unchanged.
        let segment = parsed.to_segment();
        let (again, notes) = EmbedOptions::parse(segment.strip_prefix(embed::SEGMENT).unwrap());
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(again, parsed);
        for path in [path.clone(), format!("/{path}"), format!("/embed{path}")] {
            if let Some((segment, tail)) = embed::split_path(&path) {
                prop_assert!(segment.starts_with(embed::SEGMENT));
                prop_assert_eq!(format!("/{segment}{tail}"), path);
            }
        }
    }

    #[test]
    fn embed_options_round_trip(
        accent in any::<Option<(u8, u8, u8)>>(),
        scheme in proptest::option::of(select(vec![Scheme::Light, Scheme::Dark])),
        compact in any::<bool>(),
        provider in proptest::option::of("[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"),
        tail in "(/[a-z0-9;=-]{0,10}){0,3}",
    ) {
        let options = EmbedOptions {
            accent: accent.map(|(r, g, b)| Rgb(r, g, b)),
            scheme,
            compact,
            provider,
        };
        let segment = options.to_segment();
        let (again, notes) = EmbedOptions::parse(segment.strip_prefix(embed::SEGMENT).unwrap());
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(&again, &options);
        let path = format!("/{segment}{tail}");
        prop_assert_eq!(embed::split_path(&path), Some((segment.as_str(), tail.as_str())));
    }

    #[test]
    fn every_accent_gives_readable_colours((r, g, b) in any::<(u8, u8, u8)>(), text in text()) {
        let accent = Rgb(r, g, b);
        prop_assert_eq!(Rgb::parse_hex(&accent.to_hex()), Some(accent));
        let _ = Rgb::parse_hex(&text);
        let palette = AccentPalette::from_accent(accent);
        // White text on light-scheme buttons; dark-scheme links on the darkest surface.
        prop_assert!(palette.light.contrast(Rgb(0xff, 0xff, 0xff)) >= MIN_CONTRAST);
        prop_assert!(palette.dark.contrast(Rgb(0x0f, 0x14, 0x19)) >= MIN_CONTRAST);
    }

    #[test]
    fn stored_preferences_decode_anything(stored in text(), ids in prop::collection::vec(text(), 0..8)) {
        let theme = Theme::decode(Some(&stored));
        let expected = match stored.as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        };
        prop_assert_eq!(theme, expected);
        prop_assert_eq!(Theme::decode(theme.encode()), theme);
        let _ = shortlist::decode(&stored);
        // Any list of ids comes back in order, each once.
        let mut unique: Vec<String> = Vec::new();
        for id in &ids {
            if !unique.contains(id) {
                unique.push(id.clone());
            }
        }
        prop_assert_eq!(shortlist::decode(&shortlist::encode(&ids)), Ok(unique.clone()));
        prop_assert_eq!(shortlist::decode(&shortlist::encode(&unique)), Ok(unique.clone()));
        if let Some(id) = ids.first() {
            let toggled = shortlist::toggled(&unique, id);
            prop_assert!(!toggled.contains(id));
            prop_assert!(shortlist::toggled(&toggled, id).contains(id));
        }
    }
}

proptest! {
    // Each case parses, validates and exercises the whole bundled catalogue.
    #![proptest_config(config(48))]

    #[test]
    fn mutated_bundled_catalogues_are_rejected_or_work(mutations in prop::collection::vec(mutation(), 1..3)) {
        let mut doc = BUNDLED_JSON.clone();
        for m in &mutations {
            apply(&mut doc, m);
        }
        check_catalogue_text(&doc.to_string());
    }
}

/// Every kind of list in the format (`/roles/*/faq`, `/courses/*/skills`…),
/// each one emptied or cut to its first entry everywhere at once, is either
/// rejected with problems that name their path or works with every feature.
#[test]
fn every_kind_of_list_empty_or_single_is_rejected_or_works() {
    let base = &*BUNDLED_JSON;
    let mut all = Vec::new();
    pointers(base, String::new(), &mut all);
    let kind = |pointer: &str| -> String {
        let segments = pointer
            .split('/')
            .map(|s| if s.parse::<usize>().is_ok() { "*" } else { s });
        segments.collect::<Vec<_>>().join("/")
    };
    let mut kinds: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for pointer in all
        .iter()
        .filter(|p| base.pointer(p).is_some_and(Value::is_array))
    {
        kinds.entry(kind(pointer)).or_default().push(pointer);
    }
    for (kind, lists) in &kinds {
        for keep in [0, 1] {
            let mut doc = base.clone();
            for pointer in lists {
                if let Some(Value::Array(items)) = doc.pointer_mut(pointer) {
                    items.truncate(keep);
                }
            }
            if let Err(LoadError::Invalid(problems)) = parse_catalogue(&doc.to_string()) {
                assert!(
                    problems.iter().all(|p| !p.path.is_empty()),
                    "{kind}: {problems:?}"
                );
            }
            check_catalogue_text(&doc.to_string());
        }
    }
}

#[test]
fn the_bundled_catalogue_works_everywhere() {
    assert_eq!(validate(&common::BUNDLED), vec![]);
    common::exercise(&common::BUNDLED);
}

/// A slug, as every catalogue id is.
const SLUG: &str = "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}";

/// Statuses that are stored (not started never is).
fn stored_status() -> impl Strategy<Value = Status> {
    select(vec![Status::Learning, Status::Done, Status::Skipped])
}

fn progress_of(entries: impl IntoIterator<Item = (String, Status)>) -> Progress {
    let mut p = Progress::default();
    for (id, status) in entries {
        p.set(&id, status);
    }
    p
}

fn bundled_ids(f: impl Fn(&Catalogue) -> Vec<String>) -> Vec<String> {
    f(&common::BUNDLED)
}

/// Any plan: ids and state as arbitrary text, every constraint.
fn any_plan() -> impl Strategy<Value = Plan> {
    (
        proptest::option::of(text()),
        prop::collection::vec(text(), 0..5),
        subsequence(ProviderKind::ALL.to_vec(), 0..=ProviderKind::ALL.len()),
        subsequence(StudyMode::ALL.to_vec(), 0..=StudyMode::ALL.len()),
        proptest::option::of(text()),
        proptest::option::of(select(QualificationLevel::ALL.to_vec())),
        any::<Option<u32>>(),
        any::<bool>(),
        select(Objective::ALL.to_vec()),
        prop_oneof![
            Just(StudyLoad::FullTime),
            Just(StudyLoad::PartTime),
            (1..FULL_TIME_HOURS).prop_map(StudyLoad::Hours)
        ],
    )
        .prop_map(
            |(
                role,
                courses,
                kinds,
                modes,
                state,
                max_level,
                max_fee,
                online_only,
                objective,
                load,
            )| Plan {
                role,
                courses,
                constraints: Constraints {
                    kinds: kinds.into_iter().collect(),
                    modes: modes.into_iter().collect(),
                    state,
                    max_level,
                    max_fee,
                    online_only,
                },
                objective,
                load,
            },
        )
}

/// A plan a link can carry for the bundled catalogue: its role and course
/// ids (each course once), a state code.
fn linkable_plan() -> impl Strategy<Value = Plan> {
    let roles = bundled_ids(|c| c.roles.iter().map(|r| r.id.clone()).collect());
    let courses = bundled_ids(|c| c.courses.iter().map(|r| r.id.clone()).collect());
    (
        any_plan(),
        proptest::option::of(select(roles)),
        subsequence(courses, 0..6).prop_shuffle(),
        proptest::option::of(select(STATES.to_vec())),
    )
        .prop_map(|(mut plan, role, courses, state)| {
            plan.role = role;
            plan.courses = courses;
            plan.constraints.state = state.map(str::to_string);
            plan
        })
}

/// A catalogue whose skills form a random acyclic prerequisite graph
/// (each may need any listed later in `order`), all required by the first
/// role, which has no roadmap of its own.
fn dag_catalogue() -> impl Strategy<Value = Catalogue> {
    (1usize..24)
        .prop_flat_map(|n| {
            (
                prop::collection::vec(prop::collection::vec(any::<Index>(), 0..4), n),
                Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            )
        })
        .prop_map(|(needs, order)| {
            let mut cat = parse_catalogue(MINIMAL).unwrap();
            let n = needs.len();
            // Skill `order[k]` may need only skills `order[k+1..]`, so there is no cycle.
            cat.skills = (0..n)
                .map(|i| {
                    let k = order.iter().position(|&o| o == i).unwrap();
                    let later = &order[k + 1..];
                    let mut prerequisites: Vec<String> = needs[i]
                        .iter()
                        .filter(|_| !later.is_empty())
                        .map(|at| format!("s{}", later[at.index(later.len())]))
                        .collect();
                    prerequisites.dedup();
                    Skill {
                        id: format!("s{i}"),
                        name: format!("Skill {i}"),
                        category: SkillCategory::Concept,
                        description: String::new(),
                        prerequisites,
                    }
                })
                .collect();
            cat.roles[0].skills = cat
                .skills
                .iter()
                .map(|s| career_core::RoleSkill {
                    skill: s.id.clone(),
                    level: Level::Basic,
                })
                .collect();
            cat.roles[0].roadmap.clear();
            cat
        })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn roadmap_progress_decodes_anything(raw in text(), param in "[dls_~.a-z0-9-]{0,24}") {
        let cat = &*common::BUNDLED;
        for text in [raw.clone(), format!(r#"{{"format":"career-guide-progress","version":1,"skills":{{"{raw}":"done"}}}}"#)] {
            // Whatever is accepted is written back as it was read.
            if let Ok(p) = Progress::decode(&text) {
                prop_assert_eq!(Progress::decode(&p.encode()), Ok(p));
            }
        }
        for value in [raw, param] {
            let d = Progress::from_param(&value, cat);
            prop_assert!(d.value.iter().all(|(id, _)| cat.skill(id).is_some()));
            prop_assert_eq!(Progress::from_param(&d.value.to_param(), cat), career_core::Decoded { value: d.value, notes: vec![] });
        }
    }

    #[test]
    fn progress_round_trips(entries in prop::collection::vec((SLUG, stored_status()), 0..12), known in subsequence(bundled_ids(|c| c.skills.iter().map(|s| s.id.clone()).collect()), 0..12), statuses in prop::collection::vec(stored_status(), 12)) {
        let p = progress_of(entries);
        prop_assert_eq!(Progress::decode(&p.encode()), Ok(p.clone()));
        prop_assert!(p.to_param().bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)));
        let shared = progress_of(known.into_iter().zip(statuses));
        let d = Progress::from_param(&shared.to_param(), &common::BUNDLED);
        prop_assert_eq!(d.value, shared);
        prop_assert!(d.notes.is_empty());
    }

    #[test]
    fn plans_decode_anything(raw in text(), query in "[a-z_=&,%0-9-]{0,40}") {
        let cat = &*common::BUNDLED;
        if let Ok(plan) = Plan::decode(&raw) {
            prop_assert_eq!(Plan::decode(&plan.encode()), Ok(plan));
        }
        for q in [raw, query] {
            let d = Plan::from_query(&q, cat);
            prop_assert!(d.value.role.iter().all(|r| cat.role(r).is_some()));
            prop_assert!(d.value.courses.iter().all(|id| cat.courses.iter().any(|c| c.id == *id)));
            let again = Plan::from_query(&d.value.to_query(), cat);
            prop_assert!(again.notes.is_empty(), "{:?}", again.notes);
            prop_assert_eq!(again.value, d.value);
        }
    }

    #[test]
    fn plans_round_trip(plan in any_plan(), linked in linkable_plan()) {
        prop_assert_eq!(Plan::decode(&plan.encode()), Ok(plan));
        let d = Plan::from_query(&linked.to_query(), &common::BUNDLED);
        prop_assert!(d.notes.is_empty(), "{:?}", d.notes);
        prop_assert_eq!(d.value, linked);
    }

    #[test]
    fn topological_order_respects_prerequisites(cat in dag_catalogue(), listed in any::<Vec<Index>>()) {
        prop_assert_eq!(roadmap::find_cycle(&cat.skills), None);
        // Any listed order of any subset comes back as a stable topological order.
        let mut skills: Vec<&Skill> = cat.skills.iter().collect();
        for (i, at) in listed.iter().enumerate().take(skills.len()) {
            let j = at.index(skills.len());
            skills.swap(i, j);
        }
        let ordered = roadmap::topological(&skills);
        prop_assert_eq!(ordered.len(), skills.len());
        for (i, s) in ordered.iter().enumerate() {
            prop_assert!(s.prerequisites.iter().all(|p| ordered[i..].iter().all(|later| later.id != *p)));
        }
        prop_assert_eq!(roadmap::topological(&ordered), ordered.clone(), "stable");
        // Every skill on the derived roadmap once, after its prerequisites.
        let map = roadmap::roadmap(&cat, &cat.roles[0]);
        let on_map: Vec<&str> = map.nodes().map(|n| n.skill.id.as_str()).collect();
        prop_assert_eq!(on_map.len(), cat.skills.len());
        for (i, node) in map.nodes().enumerate() {
            prop_assert!(node.prerequisites.iter().all(|p| !on_map[i..].contains(&p.id.as_str())));
        }
    }

    #[test]
    fn a_prerequisite_back_to_the_start_is_a_cycle(cat in dag_catalogue(), from in any::<Index>()) {
        let mut cat = cat;
        let n = cat.skills.len();
        let start = from.index(n);
        // Follow prerequisites as far as they go, then point the end back at the start.
        let mut end = start;
        while let Some(next) = cat.skills[end].prerequisites.first() {
            end = cat.skills.iter().position(|s| s.id == *next).unwrap();
        }
        let back = cat.skills[start].id.clone();
        cat.skills[end].prerequisites.push(back);
        let cycle = roadmap::find_cycle(&cat.skills).expect("a cycle");
        prop_assert_eq!(cycle.first(), cycle.last());
        for pair in cycle.windows(2) {
            let skill = cat.skills.iter().find(|s| s.id == pair[0]).unwrap();
            prop_assert!(skill.prerequisites.contains(&pair[1]), "{:?}", cycle);
        }
    }

    #[test]
    fn next_up_never_has_an_unresolved_prerequisite(cat in dag_catalogue(), marks in prop::collection::vec(select(Status::ALL.to_vec()), 24)) {
        let progress = progress_of(cat.skills.iter().map(|s| s.id.clone()).zip(marks));
        let map = roadmap::roadmap(&cat, &cat.roles[0]);
        let next = map.next_up(&progress);
        for node in map.nodes() {
            let ready = !progress.status(&node.skill.id).resolved()
                && node.prerequisites.iter().all(|p| progress.status(&p.id).resolved());
            prop_assert_eq!(next.iter().any(|s| s.id == node.skill.id), ready, "{}", node.skill.id);
        }
        let tally = map.tally(&progress);
        prop_assert_eq!(tally.done + tally.learning + tally.skipped + tally.not_started(), tally.total);
    }

    #[test]
    fn the_greedy_cover_covers_what_can_be_covered_within_its_bound(seed in any::<u64>(), objective in select(Objective::ALL.to_vec())) {
        let case = cover::case(seed);
        let gap = case.gap();
        let proposal = cover::proposal(&case, objective);
        let allowed: Vec<_> = case.cat.courses.iter().filter(|c| case.constraints.allows(&case.cat, c)).collect();
        for skill in &gap {
            let taught = case.cat.courses.iter().any(|c| c.skills.contains(&skill.id));
            let reachable = allowed.iter().any(|c| c.skills.contains(&skill.id));
            let covered = proposal.picks.iter().filter(|p| p.covers.contains(skill)).count();
            prop_assert_eq!(covered, usize::from(reachable), "{} covered once if it can be", skill.id);
            prop_assert_eq!(proposal.untaught.contains(skill), !taught);
            prop_assert_eq!(proposal.out_of_reach.contains(skill), taught && !reachable);
        }
        prop_assert!(proposal.picks.iter().all(|p| case.constraints.allows(&case.cat, p.course)));
        // A long qualification (or, for the cheapest plan, an unpublished
        // fee) only for skills no allowed course of an earlier stage teaches.
        let currency = &case.cat.meta.currency;
        let rank = |c: &career_core::Course| objective.rank(c.duration_weeks, c.comparable_fee(currency));
        for pick in &proposal.picks {
            let stage = rank(pick.course).stage;
            for skill in &pick.covers {
                prop_assert!(
                    !allowed.iter().any(|c| rank(c).stage < stage && c.skills.contains(&skill.id)),
                    "{} covers {} that an earlier stage teaches", pick.course.id, skill.id
                );
            }
        }
        let (greedy, best) = (cover::greedy(&case, objective), cover::optimum(&case, objective));
        let bound = cover::greedy_bound(&case);
        for (g, b) in greedy.iter().zip(&best) {
            prop_assert!(b <= g);
            prop_assert!(*g as f64 <= bound * *b as f64 + 1e-9, "{:?} vs {:?}", greedy, best);
        }
    }
}

#[test]
fn the_greedy_cover_is_mostly_optimal() {
    for objective in Objective::ALL {
        let q = cover::quality(500, objective);
        assert_eq!(q.over_bound, 0, "{objective:?}");
        assert!(
            q.optimal * 10 >= q.cases * 9,
            "{objective:?}: optimal in {} of {}",
            q.optimal,
            q.cases
        );
    }
}
