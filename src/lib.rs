//! Career Guide: the app shell, routes and the catalogue that feeds them.
//!
//! Data flows one way: catalogue JSON → validated model (`career_core`) →
//! memos in each page → views. Shareable state lives in the URL.

mod about;
mod catalogue;
mod compare;
mod courses;
mod home;
mod quiz;
mod roles;
mod ui;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::catalogue::{catalogue_url, fetch_catalogue};
use crate::ui::layout::{Footer, Header};
use crate::ui::states::{CatalogueError, Loading, NotFound};
use crate::ui::theme::init_theme;

/// The whole app: shell, catalogue loading and routes.
#[component]
pub fn App() -> impl IntoView {
    init_theme();
    courses::Shortlist::provide();
    let catalogue = LocalResource::new(|| fetch_catalogue(catalogue_url()));
    let retry = move || catalogue.refetch();

    view! {
        <Router base=ui::page::base_path()>
            <Header/>
            <main id="main" tabindex="-1">
                {move || match catalogue.get() {
                    None => view! { <Loading/> }.into_any(),
                    Some(Err(error)) => {
                        view! { <CatalogueError error=error on_retry=retry/> }.into_any()
                    }
                    Some(Ok(cat)) => {
                        provide_context(courses::LazyIndex::new(cat.clone()));
                        provide_context(cat);
                        view! { <AppRoutes/> }.into_any()
                    }
                }}
            </main>
            <Footer catalogue=catalogue/>
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
        </Routes>
    }
}
