//! A role's skill gap against the answers, and the courses that close it.

use super::answers::Answers;
use super::place::StudyPlace;
use super::score::{knowledge_answer, known_level, self_rating};
use crate::model::{Catalogue, Course, Level, Role, Skill};

/// One row of a role's skill gap.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow<'a> {
    pub skill: &'a Skill,
    pub need: Level,
    /// What the visitor showed, for the gap; `None` when the quiz did not ask.
    pub have: Option<Level>,
    /// The level the visitor gave themselves, as they said it.
    pub rated: Option<Level>,
    /// Whether they answered a basics question on the skill rightly.
    pub answered: Option<bool>,
}

impl GapRow<'_> {
    /// The row's status, in words: what the visitor said or showed, never
    /// more.
    pub fn status_text(&self) -> &'static str {
        match (self.have, self.is_gap()) {
            (None, _) => "Not asked in the quiz",
            (Some(_), true) => "To build up",
            (Some(_), false) if self.rated.is_some_and(|r| r >= self.need) => {
                "You said you have this"
            }
            (Some(_), false) => "Your answer shows the basics",
        }
    }

    /// What a basics answer showed, in words, e.g. "Basics question
    /// answered right"; `None` if none was answered.
    pub fn answer_text(&self) -> Option<&'static str> {
        self.answered.map(|right| {
            if right {
                "Basics question answered right"
            } else {
                "Basics question answered wrong"
            }
        })
    }
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
                rated: self_rating(cat, answers, &rs.skill),
                answered: knowledge_answer(cat, answers, &rs.skill),
            })
        })
        .collect();
    crate::order::sort_by(&mut rows, |a, b| {
        b.is_gap()
            .cmp(&a.is_gap())
            .then(b.have.is_some().cmp(&a.have.is_some()))
            .then(b.need.cmp(&a.need))
            .then_with(|| a.skill.name.cmp(&b.skill.name))
    });
    rows
}

/// Courses that teach any of `skills` and that the visitor could take
/// from `place`, most of the skills first; ties go to courses that lead to
/// `role`, then to shorter courses. Each course comes with the ids of the
/// skills it covers.
pub fn courses_for_gap<'a>(
    cat: &'a Catalogue,
    skills: &[&str],
    role: &str,
    place: &StudyPlace,
) -> Vec<(&'a Course, Vec<&'a str>)> {
    let mut found: Vec<(&Course, Vec<&str>)> = cat
        .courses
        .iter()
        .filter(|c| place.allows(cat, c))
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
    let leads_to_role = |c: &Course| c.roles.iter().any(|r| r == role);
    crate::order::sort_by(&mut found, |(a, ca), (b, cb)| {
        cb.len()
            .cmp(&ca.len())
            .then_with(|| leads_to_role(b).cmp(&leads_to_role(a)))
            .then(a.duration_weeks.cmp(&b.duration_weeks))
    });
    found
}

/// What the gap's course list says it holds: "3 courses you could take on
/// campus in Victoria or online teach at least one of these skills; the
/// ones covering most are first.", or that none does.
pub fn gap_courses_text(found: usize, place: &StudyPlace) -> String {
    let take = place
        .in_sentence()
        .map(|where_| format!(" you could take {where_}"))
        .unwrap_or_default();
    match found {
        0 => match take.as_str() {
            "" => "No course in this catalogue covers these skills.".into(),
            _ => format!("No course{take} covers these skills."),
        },
        1 => format!("1 course{take} teaches at least one of these skills."),
        n => format!(
            "{n} courses{take} teach at least one of these skills; the ones covering most are first."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::quiz::Answer;
    use crate::test_fixture as fixture;

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
        let anywhere = StudyPlace::Anywhere;
        let courses = courses_for_gap(&cat, &["sql", "css"], "backend-developer", &anywhere);
        assert_eq!(courses.len(), 1);
        assert_eq!(courses[0].1, vec!["sql"]);
        assert!(courses_for_gap(&cat, &["css"], "backend-developer", &anywhere).is_empty());
        // The fixture's course is on campus in Victoria only.
        let found = |place| courses_for_gap(&cat, &["sql"], "backend-developer", &place).len();
        assert_eq!(found(StudyPlace::State("VIC")), 1);
        assert_eq!(found(StudyPlace::State("QLD")), 0);
        assert_eq!(found(StudyPlace::Online), 0);
    }

    #[test]
    fn a_rating_is_reported_as_given_and_a_right_answer_as_an_answer() {
        let mut cat = fixture();
        // The basics question is about CSS here.
        cat.quiz[2].skill = Some("css".into());
        let answers = Answers(vec![
            None,
            Some(Answer::Rating(Level::None)),
            Some(Answer::Choice(0)),
        ]);
        let role = cat.role("backend-developer").unwrap();
        let gap = skill_gap(&cat, &answers, role);
        let row = |id: &str| gap.iter().find(|g| g.skill.id == id).unwrap();
        // Rated "None": shown as none, never raised.
        assert_eq!(row("sql").rated, Some(Level::None));
        assert_eq!(row("sql").answered, None);
        assert_eq!(row("sql").answer_text(), None);
        // Not rated, but answered rightly: no rating, an answer.
        assert_eq!(row("css").rated, None);
        assert_eq!(row("css").answered, Some(true));
        assert_eq!(
            row("css").answer_text(),
            Some("Basics question answered right")
        );
        assert!(
            !row("css").is_gap(),
            "a right answer shows the basic level needed"
        );
        // And no "you said you know" for a skill the visitor never claimed.
        let be = crate::quiz::score(&cat, &answers)
            .into_iter()
            .find(|m| m.role.id == "backend-developer")
            .unwrap();
        assert!(be.strengths.is_empty(), "{:?}", be.strengths);
        assert!(!be.explanation().contains("know"), "{}", be.explanation());
        let strong = Answers(vec![None, Some(Answer::Rating(Level::Strong)), None]);
        let gap = skill_gap(&cat, &strong, role);
        let sql = gap.iter().find(|g| g.skill.id == "sql").unwrap();
        assert_eq!(sql.status_text(), "You said you have this");
        let wrong = Answers(vec![None, None, Some(Answer::Choice(1))]);
        let gap = skill_gap(&cat, &wrong, role);
        let css = gap.iter().find(|g| g.skill.id == "css").unwrap();
        assert_eq!(css.answer_text(), Some("Basics question answered wrong"));
    }

    #[test]
    fn the_course_count_names_the_place_and_agrees_in_number() {
        let vic = StudyPlace::State("VIC");
        assert_eq!(
            gap_courses_text(0, &StudyPlace::Anywhere),
            "No course in this catalogue covers these skills."
        );
        assert_eq!(
            gap_courses_text(0, &vic),
            "No course you could take on campus in Victoria or online covers these skills."
        );
        assert_eq!(
            gap_courses_text(1, &StudyPlace::Online),
            "1 course you could take online teaches at least one of these skills."
        );
        assert_eq!(
            gap_courses_text(3, &StudyPlace::Anywhere),
            "3 courses teach at least one of these skills; the ones covering most are first."
        );
    }
}
