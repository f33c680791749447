//! A link the visitor can copy: a read-only field holding it and a copy
//! button that says whether copying worked.

use leptos::prelude::*;

use crate::ui::widgets::copy_to_clipboard;

/// "Link to …" with the address and a copy button.
#[component]
pub fn ShareLink(
    /// The field's id (unique on the page).
    id: &'static str,
    /// The field's label, e.g. "Link to your progress".
    label: &'static str,
    /// The address to share.
    #[prop(into)]
    url: Signal<String>,
) -> impl IntoView {
    let copied = RwSignal::new(String::new());
    let copy = move |_| copy_to_clipboard(url.get_untracked(), copied, "the link");
    view! {
        <div class="share-field">
            <label for=id>{label}</label>
            <div class="share-row">
                <input id=id class="share-link" type="text" readonly prop:value=move || url.get()
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
                <button type="button" class="button small" on:click=copy>"Copy link"</button>
            </div>
            <p class="muted" role="status">{move || copied.get()}</p>
        </div>
    }
}
