//! Small random course-cover problems and their optimum by brute force, to
//! hold the plan's greedy cover against: shared by the property tests and
//! the `plan/greedy_quality` line of `cargo bench`. Included by `#[path]`
//! (not from `common`), so test binaries that do not use it do not build it.

use career_core::plan::{self, Constraints, Objective, Rank};
use career_core::{parse_catalogue, Catalogue, Fee, Skill, SkillCategory};

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// One problem: a catalogue of up to 12 courses over up to 14 skills, the
/// gap (skill ids) and the constraints to keep to.
pub struct Case {
    pub cat: Catalogue,
    pub gap: Vec<String>,
    pub constraints: Constraints,
}

impl Case {
    /// The gap's skills.
    pub fn gap(&self) -> Vec<&Skill> {
        self.gap
            .iter()
            .filter_map(|id| self.cat.skill(id))
            .collect()
    }
}

/// The problem made from `seed`: random skills per course, durations and
/// fees (some unknown), a random gap, and in a third of cases a fee limit.
pub fn case(seed: u64) -> Case {
    let mut rng = Rng(seed | 1);
    let mut cat = parse_catalogue(include_str!("../fixtures/minimal.json")).expect("fixture");
    let skills = 4 + rng.below(11);
    cat.skills = (0..skills)
        .map(|i| Skill {
            id: format!("s{i}"),
            name: format!("Skill {i}"),
            category: SkillCategory::Concept,
            description: String::new(),
            prerequisites: Vec::new(),
        })
        .collect();
    let template = cat.courses[0].clone();
    cat.courses = (0..1 + rng.below(12))
        .map(|c| {
            let mut course = template.clone();
            course.id = format!("c{c}");
            course.skills = (0..skills)
                .filter(|_| rng.below(3) == 0)
                .map(|i| format!("s{i}"))
                .collect();
            course.duration_weeks = 1 + rng.below(60) as u16;
            course.fee = (rng.below(4) > 0).then(|| {
                let amount = 100 * rng.below(50) as u32;
                Fee::whole_course(amount, amount, "AUD", "s")
            });
            course
        })
        .collect();
    let mut gap: Vec<String> = (0..skills)
        .filter(|_| rng.below(5) > 0)
        .map(|i| format!("s{i}"))
        .collect();
    if gap.is_empty() {
        gap.push("s0".into());
    }
    let constraints = Constraints {
        max_fee: (rng.below(3) == 0).then(|| 100 * rng.below(50) as u32),
        ..Constraints::default()
    };
    Case {
        cat,
        gap,
        constraints,
    }
}

/// Each allowed course's gap skills as bits, with its rank for `objective`.
fn masks(case: &Case, objective: Objective) -> Vec<(u32, Rank)> {
    let gap = case.gap();
    case.cat
        .courses
        .iter()
        .filter(|c| case.constraints.allows(&case.cat, c))
        .map(|c| {
            let bits = gap
                .iter()
                .enumerate()
                .filter(|(_, s)| c.skills.contains(&s.id))
                .fold(0, |m, (i, _)| m | 1 << i);
            let fee = c.comparable_fee(&case.cat.meta.currency);
            (bits, objective.rank(c.duration_weeks, fee))
        })
        .collect()
}

/// The stages courses fall in for `objective`, in order.
fn stages(masks: &[(u32, Rank)]) -> Vec<u8> {
    let mut stages: Vec<u8> = masks.iter().map(|(_, r)| r.stage).collect();
    stages.sort_unstable();
    stages.dedup();
    stages
}

/// Per stage of `objective` (see `Objective::rank`), the least total cost
/// of allowed courses of that stage covering every gap skill they teach
/// and earlier stages do not, by trying every set of them (at most 2^12).
pub fn optimum(case: &Case, objective: Objective) -> Vec<u64> {
    let all = masks(case, objective);
    let mut left = u32::MAX;
    stages(&all)
        .into_iter()
        .map(|stage| {
            let masks: Vec<(u32, u64)> = all
                .iter()
                .filter(|(_, r)| r.stage == stage)
                .map(|(m, r)| (m & left, r.cost))
                .collect();
            let reachable = masks.iter().fold(0, |a, (m, _)| a | m);
            left &= !reachable;
            // covered[set] and cost[set] built from the set without its lowest course.
            let mut covered = vec![0u32; 1 << masks.len()];
            let mut cost = vec![0u64; 1 << masks.len()];
            let mut best = if reachable == 0 { 0 } else { u64::MAX };
            for set in 1..covered.len() {
                let low = set.trailing_zeros() as usize;
                covered[set] = covered[set & (set - 1)] | masks[low].0;
                cost[set] = cost[set & (set - 1)] + masks[low].1;
                if covered[set] == reachable {
                    best = best.min(cost[set]);
                }
            }
            best
        })
        .collect()
}

/// H(d) = 1 + 1/2 + … + 1/d, where d is the most gap skills one allowed
/// course covers: greedy never costs more than H(d) times the optimum.
pub fn greedy_bound(case: &Case) -> f64 {
    let d = masks(case, Objective::Fewest)
        .iter()
        .map(|(m, _)| m.count_ones())
        .max()
        .unwrap_or(0);
    (1..=d).map(|k| 1.0 / f64::from(k)).sum()
}

/// The greedy proposal for `case`.
pub fn proposal(case: &Case, objective: Objective) -> plan::Proposal<'_> {
    plan::PlanIndex::new(&case.cat).propose(&case.cat, &case.gap(), &case.constraints, objective)
}

/// The greedy proposal's cost per stage, as `optimum` counts it.
pub fn greedy(case: &Case, objective: Objective) -> Vec<u64> {
    let all = masks(case, objective);
    let currency = &case.cat.meta.currency;
    let picks: Vec<Rank> = proposal(case, objective)
        .picks
        .iter()
        .map(|p| objective.rank(p.course.duration_weeks, p.course.comparable_fee(currency)))
        .collect();
    stages(&all)
        .into_iter()
        .map(|stage| {
            picks
                .iter()
                .filter(|r| r.stage == stage)
                .map(|r| r.cost)
                .sum()
        })
        .collect()
}

/// Greedy against the optimum over `cases` seeds.
pub struct Quality {
    pub cases: usize,
    /// Cases where greedy cost as little as possible in every stage.
    pub optimal: usize,
    /// The largest greedy ÷ optimum of one stage.
    pub worst_ratio: f64,
    /// Cases where greedy went past its H(d) bound (never, if it is greedy).
    pub over_bound: usize,
}

/// Greedy against brute force for `objective` on the cases of seeds
/// `1..=cases`.
pub fn quality(cases: u64, objective: Objective) -> Quality {
    let mut q = Quality {
        cases: 0,
        optimal: 0,
        worst_ratio: 1.0,
        over_bound: 0,
    };
    for seed in 1..=cases {
        let case = case(seed);
        let (greedy, best) = (greedy(&case, objective), optimum(&case, objective));
        q.cases += 1;
        let bound = greedy_bound(&case);
        let mut over = false;
        for (&g, &b) in greedy.iter().zip(&best) {
            if g as f64 > bound * b as f64 + 1e-9 {
                over = true;
            }
            if g != b {
                let ratio = if b == 0 {
                    f64::INFINITY
                } else {
                    g as f64 / b as f64
                };
                q.worst_ratio = q.worst_ratio.max(ratio);
            }
        }
        q.over_bound += usize::from(over);
        q.optimal += usize::from(greedy == best);
    }
    q
}
