//! Light and dark themes: follows the system unless the visitor toggles,
//! and the choice is remembered in localStorage.

use career_core::prefs::Theme;
use leptos::prelude::*;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

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
pub fn init_theme() {
    let stored = storage().and_then(|s| s.get_item(Theme::STORAGE_KEY).ok().flatten());
    let theme = RwSignal::new(Theme::decode(stored.as_deref()));
    Effect::new(move |_| {
        let t = theme.get();
        apply(t);
        if let Some(s) = storage() {
            let _ = match t.encode() {
                Some(v) => s.set_item(Theme::STORAGE_KEY, v),
                None => s.remove_item(Theme::STORAGE_KEY),
            };
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
