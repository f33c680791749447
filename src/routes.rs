//! The router's patterns: the one copy of the site's paths besides
//! `career_core::links`, which every view builds its links with. A core
//! test (`core/tests/app_routes.rs`) reads this file and checks that its
//! patterns are exactly the paths `links` writes, and that no other file of
//! `src/` writes a path of its own.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use crate::ui::states::NotFound;
use crate::{about, compare, courses, embed, home, plan, providers, quiz, roadmap, roles, ways_in};

/// The page routes; rendered only once the catalogue is loaded and valid.
#[component]
pub(crate) fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <Route path=path!("/") view=home::HomePage/>
            <Route path=path!("/roles") view=roles::RoleIndexPage/>
            <Route path=path!("/roles/:id") view=roles::RoleGuidePage/>
            <Route path=path!("/roles/:id/roadmap") view=roadmap::RoadmapPage/>
            <Route path=path!("/compare") view=compare::ComparePage/>
            <Route path=path!("/courses") view=courses::CoursesPage/>
            <Route path=path!("/courses/:id") view=courses::CourseDetailPage/>
            <Route path=path!("/providers") view=providers::ProvidersPage/>
            <Route path=path!("/shortlist") view=courses::ShortlistPage/>
            <Route path=path!("/plan") view=plan::PlanPage/>
            <Route path=path!("/quiz") view=quiz::QuizPage/>
            <Route path=path!("/quiz/results") view=quiz::QuizResultsPage/>
            <Route path=path!("/ways-in") view=ways_in::WaysInPage/>
            <Route path=path!("/about") view=about::AboutPage/>
            <Route path=path!("/embedding") view=embed::EmbedBuilderPage/>
        </Routes>
    }
}
