//! The visitor's input while the page is being taken over. The takeover
//! runs in several tasks (the parts of `ui::later`), and between two of them
//! the browser delivers whatever the visitor did meanwhile. Handled at once,
//! a click or a keystroke could change what a part not yet taken over shows,
//! and its takeover would then meet DOM that no longer matches. So until the
//! last part is in, input is held — the handlers never see it, and the
//! browser's own reaction to a click is cancelled — and then replayed in
//! order, as if it had come a moment later (which is what happens to input
//! during a single long task anyway).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlFormElement, MouseEvent};

/// The events held: what the app's handlers and the router listen to.
/// Keys need not be: a key that acts presses a button (a click) or types
/// (an `input`).
const HELD_EVENTS: [&str; 4] = ["click", "input", "change", "submit"];

/// Input being held; replayed by [`HeldInput::replay`].
pub struct HeldInput {
    listener: Closure<dyn FnMut(Event)>,
    held: Rc<RefCell<Vec<Held>>>,
}

/// An event held: its kind, its target and, for typing or a choice, the
/// field's value just after it. Taking a field over sets its value from the
/// app's state, which does not know of the event yet, so the replay puts
/// the visitor's value back first.
struct Held {
    kind: String,
    target: Element,
    value: Option<JsValue>,
}

impl HeldInput {
    /// Starts holding input: every event above that reaches the document
    /// is stopped before any handler on the page sees it. Typing that came
    /// before (the focused field no longer holds the value it was served
    /// with) is held as if it came now.
    pub fn start() -> HeldInput {
        let held = Rc::new(RefCell::new(Vec::new()));
        let listener = Closure::<dyn FnMut(Event)>::new({
            let held = held.clone();
            move |event: Event| {
                // A click with a modifier key or another button opens a
                // link elsewhere (the browser's own doing, no handler's):
                // replayed as a plain click it would open it here instead.
                if event.dyn_ref::<MouseEvent>().is_some_and(opens_elsewhere) {
                    return;
                }
                event.stop_immediate_propagation();
                let kind = event.type_();
                // A click's own effect (ticking a box, following a link,
                // opening a summary) is redone by the replayed click.
                if matches!(kind.as_str(), "click" | "submit") {
                    event.prevent_default();
                }
                let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                let value = matches!(kind.as_str(), "input" | "change")
                    .then(|| property(&target, "value"))
                    .flatten();
                held.borrow_mut().push(Held {
                    kind,
                    target,
                    value,
                });
            }
        });
        let doc = document();
        if let Some(field) = doc.active_element() {
            let (served, value) = (property(&field, "defaultValue"), property(&field, "value"));
            if served.is_some() && value.is_some() && served != value {
                held.borrow_mut().push(Held {
                    kind: "input".into(),
                    target: field,
                    value,
                });
            }
        }
        for name in HELD_EVENTS {
            // Capture, on the document: before any element's own handler.
            let _ = doc.add_event_listener_with_callback_and_bool(
                name,
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
        HeldInput { listener, held }
    }

    /// Stops holding and replays, in order, what was held on elements still
    /// on the page: clicks as clicks; typing and choices as the value they
    /// left and a fresh `input` or `change` event.
    pub fn replay(self) {
        let doc = document();
        for name in HELD_EVENTS {
            let _ = doc.remove_event_listener_with_callback_and_bool(
                name,
                self.listener.as_ref().unchecked_ref(),
                true,
            );
        }
        for Held {
            kind,
            target,
            value,
        } in self.held.take()
        {
            if !target.is_connected() {
                continue;
            }
            match kind.as_str() {
                "click" => {
                    if let Some(target) = target.dyn_ref::<HtmlElement>() {
                        target.click();
                    }
                }
                "submit" => {
                    if let Some(form) = target.dyn_ref::<HtmlFormElement>() {
                        let _ = form.request_submit();
                    }
                }
                kind => {
                    if let Some(value) = value {
                        let _ = Reflect::set(&target, &JsValue::from_str("value"), &value);
                    }
                    let init = EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(again) = Event::new_with_event_init_dict(kind, &init) {
                        let _ = target.dispatch_event(&again);
                    }
                }
            }
        }
    }
}

/// Whether a click asks for its link in another tab or window.
fn opens_elsewhere(click: &MouseEvent) -> bool {
    click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key()
}

/// A text property of `element` (a field's `value`, `defaultValue`), if it
/// has one.
fn property(element: &Element, name: &str) -> Option<JsValue> {
    Reflect::get(element, &JsValue::from_str(name))
        .ok()
        .filter(JsValue::is_string)
}
