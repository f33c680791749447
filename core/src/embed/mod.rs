//! Embed mode: the options a host page sets for an embedded view, their
//! validation, and the colours derived from a host's accent.
//!
//! An embedded view lives under a path whose first segment is `embed`,
//! optionally followed by `;`-separated options, e.g.
//! `/embed;accent=0b5cad;theme=dark;compact;provider=rmit/courses`.
//! Keeping the options in the path (rather than the query) means the
//! router treats `/embed;…` as its base, so every in-app link and
//! navigation inside the iframe keeps them without any extra work.
//!
//! - `options`: the options ([`EmbedOptions`]), a note per bad one, the
//!   `embed;…` segment and [`split_path`];
//! - `colour`: [`Rgb`], contrast, and the [`AccentPalette`] derived from
//!   a host's accent;
//! - `view`: the views a host can embed ([`EmbedView`]), the frame's
//!   address and what it may open, and the compared roles' two-to-four rule;
//! - `snippet`: the HTML a host pastes ([`snippet()`]);
//! - `provider`: a view embedded for one provider — its courses only, the
//!   Embed page's provider choices, and its courses for a role.

mod colour;
mod options;
mod provider;
mod snippet;
mod view;

pub use crate::prefs::Scheme;
pub use colour::{AccentPalette, Rgb, MIN_CONTRAST};
pub use options::{split_path, EmbedOptions, SEGMENT};
pub use provider::{
    course_count, only_provider, provider_choices, provider_courses_for_role,
    provider_courses_intro, RoleCourse,
};
pub use snippet::snippet;
pub use view::{
    can_toggle_compared, frame_src, frame_target, frame_target_in_query, toggle_compared,
    EmbedView, FRAME_FILE, REFUSED_VIEW,
};
