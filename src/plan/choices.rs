//! The plan's courses: the suggestion or the visitor's own choice, each
//! with the gap skills it covers, and the ways to change them — swap for an
//! alternative, remove, add from the shortlist or for what is left.

use career_core::links;
use std::sync::Arc;

use career_core::handle::RoleRef;
use career_core::plan::{self, Current, Pick, Plan, PlanIndex};
use career_core::{format, Catalogue, Course};
use leptos::prelude::*;

use super::{use_plan_index, use_saved_plan};
use crate::courses::{fee_text, use_shortlist};
use crate::ui::widgets::{AgeMark, Link};

/// How many courses are offered for what is left of the gap.
const ADD_OFFERED: usize = 5;

/// A course as a plan row shows it, owned so the row can keep it.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    facts: String,
    covers: String,
    /// Why its facts may be out of date (`age::course_age_note`), if they may.
    age_note: Option<String>,
    /// The provider's page for the course, where to check them.
    url: String,
    /// Why a suggested course takes a year or more (`Pick::long_note`).
    long_note: Option<String>,
    /// Gap skills another course in the plan also teaches.
    overlap_note: Option<String>,
}

impl Row {
    fn of(cat: &Catalogue, pick: &Pick) -> Row {
        let course = pick.course;
        let provider = cat
            .provider(&course.provider)
            .map_or("", |p| p.name.as_str());
        Row {
            id: course.id.clone(),
            title: course.title.clone(),
            facts: format!(
                "{provider} · {} · {} · {}",
                career_core::finder::level_text(course),
                format::course_length(course),
                fee_text(cat, course)
            ),
            covers: pick.covers_text(),
            age_note: career_core::age::course_age_note(cat, course),
            url: course.url.clone(),
            long_note: None,
            overlap_note: None,
        }
    }
}

/// Everything the course list needs, worked out from the plan and progress.
#[derive(Clone, PartialEq)]
struct Facts {
    /// Whether the list is the suggestion (the visitor has chosen none).
    suggested: bool,
    rows: Vec<Row>,
    /// Gap skills no course in the catalogue teaches.
    untaught: Vec<String>,
    /// Gap skills only courses outside the limits teach.
    out_of_reach: Vec<String>,
    /// Courses that would cover what the chosen ones leave.
    for_the_rest: Vec<Row>,
    /// Shortlisted courses not in the plan.
    shortlisted: Vec<Row>,
}

fn facts(
    cat: &Catalogue,
    index: &PlanIndex,
    current: &Current,
    saved: &Plan,
    shortlist: &[String],
) -> Facts {
    let names = |skills: &[&career_core::Skill]| skills.iter().map(|s| s.name.clone()).collect();
    let gap = current.gap_skills(cat);
    let (ids, suggested) = (&current.courses, current.suggested);
    let chosen = current.chosen(cat);
    let summary = plan::summarise(cat, &gap, &chosen);
    let whole = index.propose(cat, &gap, &saved.constraints, saved.objective);
    let rest = index.propose(cat, &summary.uncovered, &saved.constraints, saved.objective);
    let in_plan = |c: &Course| ids.contains(&c.id);
    let shortlisted = shortlist
        .iter()
        .filter_map(|id| cat.course(id))
        .filter(|c| !in_plan(c))
        .flat_map(|c| plan::summarise(cat, &gap, &[c]).covers)
        .map(|pick| Row::of(cat, &pick))
        .collect();
    Facts {
        suggested,
        rows: summary
            .covers
            .iter()
            .map(|p| Row {
                // The suggestion's own reason for a long course.
                long_note: whole
                    .picks
                    .iter()
                    .find(|w| suggested && w.course.id == p.course.id)
                    .and_then(Pick::long_note),
                overlap_note: summary.overlap_note(p.course),
                ..Row::of(cat, p)
            })
            .collect(),
        untaught: names(&whole.untaught),
        out_of_reach: names(&whole.out_of_reach),
        for_the_rest: rest
            .picks
            .iter()
            .filter(|p| !in_plan(p.course))
            .take(ADD_OFFERED)
            .map(|p| Row::of(cat, p))
            .collect(),
        shortlisted,
    }
}

/// Changes the visitor's course list. While the suggestion is showing, it
/// first becomes their own list, so an edit keeps the rest of it.
fn edit(current: Memo<Current>, edit: impl FnOnce(&mut Vec<String>)) {
    let saved = use_saved_plan();
    let shown = current.with_untracked(|c| c.courses.clone());
    saved.value.update(|plan| {
        plan.courses = shown;
        edit(&mut plan.courses);
    });
}

/// The plan's courses, each with its swap and remove buttons, and the
/// courses that could be added.
#[component]
pub(super) fn ChosenCourses(
    /// The target role, with its catalogue.
    role: RoleRef,
    /// The plan's gap and courses now.
    current: Memo<Current>,
) -> impl IntoView {
    let saved = use_saved_plan();
    let shortlist = use_shortlist();
    let cat = role.catalogue().clone();
    let facts = Memo::new({
        let cat = cat.clone();
        let index = use_plan_index();
        move |_| {
            saved.value.with(|plan| {
                current.with(|c| {
                    shortlist
                        .ids()
                        .with(|list| facts(&cat, &index, c, plan, list))
                })
            })
        }
    });
    let swapping: RwSignal<Option<String>> = RwSignal::new(None);
    let confirm_reset = RwSignal::new(false);
    let cat_rows = cat.clone();
    view! {
        <section class="plan-courses" aria-labelledby="courses-h">
            <h2 id="courses-h">{move || if facts.read().suggested { "Suggested courses" } else { "Your courses" }}</h2>
            {move || {
                let f = facts.read();
                if f.suggested {
                    view! { <p class="muted">"As few courses as the planner can find that cover your gap within your limits. Change any of them and the list becomes yours."</p> }.into_any()
                } else {
                    view! {
                        <p class="no-print">
                            <button type="button" class="link-button" on:click=move |_| confirm_reset.set(true)>"Start again from a suggestion"</button>
                        </p>
                    }.into_any()
                }
            }}
            {move || confirm_reset.get().then(|| view! {
                <div class="note warn no-print" role="region" aria-label="Start again">
                    <p>"Replace your courses with a fresh suggestion?"</p>
                    <p class="actions">
                        <button type="button" class="button small" on:click=move |_| {
                            saved.value.update(|p| p.courses.clear());
                            confirm_reset.set(false);
                        }>"Replace my courses"</button>
                        <button type="button" class="button small" on:click=move |_| confirm_reset.set(false)>"Cancel"</button>
                    </p>
                </div>
            })}
            {move || {
                let rows = facts.read().rows.clone();
                if rows.is_empty() {
                    return view! { <p class="empty">"No courses in the plan yet."</p> }.into_any();
                }
                let cat = cat_rows.clone();
                view! {
                    <ol class="plan-list" role="list">
                        {rows.into_iter().map(|row| view! { <CourseRow cat=cat.clone() row=row swapping=swapping current=current/> }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {move || {
                let f = facts.read();
                let untaught = (!f.untaught.is_empty()).then(|| view! {
                    <p class="note">{format!("No course in this catalogue teaches {}: learn it from the roadmap's description and your own projects.", f.untaught.join(", "))}</p>
                });
                let out_of_reach = (!f.out_of_reach.is_empty()).then(|| view! {
                    <p class="note">{format!("Only courses outside your limits teach {}. Loosen a limit to see them.", f.out_of_reach.join(", "))}</p>
                });
                view! { {untaught}{out_of_reach} }
            }}
            <AddCourses facts=facts current=current/>
        </section>
    }
}

/// One course in the plan, with its swap and remove buttons.
#[component]
fn CourseRow(
    /// The catalogue, for alternatives.
    cat: Arc<Catalogue>,
    /// The course as the row shows it.
    row: Row,
    /// Which course's alternatives are open, if any.
    swapping: RwSignal<Option<String>>,
    /// The plan's gap and courses now.
    current: Memo<Current>,
) -> impl IntoView {
    let saved = use_saved_plan();
    let id = row.id.clone();
    let open = {
        let id = id.clone();
        move || swapping.get().as_deref() == Some(id.as_str())
    };
    let remove = {
        let id = id.clone();
        move |_| edit(current, |courses| courses.retain(|c| *c != id))
    };
    let alternatives = {
        let (cat, id, index) = (cat.clone(), id.clone(), use_plan_index());
        move || {
            saved.value.with(|plan| {
                current.with(|c| {
                    let Some(replacing) = cat.course(&id) else {
                        return Vec::new();
                    };
                    index
                        .alternatives(
                            &cat,
                            &c.gap_skills(&cat),
                            &plan.constraints,
                            &c.chosen(&cat),
                            replacing,
                        )
                        .iter()
                        .map(|pick| Row::of(&cat, pick))
                        .collect::<Vec<_>>()
                })
            })
        }
    };
    let swap_label = format!("Swap {}", row.title);
    let remove_label = format!("Remove {}", row.title);
    let expanded = open.clone();
    view! {
        <li class="plan-item card">
            <h3><Link href=links::course(&row.id)>{row.title.clone()}</Link></h3>
            <p class="muted">{row.facts.clone()}</p>
            <p>{row.covers.clone()}</p>
            {row.overlap_note.clone().map(|note| view! { <p class="muted">{note}</p> })}
            {row.long_note.clone().map(|note| view! { <p class="note">{note}</p> })}
            {row.age_note.clone().map(|note| view! { <AgeMark note=note href=Some(row.url.clone()) check="Check the provider's course page"/> })}
            <p class="actions no-print">
                <button type="button" class="button small" aria-expanded=move || expanded().to_string()
                    aria-label=swap_label
                    on:click={
                        let id = id.clone();
                        move |_| swapping.update(|s| *s = if s.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) })
                    }>"Swap"</button>
                <button type="button" class="button small" aria-label=remove_label on:click=remove>"Remove"</button>
            </p>
            {move || open().then(|| {
                let options = alternatives();
                let id = id.clone();
                view! {
                    <div class="alternatives no-print">
                        <h4>"Courses that could take its place"</h4>
                        {if options.is_empty() {
                            view! { <p class="muted">"No other course within your limits covers the same gap skills."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="plain-list">
                                    {options.into_iter().map(|alt| {
                                        let (id, new_id) = (id.clone(), alt.id.clone());
                                        let use_label = format!("Use {} instead", alt.title);
                                        view! {
                                            <li>
                                                <Link href=links::course(&alt.id)>{alt.title.clone()}</Link>
                                                <span class="muted">{format!(" — {}. {}.", alt.facts, alt.covers)}</span>
                                                " "
                                                <button type="button" class="button small" aria-label=use_label
                                                    on:click=move |_| {
                                                        let (old, new) = (id.clone(), new_id.clone());
                                                        edit(current, |courses| {
                                                            for c in courses.iter_mut() {
                                                                if *c == old {
                                                                    *c = new.clone();
                                                                }
                                                            }
                                                        });
                                                        swapping.set(None);
                                                    }>"Use instead"</button>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </div>
                }
            })}
        </li>
    }
}

/// Courses to add: those that cover what is left, and the shortlist.
#[component]
fn AddCourses(
    /// The worked-out facts of the plan.
    facts: Memo<Facts>,
    /// The plan's gap and courses now.
    current: Memo<Current>,
) -> impl IntoView {
    let list = move |rows: Vec<Row>| {
        view! {
            <ul class="plain-list add-list">
                {rows.into_iter().map(|row| {
                    let id = row.id.clone();
                    let add_label = format!("Add {}", row.title);
                    view! {
                        <li>
                            <Link href=links::course(&row.id)>{row.title.clone()}</Link>
                            <span class="muted">{format!(" — {}. {}.", row.facts, row.covers)}</span>
                            " "
                            <button type="button" class="button small" aria-label=add_label
                                on:click=move |_| edit(current, |courses| courses.push(id.clone()))>"Add"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    };
    view! {
        {move || {
            let rest = facts.read().for_the_rest.clone();
            (!rest.is_empty()).then(|| view! {
                <div class="no-print">
                    <h3>"Courses for what is left of your gap"</h3>
                    {list(rest)}
                </div>
            })
        }}
        {move || {
            let shortlisted = facts.read().shortlisted.clone();
            (!shortlisted.is_empty()).then(|| view! {
                <div class="no-print">
                    <h3>"From your shortlist"</h3>
                    {list(shortlisted)}
                </div>
            })
        }}
    }
}
