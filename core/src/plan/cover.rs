//! From a skill gap to courses: the gap itself, the proposed cover, and
//! alternatives to a chosen course.
//!
//! The cover is the greedy (weighted) set cover: take the course that
//! covers the most gap skills not yet covered per unit of what the visitor
//! wants small (one course, its weeks, its fee), until no course within
//! the constraints adds one; long qualifications only after shorter
//! courses have covered what they can. Finding the fewest courses is NP-hard; greedy is within a factor
//! ln(n) + 1 of it for a gap of n skills, and in practice usually optimal
//! (see `core/tests/properties.rs` and docs/performance.md). Each gap skill
//! is a bit, so a course's cover is a few machine words and each round is
//! one pass over the courses that can still add something; the courses are
//! read from a [`PlanIndex`], built once per catalogue.

use std::cmp::Reverse;
use std::collections::HashSet;

use super::constraints::Constraints;
use super::goal::{Objective, Rank, LONG_WEEKS};
use super::index::{or_into, overlap, Candidates, GapBits, PlanIndex};
use crate::model::{Catalogue, Course, Role, Skill};
use crate::roadmap::{roadmap, Progress, Status};

/// How many alternatives to a course are offered at most.
pub const MAX_ALTERNATIVES: usize = 10;

/// A course and the gap skills it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick<'a> {
    /// The course.
    pub course: &'a Course,
    /// Gap skills it covers, in gap order.
    pub covers: Vec<&'a Skill>,
}

impl Pick<'_> {
    /// "Covers SQL, HTTP", or that it covers none of the gap.
    pub fn covers_text(&self) -> String {
        if self.covers.is_empty() {
            return "Covers none of your gap skills".to_string();
        }
        let names: Vec<&str> = self.covers.iter().map(|s| s.name.as_str()).collect();
        format!("Covers {}", names.join(", "))
    }

    /// Why a proposal holds a course of a year or more: no shorter course
    /// within the limits teaches what it was picked for. `None` for a
    /// shorter course.
    pub fn long_note(&self) -> Option<String> {
        let names: Vec<&str> = self.covers.iter().map(|s| s.name.as_str()).collect();
        (self.course.duration_weeks >= LONG_WEEKS && !names.is_empty()).then(|| {
            format!(
                "Suggested although it takes a year or more, because no shorter course within your limits teaches {}.",
                crate::format::and_list(&names)
            )
        })
    }
}

/// The courses proposed for a gap, and what no course can close.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Proposal<'a> {
    /// In the order they were chosen (most gap skills first); each course's
    /// `covers` are the skills it was chosen for, so every covered gap skill
    /// is listed under exactly one course.
    pub picks: Vec<Pick<'a>>,
    /// Gap skills no course in the catalogue teaches.
    pub untaught: Vec<&'a Skill>,
    /// Gap skills some course teaches, but none within the constraints.
    pub out_of_reach: Vec<&'a Skill>,
}

/// `role`'s required skills (its `skills`; optional roadmap skills are
/// extras) that are not done, in roadmap order. Skipped skills stay in the
/// gap: skipping moves a roadmap on, but is not having learnt the skill.
pub fn gap<'a>(cat: &'a Catalogue, role: &'a Role, progress: &Progress) -> Vec<&'a Skill> {
    let required: HashSet<&str> = role.skills.iter().map(|s| s.skill.as_str()).collect();
    let map = roadmap(cat, role);
    let on_map: Vec<&Skill> = map
        .nodes()
        .filter(|n| required.contains(n.skill.id.as_str()))
        .filter_map(|n| cat.skill(&n.skill.id))
        .collect();
    let shown: HashSet<&str> = on_map.iter().map(|s| s.id.as_str()).collect();
    // A required skill the roadmap leaves out (the validator rejects that)
    // still belongs to the gap, after the others.
    let rest = role
        .skills
        .iter()
        .filter(|rs| !shown.contains(rs.skill.as_str()))
        .filter_map(|rs| cat.skill(&rs.skill));
    on_map
        .into_iter()
        .chain(rest)
        .filter(|s| progress.status(&s.id) != Status::Done)
        .collect()
}

impl PlanIndex {
    /// Courses of `cat` (the catalogue this index was built from) within
    /// `constraints` that cover `gap` as `objective` wants, and the gap
    /// skills no course can cover. Stage by stage of [`Objective::rank`]
    /// (long qualifications, and for the cheapest plan unpublished fees,
    /// only for what earlier stages cannot cover), greedily: the course
    /// with the most uncovered gap skills per unit of cost, until none adds
    /// one. One pass over the index, then one over the stage's candidates
    /// left per course picked.
    pub fn propose<'a>(
        &self,
        cat: &'a Catalogue,
        gap: &[&'a Skill],
        constraints: &Constraints,
        objective: Objective,
    ) -> Proposal<'a> {
        if !self.fits(cat) {
            return PlanIndex::new(cat).propose(cat, gap, constraints, objective);
        }
        let gap = GapBits::new(self, gap);
        let found = Candidates::new(self, &gap, constraints);
        let ranks: Vec<Rank> = found
            .courses
            .iter()
            .map(|&i| self.rank(i, objective))
            .collect();
        let mut stages: Vec<u8> = ranks.iter().map(|r| r.stage).collect();
        stages.sort_unstable();
        stages.dedup();
        let mut uncovered = found.reachable.clone();
        let mut chosen: Vec<usize> = Vec::new();
        for stage in stages {
            let mut live: Vec<usize> = (0..found.courses.len())
                .filter(|&n| ranks[n].stage == stage)
                .collect();
            loop {
                // One pass finds the best and drops candidates that can no
                // longer add a skill (they never will again).
                let mut best: Option<(u32, usize)> = None;
                live.retain(|&n| {
                    let gain = overlap(found.bits(n), &uncovered);
                    let better = best.is_none_or(|(most, b)| {
                        let (mine, theirs) = (
                            u128::from(gain) * u128::from(ranks[b].cost),
                            u128::from(most) * u128::from(ranks[n].cost),
                        );
                        mine.cmp(&theirs)
                            .then(gain.cmp(&most))
                            .then_with(|| self.tie_break(cat, found.courses[b], found.courses[n]))
                            .is_gt()
                    });
                    if gain > 0 && better {
                        best = Some((gain, n));
                    }
                    gain > 0
                });
                let Some((_, best)) = best else { break };
                take_shared(found.bits(best), &mut uncovered);
                chosen.push(best);
            }
        }
        // A weighted greedy can pick a course whose skills later picks
        // all teach: drop such courses, the costliest first, counting only
        // picks of the same or an earlier stage (a later stage is no
        // substitute). Then each skill goes to the first pick teaching it.
        let mut dropped = vec![false; chosen.len()];
        let mut costliest: Vec<usize> = (0..chosen.len()).collect();
        crate::order::sort_by_key(&mut costliest, |&k| Reverse(ranks[chosen[k]].cost));
        for k in costliest {
            let stage = ranks[chosen[k]].stage;
            let mut others = vec![0; gap.words];
            for (j, &m) in chosen.iter().enumerate() {
                if j != k && !dropped[j] && ranks[m].stage <= stage {
                    or_into(&mut others, found.bits(m));
                }
            }
            dropped[k] = found
                .bits(chosen[k])
                .iter()
                .zip(&others)
                .all(|(b, o)| b & !o == 0);
        }
        let mut left = found.reachable.clone();
        let picks = chosen
            .iter()
            .zip(&dropped)
            .filter(|(_, &dropped)| !dropped)
            .map(|(&n, _)| {
                let new = take_shared(found.bits(n), &mut left);
                Pick {
                    course: &cat.courses[found.courses[n]],
                    covers: gap.skills_in(&new),
                }
            })
            .collect();
        let missing: Vec<u64> = found.taught.iter().map(|t| !t).collect();
        let unreachable: Vec<u64> = found
            .taught
            .iter()
            .zip(&found.reachable)
            .map(|(t, r)| t & !r)
            .collect();
        Proposal {
            picks,
            untaught: gap.skills_in(&missing),
            out_of_reach: gap.skills_in(&unreachable),
        }
    }

    /// Courses that could take `replacing`'s place: within `constraints`,
    /// not already `chosen` (by id), covering at least one gap skill that
    /// `replacing` covers. Best first — most of `replacing`'s gap skills,
    /// then most gap skills overall, then shorter, cheaper, by id — and at
    /// most [`MAX_ALTERNATIVES`]. Each comes with every gap skill it covers.
    pub fn alternatives<'a>(
        &self,
        cat: &'a Catalogue,
        gap: &[&'a Skill],
        constraints: &Constraints,
        chosen: &[&Course],
        replacing: &Course,
    ) -> Vec<Pick<'a>> {
        if !self.fits(cat) {
            return PlanIndex::new(cat).alternatives(cat, gap, constraints, chosen, replacing);
        }
        let gap = GapBits::new(self, gap);
        let mut target = vec![0; gap.words];
        if !gap.of_course(self, replacing, &mut target) {
            return Vec::new();
        }
        let taken: HashSet<&str> = chosen
            .iter()
            .map(|c| c.id.as_str())
            .chain([replacing.id.as_str()])
            .collect();
        let found = Candidates::new(self, &gap, constraints);
        let mut ranked: Vec<(u32, u32, usize)> = (0..found.courses.len())
            .map(|n| {
                let bits = found.bits(n);
                (overlap(bits, &target), overlap(bits, bits), n)
            })
            .filter(|&(shared, _, _)| shared > 0)
            .collect();
        let order = |a: &(u32, u32, usize), b: &(u32, u32, usize)| {
            (Reverse(a.0), Reverse(a.1))
                .cmp(&(Reverse(b.0), Reverse(b.1)))
                .then_with(|| self.tie_break(cat, found.courses[a.2], found.courses[b.2]))
        };
        // Only the best few are needed: taken ones can crowd out at most
        // as many places as there are.
        let wanted = MAX_ALTERNATIVES + taken.len();
        if ranked.len() > wanted {
            ranked.select_nth_unstable_by(wanted, order);
            ranked.truncate(wanted);
        }
        crate::order::sort_by(&mut ranked, order);
        ranked
            .into_iter()
            .map(|(_, _, n)| (&cat.courses[found.courses[n]], n))
            .filter(|(course, _)| !taken.contains(course.id.as_str()))
            .take(MAX_ALTERNATIVES)
            .map(|(course, n)| Pick {
                course,
                covers: gap.skills_in(found.bits(n)),
            })
            .collect()
    }
}

/// The bits `bits` shares with `left`, taken out of `left`.
fn take_shared(bits: &[u64], left: &mut [u64]) -> Vec<u64> {
    let shared: Vec<u64> = bits.iter().zip(left.iter()).map(|(b, l)| b & l).collect();
    left.iter_mut().zip(&shared).for_each(|(l, s)| *l &= !s);
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{ProviderKind, QualificationLevel};
    use crate::roadmap::testing::{catalogue, course, skill};

    fn ids<'a>(skills: &[&'a Skill]) -> Vec<&'a str> {
        skills.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn a_pick_says_which_gap_skills_it_covers() {
        let (sql, http) = (skill("sql", &[]), skill("http", &[]));
        let course = crate::test_fixture().courses[0].clone();
        let pick = |covers| Pick {
            course: &course,
            covers,
        };
        assert_eq!(pick(vec![&sql, &http]).covers_text(), "Covers SQL, HTTP");
        assert_eq!(pick(vec![]).covers_text(), "Covers none of your gap skills");
    }

    fn picked<'a>(p: &Proposal<'a>) -> Vec<(&'a str, Vec<&'a str>)> {
        p.picks
            .iter()
            .map(|pick| (pick.course.id.as_str(), ids(&pick.covers)))
            .collect()
    }

    #[test]
    fn the_gap_is_the_required_skills_not_done_in_roadmap_order() {
        let cat = catalogue();
        let role = &cat.roles[0];
        assert_eq!(
            ids(&gap(&cat, role, &Progress::default())),
            ["http", "sql", "api", "css"]
        );
        let p = Progress::default()
            .with("http", Status::Done)
            .with("sql", Status::Skipped)
            .with("css", Status::Learning)
            .with("git", Status::Done);
        assert_eq!(
            ids(&gap(&cat, role, &p)),
            ["sql", "api", "css"],
            "skipped is not learnt"
        );
        let mut cut = cat.clone();
        cut.roles[0].roadmap[0].skills.remove(0);
        assert_eq!(
            ids(&gap(&cut, &cut.roles[0], &Progress::default())),
            ["sql", "api", "css", "http"]
        );
    }

    #[test]
    fn the_proposal_covers_the_gap_with_few_short_courses() {
        let cat = catalogue();
        let need = gap(&cat, &cat.roles[0], &Progress::default());
        let propose = |limits: &Constraints, objective| {
            picked(&PlanIndex::new(&cat).propose(&cat, &need, limits, objective))
        };
        let two_short = [
            ("web-basics", vec!["http", "css"]),
            ("apis", vec!["sql", "api"]),
        ];
        // The year-long course covers it all, but shorter ones cover it
        // too: a long qualification is never proposed for that.
        assert_eq!(
            propose(&Constraints::default(), Objective::Fewest),
            two_short
        );
        let p =
            PlanIndex::new(&cat).propose(&cat, &need, &Constraints::default(), Objective::Fewest);
        assert!(p.untaught.is_empty() && p.out_of_reach.is_empty());
        // Only where nothing shorter is within the limits.
        let university = Constraints {
            kinds: [ProviderKind::University].into(),
            ..Constraints::default()
        };
        assert_eq!(
            propose(&university, Objective::Fewest),
            [("full-stack", vec!["http", "sql", "api", "css"])]
        );
        let p = PlanIndex::new(&cat).propose(&cat, &need, &university, Objective::Fewest);
        let names: Vec<&str> = need.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            p.picks[0].long_note(),
            Some(format!(
                "Suggested although it takes a year or more, because no shorter course within your limits teaches {}.",
                crate::format::and_list(&names)
            ))
        );
        let short =
            PlanIndex::new(&cat).propose(&cat, &need, &Constraints::default(), Objective::Fewest);
        assert!(short.picks.iter().all(|p| p.long_note().is_none()));
    }

    #[test]
    fn each_objective_makes_its_own_total_small() {
        let mut cat = catalogue();
        cat.courses = vec![
            // One course for both skills: fewest.
            course("both-slow-dear", &["sql", "api"], 40, Some(4000), "tafe"),
            // Two quick ones: soonest (3 + 4 weeks).
            course("sql-quick", &["sql"], 3, Some(2000), "online"),
            course("api-quick", &["api"], 4, Some(2500), "online"),
            // Two cheap ones: cheapest (free + 100).
            course("sql-free", &["sql"], 20, Some(0), "online"),
            course("api-cheap", &["api"], 20, Some(100), "online"),
            // Cheapest of all, but its fee is not published.
            course("api-unknown", &["api"], 1, None, "online"),
        ];
        let need: Vec<&Skill> = ["sql", "api"]
            .iter()
            .map(|id| cat.skill(id).unwrap())
            .collect();
        let index = PlanIndex::new(&cat);
        let chosen = |objective| -> Vec<&str> {
            index
                .propose(&cat, &need, &Constraints::default(), objective)
                .picks
                .iter()
                .map(|p| p.course.id.as_str())
                .collect()
        };
        assert_eq!(chosen(Objective::Fewest), ["both-slow-dear"]);
        assert_eq!(chosen(Objective::Soonest), ["api-unknown", "sql-quick"]);
        assert_eq!(chosen(Objective::Cheapest), ["sql-free", "api-cheap"]);
        // An unpublished fee only for what no published one covers.
        let mut fewer = cat.clone();
        fewer
            .courses
            .retain(|c| !["api-cheap", "api-quick", "both-slow-dear"].contains(&c.id.as_str()));
        let need: Vec<&Skill> = ["sql", "api"]
            .iter()
            .map(|id| fewer.skill(id).unwrap())
            .collect();
        let cheapest: Vec<&str> = PlanIndex::new(&fewer)
            .propose(&fewer, &need, &Constraints::default(), Objective::Cheapest)
            .picks
            .iter()
            .map(|p| p.course.id.as_str())
            .collect();
        assert_eq!(cheapest, ["sql-free", "api-unknown"]);
    }

    #[test]
    fn what_cannot_be_covered_is_told_apart() {
        let mut cat = catalogue();
        cat.skills.push(skill("rust", &[]));
        cat.courses
            .push(course("docker-deep", &["docker"], 6, Some(100), "uni"));
        let need: Vec<&Skill> = ["docker", "rust", "sql", "api"]
            .iter()
            .map(|id| cat.skill(id).unwrap())
            .collect();
        let online_diploma = Constraints {
            online_only: true,
            max_level: Some(QualificationLevel::Diploma),
            ..Constraints::default()
        };
        let p = PlanIndex::new(&cat).propose(&cat, &need, &online_diploma, Objective::Fewest);
        assert_eq!(picked(&p), [("api-short", vec!["api"])]);
        assert_eq!(ids(&p.untaught), ["rust"]);
        assert_eq!(ids(&p.out_of_reach), ["docker", "sql"]);
        let empty =
            PlanIndex::new(&cat).propose(&cat, &[], &Constraints::default(), Objective::Fewest);
        assert_eq!(empty, Proposal::default());
    }

    #[test]
    fn fees_break_ties_and_unknown_fees_come_last() {
        let mut cat = catalogue();
        cat.courses = vec![
            course("b-unknown", &["sql"], 10, None, "tafe"),
            course("c-dear", &["sql"], 10, Some(900), "tafe"),
            course("d-cheap", &["sql"], 10, Some(100), "tafe"),
            course("a-cheap", &["sql"], 10, Some(100), "tafe"),
        ];
        let need = vec![cat.skill("sql").unwrap()];
        let p =
            PlanIndex::new(&cat).propose(&cat, &need, &Constraints::default(), Objective::Fewest);
        assert_eq!(picked(&p), [("a-cheap", vec!["sql"])], "then by id");
        let alts: Vec<&str> = PlanIndex::new(&cat)
            .alternatives(&cat, &need, &Constraints::default(), &[], &cat.courses[0])
            .iter()
            .map(|p| p.course.id.as_str())
            .collect();
        assert_eq!(alts, ["a-cheap", "d-cheap", "c-dear"]);
    }

    #[test]
    fn alternatives_replace_what_a_course_covers() {
        let cat = catalogue();
        let need = gap(&cat, &cat.roles[0], &Progress::default());
        let by_id = |id: &str| cat.course(id).unwrap();
        let chosen = [by_id("web-basics"), by_id("apis")];
        let alts = PlanIndex::new(&cat).alternatives(
            &cat,
            &need,
            &Constraints::default(),
            &chosen,
            by_id("apis"),
        );
        let found: Vec<(&str, Vec<&str>)> = alts
            .iter()
            .map(|p| (p.course.id.as_str(), ids(&p.covers)))
            .collect();
        assert_eq!(
            found,
            [
                ("full-stack", vec!["http", "sql", "api", "css"]),
                ("api-short", vec!["api"]),
                ("databases", vec!["sql"]),
            ]
        );
        let only_tafe = Constraints {
            kinds: [ProviderKind::Tafe].into(),
            ..Constraints::default()
        };
        let alts =
            PlanIndex::new(&cat).alternatives(&cat, &need, &only_tafe, &chosen, by_id("apis"));
        assert_eq!(alts.len(), 1);
        assert!(PlanIndex::new(&cat)
            .alternatives(
                &cat,
                &need,
                &Constraints::default(),
                &[],
                by_id("git-intro")
            )
            .is_empty());
    }

    #[test]
    fn a_gap_of_more_than_64_skills_spans_several_words() {
        let mut cat = catalogue();
        let many: Vec<String> = (0..130).map(|i| format!("s{i}")).collect();
        cat.skills = many.iter().map(|id| skill(id, &[])).collect();
        let half = |r: std::ops::Range<usize>| -> Vec<&str> {
            many[r].iter().map(String::as_str).collect()
        };
        cat.courses = vec![
            course("low", &half(0..70), 10, None, "uni"),
            course("high", &half(60..129), 10, None, "uni"),
        ];
        let need: Vec<&Skill> = cat.skills.iter().collect();
        let p =
            PlanIndex::new(&cat).propose(&cat, &need, &Constraints::default(), Objective::Fewest);
        assert_eq!(p.picks.len(), 2);
        assert_eq!(p.picks[0].course.id, "low");
        assert_eq!(p.picks[1].covers.len(), 59);
        assert_eq!(ids(&p.untaught), ["s129"]);
    }

    #[test]
    fn a_kept_index_answers_as_a_fresh_one_and_never_for_another_catalogue() {
        let cat = catalogue();
        let index = PlanIndex::new(&cat);
        let need = gap(&cat, &cat.roles[0], &Progress::default());
        let limits = Constraints {
            max_fee: Some(1000),
            ..Constraints::default()
        };
        assert_eq!(
            index.propose(&cat, &need, &limits, Objective::Fewest),
            PlanIndex::new(&cat).propose(&cat, &need, &limits, Objective::Fewest)
        );
        let mut other = cat.clone();
        other.courses.truncate(3);
        let need = gap(&other, &other.roles[0], &Progress::default());
        assert_eq!(
            index.propose(&other, &need, &Constraints::default(), Objective::Fewest),
            PlanIndex::new(&other).propose(
                &other,
                &need,
                &Constraints::default(),
                Objective::Fewest
            ),
            "an index of another catalogue is not used"
        );
        let picks = index.alternatives(
            &other,
            &need,
            &Constraints::default(),
            &[],
            &other.courses[0],
        );
        assert_eq!(picks.len(), 1);
    }
}
