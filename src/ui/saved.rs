//! A value the visitor keeps in local storage (roadmap progress, the plan,
//! the shortlist), read once the app has started and saved on every change.
//!
//! Nothing stored is lost silently: a stored value that cannot be read is
//! copied aside under a key of its own and only then removed; when the copy
//! cannot be written (storage full), it stays where it is, untouched, and
//! nothing is written over it during the visit. Either way the visitor is
//! told, with a download of the value as it was.

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
    key: &'static str,
    encode: fn(&T) -> String,
    storage: Storage,
    /// The text storage holds under `key` as far as this visit knows
    /// (`None`: nothing), so an unchanged value is not written again.
    written: StoredValue<Option<String>>,
    /// `false` while an unreadable value that could not be copied aside
    /// sits under `key`: nothing may be written over it.
    writable: StoredValue<bool>,
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
    /// Provides the value by context. Once the app has started it reads
    /// `key` with `decode` (setting an unreadable value aside) and from
    /// then on saves every change with `encode`; the default value is
    /// stored as no value at all.
    pub fn provide<E: Display + 'static>(
        key: &'static str,
        decode: fn(&str) -> Result<T, E>,
        encode: fn(&T) -> String,
    ) {
        let saved = Saved {
            value: RwSignal::new(T::default()),
            loaded: RwSignal::new(false),
            set_aside: RwSignal::new(None),
            key,
            encode,
            storage: use_storage(),
            written: StoredValue::new(None),
            writable: StoredValue::new(true),
        };
        // Effects run only in the browser, after the first render.
        Effect::new(move |started: Option<()>| {
            if started.is_none() {
                saved.load(decode);
            }
            saved.value.with(|value| {
                let _ = saved.write(value);
            });
        });
        provide_context(saved);
    }

    /// Replaces the value only if it can be stored: an import or a link's
    /// value that this browser cannot keep changes nothing.
    pub fn replace(self, value: T) -> Result<(), NotSaved> {
        self.write(&value)?;
        self.value.set(value);
        Ok(())
    }

    fn write(self, value: &T) -> Result<(), NotSaved> {
        if !self.writable.get_value() {
            self.storage.mark_failing();
            return Err(NotSaved);
        }
        let text = (*value != T::default()).then(|| (self.encode)(value));
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

    fn load<E: Display>(self, decode: fn(&str) -> Result<T, E>) {
        if let Some(text) = self.storage.get(self.key) {
            match decode(&text) {
                Ok(value) => {
                    self.written.set_value(Some(text));
                    self.value.set(value);
                }
                Err(why) => {
                    let moved = self.set_aside_copy(&text);
                    if !moved {
                        self.writable.set_value(false);
                        self.storage.mark_failing();
                    }
                    self.set_aside.set(Some(SetAside {
                        why: why.to_string(),
                        text,
                        moved,
                    }));
                }
            }
        }
        self.loaded.set(true);
    }

    /// Copies `text` to the first free `<key>.unreadable…` key and, only
    /// once that is written, removes it from `key`. `false` if it stays.
    fn set_aside_copy(self, text: &str) -> bool {
        let aside = free_aside_key(self.storage, self.key);
        self.storage.set(&aside, text).is_ok() && self.storage.remove(self.key).is_ok()
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

impl<T: Send + Sync + 'static> Saved<T> {
    /// The value provided by `App`.
    pub fn get() -> Saved<T> {
        expect_context::<Saved<T>>()
    }
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
