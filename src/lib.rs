//! Career Guide: the app shell, routes and the catalogue that feeds them.
//!
//! Data flows one way: catalogue JSON → validated model (`career_core`) →
//! memos in each page → views. Shareable state lives in the URL.
//!
//! Every page is rendered twice from the same components: at build time by
//! the `prerender` binary (feature `ssr`), and in the browser, which takes
//! over that HTML (feature `hydrate`, entry point in `browser`). A first
//! render therefore reads nothing only the browser knows; that is applied
//! once the app has started (see `ui::page::Started`).

mod about;
#[cfg(feature = "hydrate")]
pub mod browser;
pub mod catalogue;
mod compare;
pub mod courses;
pub mod embed;
mod home;
mod hydration;
mod layout;
mod offline;
mod plan;
mod providers;
mod quiz;
mod roadmap;
mod roles;
pub mod routes;
pub mod site;
pub mod ui;
mod ways_in;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::catalogue::CatalogueLoad;
use crate::embed::EmbedFooter;
use crate::hydration::HydrateLater;
use crate::layout::{Footer, Header};
use crate::offline::{keep_downloaded_courses, provide_connection, ConnectionNotices};
use crate::site::{provide_site, SharedSite};
use crate::ui::page::{provide_started, RepeatedParamsNote};
use crate::ui::saved::SetAsideNote;
use crate::ui::states::{CatalogueError, Loading};
use crate::ui::storage::{provide_storage, use_storage};
use crate::ui::theme::provide_theme;

/// The whole app: shell (or, embedded, a chrome-free frame), catalogue
/// states and routes.
#[component]
pub fn App(
    /// Where the site is served and whether this is an embedded view.
    site: SharedSite,
    /// The catalogue, once loaded (always loaded when pre-rendering).
    catalogue: RwSignal<CatalogueLoad>,
    /// The pages this entry of the app shows.
    pages: routes::Pages,
    /// The address to apply once the browser has taken over a pre-rendered
    /// page that was opened with a query string (the page was taken over
    /// without it, as it was rendered); `None` otherwise.
    #[prop(default = None)]
    deferred_url: Option<String>,
    /// When the browser downloaded the catalogue (browser only; shown once
    /// the app has started).
    #[prop(default = None)]
    downloaded: Option<String>,
) -> impl IntoView {
    provide_site(site.clone());
    provide_started();
    let embedded = site.embed.is_some();
    provide_storage();
    provide_theme(site.embed.as_ref().map(|e| e.theme()));
    courses::provide_shortlist();
    roadmap::provide_saved_progress();
    plan::provide_saved_plan();
    provide_connection(downloaded);
    catalogue::provide_catalogue_state(catalogue);
    catalogue::provide_every_course();
    keep_downloaded_courses();
    let loaded = move || match catalogue.get() {
        CatalogueLoad::Ready(loaded) => Some(loaded),
        _ => None,
    };
    let retry = {
        let site = site.clone();
        move || catalogue::refetch(catalogue, site.clone())
    };

    view! {
        <Router base=site.router_base()>
            <ApplyDeferredUrl url=deferred_url/>
            {(!embedded).then(|| view! { <HydrateLater><Header/></HydrateLater> })}
            <ConnectionNotices/>
            // Embedded, the host page has its own main landmark; naming this
            // one keeps the two apart for assistive technology.
            <main id="main" tabindex="-1" aria-label=embedded.then_some("Career Guide")>
                <SavedNotes/>
                <RepeatedParamsNote/>
                {move || match catalogue.get() {
                    CatalogueLoad::Loading => view! { <Loading/> }.into_any(),
                    CatalogueLoad::Failed(error) => {
                        view! { <CatalogueError error=error on_retry=retry.clone()/> }.into_any()
                    }
                    CatalogueLoad::Ready(loaded) => {
                        catalogue::provide_loaded(loaded);
                        view! { <HydrateLater>{pages.view()}</HydrateLater> }.into_any()
                    }
                }}
            </main>
            {match &site.embed {
                Some(embed) => {
                    let notes = embed.notes.clone();
                    let notes = Signal::derive(move || {
                        let preset = loaded().and_then(|l| l.preset_note);
                        notes.iter().cloned().chain(preset).collect::<Vec<_>>()
                    });
                    view! { <EmbedFooter notes=notes/> }.into_any()
                }
                None => view! { <HydrateLater><Footer catalogue=Signal::derive(move || loaded().map(|l| l.catalogue))/></HydrateLater> }.into_any(),
            }}
        </Router>
    }
}

/// Saved progress, a saved plan or a shortlist that could not be read is
/// set aside when the app starts, whatever the page; the note says so on
/// that page. So does a browser that does not save changes.
#[component]
fn SavedNotes() -> impl IntoView {
    let progress = roadmap::use_saved_progress();
    let plan = plan::use_saved_plan();
    let shortlist = courses::use_shortlist().saved;
    view! {
        <div class="wrap saved-notes">
            <NotSavingNotice/>
            <SetAsideNote set_aside=progress.set_aside what="roadmap progress" file_name="career-guide-progress-unreadable.json"/>
            <SetAsideNote set_aside=plan.set_aside what="plan" file_name="career-guide-plan-unreadable.json"/>
            <SetAsideNote set_aside=shortlist.set_aside what="shortlist" file_name="career-guide-shortlist-unreadable.json"/>
        </div>
    }
}

/// Once this browser has refused to save a change (storage full, blocked
/// or private), says so once, on whatever page, with the progress export
/// at hand: everything keeps working for the visit.
#[component]
fn NotSavingNotice() -> impl IntoView {
    let storage = use_storage();
    let progress = roadmap::use_saved_progress();
    let dismissed = RwSignal::new(false);
    let export = move |_| roadmap::download_progress(progress);
    move || {
        (storage.failing() && !dismissed.get()).then(|| {
            let has_progress = !progress.value.with(career_core::roadmap::Progress::is_empty);
            view! {
                <div class="note warn no-print" role="alert">
                    <p><strong>"Your changes can’t be saved in this browser."</strong>
                        " Its storage is full, blocked or in a private mode. Everything works during this visit, but your roadmap progress, shortlist, quiz answers, plan and theme will be as they were before once you reload or come back."</p>
                    <p>"To keep them, download your roadmap progress (any roadmap can import it later) and copy the links on the plan and quiz results pages."</p>
                    <p class="actions">
                        {has_progress.then(|| view! {
                            <button type="button" class="button small" on:click=export>"Download your progress (JSON)"</button>
                        })}
                        <button type="button" class="button small" on:click=move |_| dismissed.set(true)>"Dismiss"</button>
                    </p>
                </div>
            }
        })
    }
}

/// Once the browser has taken over a pre-rendered page, moves the router to
/// the address the visitor opened (with its query string), replacing the
/// history entry, so a deep link shows its content straight away.
#[component]
fn ApplyDeferredUrl(
    /// The full address to apply, if any.
    url: Option<String>,
) -> impl IntoView {
    if let Some(url) = url {
        let navigate = leptos_router::hooks::use_navigate();
        let once = StoredValue::new(Some(url));
        Effect::new(move |_| {
            if let Some(url) = once.try_update_value(Option::take).flatten() {
                let options = leptos_router::NavigateOptions {
                    resolve: false,
                    replace: true,
                    scroll: false,
                    ..Default::default()
                };
                navigate(&url, options);
            }
        });
    }
}
