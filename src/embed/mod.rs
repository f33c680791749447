//! The embedded view's own parts — the footer strip with notes for the host
//! — and the "Embed" page where a host picks a view and copies the snippet.
//! How a page knows it is embedded, and with which options, is
//! `crate::site::EmbedMode`.

mod builder;

pub use builder::EmbedBuilderPage;

use career_core::embed;
use career_core::note::Note;
use leptos::prelude::*;

use crate::site::use_site;

/// The strip at the foot of an embedded view: notes for the host about
/// options that were ignored, and a way out to the full site.
#[component]
pub fn EmbedFooter(
    /// Notes about options that were not understood or could not apply.
    notes: Signal<Vec<Note>>,
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
                        <ul>{notes.into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}</ul>
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
