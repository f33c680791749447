//! Helpers every page uses: the catalogue from context, the tab title, and
//! whether the app has started in the browser.

use leptos::prelude::*;

use crate::catalogue::SharedCatalogue;

/// The loaded catalogue, as `crate::catalogue::provide_loaded` provides
/// it. Pages render only after it has loaded (see `App`).
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
        document().set_title(&career_core::pages::seo::full_title(&title()));
    });
}

/// Whether the app has started in the browser. `false` in every first
/// render — at build time and while the browser takes over the page — so
/// what only the browser knows (storage, the query string, the screen) is
/// shown only after that, never as a difference the takeover trips on.
#[derive(Clone, Copy)]
pub struct Started(pub ReadSignal<bool>);

/// Provides [`Started`] (called by `App`, before anything else that runs
/// once the app has started): `false` until the first effect runs.
pub fn provide_started() {
    let (started, set_started) = signal(false);
    provide_context(Started(started));
    // Effects run only in the browser, after the first render is in place.
    Effect::new(move |_| set_started.set(true));
}

/// Whether the app has started in the browser (reactive; see [`Started`]).
pub fn use_started() -> ReadSignal<bool> {
    expect_context::<Started>().0
}

/// Says, where a control is, that it needs JavaScript and what works
/// without it. Rendered until the app has started (so, without JavaScript,
/// always); the `needs-js` style shows it at once only where scripting is
/// off, else only if the app has still not started after a while, so it
/// never flashes for a visitor whose app starts.
#[component]
pub fn NeedsJs(
    /// Classes beside `needs-js` (e.g. "note").
    #[prop(optional)]
    class: &'static str,
    /// What needs JavaScript, and what works without it.
    children: ChildrenFn,
) -> impl IntoView {
    let started = use_started();
    move || {
        (!started.get()).then(|| view! { <p class=format!("needs-js {class}")>{children()}</p> })
    }
}

/// The first value of query parameter `key`, as a browser's
/// `URLSearchParams.get` and every reader in `career_core` take it (the
/// router's own `get` takes the last); a repeat is noted on every page by
/// [`RepeatedParamsNote`].
pub fn first_param(query: &leptos_router::params::ParamsMap, key: &str) -> Option<String> {
    query
        .get_all(key)
        .and_then(|values| values.into_iter().next())
}

/// For a page with parts that links name (`/ways-in/#csp`): a link from
/// another page arrives by the router, which does not scroll to the part
/// named, since it looks for it before the page is drawn; once it is drawn
/// in the browser, scrolls there as a full page load would.
pub fn scroll_to_fragment() {
    let fragment = leptos_router::hooks::use_location().hash;
    Effect::new(move |_| {
        let id = fragment.get_untracked();
        // A frame later: the router scrolls a new page to the top first.
        request_animation_frame(move || {
            if let Some(el) = id
                .strip_prefix('#')
                .and_then(|id| document().get_element_by_id(id))
            {
                el.scroll_into_view();
            }
        });
    });
}

/// "This address names “q” more than once; the first value is used."
#[component]
pub fn RepeatedParamsNote() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    move || {
        let search = location.search.get();
        let repeated = career_core::finder::repeated_params(search.trim_start_matches('?'));
        career_core::finder::repeated_note(&repeated)
            .map(|note| view! { <div class="wrap"><p class="note" role="status">{note.to_string()}</p></div> })
    }
}
