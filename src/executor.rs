//! The executor Leptos runs its tasks on in the browser: wasm-bindgen's,
//! except while the pre-rendered page is being taken over. The components
//! create hundreds of tasks then (a render effect's update loop, each
//! effect's first run); run as microtasks they would lengthen the
//! takeover's single long task. Held back until the next macrotask, they
//! run as a task of their own, so the page is never blocked for the sum.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};

thread_local! {
    /// Whether tasks are being held back (only during the takeover).
    static HOLDING: Cell<bool> = const { Cell::new(false) };
    /// The tasks held back, in the order they were spawned.
    static HELD: RefCell<Vec<PinnedLocalFuture<()>>> = const { RefCell::new(Vec::new()) };
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

/// Runs `takeover`, holding back the tasks it spawns; they start in the
/// next macrotask, in their order, and have had their first run when this
/// returns.
pub async fn holding_tasks(takeover: impl FnOnce()) {
    HOLDING.set(true);
    takeover();
    HOLDING.set(false);
    let held = HELD.take();
    crate::catalogue::yield_to_browser().await;
    held.into_iter().for_each(wasm_bindgen_futures::spawn_local);
    // Queued behind them: wasm-bindgen runs tasks in the order they woke.
    BehindQueued(false).await;
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
