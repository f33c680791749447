//! What the course cover reads of every course, built once per catalogue:
//! skill positions, the facts constraints test, and tie-break keys, in
//! flat arrays. At 50,000 courses the courses themselves (strings and
//! vectors all over the heap) are too slow to walk on every proposal; these
//! arrays are a few hundred kilobytes, read in order.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use super::constraints::{Constraints, Facts, Filter};
use super::goal::{Objective, Rank};
use crate::model::{Catalogue, Course, Skill};

/// The catalogue as the plan's cover reads it. Build one per catalogue and
/// keep it, as the finder keeps its `CourseIndex`; it owns its data, and
/// each use is given the catalogue it was built from.
#[derive(Debug, Clone, Default)]
pub struct PlanIndex {
    /// Catalogue skills' positions, by id.
    skill_at: HashMap<String, u32>,
    /// Course `i`'s skill positions are `skills[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    skills: Vec<u32>,
    facts: Vec<Facts>,
    /// Duration, then fee known before unknown, then fee, as one number.
    keys: Vec<u64>,
}

impl PlanIndex {
    /// Reads every course of `cat` once. Course skills the catalogue does
    /// not define are left out (the validator rejects them).
    pub fn new(cat: &Catalogue) -> PlanIndex {
        let skill_at: HashMap<String, u32> = cat
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i as u32))
            .collect();
        let kinds: HashMap<&str, _> = cat
            .providers
            .iter()
            .map(|p| (p.id.as_str(), p.kind))
            .collect();
        let currency = cat.meta.currency.as_str();
        let mut index = PlanIndex {
            skill_at,
            starts: Vec::with_capacity(cat.courses.len() + 1),
            skills: Vec::new(),
            facts: Vec::with_capacity(cat.courses.len()),
            keys: Vec::with_capacity(cat.courses.len()),
        };
        index.starts.push(0);
        for course in &cat.courses {
            let known = course
                .skills
                .iter()
                .filter_map(|s| index.skill_at.get(s.as_str()));
            index.skills.extend(known);
            index.starts.push(index.skills.len() as u32);
            let kind = kinds.get(course.provider.as_str()).copied();
            index.facts.push(Facts::of(course, kind, currency));
            let fee = course.comparable_fee(currency).map_or(1 << 32, u64::from);
            index
                .keys
                .push(u64::from(course.duration_weeks) << 33 | fee);
        }
        index
    }

    /// True when this index was built from `cat` (as far as can be told
    /// cheaply: the same number of courses and skills).
    pub(super) fn fits(&self, cat: &Catalogue) -> bool {
        self.facts.len() == cat.courses.len() && self.skill_at.len() == cat.skills.len()
    }

    /// Course `i`'s skill positions.
    fn skills_of(&self, i: usize) -> &[u32] {
        &self.skills[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Course `i`'s [`Rank`] for `objective`, from its tie-break key.
    pub(super) fn rank(&self, i: usize, objective: Objective) -> Rank {
        let key = self.keys[i];
        let fee = key & ((1 << 33) - 1);
        let weeks = u16::try_from(key >> 33).unwrap_or(u16::MAX);
        objective.rank(weeks, u32::try_from(fee).ok())
    }

    /// Between courses of `cat` that cover as much: shorter first, then the
    /// cheaper known fee (unknown fees last), then by id, so every choice
    /// is deterministic.
    pub(super) fn tie_break(&self, cat: &Catalogue, a: usize, b: usize) -> Ordering {
        self.keys[a]
            .cmp(&self.keys[b])
            .then_with(|| cat.courses[a].id.cmp(&cat.courses[b].id))
    }
}

/// A gap as bit positions: each distinct skill once, in gap order.
pub(super) struct GapBits<'a> {
    pub(super) skills: Vec<&'a Skill>,
    /// Per catalogue skill, its bit, or `NONE` when it is not in the gap.
    bit_of: Vec<u32>,
    /// 64-bit words per set.
    pub(super) words: usize,
}

const NONE: u32 = u32::MAX;

impl<'a> GapBits<'a> {
    pub(super) fn new(index: &PlanIndex, gap: &[&'a Skill]) -> GapBits<'a> {
        let mut bits = GapBits {
            skills: Vec::new(),
            bit_of: vec![NONE; index.skill_at.len()],
            words: 0,
        };
        let mut seen = HashSet::new();
        for &s in gap.iter().filter(|s| seen.insert(s.id.as_str())) {
            // A gap skill the catalogue does not define gets a bit that no
            // course sets: it is untaught.
            if let Some(&p) = index.skill_at.get(s.id.as_str()) {
                bits.bit_of[p as usize] = bits.skills.len() as u32;
            }
            bits.skills.push(s);
        }
        bits.words = bits.skills.len().div_ceil(64);
        bits
    }

    /// Writes the gap skills among `positions` into `out`; true if any.
    fn set(&self, positions: impl IntoIterator<Item = u32>, out: &mut [u64]) -> bool {
        out.fill(0);
        let mut any = false;
        for p in positions {
            let bit = self.bit_of[p as usize];
            if bit != NONE {
                out[bit as usize / 64] |= 1 << (bit % 64);
                any = true;
            }
        }
        any
    }

    /// Writes `course`'s gap skills into `out`; true if any.
    pub(super) fn of_course(&self, index: &PlanIndex, course: &Course, out: &mut [u64]) -> bool {
        let positions = course
            .skills
            .iter()
            .filter_map(|s| index.skill_at.get(s.as_str()).copied());
        self.set(positions, out)
    }

    /// The skills in `bits`, in gap order.
    pub(super) fn skills_in(&self, bits: &[u64]) -> Vec<&'a Skill> {
        (0..self.skills.len())
            .filter(|&i| bits[i / 64] & (1 << (i % 64)) != 0)
            .map(|i| self.skills[i])
            .collect()
    }
}

/// The courses within some constraints that cover part of a gap (by
/// course position, with their gap bits, flat), and which gap skills any
/// course teaches and any such course can reach.
pub(super) struct Candidates {
    pub(super) courses: Vec<usize>,
    bits: Vec<u64>,
    words: usize,
    pub(super) taught: Vec<u64>,
    pub(super) reachable: Vec<u64>,
}

impl Candidates {
    pub(super) fn new(index: &PlanIndex, gap: &GapBits, constraints: &Constraints) -> Candidates {
        let filter = Filter::new(constraints);
        let mut found = Candidates {
            courses: Vec::new(),
            bits: Vec::new(),
            words: gap.words,
            taught: vec![0; gap.words],
            reachable: vec![0; gap.words],
        };
        let mut bits = vec![0; gap.words];
        for i in 0..index.facts.len() {
            if !gap.set(index.skills_of(i).iter().copied(), &mut bits) {
                continue;
            }
            or_into(&mut found.taught, &bits);
            if filter.admits(&index.facts[i]) {
                or_into(&mut found.reachable, &bits);
                found.courses.push(i);
                found.bits.extend_from_slice(&bits);
            }
        }
        found
    }

    /// The `n`th candidate's gap bits.
    pub(super) fn bits(&self, n: usize) -> &[u64] {
        &self.bits[n * self.words..(n + 1) * self.words]
    }
}

/// `into |= bits`, word by word.
pub(super) fn or_into(into: &mut [u64], bits: &[u64]) {
    into.iter_mut().zip(bits).for_each(|(i, b)| *i |= b);
}

/// Set bits of `a & b`.
pub(super) fn overlap(a: &[u64], b: &[u64]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x & y).count_ones()).sum()
}
