//! A personal plan: a target role, the skills it still needs (the gap), the
//! courses that cover them within the visitor's constraints and as their
//! goal wants, and what those courses add up to at their study load.
//!
//! - `constraints`: what the visitor wants of a course;
//! - `goal`: what a proposal makes small (courses, time, fees) and the
//!   study load that turns lengths into calendar time;
//! - `codec`: the plan in local storage and in its link;
//! - `link`: what opening a plan link does to the visitor's plan;
//! - `index`: what the cover reads of every course, built once per catalogue;
//! - `cover`: the gap, the proposed courses (greedy set cover), alternatives;
//! - `current`: what the plan page shows now (gap and courses, by id);
//! - `summary`: total time, known fees, unpublished fees, overlaps, coverage.

mod codec;
mod constraints;
mod cover;
mod current;
mod goal;
mod index;
mod link;
mod summary;

pub use codec::{Plan, PlanError};
pub use constraints::Constraints;
pub use cover::{gap, Pick, Proposal, MAX_ALTERNATIVES};
pub use current::{switch_text, Current};
pub use goal::{Objective, Rank, StudyLoad, FULL_TIME_HOURS, LONG_WEEKS};
pub use index::PlanIndex;
pub use link::{open_link, LinkAction};
pub use summary::{summarise, Summary};
