//! What a set of chosen courses adds up to: time, known fees, the courses
//! whose fee is not published, and how much of the gap they cover.

use super::cover::Pick;
use crate::facts::StudentContribution;
use crate::format;
use crate::model::{Catalogue, Course, Skill};

/// The totals of a plan's courses against its gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'a> {
    /// Weeks if every course is studied at once: the longest.
    pub weeks_together: u32,
    /// Weeks if they are studied one after another: the sum.
    pub weeks_one_after_another: u32,
    /// The sum of the fees published in the catalogue currency (free
    /// courses count as 0 in any currency).
    pub known_fees: u64,
    /// The catalogue currency `known_fees` is in.
    pub currency: &'a str,
    /// Courses whose fee is not published ("check with provider").
    pub unpublished_fees: Vec<&'a Course>,
    /// Of `unpublished_fees`, the Commonwealth supported places whose
    /// student contribution the catalogue can work out, and what those
    /// contributions add up to for the whole courses (not in `known_fees`:
    /// a contribution is not a fee, and HECS-HELP can defer it).
    pub contributions: Option<(usize, u64, &'a StudentContribution)>,
    /// Courses whose fee is published but not as a course total in
    /// `currency` (per year, per unit, unlabelled, or another currency): not
    /// added to `known_fees`, since that would be a guess, but listed.
    pub not_totals: Vec<&'a Course>,
    /// Gap skills at least one chosen course covers, in gap order.
    pub covered: Vec<&'a Skill>,
    /// Gap skills none of them covers, in gap order.
    pub uncovered: Vec<&'a Skill>,
    /// Per chosen course, in the order given, every gap skill it covers.
    pub covers: Vec<Pick<'a>>,
    /// Chosen courses whose length is only a rough guide.
    pub rough_lengths: Vec<&'a Course>,
    /// Gap skills more than one chosen course teaches, each with those
    /// courses (in the order given).
    pub overlaps: Vec<(&'a Skill, Vec<&'a Course>)>,
}

impl Summary<'_> {
    /// For `course` (one of the chosen), the gap skills another chosen
    /// course also teaches, as a sentence; `None` when there are none.
    pub fn overlap_note(&self, course: &Course) -> Option<String> {
        let shared: Vec<&str> = self
            .overlaps
            .iter()
            .filter(|(_, courses)| courses.iter().any(|c| c.id == course.id))
            .map(|(skill, _)| skill.name.as_str())
            .collect();
        (!shared.is_empty()).then(|| {
            format!(
                "Also taught by another course in this plan: {}.",
                format::and_list(&shared)
            )
        })
    }

    /// Why the times are approximate, if any chosen course's length is a
    /// rough guide: "2 of these courses publish no length: …".
    pub fn rough_time_note(&self) -> Option<String> {
        match self.rough_lengths.len() {
            0 => None,
            1 => Some("1 of these courses publishes no length: its time here is a rough guide to the effort, and so are the totals.".to_string()),
            n => Some(format!("{n} of these courses publish no length: their times here are rough guides to the effort, and so are the totals.")),
        }
    }

    /// What the Commonwealth supported places among the courses with no
    /// published fee add up to, apart from the fees: "Commonwealth supported
    /// places in this plan: 1 course, about A$27,942 in student
    /// contributions at 2025 rates, not counted as a fee (HECS-HELP can
    /// defer it)." `None` without one.
    pub fn contributions_text(&self) -> Option<String> {
        let (n, total, amount) = self.contributions?;
        Some(format!(
            "Commonwealth supported places in this plan: {}, about {} in student contributions at {} rates, not counted as a fee (HECS-HELP can defer it).",
            if n == 1 { "1 course".to_string() } else { format!("{n} courses") },
            format::money(u32::try_from(total).unwrap_or(u32::MAX), self.currency),
            amount.year
        ))
    }

    /// The fees as a visitor should read them: what the published ones add
    /// up to and for how many courses, and how many are left out and why —
    /// "A$1,200 for 2 courses; 4 courses have no published fee".
    pub fn fees_text(&self) -> String {
        let courses = |n: usize| {
            if n == 1 {
                "1 course".to_string()
            } else {
                format!("{n} courses")
            }
        };
        let left_out = self.unpublished_fees.len() + self.not_totals.len();
        let counted = self.covers.len() - left_out;
        let total = (counted > 0).then(|| {
            format!(
                "{} for {}",
                format::money(
                    u32::try_from(self.known_fees).unwrap_or(u32::MAX),
                    self.currency
                ),
                courses(counted)
            )
        });
        let unpublished = match self.unpublished_fees.len() {
            0 => None,
            1 => Some("1 course has no published fee".to_string()),
            n => Some(format!("{n} courses have no published fee")),
        };
        let not_totals = match self.not_totals.len() {
            0 => None,
            1 => Some("1 course's fee is not a whole-course price in this currency".to_string()),
            n => Some(format!(
                "{n} courses' fees are not whole-course prices in this currency"
            )),
        };
        let parts: Vec<String> = total
            .into_iter()
            .chain(unpublished)
            .chain(not_totals)
            .collect();
        if counted == 0 && left_out > 0 {
            format!("No total: {}", parts.join("; "))
        } else {
            parts.join("; ")
        }
    }
}

/// Adds up `courses` against `gap`.
pub fn summarise<'a>(cat: &'a Catalogue, gap: &[&'a Skill], courses: &[&'a Course]) -> Summary<'a> {
    let currency = cat.meta.currency.as_str();
    let teaches = |c: &Course, s: &Skill| c.skills.contains(&s.id);
    let (covered, uncovered) = gap
        .iter()
        .copied()
        .partition(|s| courses.iter().any(|c| teaches(c, s)));
    Summary {
        weeks_together: courses
            .iter()
            .map(|c| u32::from(c.duration_weeks))
            .max()
            .unwrap_or(0),
        weeks_one_after_another: courses.iter().map(|c| u32::from(c.duration_weeks)).sum(),
        known_fees: courses
            .iter()
            .filter_map(|c| c.comparable_fee(currency))
            .map(u64::from)
            .sum(),
        currency,
        unpublished_fees: courses
            .iter()
            .copied()
            .filter(|c| c.fee.is_none())
            .collect(),
        contributions: cat.meta.student_contribution.as_ref().and_then(|amount| {
            let places: Vec<u64> = courses
                .iter()
                .filter(|c| c.fee.is_none())
                .filter_map(|c| c.csp_cost(Some(amount)))
                .map(|cost| u64::from(cost.whole_course))
                .collect();
            (!places.is_empty()).then(|| (places.len(), places.iter().sum(), amount))
        }),
        not_totals: courses
            .iter()
            .copied()
            .filter(|c| c.fee.is_some() && c.comparable_fee(currency).is_none())
            .collect(),
        covered,
        uncovered,
        rough_lengths: courses.iter().copied().filter(|c| c.rough_length).collect(),
        overlaps: gap
            .iter()
            .filter_map(|&skill| {
                let teaching: Vec<&Course> = courses
                    .iter()
                    .copied()
                    .filter(|c| teaches(c, skill))
                    .collect();
                (teaching.len() > 1).then_some((skill, teaching))
            })
            .collect(),
        covers: courses
            .iter()
            .map(|&course| Pick {
                course,
                covers: gap.iter().copied().filter(|s| teaches(course, s)).collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::facts::Place;
    use crate::model::Fee;
    use crate::roadmap::testing::catalogue;

    #[test]
    fn totals_add_up_and_unpublished_fees_are_named() {
        let mut cat = catalogue();
        cat.courses[5].fee = Some(Fee::whole_course(300, 300, "USD", "s"));
        let by_id = |id: &str| cat.course(id).unwrap();
        let gap: Vec<&Skill> = ["http", "sql", "api", "css", "docker"]
            .iter()
            .map(|id| cat.skill(id).unwrap())
            .collect();
        let chosen = [
            by_id("web-basics"),
            by_id("databases"),
            by_id("api-short"),
            by_id("git-intro"),
        ];
        let s = summarise(&cat, &gap, &chosen);
        assert_eq!((s.weeks_together, s.weeks_one_after_another), (12, 25));
        assert_eq!((s.known_fees, s.currency), (500, "AUD"));
        let ids =
            |courses: &[&Course]| -> Vec<String> { courses.iter().map(|c| c.id.clone()).collect() };
        assert_eq!(ids(&s.unpublished_fees), ["databases"]);
        assert_eq!(ids(&s.not_totals), ["api-short"]);
        let names =
            |skills: &[&Skill]| -> Vec<String> { skills.iter().map(|s| s.id.clone()).collect() };
        assert_eq!(names(&s.covered), ["http", "sql", "api", "css"]);
        assert_eq!(names(&s.uncovered), ["docker"]);
        assert_eq!(s.covers.len(), 4);
        assert_eq!(
            s.fees_text(),
            "A$500 for 2 courses; 1 course has no published fee; 1 course's fee is not a whole-course price in this currency"
        );
        let overlaps: Vec<(&str, Vec<String>)> = s
            .overlaps
            .iter()
            .map(|(skill, courses)| (skill.id.as_str(), ids(courses)))
            .collect();
        let expected: Vec<(&str, Vec<String>)> = cat
            .skills
            .iter()
            .filter(|k| gap.contains(k))
            .map(|k| {
                (
                    k.id.as_str(),
                    ids(&chosen
                        .iter()
                        .copied()
                        .filter(|c| c.skills.contains(&k.id))
                        .collect::<Vec<_>>()),
                )
            })
            .filter(|(_, c)| c.len() > 1)
            .collect();
        assert_eq!(overlaps, expected);
        let both: Vec<&Skill> = ["http", "sql"]
            .iter()
            .map(|id| cat.skill(id).unwrap())
            .collect();
        let three = [by_id("web-basics"), by_id("full-stack"), by_id("databases")];
        let (http, sql) = (
            &cat.skill("http").unwrap().name,
            &cat.skill("sql").unwrap().name,
        );
        let s3 = summarise(&cat, &both, &three);
        assert_eq!(
            s3.overlap_note(three[1]),
            Some(format!(
                "Also taught by another course in this plan: {http} and {sql}."
            ))
        );
        assert_eq!(
            s3.overlap_note(three[2]),
            Some(format!(
                "Also taught by another course in this plan: {sql}."
            ))
        );
        assert_eq!(s3.overlap_note(by_id("apis")), None);
        assert_eq!(names(&s.covers[0].covers), ["http", "css"]);
        assert!(s.covers[3].covers.is_empty(), "git is not in the gap");
        let none = summarise(&cat, &gap, &[]);
        assert_eq!(
            (none.weeks_together, none.known_fees, none.uncovered.len()),
            (0, 0, 5)
        );
        assert_eq!(none.fees_text(), "");
        assert_eq!(none.rough_time_note(), None);
        let mut rough = by_id("web-basics").clone();
        rough.rough_length = true;
        let one = summarise(&cat, &gap, &[&rough, by_id("apis")]);
        assert_eq!(one.rough_lengths.len(), 1);
        assert!(one
            .rough_time_note()
            .unwrap()
            .starts_with("1 of these courses publishes no length"));
        let two = summarise(&cat, &gap, &[&rough, &rough]);
        assert!(two
            .rough_time_note()
            .unwrap()
            .starts_with("2 of these courses publish no length"));
        let unknown = summarise(&cat, &gap, &[by_id("databases")]);
        assert_eq!(
            unknown.fees_text(),
            "No total: 1 course has no published fee"
        );
    }

    #[test]
    fn a_supported_place_says_what_its_contribution_adds_up_to_apart_from_fees() {
        let mut cat = catalogue();
        cat.meta.student_contribution = Some(StudentContribution {
            field: "computing".into(),
            year: 2025,
            per_year: 9_314,
            source: "src".into(),
        });
        let by_id = |id: &str| cat.courses.iter().find(|c| c.id == id).unwrap().clone();
        let mut degree = by_id("databases");
        degree.places = vec![Place::Csp];
        degree.duration_weeks = 156;
        degree.rough_length = false;
        let gap: Vec<&Skill> = Vec::new();
        let alone = summarise(&cat, &gap, &[&degree]);
        assert_eq!(alone.known_fees, 0, "a contribution is not a fee");
        assert_eq!(alone.fees_text(), "No total: 1 course has no published fee");
        assert_eq!(
            alone.contributions_text().as_deref(),
            Some("Commonwealth supported places in this plan: 1 course, about A$27,942 in student contributions at 2025 rates, not counted as a fee (HECS-HELP can defer it).")
        );
        let other = by_id("databases");
        let two = summarise(&cat, &gap, &[&degree, &other, &degree]);
        assert!(two
            .contributions_text()
            .unwrap()
            .starts_with("Commonwealth supported places in this plan: 2 courses, about A$55,884 "));
        let mut without = cat.clone();
        without.meta.student_contribution = None;
        let none = summarise(&without, &gap, &[&degree]);
        assert_eq!(none.contributions_text(), None);
    }
}
