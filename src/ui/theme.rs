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

/// The theme choice and what the system prefers, for the toggle.
#[derive(Clone, Copy)]
struct ThemeState {
    chosen: RwSignal<Theme>,
    system_dark: RwSignal<bool>,
}

/// Provides the theme the toggle drives. Both start as the build renders
/// them (follow the system, shown as light); once the app has started the
/// stored choice and the system setting are read, and every change is
/// applied and remembered. (`index.html` applies a stored choice before
/// the first paint, so a dark-theme visitor never sees a light flash.)
/// A `forced` theme (an embedding host's choice) is applied instead and the
/// visitor's own choice on the full site is left untouched.
pub fn provide_theme(forced: Option<Theme>) {
    let state = ThemeState {
        chosen: RwSignal::new(Theme::System),
        system_dark: RwSignal::new(false),
    };
    let storage = use_storage();
    // Effects run only in the browser, after the first render.
    Effect::new(move |started: Option<()>| {
        if started.is_none() {
            state.system_dark.set(system_prefers_dark());
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

/// A button that switches between light and dark; its state is announced.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let ThemeState {
        chosen,
        system_dark,
    } = expect_context::<ThemeState>();
    let is_dark = move || {
        chosen
            .get()
            .scheme()
            .map_or_else(|| system_dark.get(), |scheme| scheme == Scheme::Dark)
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || is_dark().to_string()
            on:click=move |_| chosen.set(Theme::toggled(is_dark()))
        >
            <span aria-hidden="true">{move || if is_dark() { "☾" } else { "☀" }}</span>
            " Dark theme"
        </button>
    }
}
