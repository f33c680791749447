//! Small display pieces used across pages.

use career_core::{guide, validate::is_web_link, Catalogue, Level, Salary, Source};
use leptos::prelude::*;
use leptos_router::components::A;

/// A link to an outside page; renders plain text if the address is not
/// http(s), so catalogue data can never produce a `javascript:` link.
#[component]
pub fn ExternalLink(
    /// The address; only http(s) addresses become links.
    href: String,
    /// The link text.
    children: Children,
) -> impl IntoView {
    if is_web_link(&href) {
        view! { <a href=href rel="noopener noreferrer" target="_blank">{children()}<span class="visually-hidden">" (opens in a new tab)"</span></a> }.into_any()
    } else {
        view! { <span>{children()}</span> }.into_any()
    }
}

/// A skill level shown as a labelled badge with a 3-step meter. The meter
/// is drawn by the stylesheet from the `level-N` class (one element per
/// badge: the skills matrix shows a hundred of them, and each element is
/// work when the page is taken over).
#[component]
pub fn LevelBadge(
    /// The level to show.
    level: Level,
) -> impl IntoView {
    let class = format!("level level-{}", level.rank());
    view! { <span class=class>{level.label()}</span> }
}

/// "Source: Publisher, Title (Year)", linked when the source has a web address.
#[component]
pub fn SourceCite(
    /// The cited source.
    source: Source,
) -> impl IntoView {
    let label = format!("{}, {} ({})", source.publisher, source.title, source.year);
    cite(label, source.url)
}

/// Where a salary figure comes from, "Publisher, year"
/// ([`guide::salary_citation`]), linked when its source has a web address.
#[component]
pub fn SalaryCite(
    /// The catalogue the figure's source is listed in.
    cat: std::sync::Arc<Catalogue>,
    /// The salary figure cited.
    salary: Salary,
) -> impl IntoView {
    let url = cat.source(&salary.source).and_then(|s| s.url.clone());
    cite(guide::salary_citation(&cat, &salary), url)
}

/// The mark on a fact that may be out of date: the reason (worded by
/// [`career_core::age`]) and a link to where to check it — the provider's
/// page for a course, the source for a role's facts. One component for every
/// page, so the mark looks and reads the same wherever a fact is shown.
#[component]
pub fn AgeMark(
    /// Why the fact may be out of date, e.g. from `age::course_age_note`.
    note: String,
    /// Where to check it; no link when there is none (or it is not http(s)).
    #[prop(optional_no_strip)]
    href: Option<String>,
    /// The link's text.
    #[prop(default = "Check the source")]
    check: &'static str,
    /// Inside a line of text (a table cell's list, a caption) rather than a
    /// paragraph of its own.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let link = href.map(|href| view! { " "<ExternalLink href=href>{check}</ExternalLink> });
    if inline {
        view! { <span class="age-note age-note-inline">{note}{link}</span> }.into_any()
    } else {
        view! { <p class="age-note">{note}{link}</p> }.into_any()
    }
}

/// The web address of the source with id `id`, if it lists one: where a
/// mark on a role's fact sends the visitor to check it.
pub fn source_url(cat: &Catalogue, id: &str) -> Option<String> {
    cat.source(id).and_then(|s| s.url.clone())
}

/// A citation, linked to `url` when there is one.
fn cite(label: String, url: Option<String>) -> AnyView {
    match url {
        Some(url) => {
            view! { <cite><ExternalLink href=url>{label}</ExternalLink></cite> }.into_any()
        }
        None => view! { <cite>{label}</cite> }.into_any(),
    }
}

/// Copies `text` to the clipboard, then puts in `status` whether that
/// worked; a browser may refuse, and then the visitor is asked to select
/// `what` ("the link", "the snippet") and copy it themselves.
pub fn copy_to_clipboard(text: String, status: RwSignal<String>, what: &'static str) {
    let clipboard = window().navigator().clipboard();
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
        status.set(if copied.is_ok() {
            "Copied to the clipboard.".to_string()
        } else {
            format!("Copying was blocked: select {what} and copy it yourself.")
        });
    });
}

/// A link to a part of the current page. With `<base href>` set (for
/// sub-path hosting), a bare `#id` would point at the site root, so the link
/// carries the current path and the click scrolls and moves focus itself.
#[component]
pub fn JumpLink(
    /// The `id` of the element to jump to.
    #[prop(into)]
    target: String,
    /// Optional class for the link.
    #[prop(optional)]
    class: &'static str,
    /// The link text.
    children: Children,
) -> impl IntoView {
    // The router's path, so the first render is the same at build time
    // and in the browser.
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let href = format!("{path}#{target}");
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = document().get_element_by_id(&target) else {
            return;
        };
        ev.prevent_default();
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
        let url = format!(
            "{}#{target}",
            window().location().pathname().unwrap_or_default()
        );
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    };
    view! { <a class=class href=href on:click=on_click>{children()}</a> }
}

/// A box that scrolls a wide table sideways on narrow screens. It is a
/// labelled, focusable region so keyboard users can scroll it too.
#[component]
pub fn ScrollBox(
    /// What the region holds, read out by screen readers.
    #[prop(into)]
    label: String,
    /// Extra classes, e.g. `sticky-first` for a sticky first column.
    #[prop(optional)]
    class: &'static str,
    /// The table.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=format!("table-scroll {class}") role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}

/// An in-app link: the router's `<A>` (client-side navigation, and
/// `aria-current` on the current page) with the base path added.
#[component]
pub fn Link(
    /// The app path, e.g. `/roles/backend-developer`.
    #[prop(into)]
    href: String,
    /// Optional class for the link.
    #[prop(optional)]
    class: &'static str,
    /// The link text.
    children: Children,
) -> impl IntoView {
    view! { <A href=crate::site::app_href(&href) attr:class=class>{children()}</A> }
}
