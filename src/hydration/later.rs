//! Parts of a page the browser takes over in a task of their own.
//!
//! Taking over a pre-rendered page is one synchronous walk of its DOM, and
//! most of its time is the browser compiling, on first call, the code that
//! walks each part. On the biggest pages (the comparison's tables, the
//! finder's results) that made one task long enough to hold up a phone's
//! input. A part wrapped in [`HydrateLater`] is skipped by that walk (its
//! pre-rendered DOM stays as it is) and taken over a task later, so the
//! page is never blocked for the sum of its parts.
//!
//! A part's children are rendered, to take over its DOM, only a task or
//! more after the rest of the page, so what they show must not change in
//! between. Nothing the app does can change it: the tasks the takeover
//! spawns (effects, including those applying `Started` and a deep link's
//! query) wait until every part is in, and so does the visitor's input
//! (`held_input`). Give a part values or signals from the page, as any
//! component; only a timer or another tab's storage event, neither of which
//! the app's first render depends on, could change a signal meanwhile.

use leptos::prelude::*;

/// Renders `children` inside a `<div class="later">` (which has no box of
/// its own: `display: contents`). Everywhere but in the browser's takeover
/// of a pre-rendered page this is all it does.
#[component]
pub fn HydrateLater(
    /// The part of the page; rendered once, at the first render or (while
    /// the browser takes a page over) a task later.
    children: Children,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if super::executor::hydrating() {
        return take_over_later(children);
    }
    view! { <div class="later">{children()}</div> }.into_any()
}

/// Renders an empty `<div class="later">`, which takes over the
/// pre-rendered one without touching its children, and queues the
/// takeover of those children for a task of its own.
#[cfg(feature = "hydrate")]
fn take_over_later(children: Children) -> AnyView {
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::view::{PositionState, RenderHtml};
    use wasm_bindgen::JsCast;

    let part = NodeRef::<leptos::html::Div>::new();
    // The part's own owner and view state, kept for as long as this
    // component is: dropping either would stop the part's effects.
    let kept = StoredValue::new_local(None);
    let parent = Owner::current();
    super::executor::after_hydration(move || {
        let (Some(element), Some(parent)) = (part.get_untracked(), parent) else {
            return;
        };
        // Gone already: the page moved on before its turn came.
        if !element.is_connected() {
            return;
        }
        let owner = parent.child();
        let state = owner.with(|| {
            children().into_view().hydrate::<true>(
                &Cursor::new(element.unchecked_into()),
                &PositionState::default(),
            )
        });
        let _ = kept.try_set_value(Some((owner, state)));
    });
    view! { <div class="later" node_ref=part></div> }.into_any()
}
