//! What opening a `/plan?…` link does to the visitor's own plan: take the
//! link's plan at once when that loses nothing, offer it otherwise.

use super::codec::Plan;

/// What a plan link does, given the visitor's saved plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkAction {
    /// Nothing to take over: the link names the plan already kept (or only
    /// its role).
    Nothing,
    /// The saved plan becomes this at once: it was empty, or the link only
    /// names a role and no courses were chosen.
    Adopt(Plan),
    /// The visitor is asked whether to open this plan instead of theirs.
    Offer(Plan),
}

/// What a link carrying `incoming` does to `mine`. A link from a guide or
/// the quiz names only a role: switching to it keeps the visitor's limits,
/// goal and load, but not courses chosen for another role.
pub fn open_link(mine: &Plan, incoming: Plan) -> LinkAction {
    let only_role = incoming
        == Plan {
            role: incoming.role.clone(),
            ..Plan::default()
        };
    if incoming == *mine || (only_role && incoming.role == mine.role) {
        return LinkAction::Nothing;
    }
    let switched = || Plan {
        role: incoming.role.clone(),
        courses: Vec::new(),
        ..mine.clone()
    };
    if *mine == Plan::default() {
        LinkAction::Adopt(incoming)
    } else if only_role && mine.courses.is_empty() {
        LinkAction::Adopt(switched())
    } else if only_role {
        LinkAction::Offer(switched())
    } else {
        LinkAction::Offer(incoming)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::plan::{Constraints, Objective};

    fn plan(role: &str, courses: &[&str]) -> Plan {
        Plan {
            role: Some(role.into()),
            courses: courses.iter().map(|c| c.to_string()).collect(),
            ..Plan::default()
        }
    }

    #[test]
    fn a_link_is_taken_at_once_only_when_nothing_is_lost() {
        let empty = Plan::default();
        let linked = plan("backend-developer", &["apis"]);
        assert_eq!(
            open_link(&empty, linked.clone()),
            LinkAction::Adopt(linked.clone())
        );
        assert_eq!(open_link(&linked, linked.clone()), LinkAction::Nothing);
        let mine = plan("frontend-developer", &["web-basics"]);
        assert_eq!(open_link(&mine, linked.clone()), LinkAction::Offer(linked));
    }

    #[test]
    fn a_role_only_link_keeps_the_visitors_limits() {
        let mine = Plan {
            constraints: Constraints {
                max_fee: Some(3000),
                ..Constraints::default()
            },
            objective: Objective::Soonest,
            ..plan("frontend-developer", &[])
        };
        let role_only = plan("backend-developer", &[]);
        let switched = Plan {
            role: Some("backend-developer".into()),
            ..mine.clone()
        };
        assert_eq!(
            open_link(&mine, role_only.clone()),
            LinkAction::Adopt(switched.clone())
        );
        let with_courses = Plan {
            courses: vec!["web-basics".into()],
            ..mine.clone()
        };
        assert_eq!(
            open_link(&with_courses, role_only.clone()),
            LinkAction::Offer(switched)
        );
        let same_role = plan("frontend-developer", &[]);
        assert_eq!(open_link(&with_courses, same_role), LinkAction::Nothing);
    }
}
