//! A value the visitor keeps in local storage (roadmap progress, the plan),
//! read once the app has started and saved on every change. A stored value
//! that cannot be read is never dropped: it is moved aside under its own
//! key and the visitor is told, with a way to download it.

use std::fmt::Display;

use leptos::prelude::*;

use crate::ui::{download, storage};

/// A stored value that could not be read, kept so the visitor can save it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// Why it could not be read, for the visitor.
    pub why: String,
    /// The stored text as it was.
    pub text: String,
}

/// A visitor's saved value, shared by context.
#[derive(Debug)]
pub struct Saved<T: Send + Sync + 'static> {
    /// The value; the default until the stored one has been read.
    pub value: RwSignal<T>,
    /// Whether the stored value has been read: only the browser has it, so
    /// every first render shows the default.
    pub loaded: RwSignal<bool>,
    /// A stored value that could not be read, moved aside.
    pub set_aside: RwSignal<Option<SetAside>>,
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
    /// `key` with `decode` (moving an unreadable value to `<key>.unreadable`)
    /// and from then on saves every change with `encode`.
    pub fn provide<E: Display + 'static>(
        key: &'static str,
        decode: fn(&str) -> Result<T, E>,
        encode: fn(&T) -> String,
    ) {
        let saved = Saved {
            value: RwSignal::new(T::default()),
            loaded: RwSignal::new(false),
            set_aside: RwSignal::new(None),
        };
        // Effects run only in the browser, after the first render.
        Effect::new(move |started: Option<()>| {
            if started.is_none() {
                saved.load(key, decode);
            }
            let value = saved.value.get();
            if value == T::default() {
                storage::remove(key);
            } else {
                storage::set(key, &encode(&value));
            }
        });
        provide_context(saved);
    }

    fn load<E: Display>(self, key: &str, decode: fn(&str) -> Result<T, E>) {
        if let Some(text) = storage::get(key) {
            match decode(&text) {
                Ok(value) => self.value.set(value),
                Err(why) => {
                    storage::set(&free_aside_key(key), &text);
                    storage::remove(key);
                    self.set_aside.set(Some(SetAside {
                        why: why.to_string(),
                        text,
                    }));
                }
            }
        }
        self.loaded.set(true);
    }
}

/// The first unused `<key>.unreadable`, `<key>.unreadable.2`, … so a value
/// set aside earlier is never overwritten.
fn free_aside_key(key: &str) -> String {
    let base = format!("{key}.unreadable");
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}.{n}")
            }
        })
        .find(|k| storage::get(k).is_none())
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
            view! {
                <div class="note warn" role="status">
                    <p>
                        {format!("Your saved {what} could not be used. {} It has been set aside, not deleted, and this page starts afresh.", aside.why)}
                    </p>
                    <p class="actions">
                        <button type="button" class="button small" on:click=move |_| download::text(file_name, &text)>
                            {format!("Download the set-aside {what}")}
                        </button>
                        <button type="button" class="button small" on:click=move |_| set_aside.set(None)>"Dismiss"</button>
                    </p>
                </div>
            }
        })
    }
}
