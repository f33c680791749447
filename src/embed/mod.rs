//! Embed mode (the app inside a host's iframe, without the site chrome) and
//! the "Embed" page where a host picks a view and copies the snippet.
//!
//! The host's options live in the first path segment (`/embed;accent=…/…`,
//! parsed by `career_core::embed`), which becomes the router's base, so they
//! survive every navigation inside the iframe.

mod builder;

pub use builder::EmbedBuilderPage;

use career_core::embed::{self, AccentPalette, EmbedOptions};
use career_core::prefs::Theme;
use career_core::Catalogue;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::site::use_site;

/// How the app was opened inside a host page.
pub struct EmbedMode {
    /// The path segment carrying the options, e.g. `embed;compact`.
    pub segment: String,
    /// The options that were understood.
    pub options: EmbedOptions,
    /// One note per option that was not understood, for the host.
    pub notes: Vec<String>,
}

impl EmbedMode {
    /// The embed mode of a page at `path` (without the site's base path),
    /// if it is an embedded view. In-app navigation keeps the segment, so
    /// the first URL decides it for the life of the page.
    pub fn from_path(path: &str) -> Option<EmbedMode> {
        let (segment, _) = embed::split_path(path)?;
        let (options, notes) = EmbedOptions::parse(&segment[embed::SEGMENT.len()..]);
        Some(EmbedMode {
            segment: segment.to_string(),
            options,
            notes,
        })
    }

    /// The theme the host forces; `System` lets the visitor's OS decide.
    pub fn theme(&self) -> Theme {
        Theme::forcing(self.options.scheme)
    }

    /// Marks `<html>` for the embed styles and applies accent and density.
    /// The accent goes in through the CSSOM (not a `style` attribute), which
    /// the Content-Security-Policy allows.
    pub fn apply_to_document(&self) {
        let Some(root) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let _ = root.set_attribute("data-embed", "");
        if self.options.compact {
            let _ = root.set_attribute("data-compact", "");
        }
        if let Some(accent) = self.options.accent {
            let p = AccentPalette::from_accent(accent);
            let style = root.style();
            let pair = |light: embed::Rgb, dark: embed::Rgb| {
                format!("light-dark({}, {})", light.to_hex(), dark.to_hex())
            };
            let _ = style.set_property("--accent", &pair(p.light, p.dark));
            let _ = style.set_property("--accent-strong", &pair(p.light_strong, p.dark_strong));
        }
    }

    /// The catalogue this view shows: only the preset provider's courses if
    /// the host chose one that exists. An unknown provider adds a note.
    pub fn restrict(&self, catalogue: &Catalogue) -> (Option<Catalogue>, Option<String>) {
        let Some(provider) = &self.options.provider else {
            return (None, None);
        };
        match embed::only_provider(catalogue, provider) {
            Some(only) => (Some(only), None),
            None => (
                None,
                Some(format!(
                    "provider \"{provider}\" is not in the catalogue; courses from all providers are shown."
                )),
            ),
        }
    }
}

/// Tells the host page how tall the content is whenever it changes, so
/// embed.js can size the iframe and the visitor never scrolls twice. The
/// height is not private, so it is posted to any parent origin; embed.js
/// checks that messages come from this app's origin.
pub fn report_height_to_host() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"career-guide:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}

/// The strip at the foot of an embedded view: notes for the host about
/// options that were ignored, and a way out to the full site.
#[component]
pub fn EmbedFooter(
    /// Notes about options that were not understood or could not apply.
    notes: Signal<Vec<String>>,
) -> impl IntoView {
    // Follows every navigation, so the link opens the page being viewed.
    let site = use_site();
    let location = leptos_router::hooks::use_location();
    let href = move || {
        let path = location.pathname.get();
        let rest = embed::split_path(site.within(&path)).map_or("", |(_, rest)| rest);
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        site.link_to(&format!(
            "{}{query}",
            if rest.is_empty() { "/" } else { rest }
        ))
    };
    view! {
        <footer class="embed-footer" aria-label="About this embedded guide">
            {move || {
                let notes = notes.get();
                (!notes.is_empty()).then(|| view! {
                    <div class="embed-notes" role="note">
                        <p><strong>"Embed settings ignored:"</strong></p>
                        <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <p class="muted">
                "Career Guide · "
                <a href=href target="_blank" rel="noopener">
                    "Open the full guide"<span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
        </footer>
    }
}
