//! The validator's rules for prerequisites and roadmaps, one test per rule,
//! each against a valid base with a roadmap.

use career_core::{parse_catalogue, LoadError};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// The minimal fixture with a third skill (`http`), SQL needing CSS, and a
/// back-end roadmap of two stages: `styles` (CSS) and `data` (SQL, and HTTP
/// as an optional extra).
fn base() -> Value {
    let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
    v["skills"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "http", "name": "HTTP", "category": "concept", "description": "The web's protocol." }));
    v["skills"][0]["prerequisites"] = json!(["css"]);
    v["roles"][0]["roadmap"] = json!([
        { "id": "styles", "title": "Styles first", "why": "Pages before data.", "skills": [{ "skill": "css" }] },
        { "id": "data", "title": "Data", "why": "Then storing things.",
          "skills": [{ "skill": "sql" }, { "skill": "http", "optional": true }] }
    ]);
    v
}

/// The problems of the base after `edit`, as "path: message" lines.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = base();
    edit(&mut v);
    match parse_catalogue(&v.to_string()) {
        Err(LoadError::Invalid(p)) => p.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn the_base_with_a_roadmap_is_valid() {
    let cat = parse_catalogue(&base().to_string()).unwrap();
    assert_eq!(cat.roles[0].roadmap.len(), 2);
    assert!(cat.roles[0].roadmap[1].skills[1].optional);
    assert!(cat.roles[1].roadmap.is_empty(), "a roadmap is optional");
}

#[test]
fn prerequisites_must_be_known_skills() {
    let p = problems_after(|v| v["skills"][0]["prerequisites"] = json!(["css", "dockr"]));
    assert_eq!(p, [r#"skills[0].prerequisites[1]: unknown skill "dockr""#]);
}

#[test]
fn a_skill_is_not_its_own_prerequisite_and_lists_each_once() {
    let p = problems_after(|v| v["skills"][0]["prerequisites"] = json!(["sql"]));
    assert_eq!(
        p,
        ["skills[0].prerequisites[0]: a skill cannot be its own prerequisite"]
    );
    let p = problems_after(|v| v["skills"][0]["prerequisites"] = json!(["css", "css"]));
    assert_eq!(
        p,
        [r#"skills[0].prerequisites[1]: prerequisite "css" is listed twice"#]
    );
}

#[test]
fn prerequisite_cycles_are_named() {
    // (CSS then also needs what the roadmap teaches later, a problem of its own.)
    let p = problems_after(|v| {
        v["skills"][1]["prerequisites"] = json!(["http"]);
        v["skills"][2]["prerequisites"] = json!(["sql"]);
    });
    let cycle = "skills[0].prerequisites: prerequisites form a cycle: sql → css → http → sql";
    assert!(p.iter().any(|line| line == cycle), "{p:?}");
    // A skill that lists itself does not hide another cycle.
    let p = problems_after(|v| {
        v["skills"][0]["prerequisites"] = json!(["sql", "css"]);
        v["skills"][1]["prerequisites"] = json!(["sql"]);
    });
    assert_eq!(
        &p[..2],
        [
            "skills[0].prerequisites[0]: a skill cannot be its own prerequisite",
            "skills[0].prerequisites: prerequisites form a cycle: sql → css → sql"
        ],
        "{p:?}"
    );
}

#[test]
fn stage_ids_are_slugs_unique_within_the_role() {
    let p = problems_after(|v| v["roles"][0]["roadmap"][1]["id"] = json!("Data!"));
    assert_eq!(
        p,
        [r#"roles[0].roadmap[1].id: id "Data!" must be a lowercase slug (a-z, 0-9, hyphens)"#]
    );
    let p = problems_after(|v| v["roles"][0]["roadmap"][1]["id"] = json!("styles"));
    assert_eq!(
        p,
        [r#"roles[0].roadmap[1].id: duplicate stage id "styles""#]
    );
    // Another role may use the same stage ids.
    let ok = {
        let mut v = base();
        v["roles"][1]["roadmap"] = json!([{ "id": "styles", "title": "Styles", "why": "All of it.", "skills": [{ "skill": "css" }] }]);
        parse_catalogue(&v.to_string())
    };
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn stages_have_a_title_a_why_and_skills() {
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"][0]["title"] = json!(" ");
        v["roles"][0]["roadmap"][0]["why"] = json!("");
    });
    assert_eq!(
        p,
        [
            "roles[0].roadmap[0].title: must not be empty",
            "roles[0].roadmap[0].why: must not be empty"
        ]
    );
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "later", "title": "Later", "why": "Some day.", "skills": [] }));
    });
    assert_eq!(
        p,
        ["roles[0].roadmap[2].skills: a stage needs at least one skill"]
    );
}

#[test]
fn stage_skills_must_be_known() {
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"][1]["skills"][1] = json!({ "skill": "dockr", "optional": true });
    });
    assert_eq!(
        p,
        [r#"roles[0].roadmap[1].skills[1].skill: unknown skill "dockr""#]
    );
}

#[test]
fn a_skill_is_on_one_stage_once() {
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"][1]["skills"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "skill": "css" }));
    });
    assert_eq!(
        p,
        [
            r#"roles[0].roadmap[1].skills[2].skill: skill "css" is already on stage "styles"; a skill belongs to one stage"#
        ]
    );
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"][0]["skills"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "skill": "css" }));
    });
    assert_eq!(
        p,
        [r#"roles[0].roadmap[0].skills[1].skill: skill "css" is listed twice on this stage"#]
    );
}

#[test]
fn optional_means_not_one_of_the_roles_skills() {
    let p = problems_after(|v| v["roles"][0]["roadmap"][0]["skills"][0]["optional"] = json!(true));
    assert_eq!(
        p,
        [
            r#"roles[0].roadmap[0].skills[0].optional: "css" is one of the role's skills, so it cannot be optional"#
        ]
    );
    let p = problems_after(|v| v["roles"][0]["roadmap"][1]["skills"][1]["optional"] = json!(false));
    assert_eq!(
        p,
        [
            r#"roles[0].roadmap[1].skills[1].optional: "http" is not one of the role's skills, so it must be marked optional"#
        ]
    );
}

#[test]
fn a_roadmap_has_every_required_skill() {
    let p = problems_after(|v| {
        v["roles"][0]["roadmap"][1]["skills"]
            .as_array_mut()
            .unwrap()
            .remove(0);
    });
    assert_eq!(
        p,
        [r#"roles[0].skills[0].skill: "sql" is on no stage of the role's roadmap"#]
    );
}

#[test]
fn a_stage_never_needs_what_is_taught_later() {
    let p = problems_after(|v| {
        let stages = v["roles"][0]["roadmap"].as_array_mut().unwrap();
        stages.swap(0, 1);
    });
    assert_eq!(
        p,
        [
            r#"roles[0].roadmap[0].skills[0].skill: "sql" needs "css", which this roadmap only teaches later, on stage "styles""#
        ]
    );
    // Needing a skill from the same stage, an earlier one, or off the roadmap is fine.
    for edit in [
        |v: &mut Value| {
            v["roles"][0]["roadmap"][1]["skills"][1] = json!({ "skill": "http", "optional": true })
        },
        |v: &mut Value| v["skills"][0]["prerequisites"] = json!(["css", "http"]),
    ] {
        let mut v = base();
        edit(&mut v);
        let cat = parse_catalogue(&v.to_string());
        assert!(cat.is_ok(), "{cat:?}");
    }
}
