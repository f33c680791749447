//! Loading and validation of good and bad catalogues.

use career_core::{parse_catalogue, LoadError};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// Applies `edit` to the minimal catalogue and returns the load error.
fn error_after(edit: impl FnOnce(&mut Value)) -> LoadError {
    let mut v = minimal();
    edit(&mut v);
    parse_catalogue(&v.to_string()).expect_err("edited catalogue should be rejected")
}

/// The problems of an edited catalogue, as "path: message" lines.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    match error_after(edit) {
        LoadError::Invalid(p) => p.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn minimal_catalogue_is_valid() {
    let c = parse_catalogue(MINIMAL).unwrap();
    assert_eq!(c.roles.len(), 2);
    assert!(c.courses[0].fee.is_none());
}

#[test]
fn bundled_catalogue_is_valid_and_meets_the_content_counts() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/catalogue.json"
    ))
    .expect("data/catalogue.json exists");
    let c = parse_catalogue(&text).unwrap_or_else(|e| panic!("bundled catalogue: {e}"));
    assert!(c.roles.len() >= 10, "roles: {}", c.roles.len());
    assert!(c.skills.len() >= 60, "skills: {}", c.skills.len());
    assert!(c.providers.len() >= 30, "providers: {}", c.providers.len());
    assert!(c.courses.len() >= 80, "courses: {}", c.courses.len());
    assert!(c.quiz.len() >= 15, "quiz: {}", c.quiz.len());
    assert!(c.role("backend-developer").is_some());
}

#[test]
fn text_that_is_not_json_is_named_as_such() {
    let e = parse_catalogue("<html>404</html>").unwrap_err();
    assert!(matches!(e, LoadError::NotJson(_)), "{e:?}");
    assert!(e.to_string().starts_with("The catalogue is not valid JSON"));
    let cut = &MINIMAL[..MINIMAL.len() / 2];
    assert!(matches!(
        parse_catalogue(cut).unwrap_err(),
        LoadError::NotJson(_)
    ));
}

#[test]
fn a_version_1_catalogue_is_read_with_its_subsidy_as_a_place_and_its_international_fee_apart() {
    let text = include_str!("fixtures/minimal.json");
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["schema_version"] = json!(1);
    let course = &mut v["courses"][0];
    course.as_object_mut().unwrap().remove("places");
    course["subsidised"] = json!(true);
    course["fee"] = json!({"min": 20000, "max": 20000, "currency": "AUD", "basis": "per-year",
        "funding": "full-fee", "students": "international", "year": 2026, "source": course["source"].clone()});
    let cat = parse_catalogue(&v.to_string()).unwrap();
    let course = &cat.courses[0];
    assert_eq!(cat.schema_version, 2);
    let expected = career_core::Place::from_v1_subsidised(course.level);
    assert_eq!(course.places, vec![expected]);
    assert!(course.fee.is_none());
    assert_eq!(
        course.international_fee.as_ref().map(|f| f.min),
        Some(20000)
    );
}

#[test]
fn json_that_is_not_an_object_is_a_shape_error() {
    let e = parse_catalogue("[1, 2]").unwrap_err();
    assert!(matches!(e, LoadError::Shape { .. }), "{e:?}");
}

#[test]
fn missing_or_wrong_schema_version_is_reported_before_shape() {
    let e = error_after(|v| {
        v.as_object_mut().unwrap().remove("schema_version");
    });
    assert_eq!(e, LoadError::MissingVersion);
    // A version-3 file with a different shape still gets the version message.
    let e = parse_catalogue(r#"{"schema_version": 3, "entirely": "different"}"#).unwrap_err();
    assert_eq!(e, LoadError::WrongVersion(3));
    assert_eq!(
        e.to_string(),
        "The catalogue is schema_version 3, but this app reads version 2."
    );
    let e = error_after(|v| v["schema_version"] = json!("1"));
    assert_eq!(e, LoadError::MissingVersion);
}

#[test]
fn shape_errors_name_the_path() {
    let e = error_after(|v| v["courses"][0]["duration_weeks"] = json!("three years"));
    match e {
        LoadError::Shape { path, message } => {
            assert_eq!(path, "courses[0].duration_weeks");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let e = error_after(|v| {
        v["roles"][0].as_object_mut().unwrap().remove("summary");
    });
    assert!(
        e.to_string().contains("roles[0]") && e.to_string().contains("summary"),
        "{e}"
    );
}

#[test]
fn unknown_fields_are_rejected_so_typos_surface() {
    let e = error_after(|v| v["courses"][0]["skils"] = json!(["sql"]));
    assert!(e.to_string().contains("unknown field `skils`"), "{e}");
}

#[test]
fn unknown_enum_values_are_rejected() {
    let e = error_after(|v| v["courses"][0]["modes"] = json!(["by-carrier-pigeon"]));
    assert!(e.to_string().contains("courses[0].modes[0]"), "{e}");
}

#[test]
fn dangling_references_name_the_exact_path() {
    let p = problems_after(|v| v["courses"][0]["skills"] = json!(["sql", "dockr"]));
    assert_eq!(p, vec![r#"courses[0].skills[1]: unknown skill "dockr""#]);
    let p = problems_after(|v| v["courses"][0]["provider"] = json!("nowhere"));
    assert_eq!(
        p,
        vec![r#"courses[0].provider: unknown provider "nowhere""#]
    );
    let p = problems_after(|v| v["roles"][0]["progression"]["to"] = json!(["astronaut"]));
    assert_eq!(
        p,
        vec![r#"roles[0].progression.to[0]: unknown role "astronaut""#]
    );
    let p = problems_after(|v| v["roles"][0]["salaries"][0]["region"] = json!("mars"));
    assert_eq!(
        p,
        vec![r#"roles[0].salaries[0].region: unknown region "mars""#]
    );
    let p = problems_after(|v| v["roles"][0]["sources"] = json!(["ghost"]));
    assert_eq!(p, vec![r#"roles[0].sources[0]: unknown source "ghost""#]);
    let p = problems_after(|v| v["quiz"][0]["options"][0]["weights"][0]["role"] = json!("x"));
    assert_eq!(
        p,
        vec![r#"quiz[0].options[0].weights[0].role: unknown role "x""#]
    );
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    let p = problems_after(|v| v["roles"][1]["id"] = json!("backend-developer"));
    assert!(
        p.contains(&r#"roles[1].id: duplicate id "backend-developer""#.to_string()),
        "{p:?}"
    );
    let p = problems_after(|v| v["skills"][0]["id"] = json!("SQL Server"));
    assert!(
        p.iter()
            .any(|s| s.starts_with("skills[0].id: id \"SQL Server\" must be a lowercase slug")),
        "{p:?}"
    );
}

#[test]
fn ranges_are_checked() {
    let p = problems_after(|v| v["roles"][0]["salaries"][0]["min"] = json!(200000));
    assert_eq!(
        p,
        vec!["roles[0].salaries[0].min: min 200000 is greater than max 120000"]
    );
    let p = problems_after(|v| v["courses"][0]["duration_weeks"] = json!(0));
    assert_eq!(
        p,
        vec!["courses[0].duration_weeks: duration must be greater than 0"]
    );
    let p = problems_after(|v| v["roles"][0]["education"][0]["months_max"] = json!(12));
    assert_eq!(
        p,
        vec!["roles[0].education[0].months_min: months_min 36 is greater than months_max 12"]
    );
    let p = problems_after(|v| v["courses"][0]["intakes"] = json!([13]));
    assert_eq!(p, vec!["courses[0].intakes[0]: month 13 is not 1–12"]);
    let p = problems_after(|v| v["courses"][0]["states"] = json!(["Victoria"]));
    assert!(
        p[0].starts_with(r#"courses[0].states[0]: unknown state "Victoria""#),
        "{p:?}"
    );
    let p = problems_after(|v| v["meta"]["last_reviewed"] = json!("last week"));
    assert_eq!(
        p,
        vec![r#"meta.last_reviewed: "last week" is not a date in the form YYYY-MM-DD"#]
    );
}

#[test]
fn only_http_links_are_accepted() {
    for bad in [
        "javascript:alert(1)",
        "ftp://example.org",
        "//example.org",
        "https://",
        "data:text/html,x",
        "https://exa mple.org",
    ] {
        let p = problems_after(|v| v["courses"][0]["url"] = json!(bad));
        assert_eq!(p.len(), 1, "{bad}: {p:?}");
        assert!(p[0].starts_with("courses[0].url: link"), "{p:?}");
    }
    let p = problems_after(|v| v["providers"][0]["url"] = json!("JAVASCRIPT:alert(1)"));
    assert_eq!(p.len(), 1);
}

#[test]
fn quiz_questions_are_checked_by_kind() {
    let p = problems_after(|v| v["quiz"][2]["answer"] = json!("put"));
    assert_eq!(
        p,
        vec![r#"quiz[2].answer: answer "put" is not one of the option ids"#]
    );
    let p = problems_after(|v| {
        v["quiz"][1].as_object_mut().unwrap().remove("skill");
    });
    assert_eq!(
        p,
        vec!["quiz[1].skill: a self-rating question must name a skill"]
    );
    let p = problems_after(|v| v["quiz"][0]["options"][0]["weights"][0]["weight"] = json!(9));
    assert_eq!(
        p,
        vec!["quiz[0].options[0].weights[0].weight: weight 9 is not -3 to 3"]
    );
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let e = error_after(|v| {
        v["courses"][0]["skills"] = json!(["nope"]);
        v["courses"][0]["url"] = json!("mailto:x@example.org");
    });
    let LoadError::Invalid(p) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(p.len(), 2);
    assert!(
        e.to_string()
            .starts_with("The catalogue has 2 problems; the first is"),
        "{e}"
    );
}

#[test]
fn lists_the_site_cannot_do_without_must_not_be_empty() {
    let p = problems_after(|v| v["quiz"] = json!([]));
    assert_eq!(
        p,
        vec!["quiz: at least one question is needed for the quiz"]
    );
    let p = problems_after(|v| v["meta"]["regions"] = json!([]));
    assert!(
        p.contains(&"meta.regions: must list at least one region".to_string()),
        "{p:?}"
    );
    // Without roles, every reference to one dangles too; the first problem says why.
    let p = problems_after(|v| v["roles"] = json!([]));
    assert_eq!(p[0], "roles: at least one role is needed", "{p:?}");
    // Courses and providers may be empty: the finder says it has none.
    let mut v = minimal();
    v["courses"] = json!([]);
    v["providers"] = json!([]);
    assert!(parse_catalogue(&v.to_string()).is_ok());
}

#[test]
fn questions_have_no_more_options_than_a_results_code_holds() {
    let options = |n: usize| -> Value {
        (0..n)
            .map(|i| json!({ "id": format!("o{i}"), "label": format!("Option {i}") }))
            .collect()
    };
    let p = problems_after(|v| v["quiz"][0]["options"] = options(27));
    assert_eq!(p, vec!["quiz[0].options: at most 26 options are supported"]);
    let mut v = minimal();
    v["quiz"][0]["options"] = options(26);
    assert!(parse_catalogue(&v.to_string()).is_ok());
}

#[test]
fn a_role_is_weighted_once_per_option() {
    let p = problems_after(|v| {
        v["quiz"][0]["options"][0]["weights"] = json!([
            { "role": "backend-developer", "weight": 3 },
            { "role": "backend-developer", "weight": 3 }
        ])
    });
    assert_eq!(
        p,
        vec![r#"quiz[0].options[0].weights[1].role: role "backend-developer" is weighted twice"#]
    );
}

/// An edit of the minimal catalogue and the one problem it must cause.
type Case = (&'static str, fn(&mut Value), &'static str);

#[test]
fn references_are_listed_once() {
    let cases: [Case; 7] = [
        (
            "course skill",
            |v| v["courses"][0]["skills"] = json!(["sql", "sql"]),
            r#"courses[0].skills[1]: skill "sql" is listed twice"#,
        ),
        (
            "course role",
            |v| v["courses"][0]["roles"] = json!(["backend-developer", "backend-developer"]),
            r#"courses[0].roles[1]: role "backend-developer" is listed twice"#,
        ),
        (
            "course state",
            |v| v["courses"][0]["states"] = json!(["VIC", "VIC"]),
            r#"courses[0].states[1]: state "VIC" is listed twice"#,
        ),
        (
            "provider state",
            |v| v["providers"][0]["states"] = json!(["VIC", "VIC"]),
            r#"providers[0].states[1]: state "VIC" is listed twice"#,
        ),
        (
            "role source",
            |v| v["roles"][0]["sources"] = json!(["src", "src"]),
            r#"roles[0].sources[1]: source "src" is listed twice"#,
        ),
        (
            "progression from",
            |v| {
                v["roles"][1]["progression"]["from"] =
                    json!(["backend-developer", "backend-developer"])
            },
            r#"roles[1].progression.from[1]: role "backend-developer" is listed twice"#,
        ),
        (
            "progression to",
            |v| {
                v["roles"][0]["progression"]["to"] =
                    json!(["frontend-developer", "frontend-developer"])
            },
            r#"roles[0].progression.to[1]: role "frontend-developer" is listed twice"#,
        ),
    ];
    for (what, edit, expected) in cases {
        assert_eq!(problems_after(edit), vec![expected], "{what}");
    }
}

/// Whether the minimal catalogue with `edit` applied is accepted.
fn accepted_after(edit: impl FnOnce(&mut Value)) -> bool {
    let mut v = minimal();
    edit(&mut v);
    parse_catalogue(&v.to_string()).is_ok()
}

#[test]
fn growth_is_a_percentage_within_its_range() {
    let p = problems_after(|v| v["roles"][0]["outlook"]["growth_percent"] = json!(-150.0));
    assert_eq!(
        p,
        vec!["roles[0].outlook.growth_percent: growth -150% is outside the range -100% to 1000%"]
    );
    let p = problems_after(|v| v["roles"][0]["outlook"]["growth_percent"] = json!(1000.5));
    assert_eq!(
        p,
        vec!["roles[0].outlook.growth_percent: growth 1000.5% is outside the range -100% to 1000%"]
    );
    // 1e18 % was accepted once and shown as "922337203685477580.7%".
    let p = problems_after(|v| v["roles"][0]["outlook"]["growth_percent"] = json!(1e18));
    assert_eq!(
        p,
        vec!["roles[0].outlook.growth_percent: growth far too large is outside the range -100% to 1000%"]
    );
    // Too large for the model's number type, it becomes infinity.
    let p = problems_after(|v| v["roles"][0]["outlook"]["growth_percent"] = json!(1e300));
    assert_eq!(p.len(), 1, "{p:?}");
    for edge in [-100.0, 1000.0] {
        assert!(accepted_after(
            |v| v["roles"][0]["outlook"]["growth_percent"] = json!(edge)
        ));
    }
}

#[test]
fn numbers_past_what_the_app_shows_exactly_are_refused_with_their_field_and_bound() {
    use career_core::validate::{MAX_AMOUNT, MAX_DURATION_WEEKS, MAX_MONTHS, MAX_WEEKLY_AMOUNT};
    // A weekly salary whose yearly figure would saturate (4,294,967,295).
    let weekly = |amount: u32| {
        move |v: &mut Value| {
            let s = &mut v["roles"][0]["salaries"][0];
            s["per"] = json!("week");
            s["min"] = json!(amount);
            s["max"] = json!(amount);
            s["statistic"] = json!(null);
        }
    };
    assert!(accepted_after(weekly(MAX_WEEKLY_AMOUNT)));
    assert_eq!(
        problems_after(weekly(MAX_WEEKLY_AMOUNT + 1)),
        vec![
            "roles[0].salaries[0].min: weekly salary 192,308 is above the limit of 192,307",
            "roles[0].salaries[0].max: weekly salary 192,308 is above the limit of 192,307",
        ]
    );
    let yearly = |amount: u32| {
        move |v: &mut Value| {
            let s = &mut v["roles"][0]["salaries"][0];
            s["max"] = json!(amount);
            s["statistic"] = json!("range");
        }
    };
    assert!(accepted_after(yearly(MAX_AMOUNT)));
    assert_eq!(
        problems_after(yearly(MAX_AMOUNT + 1)),
        vec!["roles[0].salaries[0].max: yearly salary 10,000,001 is above the limit of 10,000,000"]
    );
    let fee = |amount: u32| {
        move |v: &mut Value| {
            v["courses"][0]["fee"] = json!({
                "min": amount, "max": amount, "currency": "AUD", "basis": "total",
                "year": null, "source": v["courses"][0]["source"].clone(), "note": null
            });
        }
    };
    assert!(accepted_after(fee(MAX_AMOUNT)));
    assert_eq!(
        problems_after(fee(MAX_AMOUNT + 1)),
        vec![
            "courses[0].fee.min: fee 10,000,001 is above the limit of 10,000,000",
            "courses[0].fee.max: fee 10,000,001 is above the limit of 10,000,000",
        ]
    );
    let weeks = |w: u16| move |v: &mut Value| v["courses"][0]["duration_weeks"] = json!(w);
    assert!(accepted_after(weeks(MAX_DURATION_WEEKS)));
    assert_eq!(
        problems_after(weeks(MAX_DURATION_WEEKS + 1)),
        vec!["courses[0].duration_weeks: 521 weeks is above the limit of 520 weeks"]
    );
    let months = |m: u16| {
        move |v: &mut Value| {
            v["roles"][0]["education"][0]["months_min"] = json!(1);
            v["roles"][0]["education"][0]["months_max"] = json!(m);
        }
    };
    assert!(accepted_after(months(MAX_MONTHS)));
    assert_eq!(
        problems_after(months(MAX_MONTHS + 1)),
        vec!["roles[0].education[0].months_max: 241 months is above the limit of 240 months"]
    );
}

#[test]
fn texts_and_ids_past_their_bound_are_refused_with_their_field() {
    use career_core::validate::{MAX_ID_CHARS, MAX_TEXT_CHARS};
    // Characters, not bytes: a bound of 5,000 holds 5,000 emoji too.
    let title = |n: usize| move |v: &mut Value| v["courses"][0]["title"] = json!("é".repeat(n));
    assert!(accepted_after(title(MAX_TEXT_CHARS)));
    assert_eq!(
        problems_after(title(MAX_TEXT_CHARS + 1)),
        vec!["courses[0].title: text is longer than the limit of 5000 characters"]
    );
    let faq = |v: &mut Value| {
        v["roles"][1]["faq"] = json!([
            { "question": "Short?", "answer": "Yes." },
            { "question": "Long?", "answer": "a".repeat(MAX_TEXT_CHARS + 1) }
        ]);
    };
    assert_eq!(
        problems_after(faq),
        vec!["roles[1].faq[1].answer: text is longer than the limit of 5000 characters"]
    );
    let course_id = |n: usize| move |v: &mut Value| v["courses"][0]["id"] = json!("c".repeat(n));
    assert!(accepted_after(course_id(MAX_ID_CHARS)));
    assert_eq!(
        problems_after(course_id(MAX_ID_CHARS + 1)),
        vec!["courses[0].id: id is 121 characters long; the limit is 120"]
    );
}

#[test]
fn a_byte_order_mark_is_read_as_the_browser_reads_it() {
    // Browsers drop a UTF-8 byte-order mark when they read the file; the
    // validator, the build and the app all read it the same way.
    let with_mark = format!("\u{feff}{MINIMAL}");
    assert!(parse_catalogue(&with_mark).is_ok());
}
