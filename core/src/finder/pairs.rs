//! How many courses have each two options of the facets before the skills,
//! which a large catalogue's early file carries so that, while every
//! course downloads, a search that ticks options in one or two facets
//! shows its exact count and more facets' counts
//! ([`super::FinderStart::known`]).

use serde::{Deserialize, Serialize};

use super::index::OptionNo;
use super::{CourseIndex, Facet};

/// The facets the pairs cover are those before this one: every facet but
/// the skills, whose many options would make the table several times
/// larger, and the roles after them (so the covered options are numbered
/// from 0 without a gap).
pub(super) const UNPAIRED: Facet = Facet::Skill;

/// For each two different options of the covered facets (numbered as
/// [`CourseIndex::option_number`] numbers them), how many courses have
/// both. (How many have one option, the opening search's counts say.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PairCounts(Vec<u32>);

impl PairCounts {
    /// The pairs of every course `index` indexes.
    pub(super) fn new(index: &CourseIndex) -> PairCounts {
        let options = index.options_before(UNPAIRED);
        let mut counts = vec![0; at(options, 0)];
        for c in 0..index.courses() {
            let own = index.options_of(c, UNPAIRED);
            for (i, &a) in own.iter().enumerate() {
                for &b in &own[i + 1..] {
                    counts[at(a as usize, b as usize)] += 1;
                }
            }
        }
        PairCounts(counts)
    }

    /// How many courses have both of two different options `a` and `b`;
    /// `None` if the table has no such pair.
    pub(super) fn both(&self, a: OptionNo, b: OptionNo) -> Option<u32> {
        self.0.get(at(a as usize, b as usize)).copied()
    }

    /// Whether the table holds every pair of `options` options, and no
    /// more: it was written for a catalogue with those options.
    pub(super) fn fits(&self, options: usize) -> bool {
        self.0.len() == at(options, 0)
    }
}

/// Where the pair of different options `a` and `b` is in the table, in
/// either order (`at(n, 0)` is the size of a table of `n` options).
fn at(a: usize, b: usize) -> usize {
    let (high, low) = (a.max(b), a.min(b));
    high * high.saturating_sub(1) / 2 + low
}
