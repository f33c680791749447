//! A small catalogue with prerequisites, a roadmap and courses, shared by
//! the roadmap's and the plan's unit tests.

use crate::model::{
    Catalogue, Course, Fee, Level, Provider, ProviderKind, QualificationLevel, RoleSkill, Skill,
    SkillCategory, Stage, StageSkill, StudyMode,
};

/// A skill `id` with `prerequisites`.
pub(crate) fn skill(id: &str, prerequisites: &[&str]) -> Skill {
    Skill {
        id: id.into(),
        name: id.to_uppercase(),
        category: SkillCategory::Concept,
        description: format!("About {id}."),
        prerequisites: prerequisites.iter().map(|p| p.to_string()).collect(),
    }
}

fn stage(id: &str, skills: &[(&str, bool)]) -> Stage {
    Stage {
        id: id.into(),
        title: format!("Stage {id}"),
        why: format!("Because {id}."),
        skills: skills
            .iter()
            .map(|&(skill, optional)| StageSkill {
                skill: skill.into(),
                optional,
            })
            .collect(),
    }
}

/// A course `id` teaching `skills`, `weeks` long, at `provider`; online
/// when `provider` is `online`, otherwise on campus in the provider's state.
pub(crate) fn course(
    id: &str,
    skills: &[&str],
    weeks: u16,
    fee: Option<u32>,
    provider: &str,
) -> Course {
    let online = provider == "online";
    Course {
        id: id.into(),
        title: format!("Course {id}"),
        provider: provider.into(),
        level: if provider == "uni" {
            QualificationLevel::Bachelor
        } else {
            QualificationLevel::CertificateIv
        },
        modes: vec![if online {
            StudyMode::Online
        } else {
            StudyMode::OnCampus
        }],
        duration_weeks: weeks,
        rough_length: false,
        fee: fee.map(|amount| Fee::whole_course(amount, amount, "AUD", "src")),
        international_fee: None,
        places: Vec::new(),
        campuses: Vec::new(),
        part_time: None,
        entry: None,
        states: match provider {
            "uni" => vec!["VIC".into()],
            "tafe" => vec!["NSW".into()],
            _ => Vec::new(),
        },
        intakes: Vec::new(),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        roles: Vec::new(),
        url: format!("https://example.edu/{id}"),
        checked: "2026-01-01".into(),
        description: "A course.".into(),
        source: "src".into(),
    }
}

/// The minimal fixture with six skills (sql and css need http, api needs
/// sql and http, docker needs git), a back-end roadmap of three stages
/// (git and docker optional) whose middle stage lists api before sql, a
/// front-end role without a roadmap, three providers and six courses.
pub(crate) fn catalogue() -> Catalogue {
    let mut cat = crate::test_fixture();
    cat.skills = vec![
        skill("http", &[]),
        skill("sql", &["http"]),
        skill("css", &["http"]),
        skill("git", &[]),
        skill("api", &["sql", "http"]),
        skill("docker", &["git"]),
    ];
    let need = |skill: &str, level| RoleSkill {
        skill: skill.into(),
        level,
    };
    let be = &mut cat.roles[0];
    be.skills = vec![
        need("sql", Level::Strong),
        need("css", Level::Basic),
        need("http", Level::Working),
        need("api", Level::Working),
    ];
    be.roadmap = vec![
        stage("the-web", &[("http", false), ("git", true)]),
        stage("build", &[("api", false), ("sql", false), ("css", false)]),
        stage("ship", &[("docker", true)]),
    ];
    cat.providers.push(Provider {
        id: "tafe".into(),
        name: "A TAFE".into(),
        kind: ProviderKind::Tafe,
        url: "https://tafe.example.edu".into(),
        states: vec!["NSW".into()],
        description: "A TAFE.".into(),
        source: "src".into(),
        checked: "2026-01-01".into(),
    });
    cat.providers.push(Provider {
        id: "online".into(),
        name: "An online school".into(),
        kind: ProviderKind::Online,
        url: "https://online.example.org".into(),
        states: Vec::new(),
        description: "Online only.".into(),
        source: "src".into(),
        checked: "2026-01-01".into(),
    });
    cat.courses = vec![
        course("web-basics", &["http", "css"], 8, Some(500), "online"),
        course("databases", &["sql"], 12, None, "tafe"),
        course(
            "full-stack",
            &["http", "sql", "api", "css"],
            52,
            Some(9000),
            "uni",
        ),
        course("apis", &["api", "sql"], 10, Some(2000), "tafe"),
        course("git-intro", &["git"], 1, Some(0), "online"),
        course("api-short", &["api"], 4, Some(300), "online"),
    ];
    cat
}

#[test]
fn the_shared_catalogue_is_valid() {
    assert_eq!(crate::validate(&catalogue()), vec![]);
}
