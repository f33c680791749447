//! The skills quiz: answers, their compact shareable code, and scoring.
//!
//! Scoring model (also in docs/quiz-scoring.md):
//! - **Interest** (per role): the sum of the weights of the options chosen,
//!   rescaled from the lowest to the highest sum those same questions allow
//!   for that role, to 0–100.
//! - **Skills** (per role): for the role's skills the visitor told us about
//!   (a self-rating, or a knowledge question answered correctly, which counts
//!   as at least basic), the share of the required level they already reach:
//!   Σ min(have, need) / Σ need, to 0–100.
//! - **Match** = 60% interest + 40% skills when both are known; whichever is
//!   known otherwise. Ties keep catalogue order, so the ranking is
//!   deterministic.

use std::fmt;

use crate::model::{Catalogue, Course, Level, Question, QuestionKind, Role};

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

/// The code format version; bump when the encoding changes.
const CODE_VERSION: char = '1';

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
    let mut n = hash;
    for _ in 0..5 {
        out.push(char::from_digit(n % 36, 36).unwrap_or('0'));
        n /= 36;
    }
    out
}

impl Answers {
    /// No answers yet, sized for `questions`.
    pub fn empty(questions: &[Question]) -> Answers {
        Answers(vec![None; questions.len()])
    }

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

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// The compact, URL-safe code: `1.<fingerprint>.<one char per question>`,
    /// where `-` is unanswered, `a`–`z` an option and `0`–`3` a self-rating.
    pub fn encode(&self, questions: &[Question]) -> String {
        let body: String = self
            .0
            .iter()
            .map(|a| match a {
                None => '-',
                Some(Answer::Choice(i)) => char::from(b'a' + (*i).min(25)),
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

fn decode_one(c: char, q: &Question) -> Option<Option<Answer>> {
    if c == '-' {
        return Some(None);
    }
    match q.kind {
        QuestionKind::SelfRating => {
            let level = Level::ALL.get(c.to_digit(4)? as usize)?;
            Some(Some(Answer::Rating(*level)))
        }
        QuestionKind::Interest | QuestionKind::Knowledge => {
            let index = (c as u32).checked_sub('a' as u32)?;
            (index < q.options.len() as u32 && c.is_ascii_lowercase())
                .then_some(Some(Answer::Choice(index as u8)))
        }
    }
}

/// What the visitor has shown of a skill: their rating, raised to at least
/// basic by a right knowledge answer.
pub fn known_level(cat: &Catalogue, answers: &Answers, skill: &str) -> Option<Level> {
    let mut best: Option<Level> = None;
    for (q, a) in cat.quiz.iter().zip(&answers.0) {
        if q.skill.as_deref() != Some(skill) {
            continue;
        }
        let shown = match (q.kind, a) {
            (QuestionKind::SelfRating, Some(Answer::Rating(level))) => Some(*level),
            (QuestionKind::Knowledge, Some(Answer::Choice(i))) if is_correct(q, *i) => {
                Some(Level::Basic)
            }
            (QuestionKind::Knowledge, Some(Answer::Choice(_))) => Some(Level::None),
            _ => None,
        };
        best = best.max(shown);
    }
    best
}

/// True if option `index` is the knowledge question's right answer.
pub fn is_correct(q: &Question, index: u8) -> bool {
    q.options
        .get(usize::from(index))
        .is_some_and(|o| Some(&o.id) == q.answer.as_ref())
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
    /// Names of the role's skills the visitor already has at the needed level.
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
            because.push(format!("you already have {}", list(&self.strengths, 3)));
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
        (many, 0) => format!(
            "{} and {}",
            many[..many.len() - 1].join(", "),
            many[many.len() - 1]
        ),
        (many, n) => format!("{} and {n} more", many.join(", ")),
    }
}

/// Percent (0–100) of `value` between `low` and `high`; 50 when they are equal.
fn percent(value: i32, low: i32, high: i32) -> u8 {
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
    results.sort_by_key(|m| std::cmp::Reverse(m.score));
    results
}

fn score_role<'a>(cat: &'a Catalogue, answers: &Answers, role: &'a Role) -> RoleMatch<'a> {
    let weight_of = |q: &Question, option: usize| -> i32 {
        q.options
            .get(option)
            .map(|o| {
                o.weights
                    .iter()
                    .filter(|w| w.role == role.id)
                    .map(|w| i32::from(w.weight))
                    .sum()
            })
            .unwrap_or(0)
    };
    let (mut sum, mut low, mut high, mut any_interest) = (0, 0, 0, false);
    let mut drawn: Vec<(i32, &str)> = Vec::new();
    let mut put_off: Vec<(i32, &str)> = Vec::new();
    for (q, a) in cat.quiz.iter().zip(&answers.0) {
        let (QuestionKind::Interest, Some(Answer::Choice(i))) = (q.kind, a) else {
            continue;
        };
        let i = usize::from(*i);
        let weights: Vec<i32> = (0..q.options.len()).map(|o| weight_of(q, o)).collect();
        let w = weights.get(i).copied().unwrap_or(0);
        any_interest = true;
        sum += w;
        low += weights.iter().copied().min().unwrap_or(0);
        high += weights.iter().copied().max().unwrap_or(0);
        let label = q.options[i].label.as_str();
        if w >= 2 {
            drawn.push((w, label));
        } else if w < 0 {
            put_off.push((w, label));
        }
    }
    drawn.sort_by_key(|d| std::cmp::Reverse(d.0));
    put_off.sort_by_key(|d| d.0);

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
        if have >= rs.level {
            strengths.push(name);
        } else {
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

/// One row of a role's skill gap.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow<'a> {
    pub skill: &'a crate::model::Skill,
    pub need: Level,
    /// What the visitor showed; `None` when the quiz did not ask.
    pub have: Option<Level>,
}

impl GapRow<'_> {
    /// True when the visitor is below the level needed (unasked counts as below).
    pub fn is_gap(&self) -> bool {
        self.have.is_none_or(|h| h < self.need)
    }
}

/// Every skill the role needs, with what the visitor showed, gaps first,
/// then by how much is needed.
pub fn skill_gap<'a>(cat: &'a Catalogue, answers: &Answers, role: &Role) -> Vec<GapRow<'a>> {
    let mut rows: Vec<GapRow> = role
        .skills
        .iter()
        .filter_map(|rs| {
            let skill = cat.skill(&rs.skill)?;
            Some(GapRow {
                skill,
                need: rs.level,
                have: known_level(cat, answers, &rs.skill),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.is_gap()
            .cmp(&a.is_gap())
            .then(b.have.is_some().cmp(&a.have.is_some()))
            .then(b.need.cmp(&a.need))
            .then_with(|| a.skill.name.cmp(&b.skill.name))
    });
    rows
}

/// Courses that teach any of `skills`, most of them first; ties go to
/// courses that lead to `role`, then to shorter courses.
pub fn courses_for_gap<'a>(
    cat: &'a Catalogue,
    skills: &[&str],
    role: &str,
) -> Vec<(&'a Course, Vec<&'a str>)> {
    let mut found: Vec<(&Course, Vec<&str>)> = cat
        .courses
        .iter()
        .filter_map(|c| {
            let covered: Vec<&str> = c
                .skills
                .iter()
                .map(String::as_str)
                .filter(|s| skills.contains(s))
                .collect();
            (!covered.is_empty()).then_some((c, covered))
        })
        .collect();
    found.sort_by(|(a, ca), (b, cb)| {
        cb.len()
            .cmp(&ca.len())
            .then_with(|| {
                b.roles
                    .iter()
                    .any(|r| r == role)
                    .cmp(&a.roles.iter().any(|r| r == role))
            })
            .then(a.duration_weeks.cmp(&b.duration_weeks))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "Matches because you chose “Yes” and you already have SQL."
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
    fn gap_lists_shortfalls_first_and_courses_cover_them() {
        let cat = fixture();
        let answers = Answers(vec![None, Some(Answer::Rating(Level::Basic)), None]);
        let role = cat.role("backend-developer").unwrap();
        let gap = skill_gap(&cat, &answers, role);
        assert_eq!(gap[0].skill.id, "sql");
        assert_eq!(gap[0].have, Some(Level::Basic));
        assert!(gap[0].is_gap());
        assert_eq!(gap[1].skill.id, "css");
        assert_eq!(gap[1].have, None);
        assert!(gap[1].is_gap());
        let courses = courses_for_gap(&cat, &["sql", "css"], "backend-developer");
        assert_eq!(courses.len(), 1);
        assert_eq!(courses[0].1, vec!["sql"]);
        assert!(courses_for_gap(&cat, &["css"], "backend-developer").is_empty());
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&["A"], 3), "A");
        assert_eq!(list(&["A", "B"], 3), "A and B");
        assert_eq!(list(&["A", "B", "C"], 3), "A, B and C");
        assert_eq!(list(&["A", "B", "C", "D"], 3), "A, B, C and 1 more");
    }
}

/// The localStorage key quiz progress is kept under.
pub const STORAGE_KEY: &str = "career-guide.quiz";

/// Saved progress: `<step>:<answer code>`.
pub fn encode_progress(answers: &Answers, step: usize, questions: &[Question]) -> String {
    format!("{step}:{}", answers.encode(questions))
}

/// Reads saved progress; the step is clamped to the quiz's length.
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
mod progress_tests {
    use super::*;

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
