//! Helpers every page uses: the catalogue from context, the tab title, and
//! whether the app has started in the browser.

use leptos::prelude::*;

use crate::catalogue::SharedCatalogue;

/// The loaded catalogue. Pages render only after it has loaded (see `App`).
pub fn use_catalogue() -> SharedCatalogue {
    expect_context::<SharedCatalogue>()
}

/// The page's title as the pre-render build reads it back, so the `<title>`
/// in the HTML is the one the page itself sets.
#[cfg(feature = "ssr")]
#[derive(Clone, Default)]
pub struct RenderedTitle(pub std::sync::Arc<std::sync::Mutex<Option<String>>>);

/// Keeps the tab title in step with the page: "Page — Career Guide".
pub fn set_page_title(title: impl Fn() -> String + 'static) {
    #[cfg(feature = "ssr")]
    if let Some(rendered) = use_context::<RenderedTitle>() {
        if let Ok(mut slot) = rendered.0.lock() {
            *slot = Some(title());
        }
    }
    Effect::new(move |_| {
        document().set_title(&career_core::pages::full_title(&title()));
    });
}

/// Whether the app has started in the browser. `false` in every first
/// render — at build time and while the browser takes over the page — so
/// what only the browser knows (storage, the query string, the screen) is
/// shown only after that, never as a difference the takeover trips on.
#[derive(Clone, Copy)]
pub struct Started(pub ReadSignal<bool>);

pub fn use_started() -> ReadSignal<bool> {
    expect_context::<Started>().0
}
