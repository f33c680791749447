//! Progress that is the visitor's own: taking over progress from a shared
//! link, a file or the quiz's self-ratings (always shown first, applied
//! only when asked), and sharing, exporting and clearing it.

use std::sync::Arc;

use career_core::handle::RoleRef;
use career_core::links::{self, param};
use career_core::note::Note;
use career_core::quiz::Answers;
use career_core::roadmap::{self, Progress};
use career_core::Catalogue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{use_saved_progress, SavedProgress};
use crate::site::use_site;
use crate::ui::download;
use crate::ui::page::first_param;
use crate::ui::share::ShareLink;
use crate::ui::storage::{NotSaved, WhereKept};

/// Offers the visitor's progress as the file any roadmap imports.
pub fn download_progress(progress: SavedProgress) {
    download::text(
        "career-guide-progress.json",
        &progress.value.with(Progress::encode),
    )
}

/// Why progress from a file or a link was not taken over.
const NOT_STORED: &str =
    "This browser could not store it (its storage is full, blocked or in a private mode), so your progress is as it was.";

/// Progress offered from outside, waiting for the visitor's answer.
#[derive(Clone, PartialEq)]
struct Offer {
    /// Where it comes from, e.g. "This link".
    from: &'static str,
    progress: Progress,
    notes: Vec<Note>,
}

/// Offers from the address: progress in a shared link, or quiz answers
/// whose self-ratings can be taken over. Shown near the top of the page.
#[component]
pub(super) fn IncomingProgress(
    /// The catalogue the skills and quiz come from.
    cat: Arc<Catalogue>,
) -> impl IntoView {
    let progress = use_saved_progress();
    let query = use_query_map();
    let dismissed = RwSignal::new(false);
    // Using the link's progress was refused: this browser cannot store it.
    let refused = RwSignal::new(false);
    let from_link = {
        let cat = cat.clone();
        Memo::new(move |_| {
            first_param(&query.read(), param::PROGRESS).map(|value| {
                let decoded = Progress::from_param(&value, &cat);
                Offer {
                    from: "This link",
                    progress: decoded.value,
                    notes: decoded.notes,
                }
            })
        })
    };
    let quiz_code = Memo::new(move |_| first_param(&query.read(), param::QUIZ));
    let link_offer = move || {
        let offer = from_link.get().filter(|_| !dismissed.get())?;
        let mine = progress.value.with(Progress::len);
        let take = offer.progress.clone();
        Some(view! {
            <div class="note offer no-print" role="region" aria-label="Progress in this link">
                <p><strong>{format!("{} carries progress: {}.", offer.from, offer.progress.summary_text())}</strong></p>
                {offer.notes.iter().map(|n| view! { <p class="muted">{n.to_string()}</p> }).collect_view()}
                {move || refused.get().then(|| view! { <p role="alert">{format!("Nothing was changed. {NOT_STORED}")}</p> })}
                <p>{if mine == 0 {
                    "You have no progress saved in this browser yet.".to_string()
                } else {
                    format!("Using it replaces the {mine} skills you have marked in this browser.")
                }}</p>
                <p class="actions">
                    <button type="button" class="button primary small" on:click=move |_| {
                        match progress.replace(take.clone()) {
                            Ok(()) => dismissed.set(true),
                            Err(NotSaved) => refused.set(true),
                        }
                    }>"Use this progress"</button>
                    <button type="button" class="button small" on:click=move |_| dismissed.set(true)>"Keep mine"</button>
                </p>
            </div>
        })
    };
    let quiz_offer = move || {
        let code = quiz_code.get()?;
        let Ok(answers) = Answers::decode(&code, &cat.quiz) else {
            return Some(view! {
                <div class="note warn no-print" role="status">
                    <p>"The quiz answers in this link could not be read, so there are no self-ratings to take over."</p>
                </div>
            }.into_any());
        };
        let changes: Vec<(String, String, String)> = progress.value.with(|p| {
            roadmap::from_self_ratings(&cat, &answers, p)
                .iter()
                .map(|c| {
                    (
                        c.skill.name.clone(),
                        c.from.label().to_string(),
                        c.to.label().to_string(),
                    )
                })
                .collect()
        });
        if changes.is_empty() {
            return Some(view! {
                <p class="note no-print" role="status">"Your quiz self-ratings are already reflected in your progress."</p>
            }.into_any());
        }
        let apply = {
            let (cat, answers) = (cat.clone(), answers.clone());
            move |_| {
                progress.value.update(|p| {
                    let changes = roadmap::from_self_ratings(&cat, &answers, p);
                    *p = roadmap::apply(p, &changes);
                });
            }
        };
        let count = changes.len();
        Some(view! {
            <div class="note offer no-print" role="region" aria-label="Take over your quiz self-ratings">
                <p><strong>"Take over what you told the quiz you know?"</strong></p>
                <p class="muted">"Strong or working knowledge counts as done, basic as learning. This changes:"</p>
                <ul class="plain-list">
                    {changes.into_iter().map(|(name, from, to)| view! {
                        <li>{format!("{name}: {from} → {to}")}</li>
                    }).collect_view()}
                </ul>
                <p><button type="button" class="button primary small" on:click=apply>
                    {format!("Apply {count} change{}", if count == 1 { "" } else { "s" })}
                </button></p>
            </div>
        }.into_any())
    };
    view! {
        {link_offer}
        {quiz_offer}
    }
}

/// Share, export, import and clear: the visitor's progress on every
/// roadmap, kept only in this browser.
#[component]
pub(super) fn KeepProgress(
    /// The role whose roadmap the share link opens.
    role: RoleRef,
) -> impl IntoView {
    let role = role.id().to_string();
    let progress = use_saved_progress();
    let site = use_site();
    let share_url = Signal::derive(move || {
        let param = progress.value.with(Progress::to_param);
        site.link_to(&links::roadmap_with_progress(&role, &param))
    });
    let import_offer: RwSignal<Option<Result<Progress, String>>> = RwSignal::new(None);
    let confirm_clear = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        leptos::task::spawn_local(async move {
            let read = download::chosen_text(&input).await;
            import_offer.set(Some(match read {
                None => Err("That file could not be read.".to_string()),
                Some(text) => Progress::decode(&text).map_err(|e| e.to_string()),
            }));
            input.set_value("");
        });
    };
    let export = move |_| download_progress(progress);
    view! {
        <section class="keep-progress no-print" aria-labelledby="keep-h">
            <h2 id="keep-h">"Keep or share your progress"</h2>
            <p class="muted">
                <WhereKept
                    kept="Your progress is saved in this browser only, for every roadmap at once. "
                    not_kept="This browser is not saving changes: download your progress to keep it. "/>
                "Nothing is sent anywhere."
            </p>
            <ShareLink id="progress-link" label="Link to your progress" url=share_url/>
            <div class="actions">
                <button type="button" class="button" on:click=export>"Download progress (JSON)"</button>
                <label class="button file-button">
                    "Import progress from a file"
                    <input class="visually-hidden" type="file" accept="application/json,.json" on:change=on_file/>
                </label>
                <button type="button" class="button" on:click=move |_| confirm_clear.set(true)>"Clear my progress"</button>
            </div>
            {move || import_offer.get().map(|offer| match offer {
                Err(why) => view! {
                    <div class="note warn" role="alert">
                        <p>{format!("Nothing was imported. {why}")}</p>
                        <button type="button" class="button small" on:click=move |_| import_offer.set(None)>"Dismiss"</button>
                    </div>
                }.into_any(),
                Ok(found) => {
                    let summary = found.summary_text();
                    let mine = progress.value.with(Progress::len);
                    view! {
                        <div class="note offer" role="region" aria-label="Progress in the file">
                            <p><strong>{format!("The file has {summary}.")}</strong></p>
                            <p>{format!("Importing replaces the {mine} skills you have marked in this browser.")}</p>
                            <p class="actions">
                                <button type="button" class="button primary small" on:click=move |_| {
                                    // Stored first: an import this browser cannot keep changes nothing.
                                    import_offer.set(match progress.replace(found.clone()) {
                                        Ok(()) => None,
                                        Err(NotSaved) => Some(Err(NOT_STORED.to_string())),
                                    });
                                }>"Import and replace"</button>
                                <button type="button" class="button small" on:click=move |_| import_offer.set(None)>"Cancel"</button>
                            </p>
                        </div>
                    }.into_any()
                }
            })}
            {move || confirm_clear.get().then(|| view! {
                <div class="note warn" role="region" aria-label="Clear your progress">
                    <p>{format!("Clear all {} skills you have marked, on every roadmap? Download them first if you may want them back.", progress.value.with(Progress::len))}</p>
                    <p class="actions">
                        <button type="button" class="button small" on:click=move |_| {
                            progress.value.set(Progress::default());
                            confirm_clear.set(false);
                        }>"Clear everything"</button>
                        <button type="button" class="button small" on:click=move |_| confirm_clear.set(false)>"Cancel"</button>
                    </p>
                </div>
            })}
        </section>
    }
}
