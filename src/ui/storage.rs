//! The browser's local storage, and whether it is keeping what the visitor
//! saves. Storage can be missing (blocked by policy), refuse every write
//! (some private modes) or be full (the origin's quota is shared by every
//! site on the host). Every write reports its failure: the first one shows
//! the visitor one notice, for the rest of the visit, and texts that say
//! "saved in this browser" change to say it is not.

use leptos::prelude::*;

/// A write that local storage refused, or no local storage at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotSaved;

/// The key written and removed once at start to find out whether writes
/// work at all, before the visitor changes anything.
const PROBE_KEY: &str = "career-guide.probe";

fn local() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The visit's local storage: reads, writes that report failure, and
/// whether any write has failed. Provided by `App`; copy it into effects
/// and handlers when the component is created.
#[derive(Clone, Copy, Debug)]
pub struct Storage {
    failing: RwSignal<bool>,
}

impl Storage {
    /// The stored text under `key`, if any.
    pub fn get(self, key: &str) -> Option<String> {
        local().and_then(|s| s.get_item(key).ok().flatten())
    }

    /// Writes `value` under `key`; a failure is remembered for the notice.
    pub fn set(self, key: &str, value: &str) -> Result<(), NotSaved> {
        let written = local()
            .ok_or(NotSaved)
            .and_then(|s| s.set_item(key, value).map_err(|_| NotSaved));
        self.note(written)
    }

    /// Removes `key`; a failure is remembered for the notice.
    pub fn remove(self, key: &str) -> Result<(), NotSaved> {
        let removed = local()
            .ok_or(NotSaved)
            .and_then(|s| s.remove_item(key).map_err(|_| NotSaved));
        self.note(removed)
    }

    /// Marks this visit's storage as failing, e.g. when a value cannot be
    /// moved aside and so nothing may be written over it.
    pub fn mark_failing(self) {
        if !self.failing.get_untracked() {
            self.failing.set(true);
        }
    }

    /// Whether a write has failed during this visit (reactive). `false` in
    /// every first render: only the browser knows.
    pub fn failing(self) -> bool {
        self.failing.get()
    }

    fn note(self, result: Result<(), NotSaved>) -> Result<(), NotSaved> {
        if result.is_err() {
            self.mark_failing();
        }
        result
    }
}

/// Provides the visit's [`Storage`]; once the app has started, a small
/// write tells whether storage works at all.
pub fn provide_storage() -> Storage {
    let storage = Storage {
        failing: RwSignal::new(false),
    };
    // Effects run only in the browser, after the first render.
    Effect::new(move |_| {
        if storage.set(PROBE_KEY, "1").is_ok() {
            let _ = storage.remove(PROBE_KEY);
        }
    });
    provide_context(storage);
    storage
}

/// The visit's [`Storage`], provided by `App`.
pub fn use_storage() -> Storage {
    expect_context::<Storage>()
}

/// A sentence about where the visitor's things are kept that is true in
/// this browser: `kept` while storage works, `not_kept` once a write has
/// failed. Both builds render `kept` first.
#[component]
pub fn WhereKept(
    /// What to say while this browser keeps what the visitor saves.
    kept: &'static str,
    /// What to say once it has refused to.
    not_kept: &'static str,
) -> impl IntoView {
    let storage = use_storage();
    move || if storage.failing() { not_kept } else { kept }
}
