//! `/roles/:id/roadmap`: the order to learn a role's skills in, stage by
//! stage, with the visitor's own progress on each skill.
//!
//! The stages, next-up and progress figures all come from
//! `career_core::roadmap`; this module renders them and wires the controls.
//! Progress is the visitor's (`Saved<Progress>`, provided by `App`) and is
//! applied after start, so the first render is the same everywhere.

mod diagram;
mod keep;

pub use keep::download_progress;
mod stage;

use std::sync::Arc;

use career_core::format;
use career_core::handle::RoleRef;
use career_core::links;
use career_core::roadmap::{self, Progress};
use leptos::prelude::*;

use crate::ui::page::{set_page_title, use_started};
use crate::ui::saved::{IfUnreadable, Saved};
use crate::ui::storage::WhereKept;
use crate::ui::widgets::{JumpLink, Link};
use diagram::Diagram;
use keep::{IncomingProgress, KeepProgress};
use stage::StageList;

/// How many next-up skills the summary names; the rest are on their stages.
const NEXT_UP_SHOWN: usize = 6;

/// The visitor's roadmap progress, shared by the roadmap and plan pages.
pub type SavedProgress = Saved<Progress>;

/// Provides the visitor's progress to every page (called by `App`): an
/// unreadable one is set aside with a note.
pub fn provide_saved_progress() {
    provide_context(SavedProgress::new(
        Progress::STORAGE_KEY,
        Progress::decode,
        Progress::encode,
        IfUnreadable::SetAside,
    ));
}

/// The visitor's progress, provided by `App`.
pub fn use_saved_progress() -> SavedProgress {
    expect_context::<SavedProgress>()
}

/// The element id of a skill's card on the roadmap, for links to it.
fn skill_anchor(skill: &str) -> String {
    format!("skill-{skill}")
}

/// `/roles/:id/roadmap`: the roadmap, or not-found for an unknown role.
#[component]
pub fn RoadmapPage() -> impl IntoView {
    crate::roles::role_page(|role| view! { <Roadmap role=role/> })
}

/// A role's roadmap: a summary of the visitor's progress, what to learn
/// next, the stages and ways to keep the progress.
#[component]
fn Roadmap(
    /// The role the roadmap leads to, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let progress = use_saved_progress();
    let started = use_started();
    let cat = role.catalogue().clone();
    let title = role.get().title.clone();
    set_page_title({
        let title = title.clone();
        move || format!("{title} roadmap")
    });
    // Built once for the page; every figure below reads it as progress
    // changes.
    let map = Arc::new(roadmap::roadmap(&cat, role.get()));
    let stage_count = map.stages.len();
    let derived = map.derived;
    let overall = {
        let map = map.clone();
        move || progress.value.with(|p| map.tally(p))
    };
    let next_up = {
        let map = map.clone();
        move || {
            progress.value.with(|p| {
                map.next_up(p)
                    .into_iter()
                    .map(|s| (s.id.clone(), s.name.clone()))
                    .collect::<Vec<_>>()
            })
        }
    };
    let guide = links::role(role.id());
    let plan = links::plan_for(role.id());
    view! {
        <article class="wrap roadmap-page">
            <header class="roadmap-header">
                <p class="eyebrow">"Learning roadmap"</p>
                <h1>{format!("{title} roadmap")}</h1>
                <p class="lead">
                    {format!("The skills {} needs, in {stage_count} stages, in the order we suggest learning them. ", format::with_article(&title))}
                    <WhereKept
                        kept="Mark each skill as you go: your progress stays in this browser."
                        not_kept="Mark each skill as you go; this browser is not saving changes, so download your progress before you leave."/>
                </p>
                <p class="muted">
                    {if derived {
                        "This catalogue gives no learning order for the role, so the stages follow the skills' prerequisites."
                    } else {
                        "The order is our editorial judgement, drawn from the sources cited in the role's guide; many people learn in a different order and do well."
                    }}
                </p>
                <div class="actions no-print">
                    <Link href=guide class="button">{format!("Read the {} guide", title.to_lowercase())}</Link>
                    <Link href=plan class="button primary">"Plan courses for the gap"</Link>
                    <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>"Print checklist"</button>
                </div>
            </header>
            <IncomingProgress cat=cat.clone()/>
            <section class="roadmap-summary" aria-labelledby="summary-h">
                <h2 id="summary-h" class="visually-hidden">"Your progress"</h2>
                {move || {
                    let tally = overall();
                    let label = format!("{} of {} skills done or skipped", tally.resolved(), tally.total);
                    view! {
                        <div class="progress-overall">
                            <p class="progress-figure"><strong>{format!("{}%", tally.percent())}</strong>" " {label.clone()}</p>
                            <progress max=tally.total.to_string() value=tally.resolved().to_string() aria-label=label></progress>
                            <p class="muted">{format!("{} done · {} learning · {} skipped", tally.done, tally.learning, tally.skipped)}</p>
                            {tally.optional_text().map(|text| view! { <p class="muted">{format!("Also: {text}.")}</p> })}
                        </div>
                    }
                }}
                <p class="print-only">"● done · ◐ learning · ⊘ skipped · ○ not started"</p>
                {move || (!started.get()).then(|| view! {
                    <p class="muted no-print">"Your progress is kept in this browser; it appears here once the page has loaded."</p>
                })}
                <div class="next-up">
                    <h3>"Next up"</h3>
                    {move || {
                        let mut next = next_up();
                        let more = next.len().saturating_sub(NEXT_UP_SHOWN);
                        next.truncate(NEXT_UP_SHOWN);
                        if next.is_empty() {
                            view! { <p>"Every skill on this roadmap is done or skipped. Well done."</p> }.into_any()
                        } else {
                            view! {
                                <p class="muted">"Skills whose prerequisites you have done or skipped:"</p>
                                <ul class="chip-list">
                                    {next.into_iter().map(|(id, name)| {
                                        let anchor = skill_anchor(&id);
                                        view! { <li><JumpLink target=anchor class="chip">{name}</JumpLink></li> }
                                    }).collect_view()}
                                </ul>
                                {(more > 0).then(|| view! {
                                    <p class="muted">{format!("…and {more} more, further along the stages below.")}</p>
                                })}
                            }.into_any()
                        }
                    }}
                </div>
            </section>
            <Diagram map=map.clone()/>
            <StageList map=map/>
            <KeepProgress role=role/>
        </article>
    }
}
