//! What the plan page shows for its role at one moment: the gap and the
//! courses (the visitor's own choice, or, while they have chosen none, the
//! proposal for the gap). Held by id, so a page works it out once per
//! change of plan or progress and every part of the page reads it.

use super::codec::Plan;
use super::cover::gap;
use super::index::PlanIndex;
use crate::model::{Catalogue, Course, Role, Skill};
use crate::roadmap::Progress;

/// The plan's gap and courses, by id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Current {
    /// The role's required skills not yet done, in roadmap order.
    pub gap: Vec<String>,
    /// The courses shown, in order.
    pub courses: Vec<String>,
    /// Whether `courses` is the proposal (the visitor has chosen none).
    pub suggested: bool,
}

impl Current {
    /// What `saved` shows for `role` of `cat` (whose plan index is
    /// `index`), given the visitor's `progress`.
    pub fn of(
        cat: &Catalogue,
        index: &PlanIndex,
        role: &Role,
        saved: &Plan,
        progress: &Progress,
    ) -> Current {
        let gap = gap(cat, role, progress);
        let ids = |skills: &[&Skill]| skills.iter().map(|s| s.id.clone()).collect();
        if !saved.courses.is_empty() {
            return Current {
                gap: ids(&gap),
                courses: saved.courses.clone(),
                suggested: false,
            };
        }
        let proposal = index.propose(cat, &gap, &saved.constraints, saved.objective);
        Current {
            gap: ids(&gap),
            courses: proposal.picks.iter().map(|p| p.course.id.clone()).collect(),
            suggested: true,
        }
    }

    /// The gap's skills in `cat`, in order.
    pub fn gap_skills<'a>(&self, cat: &'a Catalogue) -> Vec<&'a Skill> {
        self.gap.iter().filter_map(|id| cat.skill(id)).collect()
    }

    /// The courses shown, in order, skipping any `cat` lacks (a saved plan
    /// may name a course a newer catalogue dropped).
    pub fn chosen<'a>(&self, cat: &'a Catalogue) -> Vec<&'a Course> {
        self.courses
            .iter()
            .filter_map(|id| cat.course(id))
            .collect()
    }
}

/// The sentence that offers a linked plan instead of the visitor's own:
/// "This link opens a plan for X with 2 courses. Your saved plan, for Y
/// with suggested courses, is kept unless you open it."
pub fn switch_text(cat: &Catalogue, incoming: &Plan, mine: &Plan) -> String {
    let role_title = |plan: &Plan| {
        plan.role
            .as_deref()
            .and_then(|id| cat.role(id))
            .map_or("no role".to_string(), |r| r.title.clone())
    };
    let courses = |n: usize| match n {
        0 => "suggested courses".to_string(),
        1 => "1 course".to_string(),
        n => format!("{n} courses"),
    };
    format!(
        "This link opens a plan for {} with {}. Your saved plan, for {} with {}, is kept unless you open it.",
        role_title(incoming),
        courses(incoming.courses.len()),
        role_title(mine),
        courses(mine.courses.len())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::Status;

    #[test]
    fn shows_the_proposal_until_the_visitor_chooses_and_then_their_choice() {
        let cat = crate::test_fixture();
        let index = PlanIndex::new(&cat);
        let role = &cat.roles[0];
        let none = Current::of(&cat, &index, role, &Plan::default(), &Progress::default());
        assert!(none.suggested);
        assert_eq!(
            none.gap.len(),
            role.skills.len(),
            "nothing done: the gap is every skill"
        );
        assert!(
            !none.courses.is_empty(),
            "the fixture has courses for its first role"
        );
        let mine = Plan {
            courses: vec![cat.courses[0].id.clone(), "gone".to_string()],
            ..Plan::default()
        };
        let chosen = Current::of(&cat, &index, role, &mine, &Progress::default());
        assert!(!chosen.suggested);
        assert_eq!(chosen.courses, mine.courses);
        assert_eq!(
            chosen.chosen(&cat).len(),
            1,
            "an id the catalogue lacks is skipped"
        );
    }

    #[test]
    fn a_done_skill_leaves_the_gap() {
        let cat = crate::test_fixture();
        let role = &cat.roles[0];
        let first = role.skills[0].skill.clone();
        let mut progress = Progress::default();
        progress.set(&first, Status::Done);
        let current = Current::of(
            &cat,
            &PlanIndex::new(&cat),
            role,
            &Plan::default(),
            &progress,
        );
        assert!(!current.gap.contains(&first));
        assert_eq!(current.gap_skills(&cat).len(), current.gap.len());
    }

    #[test]
    fn the_switch_text_names_both_plans() {
        let cat = crate::test_fixture();
        let incoming = Plan {
            role: Some(cat.roles[0].id.clone()),
            courses: vec![cat.courses[0].id.clone()],
            ..Plan::default()
        };
        let text = switch_text(&cat, &incoming, &Plan::default());
        assert_eq!(
            text,
            format!(
                "This link opens a plan for {} with 1 course. Your saved plan, for no role with suggested courses, is kept unless you open it.",
                cat.roles[0].title
            )
        );
    }
}
