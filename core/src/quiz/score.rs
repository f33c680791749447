//! Scoring: every role's match with the answers, and the reasons for it
//! (the model is described in the module above).

use super::answers::{Answer, Answers};
use crate::model::{Catalogue, Level, Question, QuestionKind, QuizOption, Role};

/// What the visitor has shown of a skill, for scoring and the gap: their
/// rating, raised to at least basic by a right knowledge answer. Pages say
/// the two apart ([`self_rating`], [`knowledge_answer`]).
pub fn known_level(cat: &Catalogue, answers: &Answers, skill: &str) -> Option<Level> {
    let from_answer =
        knowledge_answer(cat, answers, skill)
            .map(|right| if right { Level::Basic } else { Level::None });
    self_rating(cat, answers, skill).max(from_answer)
}

/// The level the visitor gave themselves for a skill, exactly as they said
/// it (the highest, should a catalogue ask twice); `None` if not asked or
/// skipped.
pub fn self_rating(cat: &Catalogue, answers: &Answers, skill: &str) -> Option<Level> {
    answers_on(cat, answers, QuestionKind::SelfRating, skill)
        .filter_map(|(_, a)| match a {
            Answer::Rating(level) => Some(*level),
            _ => None,
        })
        .max()
}

/// The answers given to questions of `kind` on `skill`, with their question.
fn answers_on<'a>(
    cat: &'a Catalogue,
    answers: &'a Answers,
    kind: QuestionKind,
    skill: &'a str,
) -> impl Iterator<Item = (&'a Question, &'a Answer)> {
    cat.quiz
        .iter()
        .zip(&answers.0)
        .filter(move |(q, _)| q.kind == kind && q.skill.as_deref() == Some(skill))
        .filter_map(|(q, a)| Some((q, a.as_ref()?)))
}

/// Whether the visitor answered a basics question on a skill rightly
/// (`Some(true)` if any answer was right, `Some(false)` if every answer
/// was wrong); `None` if no such question was answered.
pub fn knowledge_answer(cat: &Catalogue, answers: &Answers, skill: &str) -> Option<bool> {
    answers_on(cat, answers, QuestionKind::Knowledge, skill)
        .filter_map(|(q, a)| match a {
            Answer::Choice(i) => Some(is_correct(q, *i)),
            _ => None,
        })
        .max()
}

/// True if option `index` is the knowledge question's right answer.
pub fn is_correct(q: &Question, index: u8) -> bool {
    q.options
        .get(usize::from(index))
        .is_some_and(|o| Some(&o.id) == q.answer.as_ref())
}

/// One knowledge question the visitor answered, as the results review it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed<'a> {
    /// The question.
    pub question: &'a Question,
    /// The label of the option the visitor chose.
    pub chosen: &'a str,
    /// The label of the right option.
    pub right: &'a str,
    /// Whether the visitor chose it.
    pub correct: bool,
}

/// The knowledge questions the visitor answered, in quiz order, each with
/// what they chose and the right answer (unanswered ones are left out).
pub fn knowledge_review<'a>(questions: &'a [Question], answers: &Answers) -> Vec<Reviewed<'a>> {
    questions
        .iter()
        .zip(&answers.0)
        .filter(|(q, _)| q.kind == QuestionKind::Knowledge)
        .filter_map(|(q, a)| match a {
            Some(Answer::Choice(i)) => Some((q, *i)),
            _ => None,
        })
        .map(|(question, i)| {
            let label = |option: Option<&'a QuizOption>| option.map_or("", |o| o.label.as_str());
            Reviewed {
                question,
                chosen: label(question.options.get(usize::from(i))),
                right: label(
                    question
                        .options
                        .iter()
                        .find(|o| Some(&o.id) == question.answer.as_ref()),
                ),
                correct: is_correct(question, i),
            }
        })
        .collect()
}

/// A role's result, with the reasons behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMatch<'a> {
    pub role: &'a Role,
    /// 0–100.
    pub score: u8,
    /// 0–100, or `None` if no interest question was answered.
    pub interest: Option<u8>,
    /// 0–100, or `None` if none of the role's skills was rated.
    pub skills: Option<u8>,
    /// Option labels that counted for this role (weight ≥ 2), strongest first.
    pub drawn_by: Vec<&'a str>,
    /// Names of the role's skills the visitor rated themselves at the needed
    /// level or above (a right basics answer alone is not a claim).
    pub strengths: Vec<&'a str>,
    /// Option labels that counted against the role (weight < 0).
    pub put_off_by: Vec<&'a str>,
    /// Names of the role's skills the visitor rated below the needed level.
    pub short_of: Vec<&'a str>,
}

impl RoleMatch<'_> {
    /// One or two plain sentences saying why the role scored as it did.
    pub fn explanation(&self) -> String {
        let mut because = Vec::new();
        if let Some(first) = self.drawn_by.first() {
            because.push(format!("you chose “{first}”"));
        }
        if !self.strengths.is_empty() {
            because.push(format!("you said you know {}", list(&self.strengths, 3)));
        }
        let mut against = Vec::new();
        if let Some(first) = self.put_off_by.first() {
            against.push(format!("you chose “{first}”"));
        }
        if !self.short_of.is_empty() {
            against.push(format!(
                "you would need to build up {}",
                list(&self.short_of, 3)
            ));
        }
        let mut text = if because.is_empty() {
            "Little in your answers points towards this role.".to_string()
        } else {
            format!("Matches because {}.", because.join(" and "))
        };
        if !against.is_empty() {
            text.push_str(&format!(" Held back because {}.", against.join(" and ")));
        }
        text
    }
}

/// "A, B and C" (at most `max` items, then "and N more").
fn list(items: &[&str], max: usize) -> String {
    let shown: Vec<&str> = items.iter().take(max).copied().collect();
    let rest = items.len().saturating_sub(max);
    match (shown.as_slice(), rest) {
        ([], _) => String::new(),
        ([one], 0) => one.to_string(),
        ([many @ .., last], 0) => format!("{} and {last}", many.join(", ")),
        (many, n) => format!("{} and {n} more", many.join(", ")),
    }
}

/// Percent (0–100) of `value` between `low` and `high`; 50 when they are equal.
fn percent(value: i64, low: i64, high: i64) -> u8 {
    if high <= low {
        return 50;
    }
    ((value - low) * 100 / (high - low)).clamp(0, 100) as u8
}

/// Scores every role, best match first (ties in catalogue order).
pub fn score<'a>(cat: &'a Catalogue, answers: &Answers) -> Vec<RoleMatch<'a>> {
    let mut results: Vec<RoleMatch> = cat
        .roles
        .iter()
        .map(|role| score_role(cat, answers, role))
        .collect();
    crate::order::sort_by_key(&mut results, |m| std::cmp::Reverse(m.score));
    results
}

fn score_role<'a>(cat: &'a Catalogue, answers: &Answers, role: &'a Role) -> RoleMatch<'a> {
    // Sums are 64-bit so that no number of weights can overflow them.
    let weight_for_role = |weights: &[crate::model::RoleWeight]| -> i64 {
        weights
            .iter()
            .filter(|w| w.role == role.id)
            .map(|w| i64::from(w.weight))
            .sum()
    };
    let (mut sum, mut low, mut high, mut any_interest) = (0, 0, 0, false);
    let mut drawn: Vec<(i64, &str)> = Vec::new();
    let mut put_off: Vec<(i64, &str)> = Vec::new();
    for (q, a) in cat.quiz.iter().zip(&answers.0) {
        let (QuestionKind::Interest, Some(Answer::Choice(i))) = (q.kind, a) else {
            continue;
        };
        // Answers that do not fit their question (built by hand, not decoded) count for nothing.
        let Some(chosen) = q.options.get(usize::from(*i)) else {
            continue;
        };
        let weights: Vec<i64> = q
            .options
            .iter()
            .map(|o| weight_for_role(&o.weights))
            .collect();
        let w = weight_for_role(&chosen.weights);
        any_interest = true;
        sum += w;
        low += weights.iter().copied().min().unwrap_or(0);
        high += weights.iter().copied().max().unwrap_or(0);
        if w >= 2 {
            drawn.push((w, chosen.label.as_str()));
        } else if w < 0 {
            put_off.push((w, chosen.label.as_str()));
        }
    }
    crate::order::sort_by_key(&mut drawn, |d| std::cmp::Reverse(d.0));
    crate::order::sort_by_key(&mut put_off, |d| d.0);

    let (mut have_total, mut need_total) = (0u32, 0u32);
    let mut strengths = Vec::new();
    let mut short_of = Vec::new();
    for rs in &role.skills {
        let Some(have) = known_level(cat, answers, &rs.skill) else {
            continue;
        };
        let name = cat
            .skill(&rs.skill)
            .map_or(rs.skill.as_str(), |s| s.name.as_str());
        need_total += u32::from(rs.level.rank());
        have_total += u32::from(have.min(rs.level).rank());
        if self_rating(cat, answers, &rs.skill).is_some_and(|rated| rated >= rs.level) {
            strengths.push(name);
        } else if have < rs.level {
            short_of.push(name);
        }
    }
    let interest = any_interest.then(|| percent(sum, low, high));
    let skills = (need_total > 0).then(|| (have_total * 100 / need_total) as u8);
    let score = match (interest, skills) {
        (Some(i), Some(s)) => ((u32::from(i) * 60 + u32::from(s) * 40) / 100) as u8,
        (Some(i), None) => i,
        (None, Some(s)) => s,
        (None, None) => 0,
    };
    RoleMatch {
        role,
        score,
        interest,
        skills,
        drawn_by: drawn.into_iter().map(|d| d.1).collect(),
        strengths,
        put_off_by: put_off.into_iter().map(|d| d.1).collect(),
        short_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_fixture as fixture;

    #[test]
    fn the_review_lists_each_answered_knowledge_question_with_the_right_answer() {
        let cat = fixture();
        let knowledge: Vec<usize> = cat
            .quiz
            .iter()
            .enumerate()
            .filter(|(_, q)| q.kind == QuestionKind::Knowledge)
            .map(|(i, _)| i)
            .collect();
        let first = knowledge[0];
        let question = &cat.quiz[first];
        let right = question
            .options
            .iter()
            .position(|o| Some(&o.id) == question.answer.as_ref())
            .expect("a knowledge question has its answer among its options");
        let wrong = (0..question.options.len()).find(|&i| i != right).unwrap();
        let mut answers = Answers::empty(&cat.quiz);
        assert!(
            knowledge_review(&cat.quiz, &answers).is_empty(),
            "nothing answered"
        );
        answers.0[first] = Some(Answer::Choice(u8::try_from(wrong).unwrap()));
        let review = knowledge_review(&cat.quiz, &answers);
        assert_eq!(review.len(), 1);
        assert_eq!(review[0].chosen, question.options[wrong].label);
        assert_eq!(review[0].right, question.options[right].label);
        assert!(!review[0].correct);
        answers.0[first] = Some(Answer::Choice(u8::try_from(right).unwrap()));
        assert!(knowledge_review(&cat.quiz, &answers)[0].correct);
    }

    #[test]
    fn interest_and_skills_combine_into_an_explained_score() {
        let cat = fixture();
        // Likes logic (backend +2), knows SQL strongly, knows GET is for reading.
        let answers = Answers(vec![
            Some(Answer::Choice(0)),
            Some(Answer::Rating(Level::Strong)),
            Some(Answer::Choice(0)),
        ]);
        let results = score(&cat, &answers);
        assert_eq!(results[0].role.id, "backend-developer");
        let be = &results[0];
        assert_eq!(be.interest, Some(100));
        // Needs SQL strong (have strong) and CSS basic (not asked): 3/3 of what was asked.
        assert_eq!(be.skills, Some(100));
        assert_eq!(be.score, 100);
        assert_eq!(be.drawn_by, vec!["Yes"]);
        assert_eq!(
            be.explanation(),
            "Matches because you chose “Yes” and you said you know SQL."
        );
        let fe = &results[1];
        assert_eq!(fe.interest, Some(50), "front-end has no weights: neutral");
        assert_eq!(fe.skills, None);
        assert_eq!(
            fe.explanation(),
            "Little in your answers points towards this role."
        );
    }

    #[test]
    fn low_skills_hold_a_role_back_and_say_so() {
        let cat = fixture();
        let answers = Answers(vec![
            Some(Answer::Choice(1)),
            Some(Answer::Rating(Level::Basic)),
            None,
        ]);
        let be = score(&cat, &answers)
            .into_iter()
            .find(|m| m.role.id == "backend-developer")
            .unwrap();
        assert_eq!(be.interest, Some(0));
        assert_eq!(be.skills, Some(33));
        assert_eq!(be.score, 13);
        assert!(
            be.explanation()
                .contains("Held back because you would need to build up SQL"),
            "{}",
            be.explanation()
        );
    }

    #[test]
    fn nothing_answered_scores_zero_for_all() {
        let cat = fixture();
        let results = score(&cat, &Answers::empty(&cat.quiz));
        assert!(results
            .iter()
            .all(|m| m.score == 0 && m.interest.is_none() && m.skills.is_none()));
        // Ties keep catalogue order.
        assert_eq!(results[0].role.id, "backend-developer");
    }

    #[test]
    fn answers_that_do_not_fit_their_questions_count_for_nothing() {
        let cat = fixture();
        let odd = Answers(vec![
            Some(Answer::Choice(9)),
            Some(Answer::Choice(0)),
            Some(Answer::Rating(Level::Strong)),
            Some(Answer::Choice(0)),
        ]);
        let results = score(&cat, &odd);
        assert!(results
            .iter()
            .all(|m| m.interest.is_none() && m.skills.is_none()));
    }

    #[test]
    fn a_wrong_knowledge_answer_shows_no_level_and_a_right_one_basic() {
        let cat = fixture();
        let right = Answers(vec![None, None, Some(Answer::Choice(0))]);
        let wrong = Answers(vec![None, None, Some(Answer::Choice(1))]);
        let mut cat2 = cat.clone();
        cat2.quiz[2].skill = Some("css".into());
        assert_eq!(known_level(&cat2, &right, "css"), Some(Level::Basic));
        assert_eq!(known_level(&cat2, &wrong, "css"), Some(Level::None));
        assert_eq!(known_level(&cat, &right, "css"), None);
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&[], 3), "");
        assert_eq!(list(&["A"], 3), "A");
        assert_eq!(list(&["A", "B"], 3), "A and B");
        assert_eq!(list(&["A", "B", "C"], 3), "A, B and C");
        assert_eq!(list(&["A", "B", "C", "D"], 3), "A, B, C and 1 more");
    }

    #[test]
    fn percent_is_bounded_and_neutral_without_a_range() {
        assert_eq!(percent(5, 5, 5), 50);
        assert_eq!(percent(-3, -3, 3), 0);
        assert_eq!(percent(3, -3, 3), 100);
        assert_eq!(percent(i64::from(i32::MAX), 0, i64::from(i32::MAX)), 100);
    }
}
