//! The roadmap's stages as a vertical path: each stage with its skills,
//! each skill with its prerequisites, its status control, and what it is
//! and where to learn it.

use std::collections::HashSet;
use std::sync::Arc;

use career_core::links;
use career_core::roadmap::{Node, Roadmap, Status};
use career_core::summary::SkillCourses;
use leptos::prelude::*;

use super::{skill_anchor, use_saved_progress};
use crate::catalogue::use_course_facts;
use crate::ui::widgets::{JumpLink, Link};

/// Every stage in order, numbered.
#[component]
pub(super) fn StageList(
    /// The role's roadmap.
    map: Arc<Roadmap>,
) -> impl IntoView {
    let on_map: HashSet<&str> = map
        .stages
        .iter()
        .flat_map(|s| s.nodes.iter().map(|n| n.skill.id.as_str()))
        .collect();
    view! {
        <section aria-labelledby="stages-h">
            <h2 id="stages-h">"Stages"</h2>
            <ol class="stages" role="list">
                {map.stages.iter().enumerate().map(|(i, stage)| {
                    let heading = format!("stage-{}-h", stage.id);
                    let labelled_by = heading.clone();
                    let tally = {
                        let map = map.clone();
                        let progress = use_saved_progress();
                        move || progress.value.with(|p| map.stages[i].tally(p))
                    };
                    view! {
                        <li class="stage" aria-labelledby=labelled_by>
                            <span class="stage-number" aria-hidden="true">{i + 1}</span>
                            <h3 id=heading class="stage-title">{format!("Stage {}: {}", i + 1, stage.title)}</h3>
                            <p class="stage-why">{stage.why.to_string()}</p>
                            <p class="stage-progress muted">{move || {
                                let t = tally();
                                view! {
                                    <span>{format!("{} of {} done or skipped", t.resolved(), t.total)}</span>
                                    {t.optional_text().map(|text| view! { <span>{format!(" · {text}")}</span> })}
                                }
                            }}</p>
                            <ul class="skill-nodes" role="list">
                                {stage.nodes.iter().map(|node| view! {
                                    <SkillNode node=NodeFacts::of(node, &on_map)/>
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// What a skill card shows, owned so the card can keep it.
#[derive(Clone)]
struct NodeFacts {
    id: String,
    name: String,
    description: String,
    optional: bool,
    /// (id, name, whether it is on this roadmap and so has a card to link to)
    prerequisites: Vec<(String, String, bool)>,
}

impl NodeFacts {
    fn of(node: &Node, on_map: &HashSet<&str>) -> NodeFacts {
        NodeFacts {
            id: node.skill.id.clone(),
            name: node.skill.name.clone(),
            description: node.skill.description.clone(),
            optional: node.optional,
            prerequisites: node
                .prerequisites
                .iter()
                .map(|p| (p.id.clone(), p.name.clone(), on_map.contains(p.id.as_str())))
                .collect(),
        }
    }
}

/// One skill: its status (a choice made before the app has started is
/// held and applied once it has), what it needs first, and — on request —
/// what it is and the courses that teach it.
#[component]
fn SkillNode(
    /// The skill as this roadmap shows it.
    node: NodeFacts,
) -> impl IntoView {
    let progress = use_saved_progress();
    let status = {
        let id = node.id.clone();
        Memo::new(move |_| progress.value.with(|p| p.status(&id)))
    };
    let set_status = {
        let id = node.id.clone();
        move |ev| {
            if let Some(next) = Status::from_name(&event_target_value(&ev)) {
                progress.value.update(|p| p.set(&id, next));
            }
        }
    };
    // Asked of the courses' summary when the page was read without every
    // course, so a roadmap's cost does not grow with them.
    let SkillCourses { listed, total } = use_course_facts().courses().teaching(&node.id);
    let more = total > listed.len();
    let select_id = format!("status-{}", node.id);
    let label_for = select_id.clone();
    let NodeFacts { prerequisites, .. } = node.clone();
    let name = node.name.clone();
    view! {
        <li class=move || format!("skill-node status-{}", status.get().name()) id=skill_anchor(&node.id)>
            <div class="skill-node-head">
                <h4 class="skill-node-name">
                    <span class="status-mark" aria-hidden="true">{move || mark(status.get())}</span>
                    {node.name.clone()}
                    {node.optional.then(|| view! { <span class="tag">"optional"</span> })}
                </h4>
                <span class="status-control">
                    <label class="visually-hidden" for=label_for>{format!("Status of {name}")}</label>
                    <select id=select_id prop:value=move || status.get().name() on:change=set_status>
                        {Status::ALL.iter().map(|s| view! { <option value=s.name()>{s.label()}</option> }).collect_view()}
                    </select>
                </span>
            </div>
            {(!prerequisites.is_empty()).then(move || view! {
                <p class="prereqs">
                    "Learn first: "
                    {prerequisites.into_iter().enumerate().map(|(i, (id, name, linked))| view! {
                        {(i > 0).then_some(", ")}
                        {if linked {
                            view! { <JumpLink target=skill_anchor(&id)>{name}</JumpLink> }.into_any()
                        } else {
                            view! { <span>{name}</span> }.into_any()
                        }}
                    }).collect_view()}
                </p>
            })}
            <details class="skill-more">
                <summary>{format!("About {} and where to learn it", node.name)}</summary>
                <p>{node.description.clone()}</p>
                {if total == 0 {
                    view! { <p class="muted">"No course in this catalogue lists this skill."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {listed.into_iter().map(|(id, title)| view! {
                                <li><Link href=links::course(&id)>{title}</Link></li>
                            }).collect_view()}
                        </ul>
                        {more.then(|| view! {
                            <p><Link href=links::courses_teaching(&[node.id.as_str()])>
                                {format!("All {total} courses that teach {}", node.name)}
                            </Link></p>
                        })}
                    }.into_any()
                }}
            </details>
        </li>
    }
}

/// The symbol beside a skill's name for its status (the words are in the
/// status control beside it).
fn mark(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "○",
        Status::Learning => "◐",
        Status::Done => "●",
        Status::Skipped => "⊘",
    }
}
