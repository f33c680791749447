//! The skills quiz (`/quiz`) and its shareable results (`/quiz/results?a=…`).

mod results;
mod step;

pub use results::QuizResultsPage;

use career_core::links;
use career_core::note::Note;
use career_core::quiz::{self, Answers};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::ui::page::{set_page_title, use_catalogue, NeedsJs};
use crate::ui::storage::{use_storage, Storage, WhereKept};
use crate::ui::widgets::Link;
use step::QuestionStep;

/// Saved progress, or a note saying why saved progress was discarded.
fn restore(
    storage: Storage,
    questions: &[career_core::Question],
) -> (Answers, usize, Option<Note>) {
    match storage.get(quiz::STORAGE_KEY) {
        None => (Answers::empty(questions), 0, None),
        Some(stored) => match quiz::decode_progress(&stored, questions) {
            Ok((answers, step)) => (answers, step, None),
            Err(_) => {
                let _ = storage.remove(quiz::STORAGE_KEY);
                (
                    Answers::empty(questions),
                    0,
                    Some(Note::QuizAnswersUnreadable),
                )
            }
        },
    }
}

/// `/quiz`: the skills quiz, one question at a time, resumed from where the
/// visitor left it in this browser.
#[component]
pub fn QuizPage() -> impl IntoView {
    set_page_title(|| "Skills quiz".to_string());
    let cat = use_catalogue();
    let total = cat.quiz.len();
    let started = RwSignal::new(false);
    let answers = RwSignal::new(Answers::empty(&cat.quiz));
    let step = RwSignal::new(0);
    let note = RwSignal::new(None::<Note>);
    let storage = use_storage();

    // Saved progress only exists in the browser, so it is restored once
    // the app has started (effects run only there, after the first render);
    // from then on every change is saved, so a reload or a later visit
    // resumes here.
    Effect::new({
        let cat = cat.clone();
        move |restored: Option<()>| {
            if restored.is_none() {
                let (saved_answers, saved_step, why) = restore(storage, &cat.quiz);
                started.set(saved_answers.answered() > 0 || saved_step > 0);
                answers.set(saved_answers);
                step.set(saved_step);
                note.set(why);
            }
            let (a, s) = (answers.get(), step.get());
            if started.get() {
                // A failed write shows the storage notice; the quiz goes on.
                let _ = storage.set(quiz::STORAGE_KEY, &quiz::encode_progress(&a, s, &cat.quiz));
            }
        }
    });

    let navigate = use_navigate();
    let finish = Callback::new({
        let cat = cat.clone();
        move |_: ()| {
            let code = answers.get_untracked().encode(&cat.quiz);
            navigate(&links::quiz_results(&code, None, ""), Default::default());
        }
    });
    let no_answers = StoredValue::new(Answers::empty(&cat.quiz));
    let start_over = move |_| {
        let _ = storage.remove(quiz::STORAGE_KEY);
        answers.set(no_answers.get_value());
        step.set(0);
        started.set(false);
    };

    view! {
        <div class="wrap quiz">
            <h1>"Skills quiz"</h1>
            {move || note.get().map(|n| view! { <p class="note" role="status">{n.to_string()}</p> })}
            {move || if started.get() {
                view! {
                    <QuestionStep answers=answers step=step on_finish=finish/>
                    <p class="quiz-footer">
                        <button type="button" class="link-button" on:click=start_over>"Start over"</button>
                    </p>
                }.into_any()
            } else {
                view! {
                    <div class="quiz-intro">
                        <p class="lead">
                            {format!("{total} short questions about what you enjoy, what you already know and a few back-end basics. ")}
                            "At the end you will see which roles suit you, why, the skills you would need to build and the courses that teach them."
                        </p>
                        <p>"You can skip any question or go back. "
                            <WhereKept
                                kept="You can also leave and come back later: your answers are kept in this browser."
                                not_kept="This browser is not saving changes, so finish in one visit or keep your results link."/>
                        </p>
                        <button type="button" class="button primary" on:click=move |_| started.set(true)>"Start the quiz"</button>
                        <NeedsJs class="note">
                            "The quiz runs in your browser and needs JavaScript, which is off or has not loaded yet. Without it, "
                            <Link href=links::ROLES>"each role's guide"</Link>
                            " says what the work is and the skills it takes, and "
                            <Link href=links::PROVIDERS>"every course is listed by provider"</Link>
                            "."
                        </NeedsJs>
                    </div>
                }.into_any()
            }}
            <p class="privacy muted">
                "Privacy: your answers never leave this browser. "
                <WhereKept
                    kept="They are stored only on this device (local storage) and in any results link you choose to share."
                    not_kept="This browser is not storing them, so they exist only on this page and in any results link you choose to share."/>
            </p>
        </div>
    }
}
