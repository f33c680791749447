//! The executor Leptos runs its tasks on in the browser: wasm-bindgen's,
//! except while the pre-rendered page is being taken over. The takeover
//! runs in parts, one per task (`ui::later`), and the components create
//! hundreds of tasks meanwhile (a render effect's update loop, each
//! effect's first run). Run as microtasks they would lengthen the part that
//! created them, and could change what a later part shows before it is
//! taken over; held back until the last part is in, they run as a task of
//! their own.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};

thread_local! {
    /// Whether tasks are being held back (only during the takeover).
    static HOLDING: Cell<bool> = const { Cell::new(false) };
    /// The tasks held back, in the order they were spawned.
    static HELD: RefCell<Vec<PinnedLocalFuture<()>>> = const { RefCell::new(Vec::new()) };
    /// Parts of the page left to take over (see `ui::later`), in order.
    static LATER: RefCell<VecDeque<Box<dyn FnOnce()>>> = const { RefCell::new(VecDeque::new()) };
}

struct BrowserExecutor;

impl CustomExecutor for BrowserExecutor {
    // The browser has one thread: a `Send` task runs on it like any other.
    fn spawn(&self, task: PinnedFuture<()>) {
        self.spawn_local(task);
    }

    fn spawn_local(&self, task: PinnedLocalFuture<()>) {
        if HOLDING.get() {
            HELD.with_borrow_mut(|held| held.push(task));
        } else {
            wasm_bindgen_futures::spawn_local(task);
        }
    }

    fn poll_local(&self) {}
}

/// Makes this Leptos's executor; call before anything renders (Leptos's
/// own `init_wasm_bindgen` then finds one set and leaves it).
pub fn init() {
    // Err only if one is already set, i.e. this ran before: nothing to do.
    let _ = Executor::init_custom_executor(BrowserExecutor);
}

/// Whether the browser is taking over the pre-rendered page (the takeover
/// proper or a part of it left for later).
pub fn hydrating() -> bool {
    HOLDING.get()
}

/// Queues the takeover of a part of the page for a task of its own, after
/// the takeover proper and before the tasks held back.
pub fn after_hydration(part: impl FnOnce() + 'static) {
    LATER.with_borrow_mut(|later| later.push_back(Box::new(part)));
}

/// Runs `takeover`, then each part it left for later (`after_hydration`) in
/// a task of its own, holding back the tasks all of them spawn; those start
/// in the next macrotask, in their order, and have had their first run
/// when this returns.
pub async fn holding_tasks(takeover: impl FnOnce()) {
    HOLDING.set(true);
    timed(TAKEOVER, takeover);
    // A part may leave parts of its own: they join the end of the queue.
    while let Some(part) = LATER.with_borrow_mut(VecDeque::pop_front) {
        super::yield_to_browser().await;
        timed(TAKEOVER_PART, part);
    }
    HOLDING.set(false);
    let held = HELD.take();
    super::yield_to_browser().await;
    held.into_iter().for_each(wasm_bindgen_futures::spawn_local);
    // Queued behind them: wasm-bindgen runs tasks in the order they woke.
    BehindQueued(false).await;
}

/// The User Timing names of the takeover proper and of each part taken over
/// later, which `make bench` (and any real-user monitoring) reads.
const TAKEOVER: &str = "career-guide:takeover";
const TAKEOVER_PART: &str = "career-guide:takeover-part";

/// Runs `step`, recording how long it held the page as a User Timing
/// entry named `name`.
fn timed(name: &str, step: impl FnOnce()) {
    const START: &str = "career-guide:takeover-start";
    let performance = leptos::prelude::window().performance();
    if let Some(p) = &performance {
        let _ = p.mark(START);
    }
    step();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, START);
    }
}

/// Pending once, waking itself at once, so it resumes after every task
/// queued before it.
struct BehindQueued(bool);

impl Future for BehindQueued {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
