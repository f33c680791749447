//! The rules for learning order: skills' prerequisites and roles' roadmaps.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::{is_slug, strs, Checker, Known};
use crate::model::{Catalogue, Role, Skill};
use crate::roadmap::find_cycle;

/// Prerequisites name known skills, other than the skill itself, once
/// each, and never lead back to where they started.
pub(super) fn check_prerequisites(c: &mut Checker, cat: &Catalogue) {
    for (i, s) in cat.skills.iter().enumerate() {
        let p = format!("skills[{i}].prerequisites");
        for (j, id) in s.prerequisites.iter().enumerate() {
            if *id == s.id {
                c.problem(
                    format!("{p}[{j}]"),
                    "a skill cannot be its own prerequisite",
                );
            } else {
                c.reference(format!("{p}[{j}]"), "skill", id, Known::Skill);
            }
        }
        c.once_each(&p, "prerequisite", strs(&s.prerequisites));
    }
    // A skill listing itself is reported above; look past it for any
    // other cycle (copying the skills only in that rare case).
    let lists_itself = |s: &Skill| s.prerequisites.contains(&s.id);
    let skills: Cow<[Skill]> = if cat.skills.iter().any(lists_itself) {
        let mut copy = cat.skills.clone();
        copy.iter_mut()
            .for_each(|s| s.prerequisites.retain(|p| *p != s.id));
        Cow::Owned(copy)
    } else {
        Cow::Borrowed(&cat.skills)
    };
    if let Some(cycle) = find_cycle(&skills) {
        let first = cat
            .skills
            .iter()
            .position(|s| s.id == cycle[0])
            .unwrap_or(0);
        c.problem(
            format!("skills[{first}].prerequisites"),
            format!("prerequisites form a cycle: {}", cycle.join(" → ")),
        );
    }
}

/// Every role's roadmap, if it has one.
pub(super) fn check_roadmaps(c: &mut Checker, cat: &Catalogue) {
    let prerequisites: HashMap<&str, &[String]> = cat
        .skills
        .iter()
        .map(|s| (s.id.as_str(), s.prerequisites.as_slice()))
        .collect();
    for (i, role) in cat.roles.iter().enumerate() {
        if !role.roadmap.is_empty() {
            check_roadmap(c, &format!("roles[{i}]"), role, &prerequisites);
        }
    }
}

fn check_roadmap(c: &mut Checker, p: &str, role: &Role, prerequisites: &HashMap<&str, &[String]>) {
    let required: HashSet<&str> = role.skills.iter().map(|s| s.skill.as_str()).collect();
    // Each skill's stage, by position, as first placed.
    let mut stage_of: HashMap<&str, usize> = HashMap::new();
    let mut stage_ids = HashSet::new();
    for (j, stage) in role.roadmap.iter().enumerate() {
        let sp = format!("{p}.roadmap[{j}]");
        if !is_slug(&stage.id) {
            c.problem(
                format!("{sp}.id"),
                format!(
                    "id {:?} must be a lowercase slug (a-z, 0-9, hyphens)",
                    stage.id
                ),
            );
        }
        if !stage_ids.insert(stage.id.as_str()) {
            c.problem(
                format!("{sp}.id"),
                format!("duplicate stage id {:?}", stage.id),
            );
        }
        c.non_empty(format!("{sp}.title"), &stage.title);
        c.non_empty(format!("{sp}.why"), &stage.why);
        c.needs_one(
            &format!("{sp}.skills"),
            &stage.skills,
            "a stage needs at least one skill",
        );
        for (k, s) in stage.skills.iter().enumerate() {
            let kp = format!("{sp}.skills[{k}]");
            let id = s.skill.as_str();
            c.reference(format!("{kp}.skill"), "skill", id, Known::Skill);
            if let Some(&earlier) = stage_of.get(id) {
                let message = if earlier == j {
                    format!("skill {id:?} is listed twice on this stage")
                } else {
                    format!(
                        "skill {id:?} is already on stage {:?}; a skill belongs to one stage",
                        role.roadmap[earlier].id
                    )
                };
                c.problem(format!("{kp}.skill"), message);
                continue;
            }
            stage_of.insert(id, j);
            match (s.optional, required.contains(id)) {
                (true, true) => c.problem(
                    format!("{kp}.optional"),
                    format!("{id:?} is one of the role's skills, so it cannot be optional"),
                ),
                (false, false) => c.problem(
                    format!("{kp}.optional"),
                    format!(
                        "{id:?} is not one of the role's skills, so it must be marked optional"
                    ),
                ),
                _ => {}
            }
        }
    }
    for (j, rs) in role.skills.iter().enumerate() {
        if !stage_of.contains_key(rs.skill.as_str()) {
            c.problem(
                format!("{p}.skills[{j}].skill"),
                format!("{:?} is on no stage of the role's roadmap", rs.skill),
            );
        }
    }
    // A stage may build on earlier stages and on skills off the roadmap,
    // but not on what the roadmap teaches only later.
    for (j, stage) in role.roadmap.iter().enumerate() {
        for (k, s) in stage.skills.iter().enumerate() {
            let needs = prerequisites
                .get(s.skill.as_str())
                .copied()
                .unwrap_or_default();
            for need in needs {
                if let Some(&later) = stage_of.get(need.as_str()).filter(|&&at| at > j) {
                    c.problem(
                        format!("{p}.roadmap[{j}].skills[{k}].skill"),
                        format!(
                            "{:?} needs {need:?}, which this roadmap only teaches later, on stage {:?}",
                            s.skill, role.roadmap[later].id
                        ),
                    );
                }
            }
        }
    }
}
