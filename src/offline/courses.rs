//! Whether every course is saved for offline use, and saving them when the
//! visitor asks. The service worker answers (public/sw.js:
//! `courses-offline`, `save-courses`); core's `offline` says what the
//! answer means to a visitor.

use career_core::offline::SavedCourses;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{listen, message, use_connection, Connection};
use crate::catalogue::{use_catalogue_state, CatalogueLoad};

impl Connection {
    /// Whether every course is saved, once the worker has said.
    pub fn saved_courses(self) -> Option<SavedCourses> {
        self.courses.get()
    }

    /// Listens for the worker's answers, then asks once it is active (on a
    /// first visit, once it has installed).
    pub(super) fn hear_about_courses(self, container: &web_sys::ServiceWorkerContainer) {
        let (courses, saving) = (self.courses, self.saving);
        listen(container, "message", move |event| {
            let Some(data) = event.dyn_ref::<web_sys::MessageEvent>().map(|e| e.data()) else {
                return;
            };
            let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).unwrap_or_default();
            if field("type").as_string().as_deref() != Some("courses-offline") {
                return;
            }
            courses.set(Some(SavedCourses::from_report(
                field("saved").as_bool().unwrap_or(false),
                field("bytes").as_f64(),
                field("failed").as_string().as_deref(),
            )));
            saving.set(false);
        });
        // (Answers to a page still being parsed wait until it is parsed.)
        if let Ok(ready) = container.ready() {
            leptos::task::spawn_local(async move {
                if JsFuture::from(ready).await.is_ok() {
                    self.ask_about_courses();
                }
            });
        }
    }

    /// Asks the active worker whether every course is saved.
    pub(super) fn ask_about_courses(self) {
        self.tell_worker("courses-offline");
    }

    /// Asks the active worker — the one serving this page's version — to
    /// save every course.
    fn save_courses(self) {
        self.saving.set(true);
        if !self.tell_worker("save-courses") {
            self.saving.set(false);
        }
    }

    /// Whether there was an active worker to tell.
    fn tell_worker(self, kind: &str) -> bool {
        let active = self
            .registration
            .get_untracked()
            .and_then(|registration| registration.active());
        active.is_some_and(|worker| worker.post_message(&message(kind)).is_ok())
    }
}

/// Once the page holds every course, has them saved for offline use too,
/// if the worker says they are not: a first visit downloads them before the
/// worker is there to keep them. (Called by `App`; an effect, so browser
/// only.)
pub fn keep_downloaded_courses() {
    let connection = use_connection();
    let state = use_catalogue_state();
    let every = crate::catalogue::use_every_course();
    Effect::new(move |_| {
        let not_saved = matches!(
            connection.courses.get(),
            Some(SavedCourses::NotSaved { .. })
        );
        if not_saved
            && (state.with(CatalogueLoad::holds_every_course) || every.is_here())
            && !connection.saving.get_untracked()
        {
            connection.save_courses();
        }
    });
}

/// Says whether every course is saved on this device for offline use and,
/// when it is not, offers to save them with their download size. Renders
/// nothing until the service worker has said (so nothing before the app
/// starts, and nothing where offline use is unavailable).
#[component]
pub fn SaveCoursesOffline() -> impl IntoView {
    let connection = use_connection();
    // The answer may be stale: a page that lists courses saves them.
    Effect::new(move |_| connection.ask_about_courses());
    move || {
        connection.saved_courses().map(|saved| {
            let saving = connection.saving;
            view! {
                <p role="status">{saved.status()}</p>
                {saved.save_label().map(|label| view! {
                    <p>
                        <button
                            type="button"
                            class="button"
                            aria-disabled=move || saving.get().then_some("true")
                            on:click=move |_| if !saving.get_untracked() { connection.save_courses() }
                        >
                            {label}
                        </button>
                        {move || saving.get().then(|| view! { <span class="muted">" Saving…"</span> })}
                    </p>
                })}
            }
        })
    }
}
