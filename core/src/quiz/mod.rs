//! The skills quiz: answers, their compact shareable code and saved
//! progress, scoring, and the skill gap with the courses that close it.
//!
//! Scoring model (also in docs/quiz-scoring.md):
//! - **Interest** (per role): the sum of the weights of the options chosen,
//!   rescaled from the lowest to the highest sum those same questions allow
//!   for that role, to 0–100.
//! - **Skills** (per role): for the role's skills the visitor told us about
//!   (a self-rating, or a knowledge question answered correctly, which counts
//!   as at least basic), the share of the required level they already reach:
//!   Σ min(have, need) / Σ need, to 0–100.
//! - **Match** = 60% interest + 40% skills when both are known; whichever is
//!   known otherwise. Ties keep catalogue order, so the ranking is
//!   deterministic.
//!
//! - `answers`: what the visitor answered;
//! - `code`: the answers as a short code for results links;
//! - `progress`: the answers and the current step, as kept in local storage;
//! - `score`: roles ranked by match, with reasons;
//! - `gap`: a role's skills against the answers, and courses for the gap;
//! - `place`: where the visitor could study, which narrows those courses.

mod answers;
mod code;
mod gap;
mod place;
mod progress;
mod score;

pub use answers::{Answer, Answers};
pub use code::{fingerprint, CodeError, MAX_OPTIONS};
pub use gap::{courses_for_gap, gap_courses_text, skill_gap, GapRow};
pub use place::{StudyPlace, PARAM as PLACE_PARAM};
pub use progress::{decode_progress, encode_progress, STORAGE_KEY};
pub use score::{is_correct, knowledge_review, known_level, score, Reviewed, RoleMatch};
