//! Every edge catalogue is valid, survives a round trip through JSON, and
//! works with every feature of the core; the binary writes them all.

mod common;

use career_core::edge::{self, EdgeCase};
use career_core::quiz::MAX_OPTIONS;
use career_core::{parse_catalogue, QuestionKind};

fn cases() -> Vec<EdgeCase> {
    edge::catalogues(&common::BUNDLED)
}

fn case(name: &str) -> EdgeCase {
    cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no edge case {name}"))
}

#[test]
fn every_edge_catalogue_is_valid_and_works_everywhere() {
    let cases = cases();
    for case in &cases {
        let json = serde_json::to_string(&case.catalogue).unwrap();
        let parsed = parse_catalogue(&json).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_eq!(
            parsed, case.catalogue,
            "{} survives a round trip",
            case.name
        );
        common::exercise(&parsed);
    }
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "names are unique");
}

#[test]
fn each_edge_catalogue_has_its_edge() {
    assert_eq!(case("single-role").catalogue.roles.len(), 1);
    let one = case("one-of-each").catalogue;
    assert_eq!(
        (
            one.roles.len(),
            one.skills.len(),
            one.providers.len(),
            one.courses.len(),
            one.quiz.len()
        ),
        (1, 1, 1, 1, 1)
    );
    assert_eq!((one.meta.regions.len(), one.meta.sources.len()), (1, 1));
    assert!(case("no-courses").catalogue.courses.is_empty());
    assert!(case("no-courses-or-providers")
        .catalogue
        .providers
        .is_empty());
    let no_defaults = case("no-default-roles").catalogue;
    assert!(no_defaults.role("backend-developer").is_none());
    let largest = case("largest-option-counts").catalogue;
    assert!(largest
        .quiz
        .iter()
        .filter(|q| q.kind != QuestionKind::SelfRating)
        .all(|q| q.options.len() == MAX_OPTIONS));
    assert_eq!(case("many-questions").catalogue.quiz.len(), 120);
    assert!(case("roles-without-optional-lists")
        .catalogue
        .roles
        .iter()
        .all(|r| r.salaries.is_empty() && r.faq.is_empty() && r.certifications.is_empty()));
    assert!(case("no-roadmaps")
        .catalogue
        .roles
        .iter()
        .all(|r| r.roadmap.is_empty()));
    assert!(case("one-stage-roadmaps")
        .catalogue
        .roles
        .iter()
        .all(|r| r.roadmap.len() == 1));
    let deep = case("deep-prerequisite-chain").catalogue;
    assert_eq!(
        career_core::roadmap::roadmap(&deep, &deep.roles[0])
            .stages
            .len(),
        deep.roles[0].skills.len()
    );
    assert!(deep
        .skills
        .iter()
        .skip(1)
        .all(|s| s.prerequisites.len() == 1));
    let many = case("many-prerequisites").catalogue;
    assert!(many
        .skills
        .iter()
        .any(|s| s.prerequisites.len() == many.skills.len() - 1));
    for kind in ["interest", "self-rating", "knowledge"] {
        assert_eq!(
            case(&format!("one-{kind}-question")).catalogue.quiz.len(),
            1
        );
    }
}

#[test]
fn the_binary_writes_every_case_and_an_index() {
    let out = std::env::temp_dir().join(format!("edge-catalogues-{}", std::process::id()));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_edge-catalogues"))
        .arg(&out)
        .output()
        .expect("the binary runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let index: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.len(), cases().len());
    for entry in &index {
        let file = entry["file"].as_str().unwrap();
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        parse_catalogue(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    std::fs::remove_dir_all(&out).unwrap();
}
