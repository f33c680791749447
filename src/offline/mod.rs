//! Offline use: registers the service worker (public/sw.js, filled in at
//! build time by scripts/postbuild.mjs), says when the visitor is offline,
//! and offers a reload when a new version or a newer catalogue is ready —
//! never a silent mix of old and new files.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

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
    /// The service worker has saved a newer catalogue than the one shown.
    catalogue_updated: RwSignal<bool>,
    /// The waiting version's registration, to tell it to take over.
    registration: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl Connection {
    /// Starts watching the connection, registers the service worker (in
    /// release builds: a debug build would cache files that keep changing)
    /// and provides the state to the notices.
    pub fn provide() {
        let online = RwSignal::new(window().navigator().on_line());
        let state = Connection {
            online,
            update_ready: RwSignal::new(false),
            catalogue_updated: RwSignal::new(false),
            registration: RwSignal::new_local(None),
        };
        listen(&window(), "online", move |_| online.set(true));
        listen(&window(), "offline", move |_| online.set(false));
        // Listen before anything else: the worker may report a refreshed
        // catalogue before registration has even resolved.
        let catalogue_updated = state.catalogue_updated;
        listen(
            &window().navigator().service_worker(),
            "message",
            move |event| {
                let data = event
                    .dyn_ref::<web_sys::MessageEvent>()
                    .map(|m| m.data())
                    .unwrap_or(JsValue::UNDEFINED);
                let kind = js_sys::Reflect::get(&data, &"type".into()).ok();
                if kind.and_then(|k| k.as_string()).as_deref() == Some("catalogue-updated") {
                    catalogue_updated.set(true);
                }
            },
        );
        if !cfg!(debug_assertions) {
            leptos::task::spawn_local(state.register());
        }
        provide_context(state);
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

    /// Switches to the waiting version (or the newer catalogue) and reloads.
    fn reload(self) {
        let waiting = self
            .registration
            .get_untracked()
            .and_then(|r| r.waiting())
            .filter(|_| self.update_ready.get_untracked());
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
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
        let _ = waiting.post_message(&message);
    }
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
pub fn ConnectionNotices(
    /// When the catalogue on screen was downloaded, if known.
    #[prop(into)]
    downloaded: Signal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<Connection>();
    let update_text = move || {
        if state.update_ready.get() {
            Some("A new version of Career Guide is available.")
        } else if state.catalogue_updated.get() {
            Some("Updated course and career information has been downloaded.")
        } else {
            None
        }
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || (!state.online.get()).then(|| view! {
                <div class="notice notice-offline wrap">
                    <p>
                        <strong>"You are offline."</strong>
                        " Every page still works from the copy saved on this device"
                        {move || downloaded.get().map(|d| format!(" (information downloaded {d})"))}
                        ". Links to course providers need a connection."
                    </p>
                </div>
            })}
            {move || update_text().map(|text| view! {
                <div class="notice notice-update wrap">
                    <p>{text}</p>
                    <button type="button" class="button primary" on:click=move |_| state.reload()>
                        "Reload to update"
                    </button>
                </div>
            })}
        </div>
    }
}
