//! A personal plan: a target role, the skills it still needs (the gap), the
//! courses that cover them within the visitor's constraints, and what those
//! courses add up to.
//!
//! - `constraints`: what the visitor wants of a course;
//! - `codec`: the plan in local storage and in its link;
//! - `index`: what the cover reads of every course, built once per catalogue;
//! - `cover`: the gap, the proposed courses (greedy set cover), alternatives;
//! - `summary`: total time, known fees, unpublished fees, coverage.

mod codec;
mod constraints;
mod cover;
mod index;
mod summary;

pub use codec::{Plan, PlanError};
pub use constraints::Constraints;
pub use cover::{gap, Pick, Proposal, MAX_ALTERNATIVES};
pub use index::PlanIndex;
pub use summary::{summarise, Summary};
