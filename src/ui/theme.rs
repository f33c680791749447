//! Light and dark themes: follows the system unless the visitor toggles,
//! and the choice is remembered in localStorage.

use career_core::prefs::Theme;
use leptos::prelude::*;

use crate::ui::storage;

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

/// Applies the stored theme and provides the signal the toggle drives.
/// A `forced` theme (an embedding host's choice) is applied instead and the
/// visitor's own choice on the full site is left untouched.
pub fn init_theme(forced: Option<Theme>) {
    if let Some(theme) = forced {
        apply(theme);
        return;
    }
    let stored = storage::get(Theme::STORAGE_KEY);
    let theme = RwSignal::new(Theme::decode(stored.as_deref()));
    Effect::new(move |_| {
        let t = theme.get();
        apply(t);
        match t.encode() {
            Some(v) => storage::set(Theme::STORAGE_KEY, v),
            None => storage::remove(Theme::STORAGE_KEY),
        }
    });
    provide_context(theme);
}

/// A button that switches between light and dark; its state is announced.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = expect_context::<RwSignal<Theme>>();
    let is_dark = move || match theme.get() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => system_prefers_dark(),
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || is_dark().to_string()
            on:click=move |_| theme.set(Theme::toggled(is_dark()))
        >
            <span aria-hidden="true">{move || if is_dark() { "☾" } else { "☀" }}</span>
            " Dark theme"
        </button>
    }
}
