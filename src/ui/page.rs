//! Helpers every page uses: the catalogue from context and the tab title.

use leptos::prelude::*;

use crate::catalogue::SharedCatalogue;

/// The loaded catalogue. Pages render only after it has loaded (see `App`).
pub fn use_catalogue() -> SharedCatalogue {
    expect_context::<SharedCatalogue>()
}

/// Keeps the tab title in step with the page: "Page — Career Guide".
pub fn set_page_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        document().set_title(&format!("{} — Career Guide", title()));
    });
}

/// The path the site is served under, e.g. `/careers` (empty at the site
/// root), from `<base href>`, which Trunk writes from its `--public-url`.
/// So `dist/` can be hosted under a sub-path.
pub fn site_base() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let base = document().base_uri().ok().flatten().unwrap_or_default();
        web_sys::Url::new(&base)
            .map(|url| url.pathname().trim_end_matches('/').to_string())
            .unwrap_or_default()
    })
}

/// The base the router resolves routes and links against: the site base,
/// plus the embed segment (`/embed;…`) when the app runs embedded, so every
/// link inside an embedded view stays embedded with the host's options.
pub fn base_path() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| match crate::embed::embed_mode() {
        Some(embed) => format!("{}/{}", site_base(), embed.segment),
        None => site_base().to_string(),
    })
}

/// An app path (`/courses?skill=sql`) as a link under the base path.
/// leptos_router's `<A>` leaves absolute paths as they are, and `navigate`
/// adds the base itself, so only links need this.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}
