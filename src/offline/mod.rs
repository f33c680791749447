//! Offline use: registers the service worker (public/sw.js, filled in at
//! build time by scripts/postbuild.mjs), says when the visitor is offline,
//! and offers a reload when a new version is ready — never a silent mix of
//! old and new files (the catalogue is part of each version). Whether every
//! course is saved for offline use, and saving them, is in `courses`.

mod courses;

pub use courses::{keep_downloaded_courses, SaveCoursesOffline};

use career_core::links;
use career_core::offline::{OfflineReach, SavedCourses};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

use crate::ui::widgets::Link;

/// How often an open page asks whether a new version has been deployed
/// (browsers also check on every full page load).
const UPDATE_CHECK_MS: i32 = 30 * 60 * 1000;

/// What the notices show; owned at App level.
#[derive(Clone, Copy)]
pub struct Connection {
    /// The browser reports a network connection.
    online: RwSignal<bool>,
    /// A new version of the app is installed and waiting.
    update_ready: RwSignal<bool>,
    /// When the catalogue on screen was downloaded (the response's `Date`,
    /// in the visitor's local time). Offline, the service worker serves the
    /// saved copy with its original date, so this says how fresh it is.
    downloaded: RwSignal<Option<String>>,
    /// The waiting version's registration, to tell it to take over.
    registration: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Whether every course is saved for offline use, once the service
    /// worker has said.
    courses: RwSignal<Option<SavedCourses>>,
    /// The visitor asked to save them, and the worker has not answered yet.
    saving: RwSignal<bool>,
}

/// Provides the state to the notices (called by `App`). Once the app has
/// started in the browser it watches the connection, shows when the
/// catalogue was `downloaded`, and registers the service worker (in release
/// builds: a debug build would cache files that keep changing).
pub fn provide_connection(downloaded: Option<String>) {
    let state = Connection {
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        downloaded: RwSignal::new(None),
        registration: RwSignal::new_local(None),
        courses: RwSignal::new(None),
        saving: RwSignal::new(false),
    };
    let downloaded = StoredValue::new(downloaded);
    // Effects run only in the browser, after the first render.
    Effect::new(move |_| {
        state
            .downloaded
            .set(downloaded.try_update_value(Option::take).flatten());
        state.watch();
    });
    provide_context(state);
}

/// The connection state provided by `App`.
pub fn use_connection() -> Connection {
    expect_context::<Connection>()
}

impl Connection {
    /// When the catalogue on screen was downloaded, if known.
    pub fn downloaded(self) -> Option<String> {
        self.downloaded.get()
    }

    fn watch(self) {
        let online = self.online;
        online.set(window().navigator().on_line());
        listen(&window(), "online", move |_| online.set(true));
        // Going offline is when it matters whether the courses are saved
        // (a page may have saved them since the worker last said).
        listen(&window(), "offline", move |_| {
            online.set(false);
            self.ask_about_courses();
        });
        if !cfg!(debug_assertions) {
            leptos::task::spawn_local(self.register());
        }
    }

    async fn register(self) {
        let container = window().navigator().service_worker();
        let options = web_sys::RegistrationOptions::new();
        options.set_scope("./");
        let Ok(registration) = JsFuture::from(container.register_with_options("sw.js", &options))
            .await
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            // No service worker (unsupported, blocked, or not deployed):
            // the app still works online.
            return;
        };
        self.registration.set(Some(registration.clone()));
        self.hear_about_courses(&container);
        let has_controller = || window().navigator().service_worker().controller().is_some();

        // A version installed while an older one still controls the page
        // waits for the visitor's consent to take over.
        if registration.waiting().is_some() && has_controller() {
            self.update_ready.set(true);
        }
        // …and so does one still installing, now or later.
        let update_ready = self.update_ready;
        let watch = move |worker: web_sys::ServiceWorker| {
            let watched = worker.clone();
            listen(&worker, "statechange", move |_| {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
        };
        if let Some(installing) = registration.installing() {
            watch(installing);
        }
        let watched = registration.clone();
        listen(&registration, "updatefound", move |_| {
            if let Some(installing) = watched.installing() {
                watch(installing);
            }
        });

        let checked = registration.clone();
        let check = Closure::<dyn FnMut()>::new(move || {
            let _ = checked.update();
        });
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            check.as_ref().unchecked_ref(),
            UPDATE_CHECK_MS,
        );
        check.forget();
    }

    /// Switches to the waiting version and reloads.
    fn reload(self) {
        let waiting = self.registration.get_untracked().and_then(|r| r.waiting());
        let Some(waiting) = waiting else {
            let _ = window().location().reload();
            return;
        };
        // Reload once the new version controls the page, so every file the
        // reloaded page asks for comes from the same version.
        listen(
            &window().navigator().service_worker(),
            "controllerchange",
            |_| {
                let _ = window().location().reload();
            },
        );
        let _ = waiting.post_message(&message("skip-waiting"));
    }
}

/// A message to the service worker: `{type: kind}` (public/sw.js).
fn message(kind: &str) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    message
}

/// Adds an event listener that lives as long as the page.
fn listen(
    target: &web_sys::EventTarget,
    event: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The offline notice and the "new version available" prompt, in a polite
/// live region so screen readers hear them when they appear.
#[component]
pub fn ConnectionNotices() -> impl IntoView {
    let state = use_connection();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || (!state.online.get()).then(|| view! {
                <div class="notice notice-offline wrap">
                    <p>
                        <strong>"You are offline."</strong>
                        " " {move || {
                            let reach = OfflineReach::of(state.saved_courses());
                            let link = (reach == OfflineReach::WithoutCourses).then(|| view! {
                                " " <Link href=links::about_offline()>"how to save them"</Link> "."
                            });
                            (reach.text(), link)
                        }}
                        {move || state.downloaded().map(|d| format!(" The information was downloaded {d}."))}
                        " Links to course providers need a connection."
                    </p>
                </div>
            })}
            {move || state.update_ready.get().then(|| view! {
                <div class="notice notice-update wrap">
                    <p>"A new version of Career Guide is available."</p>
                    <button type="button" class="button primary" on:click=move |_| state.reload()>
                        "Reload to update"
                    </button>
                </div>
            })}
        </div>
    }
}
