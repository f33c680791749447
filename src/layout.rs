//! The site chrome: skip link, header with navigation, footer.

use career_core::format;
use career_core::links;
use leptos::prelude::*;

use crate::catalogue::SharedCatalogue;
use crate::offline::use_connection;
use crate::ui::theme::ThemeToggle;
use crate::ui::widgets::{JumpLink, Link};

/// Lets keyboard users jump past the navigation.
#[component]
fn SkipLink() -> impl IntoView {
    view! { <JumpLink target="main" class="skip-link">"Skip to content"</JumpLink> }
}

/// Site header: name, main navigation and the theme toggle.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <SkipLink/>
            <div class="wrap header-inner">
                <Link href="/" class="brand">
                    <span class="brand-mark" aria-hidden="true">"</>"</span>
                    " Career Guide"
                </Link>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        <li><Link href=links::ROLES>"Roles"</Link></li>
                        <li><Link href=links::COMPARE>"Compare"</Link></li>
                        <li><Link href=links::QUIZ>"Quiz"</Link></li>
                        <li><Link href=links::COURSES>"Courses"</Link></li>
                        <li><Link href=links::PLAN>"Plan"</Link></li>
                        <li><Link href=links::ABOUT>"About"</Link></li>
                    </ul>
                </nav>
                <ThemeToggle/>
            </div>
        </header>
    }
}

/// Site footer: when the catalogue was last reviewed and where its facts come from.
#[component]
pub fn Footer(
    /// The catalogue once loaded; the footer shows its review date.
    catalogue: Signal<Option<SharedCatalogue>>,
) -> impl IntoView {
    let connection = use_connection();
    let reviewed = move || {
        catalogue.get().map(|cat| {
            let meta = &cat.meta;
            (format::iso_date(&meta.last_reviewed), meta.sources.len())
        })
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {move || reviewed().map(|(date, sources)| view! {
                    <p>
                        "Catalogue last reviewed " <time>{date}</time> ". Facts and figures come from "
                        {sources} " published sources, each cited where it is used — "
                        <Link href=links::ABOUT>"see all sources"</Link> "."
                    </p>
                })}
                {move || connection.downloaded().map(|d| view! {
                    <p class="muted">"This copy of the catalogue was downloaded " {d} "."</p>
                })}
                <p class="muted">
                    "Career Guide runs entirely in your browser; nothing you enter leaves it. "
                    "Salaries and course details change: check with the provider before you enrol."
                </p>
                <p class="muted">
                    <Link href=links::PROVIDERS>"Every course by provider"</Link>
                    " · University or college? " <Link href=links::EMBEDDING>"Embed this guide on your site"</Link> "."
                </p>
            </div>
        </footer>
    }
}
