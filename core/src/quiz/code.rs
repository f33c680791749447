//! The compact, URL-safe code of a set of answers, for results links:
//! `1.<fingerprint>.<one character per question>`.

use std::fmt;

use super::answers::{Answer, Answers};
use crate::model::{Level, Question, QuestionKind};

/// The code format version; bump when the encoding changes.
const CODE_VERSION: char = '1';

/// The character of an unanswered question.
const UNANSWERED: char = '-';

/// The characters of options, by index: one letter each.
const OPTION_LETTERS: &[u8; 26] = b"abcdefghijklmnopqrstuvwxyz";

/// The most options a question can have: one letter of the code each. The
/// validator holds catalogues to it.
pub const MAX_OPTIONS: usize = OPTION_LETTERS.len();

/// Why a shared or stored answer code could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not in the `1.<fingerprint>.<answers>` form at all.
    Malformed,
    /// Made by another version of the quiz code.
    Version(char),
    /// Made for a different set of questions (the catalogue changed).
    OtherQuestions,
    /// Fewer or more answers than there are questions.
    Length { expected: usize, found: usize },
    /// An answer that is impossible for its question.
    BadAnswer { question: usize },
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Malformed => write!(f, "This results link is not in a form we recognise; it may have been cut short or changed."),
            CodeError::Version(v) => write!(f, "This results link was made by a different version of the quiz (format {v})."),
            CodeError::OtherQuestions => write!(f, "This results link was made for a different set of quiz questions, so its answers no longer fit."),
            CodeError::Length { expected, found } => write!(
                f,
                "This results link holds {found} answers but the quiz has {expected} questions; it may have been cut short."
            ),
            CodeError::BadAnswer { question } => write!(
                f,
                "This results link has an impossible answer for question {}; it may have been changed.",
                question + 1
            ),
        }
    }
}

/// A short fingerprint of the quiz's question ids (FNV-1a, base 36), so a
/// code made for another question set is recognised as such.
pub fn fingerprint(questions: &[Question]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for q in questions {
        for b in q.id.bytes().chain(std::iter::once(b'|')) {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    let mut out = String::new();
    for _ in 0..5 {
        // A remainder of 36 is always a base-36 digit.
        out.extend(char::from_digit(hash % 36, 36));
        hash /= 36;
    }
    out
}

impl Answers {
    /// The compact, URL-safe code: `1.<fingerprint>.<one char per question>`,
    /// where `-` is unanswered, `a`–`z` an option and `0`–`3` a self-rating.
    /// A choice past the last letter cannot be written and is left out
    /// rather than turned into another option.
    pub fn encode(&self, questions: &[Question]) -> String {
        let body: String = self
            .0
            .iter()
            .map(|a| match a {
                None => UNANSWERED,
                Some(Answer::Choice(i)) => OPTION_LETTERS
                    .get(usize::from(*i))
                    .map_or(UNANSWERED, |&l| char::from(l)),
                Some(Answer::Rating(level)) => char::from(b'0' + level.rank()),
            })
            .collect();
        format!("{CODE_VERSION}.{}.{body}", fingerprint(questions))
    }

    /// Decodes and checks a code against the questions it claims to answer.
    pub fn decode(code: &str, questions: &[Question]) -> Result<Answers, CodeError> {
        let mut parts = code.trim().splitn(3, '.');
        let (Some(version), Some(print), Some(body)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(CodeError::Malformed);
        };
        let mut version_chars = version.chars();
        match (version_chars.next(), version_chars.next()) {
            (Some(CODE_VERSION), None) => {}
            (Some(v), None) => return Err(CodeError::Version(v)),
            _ => return Err(CodeError::Malformed),
        }
        if print != fingerprint(questions) {
            return Err(CodeError::OtherQuestions);
        }
        let found = body.chars().count();
        if found != questions.len() {
            return Err(CodeError::Length {
                expected: questions.len(),
                found,
            });
        }
        body.chars()
            .zip(questions)
            .enumerate()
            .map(|(i, (c, q))| decode_one(c, q).ok_or(CodeError::BadAnswer { question: i }))
            .collect::<Result<Vec<_>, _>>()
            .map(Answers)
    }
}

/// One question's answer from its character: `Some(None)` for unanswered,
/// `None` if the character is impossible for the question.
fn decode_one(c: char, q: &Question) -> Option<Option<Answer>> {
    if c == UNANSWERED {
        return Some(None);
    }
    match q.kind {
        QuestionKind::SelfRating => {
            let level = Level::ALL.get(c.to_digit(4)? as usize)?;
            Some(Some(Answer::Rating(*level)))
        }
        QuestionKind::Interest | QuestionKind::Knowledge => {
            let index = OPTION_LETTERS.iter().position(|&l| char::from(l) == c)?;
            // MAX_OPTIONS letters, so the index fits in a byte.
            (index < q.options.len()).then_some(Some(Answer::Choice(index as u8)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::QuizOption;
    use crate::test_fixture as fixture;

    #[test]
    fn codes_round_trip() {
        let cat = fixture();
        let answers = Answers(vec![
            Some(Answer::Choice(0)),
            Some(Answer::Rating(Level::Working)),
            None,
        ]);
        let code = answers.encode(&cat.quiz);
        assert!(code.starts_with("1."));
        assert!(code.ends_with(".a2-"), "{code}");
        assert_eq!(Answers::decode(&code, &cat.quiz), Ok(answers));
        let empty = Answers::empty(&cat.quiz);
        assert_eq!(
            Answers::decode(&empty.encode(&cat.quiz), &cat.quiz),
            Ok(empty)
        );
    }

    #[test]
    fn every_option_of_the_largest_question_round_trips() {
        let mut quiz = fixture().quiz;
        quiz[0].options = (0..MAX_OPTIONS)
            .map(|i| QuizOption {
                id: format!("o{i}"),
                label: format!("Option {i}"),
                weights: vec![],
            })
            .collect();
        for i in 0..MAX_OPTIONS as u8 {
            let answers = Answers(vec![Some(Answer::Choice(i)), None, None]);
            assert_eq!(Answers::decode(&answers.encode(&quiz), &quiz), Ok(answers));
        }
        // A choice the code cannot hold is left out, not turned into another.
        let past = Answers(vec![Some(Answer::Choice(MAX_OPTIONS as u8)), None, None]);
        assert_eq!(
            Answers::decode(&past.encode(&quiz), &quiz),
            Ok(Answers::empty(&quiz))
        );
    }

    #[test]
    fn tampered_and_truncated_codes_are_rejected_with_reasons() {
        let cat = fixture();
        let print = fingerprint(&cat.quiz);
        let q = &cat.quiz;
        assert_eq!(Answers::decode("garbage", q), Err(CodeError::Malformed));
        assert_eq!(Answers::decode("", q), Err(CodeError::Malformed));
        assert_eq!(
            Answers::decode(&format!("2.{print}.a2-"), q),
            Err(CodeError::Version('2'))
        );
        assert_eq!(
            Answers::decode("1.zzzzz.a2-", q),
            Err(CodeError::OtherQuestions)
        );
        assert_eq!(
            Answers::decode(&format!("1.{print}.a2"), q),
            Err(CodeError::Length {
                expected: 3,
                found: 2
            })
        );
        // Option "c" does not exist on a two-option question.
        assert_eq!(
            Answers::decode(&format!("1.{print}.c2-"), q),
            Err(CodeError::BadAnswer { question: 0 })
        );
        // A rating of 7, and a letter where a rating belongs.
        assert_eq!(
            Answers::decode(&format!("1.{print}.a7-"), q),
            Err(CodeError::BadAnswer { question: 1 })
        );
        assert_eq!(
            Answers::decode(&format!("1.{print}.ab-"), q),
            Err(CodeError::BadAnswer { question: 1 })
        );
        assert_eq!(
            Answers::decode(&format!("1.{print}.a2é"), q),
            Err(CodeError::BadAnswer { question: 2 })
        );
        assert!(CodeError::Length {
            expected: 3,
            found: 2
        }
        .to_string()
        .contains("cut short"));
    }

    #[test]
    fn fingerprint_changes_with_the_question_set() {
        let cat = fixture();
        let mut other = cat.quiz.clone();
        other.swap(0, 1);
        assert_ne!(fingerprint(&cat.quiz), fingerprint(&other));
        assert_eq!(fingerprint(&cat.quiz).len(), 5);
        assert_eq!(fingerprint(&[]).len(), 5);
    }
}
