//! A value the visitor keeps in local storage (roadmap progress, the plan,
//! the shortlist, the theme), read once the app has started and saved on
//! every change.
//!
//! What happens to a stored value that cannot be read is chosen per value
//! ([`IfUnreadable`]). What the visitor built up is never lost silently
//! ([`IfUnreadable::SetAside`]): it is copied aside under a key of its own
//! and only then removed; when the copy cannot be written (storage full), it
//! stays where it is, untouched, and nothing is written over it during the
//! visit. Either way the visitor is told, with a download of the value as it
//! was. A preference chosen again in a click ([`IfUnreadable::UseDefault`])
//! quietly starts from the default.

use std::fmt::Display;

use leptos::prelude::*;

use crate::ui::download;
use crate::ui::storage::{use_storage, NotSaved, Storage};

/// A stored value that could not be read, kept so the visitor can save it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// Why it could not be read, for the visitor.
    pub why: String,
    /// The stored text as it was.
    pub text: String,
    /// Whether it was moved to a key of its own (`false`: there was no room
    /// for the copy, so it stays under its key and is not written over).
    pub moved: bool,
}

/// What [`Saved`] does with a stored value it cannot read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IfUnreadable {
    /// Sets it aside (see the module's docs) and keeps it in
    /// [`Saved::set_aside`] for a [`SetAsideNote`]: for what the visitor
    /// built up (progress, a plan, a shortlist).
    SetAside,
    /// Starts from the default without a word, leaving the stored text
    /// where it is until another value is saved over it: for a preference
    /// (the theme).
    UseDefault,
}

/// A visitor's saved value, shared by context.
#[derive(Debug)]
pub struct Saved<T: Send + Sync + 'static> {
    /// The value; the default until the stored one has been read.
    pub value: RwSignal<T>,
    /// Whether the stored value has been read: only the browser has it, so
    /// every first render shows the default.
    pub loaded: RwSignal<bool>,
    /// A stored value that could not be read.
    pub set_aside: RwSignal<Option<SetAside>>,
    encode: fn(&T) -> String,
    slot: Slot,
}

impl<T: Send + Sync + 'static> Clone for Saved<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Saved<T> {}

impl<T> Saved<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    /// The value kept under `key`, for a `provide_…` function to share by
    /// context. Once the app has started it reads `key` with `decode` (an
    /// unreadable value is handled as `if_unreadable` says) and from then
    /// on saves every change with `encode`; the default value is stored as
    /// no value at all.
    pub fn new<E: Display + 'static>(
        key: &'static str,
        decode: fn(&str) -> Result<T, E>,
        encode: fn(&T) -> String,
        if_unreadable: IfUnreadable,
    ) -> Saved<T> {
        let set_aside = RwSignal::new(None);
        let saved = Saved {
            value: RwSignal::new(T::default()),
            loaded: RwSignal::new(false),
            set_aside,
            encode,
            slot: Slot {
                key,
                storage: use_storage(),
                written: StoredValue::new(None),
                writable: StoredValue::new(true),
                set_aside,
            },
        };
        // Effects run only in the browser, after the first render.
        Effect::new(move |started: Option<()>| {
            if started.is_none() {
                saved.load(decode, if_unreadable);
            }
            saved.value.with(|value| {
                let _ = saved.write(value);
            });
        });
        saved
    }

    /// Replaces the value only if it can be stored: an import or a link's
    /// value that this browser cannot keep changes nothing.
    pub fn replace(self, value: T) -> Result<(), NotSaved> {
        self.write(&value)?;
        self.value.set(value);
        Ok(())
    }

    fn write(self, value: &T) -> Result<(), NotSaved> {
        self.slot
            .store((*value != T::default()).then(|| (self.encode)(value)))
    }

    fn load<E: Display>(self, decode: fn(&str) -> Result<T, E>, if_unreadable: IfUnreadable) {
        if let Some(text) = self.slot.storage.get(self.slot.key) {
            match decode(&text) {
                Ok(value) => {
                    self.slot.written.set_value(Some(text));
                    self.value.set(value);
                }
                // `written` stays `None`, as for the default, so the text
                // stays until another value is saved over it.
                Err(_) if if_unreadable == IfUnreadable::UseDefault => {}
                Err(why) => self.slot.set_aside(text, why.to_string()),
            }
        }
        self.loaded.set(true);
    }
}

/// Where a [`Saved`] value is kept and what this visit knows of it: the
/// part that is the same whatever the value's type, so it is compiled once.
#[derive(Clone, Copy, Debug)]
struct Slot {
    key: &'static str,
    storage: Storage,
    /// The text storage holds under `key` as far as this visit knows
    /// (`None`: nothing), so an unchanged value is not written again.
    written: StoredValue<Option<String>>,
    /// `false` while an unreadable value that could not be copied aside
    /// sits under `key`: nothing may be written over it.
    writable: StoredValue<bool>,
    /// The value set aside, for the visitor's note.
    set_aside: RwSignal<Option<SetAside>>,
}

impl Slot {
    /// Stores `text` under the key (`None` removes it), unless it is what
    /// the key already holds.
    fn store(self, text: Option<String>) -> Result<(), NotSaved> {
        if !self.writable.get_value() {
            self.storage.mark_failing();
            return Err(NotSaved);
        }
        if self.written.with_value(|written| *written == text) {
            return Ok(());
        }
        match &text {
            Some(text) => self.storage.set(self.key, text)?,
            None => self.storage.remove(self.key)?,
        }
        self.written.set_value(text);
        Ok(())
    }

    /// Sets aside `text`, unreadable because of `why`: copied to the first
    /// free `<key>.unreadable…` key and, only once that is written, removed
    /// from the key; if it cannot be copied it stays, and nothing is
    /// written over it for the rest of the visit.
    fn set_aside(self, text: String, why: String) {
        let aside = free_aside_key(self.storage, self.key);
        let moved =
            self.storage.set(&aside, &text).is_ok() && self.storage.remove(self.key).is_ok();
        if !moved {
            self.writable.set_value(false);
            self.storage.mark_failing();
        }
        self.set_aside.set(Some(SetAside { why, text, moved }));
    }
}

/// The first unused `<key>.unreadable`, `<key>.unreadable.2`, … so a value
/// set aside earlier is never overwritten.
fn free_aside_key(storage: Storage, key: &str) -> String {
    let base = format!("{key}.unreadable");
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}.{n}")
            }
        })
        .find(|k| storage.get(k).is_none())
        .unwrap_or(base)
}

/// The note shown when a saved value could not be read: what happened and
/// a download of the value as it was stored.
#[component]
pub fn SetAsideNote(
    /// The value that was set aside, if any.
    set_aside: RwSignal<Option<SetAside>>,
    /// What the value is, e.g. "roadmap progress".
    what: &'static str,
    /// The download's file name.
    file_name: &'static str,
) -> impl IntoView {
    move || {
        set_aside.get().map(|aside| {
            let text = aside.text.clone();
            let (kept, download_label) = if aside.moved {
                (
                    "It has been set aside, not deleted, and this page starts afresh.",
                    format!("Download the set-aside {what}"),
                )
            } else {
                (
                    "This browser has no room to set it aside, so it stays where it is, untouched: this page starts afresh, and nothing you change here will be saved over it.",
                    format!("Download your saved {what}"),
                )
            };
            view! {
                <div class="note warn" role="status">
                    <p>{format!("Your saved {what} could not be used. {} {kept}", aside.why)}</p>
                    <p class="actions">
                        <button type="button" class="button small" on:click=move |_| download::text(file_name, &text)>
                            {download_label}
                        </button>
                        <button type="button" class="button small" on:click=move |_| set_aside.set(None)>"Dismiss"</button>
                    </p>
                </div>
            }
        })
    }
}
