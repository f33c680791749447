//! How a pre-rendered page becomes the live app: Leptos hydrates it, in
//! parts, while the visitor's input is held and then replayed.
//!
//! - `executor`: the executor Leptos runs its tasks on; while a page is
//!   hydrating it holds back the tasks components spawn.
//! - `later`: [`HydrateLater`], a part of the page hydrated in a task of its
//!   own, so no single task holds up a phone for the whole page.
//! - `held_input`: what the visitor does from the first paint until the last
//!   part is hydrated, held and then replayed in order.
//!
//! Invariants (tested in the browser: tests/e2e/prerender.spec.ts checks
//! that every route hydrates with no error and nothing duplicated, that
//! parts hydrated later are not redrawn, and that input given meanwhile is
//! held and then done; tests/e2e/first-tap.spec.ts, input from the first
//! paint):
//! - A part's DOM never changes before it is hydrated: the tasks hydration
//!   spawns (effects, including those applying `Started` and a deep link's
//!   query) and the visitor's input both wait until every part is in.
//! - Nothing a first render shows depends on the browser: a timer, a
//!   storage event or a window listener is only ever registered in an
//!   effect, which runs after hydration.
//! - Nothing outside this module reaches into it: the start-up code
//!   (`crate::browser`) calls `init`, `holding_tasks` and the held input;
//!   pages use [`HydrateLater`].

#[cfg(feature = "hydrate")]
mod executor;
#[cfg(feature = "hydrate")]
mod held_input;
mod later;

#[cfg(feature = "hydrate")]
pub use executor::{holding_tasks, init};
#[cfg(feature = "hydrate")]
pub use held_input::{take_page_held, HeldInput};
pub use later::HydrateLater;

use leptos::prelude::*;

/// Lets the browser handle input and paint between two long steps of the
/// start (reading the catalogue, taking over the page), so neither holds
/// the page up for longer than it must.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
