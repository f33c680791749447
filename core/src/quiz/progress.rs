//! Quiz progress as kept in local storage: the step on screen and the
//! answers so far, as `<step>:<answer code>`.

use super::answers::Answers;
use super::code::CodeError;
use crate::model::Question;

/// The localStorage key quiz progress is kept under.
pub const STORAGE_KEY: &str = "career-guide.quiz";

/// Saved progress: `<step>:<answer code>`.
pub fn encode_progress(answers: &Answers, step: usize, questions: &[Question]) -> String {
    format!("{step}:{}", answers.encode(questions))
}

/// Reads saved progress; the step is clamped to the quiz's last question.
pub fn decode_progress(
    stored: &str,
    questions: &[Question],
) -> Result<(Answers, usize), CodeError> {
    let (step, code) = stored.split_once(':').ok_or(CodeError::Malformed)?;
    let step: usize = step.parse().map_err(|_| CodeError::Malformed)?;
    let answers = Answers::decode(code, questions)?;
    Ok((answers, step.min(questions.len().saturating_sub(1))))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::quiz::Answer;

    #[test]
    fn progress_round_trips_and_corrupt_values_are_errors() {
        let cat = crate::test_fixture();
        let answers = Answers(vec![Some(Answer::Choice(1)), None, None]);
        let stored = encode_progress(&answers, 1, &cat.quiz);
        assert_eq!(
            decode_progress(&stored, &cat.quiz),
            Ok((answers.clone(), 1))
        );
        let far = encode_progress(&answers, 99, &cat.quiz);
        assert_eq!(decode_progress(&far, &cat.quiz).unwrap().1, 2);
        assert_eq!(
            decode_progress("{\"old\":true}", &cat.quiz),
            Err(CodeError::Malformed)
        );
        assert_eq!(
            decode_progress("x:1.abc.---", &cat.quiz),
            Err(CodeError::Malformed)
        );
        assert_eq!(
            decode_progress("0:1.abcde.---", &cat.quiz),
            Err(CodeError::OtherQuestions)
        );
    }
}
