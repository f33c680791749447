//! A role's roadmap as a page shows it: stages in order, skills within a
//! stage in the order of their prerequisites, what to learn next, and how
//! far the visitor has come.
//!
//! A [`Roadmap`] owns what it shows (copies of its few skills), so a page
//! builds it once and shares it, rather than rebuilding it wherever
//! progress changes.

use std::collections::{HashMap, HashSet};

use super::order::{depths, topological};
use super::progress::{Progress, Status};
use crate::model::{Catalogue, Course, Role, Skill};

/// One skill on a roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The skill this node shows.
    pub skill: Skill,
    /// Worth knowing but not one of the role's skills.
    pub optional: bool,
    /// The skill's prerequisites the catalogue has, in listed order
    /// (wherever on the roadmap they are, or not on it at all).
    pub prerequisites: Vec<Skill>,
}

/// One stage of a roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct StageView {
    /// A slug, unique within the roadmap (`step-1`… when derived).
    pub id: String,
    /// What the stage is about, e.g. "Databases and SQL".
    pub title: String,
    /// Why this stage comes where it does.
    pub why: String,
    /// Every prerequisite of a skill that is in this stage comes before it.
    pub nodes: Vec<Node>,
}

/// A role's roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct Roadmap {
    /// In the order to learn them.
    pub stages: Vec<StageView>,
    /// True when the role has no roadmap of its own and this one was worked
    /// out from its skills' prerequisites.
    pub derived: bool,
}

/// How many of some skills are done, being learnt, or skipped. Optional
/// skills (extras a roadmap adds beyond the role's own skills) are counted
/// apart, by the same rule for a stage and for the whole roadmap, so the
/// two always agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Required skills marked done.
    pub done: usize,
    /// Required skills marked learning.
    pub learning: usize,
    /// Required skills marked skipped.
    pub skipped: usize,
    /// Every required skill counted, whatever its status.
    pub total: usize,
    /// Optional skills, whatever their status: not in the figures above.
    pub optional: usize,
    /// Optional skills marked done or skipped.
    pub optional_resolved: usize,
}

impl Tally {
    /// Counts `nodes` against `progress`.
    fn of<'n>(nodes: impl IntoIterator<Item = &'n Node>, progress: &Progress) -> Tally {
        let mut tally = Tally::default();
        for node in nodes {
            let status = progress.status(&node.skill.id);
            if node.optional {
                tally.optional += 1;
                tally.optional_resolved += usize::from(status.resolved());
                continue;
            }
            tally.total += 1;
            match status {
                Status::Done => tally.done += 1,
                Status::Learning => tally.learning += 1,
                Status::Skipped => tally.skipped += 1,
                Status::NotStarted => {}
            }
        }
        tally
    }

    /// "2 of 3 optional skills done or skipped", or `None` without any.
    pub fn optional_text(&self) -> Option<String> {
        (self.optional > 0).then(|| {
            format!(
                "{} of {} optional skill{} done or skipped, not counted above",
                self.optional_resolved,
                self.optional,
                if self.optional == 1 { "" } else { "s" }
            )
        })
    }

    /// Done or skipped.
    pub fn resolved(&self) -> usize {
        self.done + self.skipped
    }

    /// Not started.
    pub fn not_started(&self) -> usize {
        self.total - self.resolved() - self.learning
    }

    /// The share resolved, 0–100, rounded down so that 100 means every one
    /// (and nothing to count is 100: nothing is left).
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 100;
        }
        // At most 100, so it fits.
        (self.resolved() * 100 / self.total) as u8
    }

    /// True when every skill counted is done or skipped.
    pub fn complete(&self) -> bool {
        self.resolved() == self.total
    }
}

impl StageView {
    /// Progress through this stage: its required skills, and its optional
    /// ones apart.
    pub fn tally(&self, progress: &Progress) -> Tally {
        Tally::of(&self.nodes, progress)
    }
}

impl Roadmap {
    /// Every node, stage by stage.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.stages.iter().flat_map(|s| &s.nodes)
    }

    /// Progress towards the role: its required skills, and the optional
    /// ones apart, counted as each stage counts them.
    pub fn tally(&self, progress: &Progress) -> Tally {
        Tally::of(self.nodes(), progress)
    }

    /// What to learn next: skills neither done nor skipped whose
    /// prerequisites all are, in roadmap order. Every prerequisite counts,
    /// on this roadmap or not (a prerequisite from outside the roadmap is
    /// shown on the node, so it can be marked too).
    pub fn next_up(&self, progress: &Progress) -> Vec<&Skill> {
        self.nodes()
            .filter(|n| !progress.status(&n.skill.id).resolved())
            .filter(|n| {
                n.prerequisites
                    .iter()
                    .all(|p| progress.status(&p.id).resolved())
            })
            .map(|n| &n.skill)
            .collect()
    }
}

/// The skills of `cat` by id.
fn skills_by_id(cat: &Catalogue) -> HashMap<&str, &Skill> {
    cat.skills.iter().map(|s| (s.id.as_str(), s)).collect()
}

/// `role`'s roadmap: its own stages in order, or, when it has none, stages
/// worked out from its skills by prerequisite depth (`derived`). Within a
/// stage, skills come after their prerequisites and otherwise as listed.
/// Ids the catalogue does not know, and a skill's second appearance, are
/// left out (the validator rejects both).
pub fn roadmap(cat: &Catalogue, role: &Role) -> Roadmap {
    let by_id = skills_by_id(cat);
    let node = |skill: &Skill, optional: bool| Node {
        skill: skill.clone(),
        optional,
        prerequisites: skill
            .prerequisites
            .iter()
            .filter_map(|p| by_id.get(p.as_str()).map(|&s| s.clone()))
            .collect(),
    };
    let mut seen = HashSet::new();
    if role.roadmap.is_empty() {
        let skills: Vec<&Skill> = role
            .skills
            .iter()
            .filter_map(|rs| by_id.get(rs.skill.as_str()).copied())
            .filter(|s| seen.insert(s.id.as_str()))
            .collect();
        let stages = derived_stages(&skills)
            .into_iter()
            .map(|(stage, skills)| StageView {
                nodes: skills.into_iter().map(|s| node(s, false)).collect(),
                ..stage
            })
            .collect();
        return Roadmap {
            stages,
            derived: true,
        };
    }
    let stages = role
        .roadmap
        .iter()
        .map(|stage| {
            let optional: HashMap<&str, bool> = stage
                .skills
                .iter()
                .map(|s| (s.skill.as_str(), s.optional))
                .collect();
            let skills: Vec<&Skill> = stage
                .skills
                .iter()
                .filter_map(|s| by_id.get(s.skill.as_str()).copied())
                .filter(|s| seen.insert(s.id.as_str()))
                .collect();
            StageView {
                id: stage.id.clone(),
                title: stage.title.clone(),
                why: stage.why.clone(),
                nodes: topological(&skills)
                    .into_iter()
                    .map(|s| node(s, optional[s.id.as_str()]))
                    .collect(),
            }
        })
        .collect();
    Roadmap {
        stages,
        derived: false,
    }
}

/// Stages for skills with no roadmap of their own: one per prerequisite
/// depth (what needs nothing first, what needs only those, …), each with
/// a plain title and why, and its skills in stable topological order.
fn derived_stages<'a>(skills: &[&'a Skill]) -> Vec<(StageView, Vec<&'a Skill>)> {
    let depth = depths(skills);
    let deepest = depth.iter().copied().max();
    let Some(deepest) = deepest else {
        return Vec::new();
    };
    let ordered = topological(skills);
    let depth_of: HashMap<&str, usize> = skills
        .iter()
        .zip(&depth)
        .map(|(s, &d)| (s.id.as_str(), d))
        .collect();
    (0..=deepest)
        .map(|d| {
            let (title, why) = match (d, deepest) {
                (_, 0) => (
                    "The skills this role needs".to_string(),
                    "None of these needs another first, so they can be learnt in any order.",
                ),
                (0, _) => (
                    "Step 1: start here".to_string(),
                    "These skills need no other skill first.",
                ),
                _ => (
                    format!("Step {}", d + 1),
                    "Each of these builds on skills from the steps before.",
                ),
            };
            let stage = StageView {
                id: format!("step-{}", d + 1),
                title,
                why: why.to_string(),
                nodes: Vec::new(),
            };
            let members = ordered
                .iter()
                .copied()
                .filter(|s| depth_of[s.id.as_str()] == d)
                .collect();
            (stage, members)
        })
        .collect()
}

/// The courses that teach `skill`, shortest first, then by title (and id,
/// so the order is total). Unlike the quiz's `courses_for_gap`, which ranks
/// by how much of a whole gap a course covers, this is about one skill.
pub fn courses_teaching<'a>(cat: &'a Catalogue, skill: &str) -> Vec<&'a Course> {
    let mut found: Vec<&Course> = cat
        .courses
        .iter()
        .filter(|c| c.skills.iter().any(|s| s == skill))
        .collect();
    crate::order::sort_by(&mut found, |a, b| {
        a.duration_weeks
            .cmp(&b.duration_weeks)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.id.cmp(&b.id))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::roadmap::testing::catalogue;

    fn ids<'a>(skills: impl IntoIterator<Item = &'a Skill>) -> Vec<&'a str> {
        skills.into_iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn a_written_roadmap_keeps_its_stages_and_orders_each_by_prerequisites() {
        let cat = catalogue();
        let map = roadmap(&cat, &cat.roles[0]);
        assert!(!map.derived);
        let stages: Vec<(&str, Vec<&str>)> = map
            .stages
            .iter()
            .map(|s| (&*s.id, ids(s.nodes.iter().map(|n| &n.skill))))
            .collect();
        assert_eq!(
            stages,
            [
                ("the-web", vec!["http", "git"]),
                ("build", vec!["sql", "api", "css"]),
                ("ship", vec!["docker"]),
            ]
        );
        assert_eq!(map.stages[0].title, "Stage the-web");
        let api = &map.stages[1].nodes[1];
        assert_eq!(ids(api.prerequisites.iter()), ["sql", "http"]);
        assert!(!api.optional && map.stages[0].nodes[1].optional);
    }

    #[test]
    fn unknown_and_repeated_skills_are_left_out() {
        let mut cat = catalogue();
        let stage = &mut cat.roles[0].roadmap[2];
        stage.skills.push(crate::model::StageSkill {
            skill: "dockr".into(),
            optional: true,
        });
        stage.skills.push(stage.skills[0].clone());
        cat.skills[4].prerequisites.push("nowhere".into());
        let map = roadmap(&cat, &cat.roles[0]);
        assert_eq!(map.nodes().count(), 6);
        assert_eq!(map.stages[1].nodes[1].prerequisites.len(), 2);
    }

    #[test]
    fn without_a_roadmap_one_is_derived_by_depth() {
        let mut cat = catalogue();
        cat.roles[0].roadmap.clear();
        let map = roadmap(&cat, &cat.roles[0]);
        assert!(map.derived);
        let stages: Vec<(&str, &str, Vec<&str>)> = map
            .stages
            .iter()
            .map(|s| (&*s.id, &*s.title, ids(s.nodes.iter().map(|n| &n.skill))))
            .collect();
        assert_eq!(
            stages,
            [
                ("step-1", "Step 1: start here", vec!["http"]),
                ("step-2", "Step 2", vec!["sql", "css"]),
                ("step-3", "Step 3", vec!["api"]),
            ]
        );
        assert!(map.nodes().all(|n| !n.optional));
        assert!(map.stages.iter().all(|s| !s.why.is_empty()));
        // Front-end: one skill whose prerequisite is not the role's.
        let fe = roadmap(&cat, &cat.roles[1]);
        assert_eq!(fe.stages.len(), 1);
        assert_eq!(fe.stages[0].title, "The skills this role needs");
        assert_eq!(ids(fe.stages[0].nodes[0].prerequisites.iter()), ["http"]);
    }

    #[test]
    fn next_up_is_what_has_its_prerequisites_resolved() {
        let cat = catalogue();
        let map = roadmap(&cat, &cat.roles[0]);
        let none = Progress::default();
        assert_eq!(ids(map.next_up(&none)), ["http", "git"]);
        let p = none
            .with("http", Status::Done)
            .with("git", Status::Learning);
        assert_eq!(ids(map.next_up(&p)), ["git", "sql", "css"]);
        let p = p.with("sql", Status::Skipped).with("git", Status::Skipped);
        assert_eq!(ids(map.next_up(&p)), ["api", "css", "docker"]);
        // A prerequisite off the roadmap must be resolved too.
        let fe = roadmap(&cat, &cat.roles[1]);
        assert!(fe.next_up(&none).is_empty());
        assert_eq!(ids(fe.next_up(&none.with("http", Status::Done))), ["css"]);
    }

    #[test]
    fn stages_and_the_role_count_required_skills_alike_and_optional_ones_apart() {
        let cat = catalogue();
        let map = roadmap(&cat, &cat.roles[0]);
        let p = Progress::default()
            .with("http", Status::Done)
            .with("git", Status::Skipped)
            .with("sql", Status::Learning);
        // "git" is optional on the first stage: skipped, it is counted apart
        // on the stage exactly as in the whole roadmap's figures.
        let first = map.stages[0].tally(&p);
        assert_eq!(
            first,
            Tally {
                done: 1,
                learning: 0,
                skipped: 0,
                total: 1,
                optional: 1,
                optional_resolved: 1,
            }
        );
        assert!(first.complete() && first.percent() == 100);
        assert_eq!(
            first.optional_text().as_deref(),
            Some("1 of 1 optional skill done or skipped, not counted above")
        );
        let all = map.tally(&p);
        assert_eq!(
            (all.done, all.learning, all.skipped, all.total),
            (1, 1, 0, 4)
        );
        assert_eq!((all.optional, all.optional_resolved), (2, 1));
        // The stages add up to the whole, figure by figure.
        let sum = map
            .stages
            .iter()
            .map(|s| s.tally(&p))
            .fold(Tally::default(), |a, t| Tally {
                done: a.done + t.done,
                learning: a.learning + t.learning,
                skipped: a.skipped + t.skipped,
                total: a.total + t.total,
                optional: a.optional + t.optional,
                optional_resolved: a.optional_resolved + t.optional_resolved,
            });
        assert_eq!(sum, all);
        assert_eq!(
            (all.resolved(), all.not_started(), all.percent()),
            (1, 2, 25)
        );
        let third = Tally {
            done: 1,
            total: 3,
            ..Tally::default()
        };
        assert_eq!(third.percent(), 33, "rounded down");
        assert_eq!(Tally::default().percent(), 100);
    }

    #[test]
    fn courses_teaching_a_skill_are_shortest_first() {
        let cat = catalogue();
        let found: Vec<&str> = courses_teaching(&cat, "api")
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(found, ["api-short", "apis", "full-stack"]);
        assert!(courses_teaching(&cat, "docker").is_empty());
    }
}
