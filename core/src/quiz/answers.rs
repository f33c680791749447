//! The visitor's answers, one slot per question.

use crate::model::{Level, Question};

/// One answered question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option (interest and knowledge questions).
    Choice(u8),
    /// A self-rating.
    Rating(Level),
}

/// The visitor's answers, one slot per catalogue question (`None`: skipped or
/// not reached).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(pub Vec<Option<Answer>>);

impl Answers {
    /// No answers yet, sized for `questions`.
    pub fn empty(questions: &[Question]) -> Answers {
        Answers(vec![None; questions.len()])
    }

    /// The answer to question `index`, if it was answered.
    pub fn get(&self, index: usize) -> Option<Answer> {
        self.0.get(index).copied().flatten()
    }

    /// A copy with question `index` answered (or cleared with `None`).
    pub fn with(&self, index: usize, answer: Option<Answer>) -> Answers {
        let mut next = self.clone();
        if let Some(slot) = next.0.get_mut(index) {
            *slot = answer;
        }
        next
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answering_and_clearing_one_slot() {
        let quiz = crate::test_fixture().quiz;
        let none = Answers::empty(&quiz);
        assert_eq!(none.answered(), 0);
        let one = none.with(1, Some(Answer::Rating(Level::Basic)));
        assert_eq!(one.get(1), Some(Answer::Rating(Level::Basic)));
        assert_eq!(one.answered(), 1);
        assert_eq!(one.with(1, None), none);
        assert_eq!(none.with(99, Some(Answer::Choice(0))), none, "no such slot");
        assert_eq!(none.get(99), None);
    }
}
