//! The visitor's input until the page is live. Before the app starts, a
//! small script in the page (index.html, allowed by the CSP by its hash)
//! holds every press, choice and keystroke from the first paint; the app
//! takes that queue over when it starts and goes on holding. The takeover
//! runs in several tasks (the parts of `ui::later`), and between two of them
//! the browser delivers whatever the visitor did meanwhile. Handled at once,
//! a click or a keystroke could change what a part not yet taken over shows,
//! and its takeover would then meet DOM that no longer matches. So until the
//! last part is in, input is held — the handlers never see it, and the
//! browser's own reaction to a click is cancelled — and then replayed in
//! order, as if it had come a moment later (which is what happens to input
//! during a single long task anyway). A held press marks its control with
//! `data-held` (styled as pressed) until it is replayed. Links, a
//! summary's toggle and clicks that open elsewhere are never held before
//! the start: the browser does them as plain HTML.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Reflect};
use leptos::prelude::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlFormElement, MouseEvent};

/// The events held: what the app's handlers and the router listen to.
/// Keys need not be: a key that acts presses a button (a click) or types
/// (an `input`).
const HELD_EVENTS: [&str; 4] = ["click", "input", "change", "submit"];

/// The global through which the page's script hands over its queue: a
/// function that stops its holding and returns what it held.
const PAGE_HELD: &str = "careerGuideHeld";

/// The controls a held press marks as pressed (the nearest one around the
/// element pressed). The page's script uses the same list.
const PRESSABLE: &str = "button,label,input,select,textarea,[role=button]";

/// The attribute that marks a held press's control.
const HELD_MARK: &str = "data-held";

/// Input being held; replayed by [`HeldInput::replay`].
pub struct HeldInput {
    listener: Closure<dyn FnMut(Event)>,
    held: Rc<RefCell<Vec<Held>>>,
}

/// An event held: its kind, its target and, for typing or a choice, the
/// field's value just after it. Taking a field over sets its value from the
/// app's state, which does not know of the event yet, so the replay puts
/// the visitor's value back first.
pub struct Held {
    kind: String,
    target: Element,
    value: Option<JsValue>,
}

impl HeldInput {
    /// Goes on holding input: takes over what the page's script held since
    /// the first paint, then stops every event above that reaches the
    /// document before any handler on the page sees it.
    pub fn start() -> HeldInput {
        let held = Rc::new(RefCell::new(take_page_held()));
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
                let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                // A click's own effect (ticking a box, following a link,
                // opening a summary) is redone by the replayed click.
                if matches!(kind.as_str(), "click" | "submit") {
                    event.prevent_default();
                    mark_pressed(&target);
                }
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
        if let Ok(marked) = doc.query_selector_all(&format!("[{HELD_MARK}]")) {
            for i in 0..marked.length() {
                if let Some(element) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = element.remove_attribute(HELD_MARK);
                }
            }
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

/// Stops the page's script from holding input and returns what it held, in
/// order; nothing when there is no script (the page was rendered afresh,
/// or it already handed over). Called by [`HeldInput::start`], and by a
/// start that renders the page afresh, whose elements the held input
/// pointed at are gone.
pub fn take_page_held() -> Vec<Held> {
    let Some(hand_over) = Reflect::get(&window(), &JsValue::from_str(PAGE_HELD))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return Vec::new();
    };
    let Ok(queue) = hand_over.call0(&JsValue::NULL) else {
        return Vec::new();
    };
    Array::from(&queue)
        .iter()
        .filter_map(|entry| {
            let get = |name: &str| Reflect::get(&entry, &JsValue::from_str(name)).ok();
            Some(Held {
                kind: get("kind")?.as_string()?,
                target: get("target")?.dyn_into::<Element>().ok()?,
                value: get("value").filter(JsValue::is_string),
            })
        })
        .collect()
}

/// Marks the control around `target` as pressed until the replay.
fn mark_pressed(target: &Element) {
    if let Ok(Some(control)) = target.closest(PRESSABLE) {
        let _ = control.set_attribute(HELD_MARK, "");
    } else {
        let _ = target.set_attribute(HELD_MARK, "");
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
