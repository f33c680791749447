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
