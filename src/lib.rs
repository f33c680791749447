//! Career Guide: the app shell, routes and the catalogue that feeds them.
//!
//! Data flows one way: catalogue JSON → validated model (`career_core`) →
//! memos in each page → views. Shareable state lives in the URL.

mod about;
mod catalogue;
mod compare;
mod courses;
mod embed;
mod home;
mod offline;
mod quiz;
mod roles;
mod ui;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::catalogue::load_catalogue;
use crate::embed::{embed_mode, EmbedFooter};
use crate::offline::{Connection, ConnectionNotices};
use crate::ui::layout::{Footer, Header};
use crate::ui::states::{CatalogueError, Loading, NotFound};
use crate::ui::theme::init_theme;

/// The whole app: shell (or, embedded, a chrome-free frame), catalogue
/// loading and routes.
#[component]
pub fn App() -> impl IntoView {
    let embed = embed_mode();
    if let Some(embed) = embed {
        embed.apply_to_document();
        embed::report_height_to_host();
    }
    init_theme(embed.map(|e| e.theme()));
    courses::Shortlist::provide();
    Connection::provide();
    let catalogue = LocalResource::new(load_catalogue);
    let retry = move || catalogue.refetch();
    let loaded = move || catalogue.get().and_then(Result::ok);
    let downloaded = Signal::derive(move || loaded().and_then(|l| l.downloaded));

    view! {
        <Router base=ui::page::base_path()>
            {embed.is_none().then(|| view! { <Header/> })}
            <ConnectionNotices downloaded=downloaded/>
            // Embedded, the host page has its own main landmark; naming this
            // one keeps the two apart for assistive technology.
            <main id="main" tabindex="-1" aria-label=embed.map(|_| "Career Guide")>
                {move || match catalogue.get() {
                    None => view! { <Loading/> }.into_any(),
                    Some(Err(error)) => {
                        view! { <CatalogueError error=error on_retry=retry/> }.into_any()
                    }
                    Some(Ok(loaded)) => {
                        let cat = loaded.catalogue;
                        provide_context(courses::LazyIndex::new(cat.clone()));
                        provide_context(cat);
                        view! { <AppRoutes/> }.into_any()
                    }
                }}
            </main>
            {match embed {
                Some(embed) => {
                    let notes = Signal::derive(move || {
                        let preset = loaded().and_then(|l| l.preset_note);
                        embed.notes.iter().cloned().chain(preset).collect::<Vec<_>>()
                    });
                    view! { <EmbedFooter notes=notes/> }.into_any()
                }
                None => view! { <Footer catalogue=Signal::derive(loaded)/> }.into_any(),
            }}
        </Router>
    }
}

/// The page routes; rendered only once the catalogue is loaded and valid.
#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <Route path=path!("/") view=home::HomePage/>
            <Route path=path!("/roles") view=roles::RoleIndexPage/>
            <Route path=path!("/roles/:id") view=roles::RoleGuidePage/>
            <Route path=path!("/compare") view=compare::ComparePage/>
            <Route path=path!("/courses") view=courses::CoursesPage/>
            <Route path=path!("/courses/:id") view=courses::CourseDetailPage/>
            <Route path=path!("/shortlist") view=courses::ShortlistPage/>
            <Route path=path!("/quiz") view=quiz::QuizPage/>
            <Route path=path!("/quiz/results") view=quiz::QuizResultsPage/>
            <Route path=path!("/about") view=about::AboutPage/>
            <Route path=path!("/embedding") view=embed::EmbedBuilderPage/>
        </Routes>
    }
}
