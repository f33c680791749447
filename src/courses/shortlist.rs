//! The course shortlist: kept in localStorage, owned at App level.

use career_core::prefs::shortlist;
use leptos::prelude::*;

use crate::ui::storage;

/// The shortlisted course ids, and a note if a stored list had to be discarded.
#[derive(Clone, Copy)]
pub struct Shortlist {
    pub ids: RwSignal<Vec<String>>,
    pub note: RwSignal<Option<String>>,
    /// Whether the stored list has been read: only the browser has it, so
    /// every first render shows no shortlist yet.
    pub loaded: RwSignal<bool>,
}

impl Shortlist {
    /// Once the app has started, reads the stored list (discarding a corrupt
    /// one, with a note) and from then on saves every change.
    pub fn provide() {
        let list = Shortlist {
            ids: RwSignal::new(Vec::new()),
            note: RwSignal::new(None),
            loaded: RwSignal::new(false),
        };
        // Effects run only in the browser, after the first render.
        Effect::new(move |started: Option<()>| {
            if started.is_none() {
                list.load();
            }
            storage::set(shortlist::STORAGE_KEY, &shortlist::encode(&list.ids.get()));
        });
        provide_context(list);
    }

    fn load(self) {
        let stored = storage::get(shortlist::STORAGE_KEY);
        match shortlist::decode(stored.as_deref()) {
            Ok(ids) => self.ids.set(ids),
            Err(shortlist::Corrupt) => {
                storage::remove(shortlist::STORAGE_KEY);
                self.note.set(Some(
                    "Your saved shortlist could not be read, so it has been cleared.".to_string(),
                ));
            }
        }
        self.loaded.set(true);
    }

    pub fn get() -> Shortlist {
        expect_context::<Shortlist>()
    }

    pub fn toggle(self, id: &str) {
        self.ids.update(|ids| *ids = shortlist::toggled(ids, id));
    }

    pub fn contains(self, id: &str) -> bool {
        self.ids.with(|ids| ids.iter().any(|x| x == id))
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
    let list = Shortlist::get();
    let on = Memo::new({
        let id = id.clone();
        move |_| list.contains(&id)
    });
    view! {
        <button type="button" class="button small shortlist-button" aria-pressed=move || on.get().to_string()
            aria-label=format!("Shortlist {title}")
            on:click=move |_| list.toggle(&id)>
            {move || if on.get() { "★ Shortlisted" } else { "☆ Shortlist" }}
        </button>
    }
}
