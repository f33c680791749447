//! Light and dark themes: follows the system unless the visitor toggles,
//! and the choice is remembered in localStorage.

use career_core::prefs::{Scheme, Theme};
use leptos::prelude::*;

use crate::ui::storage::use_storage;

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Sets `data-theme` on `<html>`; `System` removes it so CSS follows the OS.
fn apply(theme: Theme) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match theme.encode() {
        Some(name) => root.set_attribute("data-theme", name),
        None => root.remove_attribute("data-theme"),
    };
}

/// The visitor's theme choice, which the toggle drives.
#[derive(Clone, Copy)]
struct ThemeState {
    chosen: RwSignal<Theme>,
}

/// Provides the theme the toggle drives. It starts as the build renders it
/// (follow the system); once the app has started the stored choice is read,
/// and every change is applied and remembered. (`index.html` applies a
/// stored choice before the first paint, so a dark-theme visitor never sees
/// a light flash.) A `forced` theme (an embedding host's choice) is applied
/// instead and the visitor's own choice on the full site is left untouched.
pub fn provide_theme(forced: Option<Theme>) {
    let state = ThemeState {
        chosen: RwSignal::new(Theme::System),
    };
    let storage = use_storage();
    // Effects run only in the browser, after the first render.
    Effect::new(move |started: Option<()>| {
        if started.is_none() {
            if let Some(theme) = forced {
                apply(theme);
                return;
            }
            let stored = Theme::decode(storage.get(Theme::STORAGE_KEY).as_deref());
            state.chosen.set(stored);
            apply(stored);
            // What was read needs no writing back; later changes do.
            state.chosen.track();
            return;
        }
        if forced.is_some() {
            return;
        }
        let theme = state.chosen.get();
        apply(theme);
        // A failed write shows the storage notice; the theme still applies
        // for the visit.
        let _ = match theme.encode() {
            Some(v) => storage.set(Theme::STORAGE_KEY, v),
            None => storage.remove(Theme::STORAGE_KEY),
        };
    });
    provide_context(state);
}

/// A button that switches between light and dark, named for what it does:
/// "Use light theme" while dark is on, "Use dark theme" while light is.
/// Both names are rendered and the stylesheet shows the one for the scheme
/// on screen (`data-theme`, else the system's), so the name is true from the
/// first paint — the build cannot know the scheme, and a visitor may change
/// the system's while the page is open. Without JavaScript it is not
/// offered (it could do nothing); a press before the app has started is
/// held and applied once it has.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let ThemeState { chosen } = expect_context::<ThemeState>();
    let showing_dark = move || {
        chosen
            .get_untracked()
            .scheme()
            .map_or_else(system_prefers_dark, |scheme| scheme == Scheme::Dark)
    };
    view! {
        <button type="button" class="theme-toggle" on:click=move |_| chosen.set(Theme::toggled(showing_dark()))>
            <span class="while-light"><span aria-hidden="true">"☾ "</span>"Use dark theme"</span>
            <span class="while-dark"><span aria-hidden="true">"☀ "</span>"Use light theme"</span>
        </button>
    }
}
