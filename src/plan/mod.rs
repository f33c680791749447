//! `/plan`: the visitor's plan of courses for a target role. The gap is the
//! role's required skills not yet done on the visitor's roadmap; the app
//! proposes as few courses as it can find (a greedy cover) that cover it
//! within the visitor's limits,
//! and the visitor swaps, adds and removes courses. Every rule lives in
//! `career_core::plan`; this module renders and wires.
//!
//! The plan is the visitor's (`Saved<Plan>`, provided by `App`), kept in
//! local storage and applied after start; a link can carry one.

mod choices;
mod limits;
mod totals;

use std::sync::Arc;

use career_core::handle::RoleRef;
use career_core::links;
use career_core::note::Note;
use career_core::plan::{self, Current, LinkAction, Plan, PlanIndex};
use career_core::Catalogue;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::catalogue::CoursesForPage;
use crate::roadmap::use_saved_progress;
use crate::site::use_site;
use crate::ui::page::{set_page_title, use_catalogue, NeedsJs};
use crate::ui::saved::{IfUnreadable, Saved};
use crate::ui::share::ShareLink;
use crate::ui::states::WaitingForCourses;
use crate::ui::storage::WhereKept;
use crate::ui::widgets::Link;
use choices::ChosenCourses;
use limits::{Goal, Limits};
use totals::Totals;

/// The visitor's plan, kept in local storage.
pub type SavedPlan = Saved<Plan>;

/// Provides the visitor's plan to every page (called by `App`): an
/// unreadable one is set aside with a note.
pub fn provide_saved_plan() {
    provide_context(SavedPlan::new(
        Plan::STORAGE_KEY,
        Plan::decode,
        Plan::encode,
        IfUnreadable::SetAside,
    ));
}

/// The visitor's plan, provided by `App`.
pub fn use_saved_plan() -> SavedPlan {
    expect_context::<SavedPlan>()
}

/// The plan index for the loaded catalogue, provided by `PlanPage`.
fn use_plan_index() -> Arc<PlanIndex> {
    expect_context::<Arc<PlanIndex>>()
}

/// `/plan`: the visitor's plan for a role, or the role to plan for, and a
/// plan offered by the link. The page is read without the courses, so it
/// starts as soon whatever their number; once it has, every course is
/// downloaded (or taken from a page that did), and the plan is shown when
/// they are here.
#[component]
pub fn PlanPage() -> impl IntoView {
    set_page_title(|| "Your plan".to_string());
    let cat = use_catalogue();
    let courses = CoursesForPage::of_page();
    // Built once per visit to the page, when every course is here: every
    // proposal, swap and total reads it instead of walking the courses again.
    let plan_index = StoredValue::new(None::<Arc<PlanIndex>>);
    let saved = use_saved_plan();
    // The plan's role, when the catalogue has it.
    let role = Memo::new({
        let cat = cat.clone();
        move |_| {
            saved
                .value
                .with(|p| p.role.as_deref().and_then(|id| RoleRef::find(&cat, id)))
        }
    });
    let choose_role = move |ev| {
        let id = event_target_value(&ev);
        saved.value.update(|p| {
            p.role = (!id.is_empty()).then_some(id);
            // A plan is for one role; the courses chosen for another
            // would only confuse.
            p.courses.clear();
        });
    };
    view! {
        <div class="wrap plan-page">
            <header>
                <p class="eyebrow">"Your plan"</p>
                <h1>"Plan the courses that close your skill gap"</h1>
                <p class="lead">
                    "Pick a role. Its skills you have not marked done on its roadmap are your gap; the plan suggests as few courses as it can find that cover it, within your limits. "
                    "Swap, add or remove courses as you like: the plan stays in this browser."
                </p>
            </header>
            {move || courses.get().map(|every| {
                let cat = every.catalogue;
                view! {
                    <IncomingPlan cat=cat.clone()/>
                    {move || saved.value.with(|p| p.unknown_note(&cat)).map(|n| view! {
                        <p class="note no-print" role="status">{n.to_string()}</p>
                    })}
                }
            })}
            <NeedsJs class="note no-print">"Your plan is worked out in your browser from your roadmap progress, so this page needs JavaScript."</NeedsJs>
            <section class="plan-role no-print" aria-labelledby="role-h">
                <h2 id="role-h">"Target role"</h2>
                <label for="plan-role">"Role to plan for"</label>
                <select id="plan-role" on:change=choose_role prop:value=move || role.with(|r| r.as_ref().map(|r| r.id().to_string()).unwrap_or_default())>
                    <option value="">"Choose a role"</option>
                    {cat.roles.iter().map(|r| view! { <option value=r.id.clone()>{r.title.clone()}</option> }).collect_view()}
                </select>
            </section>
            // The gap needs no course, so it shows as soon as a role is
            // chosen; the courses that close it once every course is here.
            {move || role.get().map(|role| view! { <RoleGap role=role/> })}
            {move || match (role.get(), courses.get()) {
                (None, _) => view! {
                    <p class="empty">"Choose a role to see your gap and the courses that close it."</p>
                }.into_any(),
                (Some(_), None) => view! {
                    <WaitingForCourses courses=courses
                        waiting="Downloading the courses to plan with. The courses that close your gap show as soon as they are here."
                        failed="The courses could not be loaded to plan with"/>
                }.into_any(),
                (Some(role), Some(every)) => {
                    let index = plan_index.get_value().unwrap_or_else(|| {
                        let index = Arc::new(PlanIndex::new(&every.catalogue));
                        plan_index.set_value(Some(index.clone()));
                        index
                    });
                    provide_context(index);
                    let role = RoleRef::find(&every.catalogue, role.id());
                    role.map(|role| view! { <RolePlan role=role/> }).into_any()
                }
            }}
            <p class="print-only">{move || role.with(|r| r.as_ref().map(|r| format!("Plan for {}", r.get().title)))}</p>
        </div>
    }
}

/// A plan in the link (`/plan?role=…&courses=…`): used at once when the
/// visitor has no plan of their own, offered otherwise.
#[component]
fn IncomingPlan(
    /// The catalogue the link's ids refer to.
    cat: Arc<Catalogue>,
) -> impl IntoView {
    let saved = use_saved_plan();
    let location = use_location();
    let handled = RwSignal::new(false);
    let offer: RwSignal<Option<(Plan, Vec<Note>)>> = RwSignal::new(None);
    let cat_for_offer = cat.clone();
    Effect::new(move |_| {
        let query = location.search.get();
        if handled.get_untracked()
            || !saved.loaded.get()
            || query.trim_start_matches('?').is_empty()
        {
            return;
        }
        handled.set(true);
        let decoded = Plan::from_query(query.trim_start_matches('?'), &cat);
        let mine = saved.value.get_untracked();
        let notes = decoded.notes;
        match plan::open_link(&mine, decoded.value) {
            LinkAction::Adopt(plan) => saved.value.set(plan),
            LinkAction::Offer(plan) => {
                offer.set(Some((plan, notes)));
                return;
            }
            LinkAction::Nothing => {}
        }
        // What the link got wrong is still said (e.g. `?role=nonexistent`
        // beside an empty plan).
        if !notes.is_empty() {
            offer.set(Some((Plan::default(), notes)));
        }
    });
    move || {
        offer.get().map(|(incoming, notes)| {
            let is_offer = incoming != Plan::default();
            let take = incoming.clone();
            view! {
                <div class="note offer no-print" role="region" aria-label="Plan in this link">
                    {is_offer.then(|| view! {
                        <p><strong>{plan::switch_text(&cat_for_offer, &incoming, &saved.value.get_untracked())}</strong></p>
                    })}
                    {notes.iter().map(|n| view! { <p class="muted">{n.to_string()}</p> }).collect_view()}
                    <p class="actions">
                        {is_offer.then(|| view! {
                            <button type="button" class="button primary small" on:click=move |_| {
                                saved.value.set(take.clone());
                                offer.set(None);
                            }>"Open the linked plan"</button>
                        })}
                        <button type="button" class="button small" on:click=move |_| offer.set(None)>
                            {if is_offer { "Keep my plan" } else { "Dismiss" }}
                        </button>
                    </p>
                </div>
            }
        })
    }
}

/// The gap for one role: its required skills not marked done on its
/// roadmap, which needs no course.
#[component]
fn RoleGap(
    /// The target role.
    role: RoleRef,
) -> impl IntoView {
    let progress = use_saved_progress();
    let title = role.get().title.clone();
    let required = role.get().skills.len();
    let roadmap = links::roadmap(role.id());
    let gap = move || {
        let names: Vec<String> = progress.value.with(|p| {
            plan::gap(role.catalogue(), role.get(), p)
                .iter()
                .map(|s| s.name.clone())
                .collect()
        });
        (required, names)
    };
    view! {
        <section class="plan-gap" aria-labelledby="gap-h">
            <h2 id="gap-h">"Your gap"</h2>
            {move || {
                let (required, gap) = gap();
                let done = required - gap.len();
                view! {
                    <p>{format!("{} needs {required} skills; you have marked {done} done on its roadmap.", title)}</p>
                    {if gap.is_empty() {
                        view! { <p class="empty">"You have no gap for this role: every skill it needs is done."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="chip-list gap-skills">
                                {gap.into_iter().map(|name| view! { <li class="chip">{name}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            }}
            <p class="muted">"A skill you skip on the roadmap stays in the gap: skipping means “not now”, not “known”."</p>
            <p class="no-print"><Link href=roadmap>"Mark what you already know on the roadmap"</Link></p>
        </section>
    }
}

/// For one role, once every course is here: the goal, the limits, the
/// courses and their totals, and the plan's link.
#[component]
fn RolePlan(
    /// The target role.
    role: RoleRef,
) -> impl IntoView {
    let saved = use_saved_plan();
    let progress = use_saved_progress();
    let site = use_site();
    let cat = role.catalogue().clone();
    // The gap and the courses, worked out once per change of the plan or
    // the progress; every part below reads this.
    let current = Memo::new({
        let (role, index) = (role.clone(), use_plan_index());
        move |_| {
            saved.value.with(|plan| {
                progress
                    .value
                    .with(|p| Current::of(&cat, &index, role.get(), plan, p))
            })
        }
    });
    let share_url = Signal::derive(move || {
        let query = saved.value.with(Plan::to_query);
        site.link_to(&links::plan_with(&query))
    });
    view! {
        <Goal/>
        <Limits/>
        <ChosenCourses role=role.clone() current=current/>
        <Totals role=role current=current/>
        <section class="plan-keep no-print" aria-labelledby="keep-plan-h">
            <h2 id="keep-plan-h">"Keep or share this plan"</h2>
            <p class="muted">
                <WhereKept
                    kept="The plan is saved in this browser only and works offline. "
                    not_kept="This browser is not saving changes, so keep the link below to come back to this plan. "/>
                "The link holds the role, the courses and your limits, nothing else."
            </p>
            <ShareLink id="plan-link" label="Link to this plan" url=share_url/>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>"Print the plan"</button>
            </p>
        </section>
    }
}
