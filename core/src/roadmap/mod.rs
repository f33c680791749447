//! Learning roadmaps: the order to learn a role's skills in, the visitor's
//! progress through them, and what to learn next.
//!
//! - `progress`: a status per skill, its stored/exported form and share link;
//! - `order`: stable topological order, prerequisite depth, cycles;
//! - `view`: a role's roadmap as a page shows it, next-up, tallies, and the
//!   courses that teach a skill;
//! - `ratings`: the quiz's self-ratings taken over as statuses.
//!
//! Decisions a page relies on: a prerequisite counts as met when it is done
//! or skipped, whether or not the roadmap shows it; a role's overall tally
//! counts its required skills only, a stage's tally every skill on it.

mod order;
mod progress;
mod ratings;
mod view;

#[cfg(test)]
pub(crate) mod testing;

pub use order::{find_cycle, topological};
pub use progress::{Progress, ProgressError, Status};
pub use ratings::{apply, from_self_ratings, Change};
pub use view::{courses_teaching, roadmap, Node, Roadmap, StageView, Tally};
