//! What the format says about each fact a visitor reads (issue 16): fees and
//! salaries say what they are, courses say when they were checked, and every
//! shown fact has a source. The validator's rules, the loader's hints for
//! catalogues written before the change, and the bundled catalogue's content.

use career_core::{age, parse_catalogue, LoadError};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// A whole-course fee of A$6,000 to A$9,000 citing the fixture's source.
fn a_fee() -> Value {
    json!({
        "min": 6000, "max": 9000, "currency": "AUD", "basis": "total", "funding": "full-fee",
        "students": "domestic", "year": 2026, "source": "src"
    })
}

fn load_after(edit: impl FnOnce(&mut Value)) -> Result<career_core::Catalogue, LoadError> {
    let mut v = minimal();
    edit(&mut v);
    parse_catalogue(&v.to_string())
}

/// The problems of an edited catalogue, as "path: message" lines.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    match load_after(edit) {
        Err(LoadError::Invalid(p)) => p.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn a_fee_with_every_field_loads_and_one_with_only_its_figures_too() {
    let c = load_after(|v| v["courses"][0]["fee"] = a_fee()).unwrap();
    let fee = c.courses[0].fee.as_ref().unwrap();
    assert_eq!((fee.min, fee.max, fee.year), (6000, Some(9000), Some(2026)));
    let bare = json!({ "min": 0, "max": 0, "currency": "USD", "source": "src" });
    let c = load_after(|v| v["courses"][0]["fee"] = bare).unwrap();
    assert!(c.courses[0].fee.as_ref().unwrap().is_free());
    // A "from" price has no top.
    let mut from = a_fee();
    from["max"] = Value::Null;
    let c = load_after(|v| v["courses"][0]["fee"] = from).unwrap();
    assert_eq!(c.courses[0].fee.as_ref().unwrap().max, None);
}

#[test]
fn fee_ranges_years_and_sources_are_checked() {
    let p = problems_after(|v| {
        let mut fee = a_fee();
        fee["min"] = json!(9500);
        fee["year"] = json!(2028);
        fee["source"] = json!("nowhere");
        fee["note"] = json!("  ");
        v["courses"][0]["fee"] = fee;
    });
    assert_eq!(
        p,
        vec![
            r#"courses[0].fee.source: unknown source "nowhere""#,
            "courses[0].fee.min: min 9500 is greater than max 9000",
            "courses[0].fee.year: year 2028 is more than a year after the review date's year 2026",
            "courses[0].fee.note: must not be empty",
        ]
    );
    let p = problems_after(|v| {
        v["courses"][0]["fee"] =
            json!({ "min": 1, "max": 1, "currency": "AUD", "year": 1999, "source": "src" })
    });
    assert_eq!(
        p,
        vec!["courses[0].fee.year: year 1999 is out of range 2000–2100"]
    );
    // Next year's fee may be published before the review.
    assert!(load_after(|v| {
        let mut fee = a_fee();
        fee["year"] = json!(2027);
        v["courses"][0]["fee"] = fee;
    })
    .is_ok());
}

#[test]
fn a_salary_names_its_region_s_currency_and_a_single_statistic_is_one_figure() {
    let p = problems_after(|v| v["roles"][0]["salaries"][0]["currency"] = json!("USD"));
    assert_eq!(
        p,
        vec![r#"roles[0].salaries[0].currency: USD is not the currency of region "au" (AUD)"#]
    );
    let p = problems_after(|v| v["roles"][0]["salaries"][0]["currency"] = json!("dollars"));
    assert_eq!(
        p,
        vec![r#"roles[0].salaries[0].currency: "dollars" is not a 3-letter currency code"#]
    );
    let p = problems_after(|v| v["roles"][0]["salaries"][0]["statistic"] = json!("median"));
    assert_eq!(
        p,
        vec!["roles[0].salaries[0].max: a median is one figure, so min and max must be equal"]
    );
    let p = problems_after(|v| {
        let s = &mut v["roles"][0]["salaries"][0];
        s["year"] = json!(2030);
        s["surveyed"] = json!("");
    });
    assert_eq!(
        p,
        vec![
            "roles[0].salaries[0].year: year 2030 is more than a year after the review date's year 2026",
            "roles[0].salaries[0].surveyed: must not be empty",
        ]
    );
    // What a source does not state stays null; a weekly figure is fine.
    let c = load_after(|v| {
        let s = &mut v["roles"][0]["salaries"][0];
        for key in ["statistic", "pay", "basis", "surveyed", "year"] {
            s[key] = Value::Null;
        }
        s["per"] = json!("week");
    })
    .unwrap();
    assert_eq!(c.roles[0].salaries[0].yearly(), (90000 * 52, 120000 * 52));
}

#[test]
fn courses_and_providers_say_when_they_were_checked() {
    for list in ["courses", "providers"] {
        let checked = |date: &'static str| move |v: &mut Value| v[list][0]["checked"] = json!(date);
        assert_eq!(
            problems_after(checked("last week")),
            vec![format!(
                r#"{list}[0].checked: "last week" is not a date in the form YYYY-MM-DD"#
            )]
        );
        assert_eq!(
            problems_after(checked("2026-11-02")),
            vec![format!("{list}[0].checked: checked on 2026-11-02, after the catalogue's review date 2026-11-01")]
        );
        assert_eq!(
            problems_after(checked("2024-03-01")),
            vec![format!(
                r#"{list}[0].checked: checked on 2024-03-01, before its source "src" from 2025"#
            )]
        );
        // The review day itself is fine.
        assert!(load_after(checked("2026-11-01")).is_ok(), "{list}");
    }
}

#[test]
fn a_provider_cites_a_known_source() {
    let p = problems_after(|v| v["providers"][0]["source"] = json!("nowhere"));
    assert_eq!(p, vec![r#"providers[0].source: unknown source "nowhere""#]);
}

#[test]
fn every_role_cites_a_source_and_years_are_plausible() {
    let p = problems_after(|v| v["roles"][1]["sources"] = json!([]));
    assert_eq!(
        p,
        vec!["roles[1].sources: a role must cite at least one source for what its guide shows"]
    );
    let p = problems_after(|v| v["meta"]["sources"][0]["year"] = json!(1995));
    assert!(
        p.contains(&"meta.sources[0].year: year 1995 is out of range 2000–2100".to_string()),
        "{p:?}"
    );
    let p = problems_after(|v| v["meta"]["sources"][0]["year"] = json!(2029));
    assert!(p.contains(
        &"meta.sources[0].year: year 2029 is more than a year after the review date's year 2026"
            .to_string()
    ));
}

#[test]
fn a_contact_page_is_a_web_link() {
    let c =
        load_after(|v| v["meta"]["contact_url"] = json!("https://example.edu/contact")).unwrap();
    assert_eq!(
        c.meta.contact_url.as_deref(),
        Some("https://example.edu/contact")
    );
    let p = problems_after(|v| v["meta"]["contact_url"] = json!("mailto:someone@example.edu"));
    assert_eq!(
        p,
        vec![
            r#"meta.contact_url: link "mailto:someone@example.edu" must be an absolute http(s) address"#
        ]
    );
}

#[test]
fn a_catalogue_written_before_the_change_is_told_what_changed() {
    let shape = |edit: fn(&mut Value)| match load_after(edit) {
        Err(LoadError::Shape { path, message }) => format!("{path}: {message}"),
        other => panic!("expected a shape error, got {other:?}"),
    };
    let old_fee = shape(|v| {
        v["courses"][0]["fee"] = json!({ "amount": 6000, "currency": "AUD" });
    });
    assert!(old_fee.starts_with("courses[0].fee"), "{old_fee}");
    assert!(
        old_fee.contains("`amount` became `min` and `max`"),
        "{old_fee}"
    );
    let old_salary = shape(|v| {
        v["roles"][0]["salaries"][0]
            .as_object_mut()
            .unwrap()
            .remove("currency");
    });
    assert!(
        old_salary.contains("a salary now names its currency"),
        "{old_salary}"
    );
    let unchecked = shape(|v| {
        v["courses"][0].as_object_mut().unwrap().remove("checked");
    });
    assert!(
        unchecked.contains("the date its facts were last checked"),
        "{unchecked}"
    );
    let unsourced_provider = shape(|v| {
        v["providers"][0].as_object_mut().unwrap().remove("source");
    });
    assert!(
        unsourced_provider.starts_with("providers[0]")
            && unsourced_provider.contains("each provider now names the source of its details"),
        "{unsourced_provider}"
    );
    // Other shape errors get no such note.
    let other = shape(|v| v["courses"][0]["duration_weeks"] = json!("long"));
    assert!(!other.contains("docs/catalogue.md"), "{other}");
}

#[test]
fn the_bundled_catalogue_is_rich_and_every_fact_has_a_source() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/catalogue.json"
    ))
    .unwrap();
    let cat = parse_catalogue(&text).unwrap();
    assert!(cat.roles.len() >= 10);
    assert!(cat.skills.len() >= 60);
    assert!(cat.providers.len() >= 40);
    assert!(cat.courses.len() >= 90);
    // The ways in are explained and their outcomes sourced.
    assert!(cat.meta.student_contribution.is_some());
    for place in career_core::Place::ALL {
        assert!(cat.explainer(place.explainer()).is_some(), "{place:?}");
    }
    for route in [
        career_core::ways_in::Route::Degree,
        career_core::ways_in::Route::Vet,
    ] {
        assert!(
            cat.ways_in
                .outcomes
                .iter()
                .any(|o| o.route == route && o.value.is_some()),
            "{route:?}"
        );
    }
    // Every state and territory has a course studied on campus or blended.
    for state in career_core::validate::STATES {
        assert!(
            cat.courses
                .iter()
                .any(|c| c.states.iter().any(|s| s == state)
                    && (c.modes.is_empty()
                        || c.modes.iter().any(|m| *m != career_core::StudyMode::Online))),
            "{state}"
        );
    }
    for c in &cat.courses {
        assert!(cat.source(&c.source).is_some(), "{}", c.id);
        for fee in [&c.fee, &c.international_fee].into_iter().flatten() {
            assert!(cat.source(&fee.source).is_some(), "{}", c.id);
        }
        if let Some(entry) = &c.entry {
            assert!(cat.source(&entry.source).is_some(), "{}", c.id);
        }
        assert!(c.checked.as_str() <= cat.meta.last_reviewed.as_str());
    }
    for p in &cat.providers {
        assert!(cat.source(&p.source).is_some(), "{}", p.id);
        assert!(p.checked.as_str() <= cat.meta.last_reviewed.as_str());
    }
    for r in &cat.roles {
        assert!(!r.sources.is_empty(), "{}", r.id);
        for s in &r.salaries {
            assert_eq!(
                s.currency,
                cat.region(&s.region).unwrap().currency,
                "{}",
                r.id
            );
        }
    }
    // The age summary counts the same sources as the age rule.
    let ages = age::source_ages(&cat, career_core::summary::Courses::Every(&cat));
    assert_eq!(ages.sources, cat.meta.sources.len());
    assert_eq!(
        ages.possibly_out_of_date,
        cat.meta
            .sources
            .iter()
            .filter(|s| age::possibly_out_of_date(s.year, &cat.meta.last_reviewed))
            .count()
    );
}
