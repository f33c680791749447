//! One quiz question at a time, with progress, back, skip and next.

use career_core::quiz::{Answer, Answers};
use career_core::{Level, Question, QuestionKind};
use leptos::html;
use leptos::prelude::*;

use crate::ui::page::use_catalogue;

/// The question on screen, how far through the quiz the visitor is, and
/// the buttons to go back, skip or go on (to the results after the last).
#[component]
pub fn QuestionStep(
    /// All answers so far; this component writes the current question's.
    answers: RwSignal<Answers>,
    /// The index of the question on screen.
    step: RwSignal<usize>,
    /// Called after the last question.
    on_finish: Callback<()>,
) -> impl IntoView {
    let cat = use_catalogue();
    let total = cat.quiz.len();
    let heading = NodeRef::<html::H2>::new();
    // Move focus to the new question so screen readers announce it.
    let focus_question = move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    };
    // Also on first show (start or resume), so the question is announced.
    Effect::new(move |_| request_animation_frame(focus_question));
    let go = move |to: usize| {
        if to >= total {
            on_finish.run(());
        } else {
            step.set(to);
            request_animation_frame(focus_question);
        }
    };
    let current = move || step.get().min(total.saturating_sub(1));
    let answered = move || answers.with(|a| a.get(current()).is_some());
    let percent = move || (current() * 100) / total.max(1);

    view! {
        <section class="quiz-step" aria-labelledby="question-h">
            <div class="progress-label">
                <span>{move || format!("Question {} of {total}", current() + 1)}</span>
                <span class="muted">{move || format!("{} answered", answers.with(Answers::answered))}</span>
            </div>
            <div class="progress" role="progressbar" aria-label="Quiz progress"
                aria-valuemin="0" aria-valuemax=total.to_string() aria-valuenow=move || current().to_string()>
                <div class="progress-bar" style:width=move || format!("{}%", percent())></div>
            </div>
            {move || {
                let index = current();
                let q = cat.quiz[index].clone();
                view! { <QuestionForm question=q index=index answers=answers heading=heading/> }
            }}
            <div class="quiz-nav">
                <button type="button" class="button" disabled=move || current() == 0
                    on:click=move |_| go(current().saturating_sub(1))>"Back"</button>
                <button type="button" class="button" on:click=move |_| {
                    answers.update(|a| *a = a.with(current(), None));
                    go(current() + 1)
                }>"Skip"</button>
                <button type="button" class="button primary" disabled=move || !answered()
                    on:click=move |_| go(current() + 1)>
                    {move || if current() + 1 == total { "See my results" } else { "Next" }}
                </button>
            </div>
        </section>
    }
}

/// The question's prompt and its choices as a radio group.
#[component]
fn QuestionForm(
    /// The question.
    question: Question,
    /// Its position in the quiz.
    index: usize,
    /// All answers; the choice made here is written back.
    answers: RwSignal<Answers>,
    /// The heading, focused when the question changes.
    heading: NodeRef<html::H2>,
) -> impl IntoView {
    let kind_label = match question.kind {
        QuestionKind::Interest => "About you",
        QuestionKind::SelfRating => "Your skills",
        QuestionKind::Knowledge => "Back-end basics",
    };
    let choices: Vec<(Answer, String, Option<&'static str>)> = match question.kind {
        QuestionKind::SelfRating => Level::ALL
            .iter()
            .map(|l| (Answer::Rating(*l), l.label().to_string(), Some(l.hint())))
            .collect(),
        _ => question
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| (Answer::Choice(i as u8), o.label.clone(), None))
            .collect(),
    };
    let name = format!("q-{}", question.id);
    view! {
        <fieldset class="question">
            <legend>
                <span class="eyebrow">{kind_label}</span>
                <h2 id="question-h" tabindex="-1" node_ref=heading>{question.prompt.clone()}</h2>
            </legend>
            <div class="choices">
                {choices.into_iter().enumerate().map(|(i, (answer, label, hint))| {
                    let id = format!("{name}-{i}");
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name=name.clone()
                                prop:checked=move || answers.with(|a| a.get(index) == Some(answer))
                                on:change=move |_| answers.update(|a| *a = a.with(index, Some(answer)))/>
                            <label for=id>
                                <span class="choice-label">{label}</span>
                                {hint.map(|h| view! { <span class="choice-hint">{h}</span> })}
                            </label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
