//! The views a host can embed and the frame that shows one: its address
//! (the frame file, carrying the options and the view), which addresses a
//! frame may open, and the Embed page's rule of two to four compared roles.

use super::options::{split_path, EmbedOptions};
use crate::compare::{self, MAX_ROLES, MIN_ROLES};
use crate::links::param;

/// The views a host can embed, as the Embed page offers them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedView {
    Home,
    Courses,
    /// One role's guide.
    RoleGuide(String),
    /// Roles side by side (2 to 4).
    Compare(Vec<String>),
    Quiz,
}

impl EmbedView {
    /// The app path inside the embed, without the leading slash:
    /// `courses`, `roles/backend-developer`, `compare?roles=a,b`.
    pub fn path(&self) -> String {
        match self {
            EmbedView::Home => String::new(),
            EmbedView::Courses => "courses".to_string(),
            EmbedView::RoleGuide(id) => format!("roles/{id}"),
            EmbedView::Compare(ids) => format!("compare?roles={}", compare::to_query(ids)),
            EmbedView::Quiz => "quiz".to_string(),
        }
    }

    /// What the iframe is called for assistive technology.
    pub fn frame_title(&self) -> &'static str {
        match self {
            EmbedView::Home => "Career Guide",
            EmbedView::Courses => "Career Guide: course finder",
            EmbedView::RoleGuide(_) => "Career Guide: role guide",
            EmbedView::Compare(_) => "Career Guide: role comparison",
            EmbedView::Quiz => "Career Guide: skills quiz",
        }
    }
}

/// Whether the host may tick or untick role `id` among the roles an
/// embedded comparison shows (`chosen`): the choice always keeps
/// [`MIN_ROLES`] to [`MAX_ROLES`] roles, so a full choice locks the roles
/// outside it, and the last [`MIN_ROLES`] stay ticked.
pub fn can_toggle_compared(chosen: &[String], id: &str) -> bool {
    if chosen.iter().any(|c| c == id) {
        chosen.len() > MIN_ROLES
    } else {
        chosen.len() < MAX_ROLES
    }
}

/// `chosen` with role `id` ticked or unticked, where
/// [`can_toggle_compared`] allows it; otherwise `chosen` as it is.
pub fn toggle_compared(chosen: &[String], id: &str) -> Vec<String> {
    if !can_toggle_compared(chosen, id) {
        return chosen.to_vec();
    }
    match chosen.iter().position(|c| c == id) {
        Some(index) => compare::remove(chosen, index),
        None => compare::add(chosen, id),
    }
}

/// The file an embedded view's frame opens: a page every static host serves
/// (with status 200), whose script then moves to the view's own address.
pub const FRAME_FILE: &str = "embed.html";

/// The frame's address, relative to the site's base: `embed.html?view=…`
/// carrying the options segment and the view's path. embed.js builds the
/// same address from a placeholder's attributes.
pub fn frame_src(view: &EmbedView, options: &EmbedOptions) -> String {
    let target = format!("{}/{}", options.to_segment(), view.path());
    format!(
        "{FRAME_FILE}?{}={}",
        param::VIEW,
        crate::finder::encode_component(&target)
    )
}

/// The address a frame's `view` parameter asks for (`embed;…/courses`),
/// if it is an embedded view's; anything else is refused. A dot segment
/// (`..`, `.`, or either percent-encoded) is refused too: the browser would
/// resolve `embed/../about` to the full site's `/about`.
pub fn frame_target(view_param: &str) -> Option<&str> {
    let path = format!("/{view_param}");
    split_path(&path)?;
    let path_part = view_param.split(['?', '#']).next().unwrap_or_default();
    let dot_segment = path_part.split('/').any(|segment| {
        matches!(
            segment.to_ascii_lowercase().as_str(),
            "." | ".." | "%2e" | "%2e%2e" | ".%2e" | "%2e."
        )
    });
    (!dot_segment && !view_param.contains("//") && !view_param.contains('\\')).then_some(view_param)
}

/// Where a frame goes when its `view` is refused: an embedded address that
/// is no page, so the frame shows the embedded "not found" view and never
/// the full site.
pub const REFUSED_VIEW: &str = "embed/view-not-offered";

/// The embedded view's address that the frame file's query string (as
/// `location.search` gives it, with or without `?`) asks for, checked by
/// [`frame_target`]: what [`frame_src`] wrote.
pub fn frame_target_in_query(search: &str) -> Option<String> {
    let query = search.strip_prefix('?').unwrap_or(search);
    let view = crate::finder::query_value(query, param::VIEW)?;
    frame_target(&view).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_opens_the_frame_file_and_names_only_embedded_views() {
        let view = EmbedView::Compare(vec!["a".into(), "b".into()]);
        let options = EmbedOptions {
            compact: true,
            ..EmbedOptions::default()
        };
        let src = frame_src(&view, &options);
        assert_eq!(
            src,
            "embed.html?view=embed%3Bcompact%2Fcompare%3Froles%3Da%2Cb"
        );
        let (_, search) = src.split_once('?').unwrap();
        assert_eq!(
            frame_target_in_query(&format!("?{search}")).as_deref(),
            Some("embed;compact/compare?roles=a,b")
        );
        assert_eq!(frame_target_in_query("?other=1"), None);
        assert_eq!(frame_target_in_query("view=courses"), None);
        assert_eq!(frame_target("embed/courses"), Some("embed/courses"));
        assert_eq!(
            frame_target("embed/courses?q=a/../b"),
            Some("embed/courses?q=a/../b"),
            "dots in the query are a search, not a path"
        );
        assert!(frame_target(REFUSED_VIEW).is_some());
        for refused in [
            "courses",
            "embedded/x",
            "embed//evil.example/x",
            "/embed/x",
            "",
            "embed/../about",
            "embed/..",
            "embed;compact/./../about",
            "embed/%2E%2e/about",
            "embed/.%2E/about",
        ] {
            assert_eq!(frame_target(refused), None, "{refused}");
        }
    }

    #[test]
    fn an_embedded_comparison_keeps_two_to_four_roles() {
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let two = ids(&["a", "b"]);
        assert!(!can_toggle_compared(&two, "a"), "the last two stay");
        assert_eq!(toggle_compared(&two, "a"), two);
        assert!(can_toggle_compared(&two, "c"));
        let three = toggle_compared(&two, "c");
        assert_eq!(three, ids(&["a", "b", "c"]));
        assert_eq!(toggle_compared(&three, "a"), ids(&["b", "c"]));
        let four = toggle_compared(&three, "d");
        assert!(
            !can_toggle_compared(&four, "e"),
            "a full choice locks the rest"
        );
        assert_eq!(toggle_compared(&four, "e"), four);
        assert!(can_toggle_compared(&four, "d"));
        // A catalogue with one role starts below the minimum and can only grow.
        let one = ids(&["a"]);
        assert!(!can_toggle_compared(&one, "a"));
        assert_eq!(toggle_compared(&one, "b"), two);
    }

    #[test]
    fn view_paths() {
        assert_eq!(EmbedView::Home.path(), "");
        assert_eq!(EmbedView::RoleGuide("dba".into()).path(), "roles/dba");
        assert_eq!(EmbedView::Quiz.path(), "quiz");
    }
}
