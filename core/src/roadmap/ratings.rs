//! Taking the quiz's self-ratings over as statuses, shown first as the
//! list of changes they would make.

use std::collections::HashSet;

use super::progress::{Progress, Status};
use crate::model::{Catalogue, Level, Skill};
use crate::quiz::{known_level, Answers};

/// One status the quiz's answers would change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change<'a> {
    /// The skill whose status would change.
    pub skill: &'a Skill,
    /// The status now.
    pub from: Status,
    /// The status the answers suggest.
    pub to: Status,
}

/// The status a level shown in the quiz suggests: working or strong is
/// done, basic is learning, none suggests nothing.
fn suggested(level: Level) -> Option<Status> {
    match level {
        Level::Strong | Level::Working => Some(Status::Done),
        Level::Basic => Some(Status::Learning),
        Level::None => None,
    }
}

/// The changes the quiz's answers would make to `progress`, in the order
/// the quiz asks about the skills. A skill's level is read as the quiz
/// reads it (`quiz::known_level`: the self-rating, raised to basic by a
/// right knowledge answer). Only moves forward are proposed — not started
/// to learning or done, learning to done — so a status the visitor set
/// (done, or skipped) is never overridden.
pub fn from_self_ratings<'a>(
    cat: &'a Catalogue,
    answers: &Answers,
    progress: &Progress,
) -> Vec<Change<'a>> {
    let mut asked = HashSet::new();
    cat.quiz
        .iter()
        .filter_map(|q| q.skill.as_deref())
        .filter(|id| asked.insert(*id))
        .filter_map(|id| {
            let skill = cat.skill(id)?;
            let to = suggested(known_level(cat, answers, id)?)?;
            let from = progress.status(id);
            let forward = matches!(
                (from, to),
                (Status::NotStarted, _) | (Status::Learning, Status::Done)
            );
            forward.then_some(Change { skill, from, to })
        })
        .collect()
}

/// `progress` with `changes` made.
pub fn apply(progress: &Progress, changes: &[Change]) -> Progress {
    let mut next = progress.clone();
    for change in changes {
        next.set(&change.skill.id, change.to);
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::quiz::Answer;
    use crate::test_fixture as fixture;

    /// The fixture with a self-rating question about CSS after the others.
    fn with_css_question() -> Catalogue {
        let mut cat = fixture();
        let mut css = cat.quiz[1].clone();
        css.id = "q-css".into();
        css.skill = Some("css".into());
        cat.quiz.push(css);
        cat
    }

    #[test]
    fn ratings_become_statuses_and_only_move_forward() {
        let cat = with_css_question();
        let rated = |sql: Level, css: Level| {
            Answers(vec![
                None,
                Some(Answer::Rating(sql)),
                None,
                Some(Answer::Rating(css)),
            ])
        };
        let none = Progress::default();
        let changes = from_self_ratings(&cat, &rated(Level::Strong, Level::Basic), &none);
        let summary: Vec<(&str, Status, Status)> = changes
            .iter()
            .map(|c| (c.skill.id.as_str(), c.from, c.to))
            .collect();
        assert_eq!(
            summary,
            [
                ("sql", Status::NotStarted, Status::Done),
                ("css", Status::NotStarted, Status::Learning)
            ]
        );
        let after = apply(&none, &changes);
        assert_eq!(after.status("sql"), Status::Done);
        assert_eq!(after.status("css"), Status::Learning);
        assert!(
            from_self_ratings(&cat, &rated(Level::Strong, Level::Basic), &after).is_empty(),
            "nothing left to change"
        );
        // Learning moves on to done; done and skipped stay as the visitor set them.
        let set = none
            .with("sql", Status::Skipped)
            .with("css", Status::Learning);
        let changes = from_self_ratings(&cat, &rated(Level::Working, Level::Working), &set);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].skill.id.as_str(), changes[0].to),
            ("css", Status::Done)
        );
        let done = none.with("sql", Status::Done);
        assert!(from_self_ratings(&cat, &rated(Level::Basic, Level::None), &done).is_empty());
    }

    #[test]
    fn unanswered_and_none_ratings_change_nothing() {
        let cat = with_css_question();
        let empty = Answers::empty(&cat.quiz);
        assert!(from_self_ratings(&cat, &empty, &Progress::default()).is_empty());
        let none = Answers(vec![None, Some(Answer::Rating(Level::None)), None, None]);
        assert!(from_self_ratings(&cat, &none, &Progress::default()).is_empty());
        assert_eq!(apply(&Progress::default(), &[]), Progress::default());
    }
}
