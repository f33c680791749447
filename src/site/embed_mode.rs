//! Embed mode: the app inside a host's iframe, without the site chrome.
//!
//! The host's options live in the first path segment (`/embed;accent=…/…`,
//! parsed by `career_core::embed`), which becomes the router's base, so they
//! survive every navigation inside the iframe.

use career_core::embed::{self, AccentPalette, EmbedOptions};
use career_core::note::Note;
use career_core::prefs::Theme;
use career_core::Catalogue;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How the app was opened inside a host page.
pub struct EmbedMode {
    /// The path segment carrying the options, e.g. `embed;compact`.
    pub segment: String,
    /// The options that were understood.
    pub options: EmbedOptions,
    /// One note per option that was not understood, for the host.
    pub notes: Vec<Note>,
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
    pub fn restrict(&self, catalogue: &Catalogue) -> (Option<Catalogue>, Option<Note>) {
        let Some(provider) = &self.options.provider else {
            return (None, None);
        };
        match embed::only_provider(catalogue, provider) {
            Some(only) => (Some(only), None),
            None => (
                None,
                Some(Note::ProviderNotInCatalogue {
                    provider: provider.clone(),
                }),
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
