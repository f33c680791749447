//! Edge catalogues of the learning order: no roadmaps, one-stage
//! roadmaps, a prerequisite chain through every skill, and one skill that
//! needs all the others. Each keeps every rule of `validate/roadmap.rs`.

use crate::model::{Catalogue, Role, Stage, StageSkill};

/// A stage of `skills`, none optional.
fn stage(id: String, title: String, why: &str, skills: Vec<String>) -> Stage {
    Stage {
        id,
        title,
        why: why.into(),
        skills: skills
            .into_iter()
            .map(|skill| StageSkill {
                skill,
                optional: false,
            })
            .collect(),
    }
}

/// The ids of `role`'s required skills, in the order `cat` lists skills.
fn in_catalogue_order(cat: &Catalogue, role: &Role) -> Vec<String> {
    cat.skills
        .iter()
        .filter(|s| role.skills.iter().any(|rs| rs.skill == s.id))
        .map(|s| s.id.clone())
        .collect()
}

/// Every role without a roadmap of its own (the app derives one), and
/// prerequisites kept as they are.
pub(super) fn no_roadmaps(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    cat.roles.iter_mut().for_each(|r| r.roadmap.clear());
    cat
}

/// Gives every role a roadmap of one stage: its required skills, so every
/// prerequisite is in the same stage or off the roadmap.
pub(super) fn one_stage_each(cat: &mut Catalogue) {
    for role in &mut cat.roles {
        let skills = role.skills.iter().map(|s| s.skill.clone()).collect();
        role.roadmap = vec![stage(
            "everything".into(),
            "Everything at once".into(),
            "A roadmap of a single stage.",
            skills,
        )];
    }
}

/// Every role's roadmap is a single stage.
pub(super) fn one_stage_roadmaps(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    one_stage_each(&mut cat);
    cat
}

/// Each skill needs the one listed before it, so the chain is as deep as
/// there are skills; each role's roadmap has a stage per skill, in chain order.
pub(super) fn deep_chain(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    let ids: Vec<String> = cat.skills.iter().map(|s| s.id.clone()).collect();
    for (i, skill) in cat.skills.iter_mut().enumerate() {
        skill.prerequisites = i
            .checked_sub(1)
            .map(|p| ids[p].clone())
            .into_iter()
            .collect();
    }
    let roadmaps: Vec<Vec<Stage>> = cat
        .roles
        .iter()
        .map(|role| {
            in_catalogue_order(&cat, role)
                .into_iter()
                .enumerate()
                .map(|(n, id)| {
                    stage(
                        format!("step-{}", n + 1),
                        format!("Step {}", n + 1),
                        "Each step needs the one before.",
                        vec![id],
                    )
                })
                .collect()
        })
        .collect();
    for (role, roadmap) in cat.roles.iter_mut().zip(roadmaps) {
        role.roadmap = roadmap;
    }
    cat
}

/// The first role's first skill needs every other skill (and no other
/// skill needs anything); on every roadmap that has it, it moves to a last
/// stage of its own.
pub(super) fn many_prerequisites(base: &Catalogue) -> Catalogue {
    let mut cat = base.clone();
    let target = cat.roles[0].skills[0].skill.clone();
    let others: Vec<String> = cat
        .skills
        .iter()
        .map(|s| s.id.clone())
        .filter(|id| *id != target)
        .collect();
    for skill in &mut cat.skills {
        skill.prerequisites = if skill.id == target {
            others.clone()
        } else {
            Vec::new()
        };
    }
    for role in cat.roles.iter_mut().filter(|r| !r.roadmap.is_empty()) {
        let mut moved = None;
        for stage in &mut role.roadmap {
            if let Some(at) = stage.skills.iter().position(|s| s.skill == target) {
                moved = Some(stage.skills.remove(at));
            }
        }
        role.roadmap.retain(|s| !s.skills.is_empty());
        if let Some(skill) = moved {
            role.roadmap.push(Stage {
                skills: vec![skill],
                ..stage(
                    "edge-last-of-all".into(),
                    "Last of all".into(),
                    "This needs every other skill first.",
                    Vec::new(),
                )
            });
        }
    }
    cat
}

#[cfg(test)]
mod tests {
    use crate::roadmap::testing;
    use crate::validate;

    #[test]
    fn every_case_stays_valid_over_a_base_with_roadmaps_and_prerequisites() {
        // The shared test catalogue has a roadmap with optional skills and
        // prerequisites across stages, which the bundled one may not yet.
        let base = testing::catalogue();
        for case in super::super::catalogues(&base) {
            assert_eq!(validate(&case.catalogue), vec![], "{}", case.name);
        }
        let many = super::many_prerequisites(&base);
        let last = many.roles[0].roadmap.last().unwrap();
        assert_eq!(last.skills[0].skill, "sql");
        assert_eq!(many.skills[1].prerequisites.len(), 5);
    }
}
