//! What a set of chosen courses adds up to: time, known fees, the courses
//! whose fee is not published, and how much of the gap they cover.

use super::cover::Pick;
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
        not_totals: courses
            .iter()
            .copied()
            .filter(|c| c.fee.is_some() && c.comparable_fee(currency).is_none())
            .collect(),
        covered,
        uncovered,
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

    use crate::model::Fee;
    use crate::roadmap::testing::catalogue;

    #[test]
    fn totals_add_up_and_unpublished_fees_are_named() {
        let mut cat = catalogue();
        cat.courses[5].fee = Some(Fee::whole_course(300, 300, "USD", "s"));
        let by_id = |id: &str| cat.courses.iter().find(|c| c.id == id).unwrap();
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
        assert_eq!(names(&s.covers[0].covers), ["http", "css"]);
        assert!(s.covers[3].covers.is_empty(), "git is not in the gap");
        let none = summarise(&cat, &gap, &[]);
        assert_eq!(
            (none.weeks_together, none.known_fees, none.uncovered.len()),
            (0, 0, 5)
        );
    }
}
