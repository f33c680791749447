//! Whole-page states: loading, a catalogue that failed, and not found;
//! and a part of a page waiting for every course.

use career_core::links;
use career_core::LoadError;
use leptos::prelude::*;

use crate::catalogue::CoursesForPage;
use crate::ui::widgets::Link;

use crate::ui::page::set_page_title;

/// Shown while the catalogue downloads.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="wrap state" role="status" aria-live="polite">
            <div class="spinner" aria-hidden="true"></div>
            <p>"Loading the career catalogue…"</p>
        </div>
    }
}

/// Names exactly what is wrong with the catalogue and offers a retry.
#[component]
pub fn CatalogueError(
    /// What went wrong while fetching or validating.
    error: LoadError,
    /// Called when the visitor asks to try again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    set_page_title(|| "Catalogue unavailable".to_string());
    let details = match &error {
        LoadError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let what_to_do = error.what_to_do();
    let shown = details.len().min(20);
    let more = details.len() - shown;
    view! {
        <div class="wrap state error-state" role="alert">
            <h1>"The career catalogue could not be loaded"</h1>
            <p class="error-message">{error.to_string()}</p>
            {(!details.is_empty()).then(|| view! {
                <details open>
                    <summary>"Problems found"</summary>
                    <ul class="problem-list">
                        {details.into_iter().take(shown).map(|d| view! { <li><code>{d}</code></li> }).collect_view()}
                    </ul>
                    {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
                </details>
            })}
            <p class="muted">{what_to_do}</p>
            <button type="button" class="button primary" on:click=move |_| on_retry()>"Try again"</button>
        </div>
    }
}

/// The part of a page that waits for every course to be downloaded (on a
/// page read without them): says so, and if the download fails, why, with
/// a retry.
#[component]
pub fn WaitingForCourses(
    /// The download.
    courses: CoursesForPage,
    /// What the wait is for, as a sentence or two.
    #[prop(into)]
    waiting: String,
    /// The failure's opening words, followed by its reason.
    failed: &'static str,
) -> impl IntoView {
    move || {
        match courses.failed.get() {
        None => view! { <p class="note" role="status">{waiting.clone()}</p> }.into_any(),
        Some(error) => view! {
            <div class="note warn" role="alert">
                <p>{format!("{failed}: {error}")}</p>
                <p>{error.what_to_do()}</p>
                <button type="button" class="button" on:click=move |_| courses.download()>"Try again"</button>
            </div>
        }
        .into_any(),
    }
    }
}

/// For unknown paths and unknown ids.
#[component]
pub fn NotFound(
    /// What could not be found, e.g. `role "astronaut"`; absent for an unknown path.
    #[prop(optional, into)]
    what: Option<String>,
) -> impl IntoView {
    set_page_title(|| "Page not found".to_string());
    let message = match what {
        Some(what) => format!("There is no {what} in this catalogue."),
        None => "There is no page at this address.".to_string(),
    };
    view! {
        <div class="wrap state">
            <h1>"Page not found"</h1>
            <p>{message}</p>
            <p>
                <Link href="/">"Go to the home page"</Link> " or "
                <Link href=links::ROLES>"browse all roles"</Link> "."
            </p>
        </div>
    }
}
