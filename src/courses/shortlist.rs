//! The course shortlist: kept in localStorage (`Saved<Vec<String>>`, like
//! progress and the plan), owned at App level.

use career_core::prefs::shortlist;
use leptos::prelude::*;

use crate::ui::saved::{IfUnreadable, Saved};

/// The shortlisted course ids, provided by `App`.
#[derive(Clone, Copy)]
pub struct Shortlist {
    /// The ids, in the order they were added, and how they are kept.
    pub saved: Saved<Vec<String>>,
}

/// Provides the shortlist (called by `App`): read once the app has started
/// (an unreadable one is set aside with a note), then saved on every change.
pub fn provide_shortlist() {
    provide_context(Shortlist {
        saved: Saved::new(
            shortlist::STORAGE_KEY,
            shortlist::decode,
            shortlist::encode,
            IfUnreadable::SetAside,
        ),
    });
}

/// The shortlist provided by `App`.
pub fn use_shortlist() -> Shortlist {
    expect_context::<Shortlist>()
}

impl Shortlist {
    /// The shortlisted ids (reactive).
    pub fn ids(self) -> RwSignal<Vec<String>> {
        self.saved.value
    }

    /// Whether the stored list has been read (reactive).
    pub fn loaded(self) -> bool {
        self.saved.loaded.get()
    }

    /// Adds `id` if absent (and there is room), removes it if present.
    pub fn toggle(self, id: &str) {
        self.saved
            .value
            .update(|ids| *ids = shortlist::toggled(ids, id));
    }

    /// Whether `id` is on the shortlist (reactive).
    pub fn contains(self, id: &str) -> bool {
        self.saved.value.with(|ids| ids.iter().any(|x| x == id))
    }

    /// Whether `id` can be toggled: it is on the list or there is room.
    pub fn can_toggle(self, id: &str) -> bool {
        self.saved.value.with(|ids| shortlist::can_toggle(ids, id))
    }
}

/// "Add to shortlist" / "On your shortlist", a toggle button.
#[component]
pub fn ShortlistButton(
    /// The course id.
    id: String,
    /// The course title, for the button's accessible name.
    title: String,
) -> impl IntoView {
    let list = use_shortlist();
    let on = Memo::new({
        let id = id.clone();
        move |_| list.contains(&id)
    });
    let full = Memo::new({
        let id = id.clone();
        move |_| !list.can_toggle(&id)
    });
    view! {
        <button type="button" class="button small shortlist-button" aria-pressed=move || on.get().to_string()
            aria-label=format!("Shortlist {title}")
            title=move || full.get().then(|| format!("A shortlist holds at most {} courses", shortlist::MAX_COURSES))
            aria-disabled=move || full.get().then_some("true")
            on:click=move |_| list.toggle(&id)>
            {move || if on.get() { "★ Shortlisted" } else { "☆ Shortlist" }}
        </button>
    }
}
