//! The router's patterns: the one copy of the site's paths besides
//! `career_core::links`, which every view builds its links with. A core
//! test (`core/tests/app_routes.rs`) reads this file and checks that its
//! patterns are exactly the paths `links` writes, and that no other file of
//! `src/` writes a path of its own.

use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use crate::catalogue::{self, use_catalogue_state};
use crate::ui::states::{CatalogueError, Loading, NotFound};
use crate::{about, compare, courses, embed, home, plan, providers, quiz, roadmap, roles, ways_in};

/// The pages an entry of the app can show
/// (`career_core::pages::Entry`): the browser's entry says which (its
/// `main`), and what it leaves out is not in its code at all.
#[derive(Clone, Copy)]
pub struct Pages(fn() -> AnyView);

impl Pages {
    /// Every page: the main entry (`src/main.rs`), and the pre-render.
    pub const EVERY: Pages = Pages(|| view! { <EveryPage/> }.into_any());
    /// The reading pages only: the reading entry (`src/bin/reading.rs`).
    pub const READING: Pages = Pages(|| view! { <ReadingPagesOnly/> }.into_any());

    /// The routes, rendered.
    pub fn view(self) -> AnyView {
        (self.0)()
    }
}

/// Every page's route; rendered only once the catalogue is loaded and
/// valid. Each page that needs every course
/// (`career_core::pages::needs_every_course`, which `core/tests/app_routes.rs`
/// holds this list to) is wrapped in [`WithCourses`].
#[component]
fn EveryPage() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <ReadingPages/>
            <Route path=path!("/compare") view=compare::ComparePage/>
            <Route path=path!("/courses") view=Finder/>
            <Route path=path!("/shortlist") view=|| view! { <WithCourses><courses::ShortlistPage/></WithCourses> }/>
            <Route path=path!("/plan") view=plan::PlanPage/>
            <Route path=path!("/quiz") view=quiz::QuizPage/>
            <Route path=path!("/quiz/results") view=|| view! { <WithCourses><quiz::QuizResultsPage/></WithCourses> }/>
            <Route path=path!("/ways-in") view=|| view! { <WithCourses><ways_in::WaysInPage/></WithCourses> }/>
            <Route path=path!("/embedding") view=|| view! { <WithCourses><embed::EmbedBuilderPage/></WithCourses> }/>
        </Routes>
    }
}

/// The reading pages' routes only, for the reading entry; a move to any
/// other page loads it whole ([`LoadedWhole`]).
#[component]
fn ReadingPagesOnly() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <LoadedWhole/> }>
            <ReadingPages/>
        </Routes>
    }
}

/// The routes of the reading pages (`career_core::pages::Entry::Reading`,
/// which `core/tests/app_routes.rs` holds this list to).
#[component(transparent)]
fn ReadingPages() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/") view=home::HomePage/>
        <Route path=path!("/roles") view=roles::RoleIndexPage/>
        <Route path=path!("/roles/:id") view=roles::RoleGuidePage/>
        <Route path=path!("/roles/:id/roadmap") view=roadmap::RoadmapPage/>
        <Route path=path!("/courses/:id") view=|| view! { <WithCourses><courses::CourseDetailPage/></WithCourses> }/>
        <Route path=path!("/providers") view=|| view! { <WithCourses><providers::ProvidersPage/></WithCourses> }/>
        <Route path=path!("/about") view=about::AboutPage/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// In the reading entry, an address it has no page for. Moved to within
/// the app, the page is loaded whole, so the entry that has it starts (an
/// address of no page then gets the host's not-found page); at the address
/// the document itself was loaded at (a host that serves a reading page's
/// HTML for another address), it is not found here, never reloaded again.
#[component]
fn LoadedWhole() -> impl IntoView {
    let site = crate::site::use_site();
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let not_here = RwSignal::new(false);
    Effect::new(move |_| {
        if site.moved_from_loaded(&path) {
            let _ = window().location().reload();
        } else {
            not_here.set(true);
        }
    });
    move || {
        if not_here.get() {
            view! { <NotFound/> }.into_any()
        } else {
            view! { <Loading/> }.into_any()
        }
    }
}

/// Whether the catalogue the app holds lacks what the page being created
/// shows (`CatalogueLoad::lacks_what_is_shown_at` its address).
fn lacks_what_is_shown_here() -> bool {
    let site = crate::site::use_site();
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    use_catalogue_state().with_untracked(|state| state.lacks_what_is_shown_at(site.within(&path)))
}

/// The finder. Moved to from another page of the app that was read
/// without every course (and before they were downloaded), it first reads
/// its first page from its own small file and shows it as its own page
/// does, downloading every course once it is shown; if that file cannot
/// be had, it waits for every course as any page that needs them.
#[component]
fn Finder() -> impl IntoView {
    if !lacks_what_is_shown_here() || catalogue::use_every_course().downloaded().is_some() {
        return view! { <WithCourses><courses::CoursesPage/></WithCourses> }.into_any();
    }
    let loaded = expect_context::<catalogue::Loaded>();
    let first_page = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        first_page.set(Some(catalogue::with_finder_start(&loaded).await));
    });
    (move || match first_page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Some(loaded)) => {
            catalogue::provide_loaded(loaded);
            view! { <courses::CoursesPage/> }.into_any()
        }
        Some(None) => view! { <WithCourses><courses::CoursesPage/></WithCourses> }.into_any(),
    })
    .into_any()
}

/// A page that needs every course: shown at once when the catalogue holds
/// what it shows (a course's page, its own course). After a page that read
/// the catalogue without them, the whole catalogue
/// is downloaded first (after a first visit, from the service worker's
/// cache) and every page reads it from then on; meanwhile the page says it
/// is loading, and if the download fails, why, with a retry.
#[component]
fn WithCourses(
    /// The page.
    children: Children,
) -> impl IntoView {
    if !lacks_what_is_shown_here() {
        return children().into_any();
    }
    let state = use_catalogue_state();
    let every = catalogue::use_every_course();
    // Downloaded already, by the finder or the plan: read from there, at once.
    if let Some(loaded) = every.downloaded() {
        catalogue::provide_loaded(loaded);
        return children().into_any();
    }
    let failed = RwSignal::new(None);
    let load = move || {
        failed.set(None);
        leptos::task::spawn_local(async move {
            if let Err(error) = catalogue::load_whole(state, every).await {
                failed.set(Some(error));
            }
        });
    };
    load();
    (move || match failed.get() {
        None => view! { <Loading/> }.into_any(),
        Some(error) => view! { <CatalogueError error=error on_retry=load/> }.into_any(),
    })
    .into_any()
}
