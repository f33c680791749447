//! Light and dark themes: follows the system unless the visitor toggles,
//! and the choice is remembered in localStorage.

use std::fmt;

use career_core::prefs::{Scheme, Theme};
use leptos::prelude::*;

use crate::ui::saved::{IfUnreadable, Saved};

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

/// A stored theme that is not a scheme's name.
struct NotATheme;

impl fmt::Display for NotATheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a theme")
    }
}

/// The stored choice: a scheme's name ([`Theme::decode`]); anything else
/// means following the system, quietly ([`IfUnreadable::UseDefault`]).
fn decode(text: &str) -> Result<Theme, NotATheme> {
    match Theme::decode(Some(text)) {
        Theme::System => Err(NotATheme),
        theme => Ok(theme),
    }
}

/// The stored form of a chosen scheme (`System`, the default, is stored as
/// no value at all).
fn encode(theme: &Theme) -> String {
    theme.encode().unwrap_or_default().to_string()
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
    let chosen = match forced {
        Some(theme) => {
            // Effects run only in the browser, after the first render.
            Effect::new(move |_| apply(theme));
            RwSignal::new(Theme::System)
        }
        None => {
            // A failed write shows the storage notice; the theme still
            // applies for the visit.
            let saved = Saved::new(Theme::STORAGE_KEY, decode, encode, IfUnreadable::UseDefault);
            Effect::new(move |_| {
                if saved.loaded.get() {
                    apply(saved.value.get());
                }
            });
            saved.value
        }
    };
    provide_context(ThemeState { chosen });
}

/// The theme state provided by [`provide_theme`].
fn use_theme() -> ThemeState {
    expect_context::<ThemeState>()
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
    let ThemeState { chosen } = use_theme();
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
