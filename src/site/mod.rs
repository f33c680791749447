//! Where the site is served and how this page was opened. Worked out once
//! at the top — from the build's options when pre-rendering, from the
//! document in the browser (`crate::browser`) — and provided to every
//! component by context, so nothing deep in the tree reads `window`.

mod embed_mode;

pub use embed_mode::{report_height_to_host, EmbedMode};

use std::sync::Arc;

use leptos::prelude::*;

/// The site's base path and, inside a host's iframe, the embed options.
pub struct Site {
    /// The path the site is served under, without a trailing slash: empty
    /// at the site root, `/careers` under a sub-path.
    pub base: String,
    /// How the app was opened inside a host page, if it was. Pre-rendered
    /// pages are never embedded: an embedded view is rendered in the browser.
    pub embed: Option<EmbedMode>,
    /// The site's absolute address (scheme, host and base path, no
    /// trailing slash) for links a visitor copies. Only the browser knows
    /// it, so it is `None` in every first render and set once the app has
    /// started.
    pub url: RwSignal<Option<String>>,
    /// The path the document was loaded at (with the base path), before
    /// the app moved anywhere: the page's own when pre-rendering.
    pub loaded_at: String,
}

/// The site, shared by every component.
pub type SharedSite = Arc<Site>;

impl Site {
    /// A site served under `base` (`/`, `/careers/` or `/careers`), in a
    /// document loaded at `loaded_at`.
    pub fn new(base: &str, embed: Option<EmbedMode>, loaded_at: String) -> Site {
        Site {
            base: base.trim_end_matches('/').to_string(),
            embed,
            url: RwSignal::new(None),
            loaded_at,
        }
    }

    /// Whether `path` (with the base path) is another address than the one
    /// the document was loaded at: the visitor moved within the app.
    pub fn moved_from_loaded(&self, path: &str) -> bool {
        path.trim_end_matches('/') != self.loaded_at.trim_end_matches('/')
    }

    /// What the router resolves routes and links against: the base path,
    /// plus the embed segment (`/embed;…`) when embedded, so every link
    /// inside an embedded view stays embedded with the host's options.
    pub fn router_base(&self) -> String {
        match &self.embed {
            Some(embed) => format!("{}/{}", self.base, embed.segment),
            None => self.base.clone(),
        }
    }

    /// A path as seen by the app, without the site's base path.
    pub fn within<'a>(&self, path: &'a str) -> &'a str {
        path.strip_prefix(self.base.as_str()).unwrap_or(path)
    }

    /// A link to an app path (`/quiz/results?a=…`) on the full site (never
    /// the embedded view): absolute once the site's address is known, else
    /// from the host's root.
    pub fn link_to(&self, path: &str) -> String {
        match self.url.get() {
            Some(url) => format!("{url}{path}"),
            None => format!("{}{path}", self.base),
        }
    }
}

/// Provides the site to every component (called by `App`).
pub fn provide_site(site: SharedSite) {
    provide_context(site);
}

/// The site provided by `App`.
pub fn use_site() -> SharedSite {
    expect_context::<SharedSite>()
}

/// An app path (`/courses?skill=sql`) as a link under the router's base.
/// leptos_router's `<A>` leaves absolute paths as they are, and `navigate`
/// adds the base itself, so only links need this.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", use_site().router_base())
}
