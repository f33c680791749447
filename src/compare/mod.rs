//! `/compare?roles=a,b,c`: two to four roles side by side. The selection
//! lives in the URL, so it can be shared and navigated with back/forward.

mod matrix;
mod salary_chart;

use std::sync::Arc;

use career_core::compare::{self, Selection, MAX_ROLES, MIN_ROLES};
use career_core::handle::RoleRef;
use career_core::links;
use career_core::{age, format, guide, Catalogue, Role};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::hydration::HydrateLater;
use crate::ui::page::{first_param, set_page_title, use_catalogue};
use crate::ui::widgets::{source_url, AgeMark, Link, ScrollBox};
use matrix::SkillMatrix;
use salary_chart::SalaryChart;

/// `/compare`: the roles named in the address side by side (skills, pay
/// and more), and the picker that chooses them.
#[component]
pub fn ComparePage() -> impl IntoView {
    let cat = use_catalogue();
    let query = use_query_map();
    let selection = Memo::new({
        let cat = cat.clone();
        move |_| {
            Selection::from_query(
                first_param(&query.read(), links::param::ROLES).as_deref(),
                &cat,
            )
        }
    });
    let ids = Memo::new(move |_| selection.read().ids.clone());
    set_page_title({
        let cat = cat.clone();
        move || {
            let names: Vec<String> = ids
                .get()
                .iter()
                .filter_map(|id| cat.role(id))
                .map(|r| r.title.clone())
                .collect();
            if names.is_empty() {
                "Compare roles".into()
            } else {
                format!("Compare: {}", names.join(" vs "))
            }
        }
    });
    let navigate = use_navigate();
    let set_ids = Callback::new(move |next: Vec<String>| {
        navigate(&links::compare(&next), Default::default());
    });

    view! {
        <div class="wrap compare">
            <h1>"Compare roles"</h1>
            <p class="lead">"Put two to four roles side by side: the work, the skills, the pay and the way in."</p>
            {move || {
                let notes = selection.read().notes.clone();
                (!notes.is_empty()).then(|| view! {
                    <div class="note" role="status">
                        <ul>{notes.into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <RolePicker ids=ids set_ids=set_ids/>
            {
                let cat = cat.clone();
                move || {
                    let ids = ids.get();
                    let chosen = Chosen::new(cat.clone(), &ids);
                    if chosen.roles().len() < MIN_ROLES {
                        view! {
                            <p class="empty">{format!("Choose at least {MIN_ROLES} roles to compare them.")}</p>
                        }.into_any()
                    } else {
                        view! { <Comparison chosen=chosen/> }.into_any()
                    }
                }
            }
        </div>
    }
}

/// Chosen roles as a list with move and remove buttons, and a menu to add one.
#[component]
fn RolePicker(
    /// The chosen role ids, in column order.
    ids: Memo<Vec<String>>,
    /// Replaces the selection (updates the URL).
    set_ids: Callback<Vec<String>>,
) -> impl IntoView {
    let cat = use_catalogue();
    let (to_add, set_to_add) = signal(String::new());
    let titles = {
        let cat = cat.clone();
        move |id: &str| cat.role(id).map(|r| r.title.clone()).unwrap_or_default()
    };
    let addable = Memo::new({
        let cat = cat.clone();
        move |_| {
            let chosen = ids.get();
            cat.roles
                .iter()
                .filter(|r| !chosen.contains(&r.id))
                .map(|r| (r.id.clone(), r.title.clone()))
                .collect::<Vec<_>>()
        }
    });
    // The menu shows the visitor's pick, or the first addable role.
    let selected = Memo::new(move |_| {
        let pick = to_add.get();
        let options = addable.get();
        if options.iter().any(|(id, _)| *id == pick) {
            pick
        } else {
            options
                .first()
                .map(|(id, _)| id.clone())
                .unwrap_or_default()
        }
    });
    let add = move || {
        let id = selected.get_untracked();
        if !id.is_empty() {
            set_ids.run(compare::add(&ids.get_untracked(), &id));
            set_to_add.set(String::new());
        }
    };
    view! {
        <section class="picker" aria-labelledby="picker-h">
            <h2 id="picker-h" class="visually-hidden">"Roles being compared"</h2>
            <ol class="chosen-roles">
                {move || {
                    let list = ids.get();
                    let count = list.len();
                    list.into_iter().enumerate().map(|(i, id)| {
                        let title = titles(&id);
                        view! {
                            <li class="chosen-role">
                                <span class="chosen-name">{title.clone()}</span>
                                <span class="chosen-actions">
                                    <MoveButton title=title.clone() towards=Towards::Start
                                        disabled=i == 0
                                        on_click=move || set_ids.run(compare::shift(&ids.get_untracked(), i, -1))/>
                                    <MoveButton title=title.clone() towards=Towards::End
                                        disabled=i + 1 == count
                                        on_click=move || set_ids.run(compare::shift(&ids.get_untracked(), i, 1))/>
                                    <button type="button" class="icon-button" aria-label=format!("Remove {title}")
                                        on:click=move |_| set_ids.run(compare::remove(&ids.get_untracked(), i))>"✕"</button>
                                </span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <div class="add-role">
                <label for="add-role">"Add a role"</label>
                <select id="add-role" prop:value=move || selected.get()
                    disabled=move || { ids.get().len() >= MAX_ROLES }
                    on:change=move |ev| set_to_add.set(event_target_value(&ev))>
                    {move || addable.get().into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                </select>
                <button type="button" class="button" disabled=move || { ids.get().len() >= MAX_ROLES } on:click=move |_| add()>"Add"</button>
                {move || (ids.get().len() >= MAX_ROLES).then(|| view! {
                    <span class="muted">{format!("Up to {MAX_ROLES} roles; remove one to add another.")}</span>
                })}
            </div>
        </section>
    }
}

/// Which way a move button moves a role among the chosen ones.
#[derive(Clone, Copy)]
enum Towards {
    /// Towards the first column (left; up when the list is stacked).
    Start,
    /// Towards the last column (right; down when the list is stacked).
    End,
}

/// A button that moves a chosen role one place. Its arrow and name follow
/// the list's layout: left and right while the roles sit in a row, as the
/// table's columns do; up and down where a phone stacks them. The
/// stylesheet shows the words and arrow for the layout in use (`.along-row`,
/// `.along-column`), so the name is right from the first paint and never
/// depends on the screen, which the first render does not know.
#[component]
fn MoveButton(
    /// The role's title, for the button's name.
    title: String,
    /// Which way it moves the role.
    towards: Towards,
    /// Whether the role is already at that end.
    disabled: bool,
    /// Moves the role.
    on_click: impl Fn() + 'static,
) -> impl IntoView {
    let ((row_word, row_arrow), (column_word, column_arrow)) = match towards {
        Towards::Start => (("left", "←"), ("up", "↑")),
        Towards::End => (("right", "→"), ("down", "↓")),
    };
    view! {
        <button type="button" class="icon-button" disabled=disabled on:click=move |_| on_click()>
            <span class="visually-hidden">
                {format!("Move {title} ")}
                <span class="along-row">{row_word}</span>
                <span class="along-column">{column_word}</span>
            </span>
            <span aria-hidden="true" class="along-row">{row_arrow}</span>
            <span aria-hidden="true" class="along-column">{column_arrow}</span>
        </button>
    }
}

/// The roles being compared, in column order, with their catalogue: what
/// every part of the comparison shares instead of copies of the roles.
#[derive(Clone)]
pub(super) struct Chosen {
    pub(super) cat: Arc<Catalogue>,
    roles: Arc<[RoleRef]>,
}

impl Chosen {
    /// The roles of `ids` in order (ids the catalogue lacks are skipped).
    fn new(cat: Arc<Catalogue>, ids: &[String]) -> Chosen {
        let roles = ids
            .iter()
            .filter_map(|id| RoleRef::find(&cat, id))
            .collect();
        Chosen { cat, roles }
    }

    /// The roles, in column order.
    pub(super) fn roles(&self) -> Vec<&Role> {
        self.roles.iter().map(RoleRef::get).collect()
    }
}

/// Everything compared for a fixed list of roles.
#[component]
fn Comparison(
    /// The roles compared, with their catalogue.
    chosen: Chosen,
) -> impl IntoView {
    let overlap_text = overlap_summaries(&chosen.cat, &chosen.roles());
    // The page's biggest parts, each taken over in a task of its own.
    let (overview, matrix) = (chosen.clone(), chosen.clone());
    view! {
        <HydrateLater>
            <section aria-labelledby="overview-h">
                <h2 id="overview-h">"At a glance"</h2>
                <OverviewTable chosen=overview/>
            </section>
        </HydrateLater>
        <HydrateLater>
            <SkillMatrix chosen=matrix/>
        </HydrateLater>
        <HydrateLater>
            <SalaryChart chosen=chosen/>
        </HydrateLater>
        <section aria-labelledby="overlap-h" class="overlap">
            <h2 id="overlap-h">"Moving between them"</h2>
            {overlap_text}
        </section>
    }
}

/// The side-by-side table of everything but skills and salary chart.
#[component]
fn OverviewTable(
    /// The roles compared, with their catalogue.
    chosen: Chosen,
) -> impl IntoView {
    let cat = chosen.cat.clone();
    let roles = chosen.roles();
    type Cell = Box<dyn Fn(&Role) -> AnyView>;
    let list = |items: Vec<String>| {
        view! { <ul class="cell-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
    };
    let role_names = {
        let cat = cat.clone();
        move |ids: &[String]| {
            ids.iter()
                .filter_map(|id| cat.role(id))
                .map(|r| r.title.clone())
                .collect::<Vec<_>>()
        }
    };
    let salary_cat = cat.clone();
    let outlook_cat = cat.clone();
    let roadmap_cat = cat.clone();
    let rows: Vec<(&str, Cell)> = vec![
        (
            "Summary",
            Box::new(|r: &Role| view! { <p>{r.summary.clone()}</p> }.into_any()),
        ),
        (
            "Day to day",
            Box::new(move |r: &Role| list(r.tasks.iter().take(5).cloned().collect())),
        ),
        (
            "Salary",
            Box::new(move |r: &Role| {
                // Each figure with its citation, and the mark when it is old.
                let lines: Vec<(String, Option<String>, Option<String>)> = r
                    .salaries
                    .iter()
                    .filter_map(|s| {
                        let region = salary_cat.region(&s.region)?;
                        let line = format!(
                            "{}, {}: {}, {} ({})",
                            region.name,
                            s.seniority.label().to_lowercase(),
                            format::salary_amount(s),
                            format::salary_measure(s).to_lowercase(),
                            guide::salary_citation(&salary_cat, s)
                        );
                        let note = age::salary_age_note(&salary_cat, s);
                        Some((line, note, source_url(&salary_cat, &s.source)))
                    })
                    .collect();
                if lines.is_empty() {
                    view! { <p class="muted">"No published figure in this catalogue."</p> }
                        .into_any()
                } else {
                    view! {
                        <ul class="cell-list">
                            {lines.into_iter().map(|(line, note, href)| view! {
                                <li>{line}{note.map(|note| view! { " "<AgeMark note=note href=href inline=true/> })}</li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }),
        ),
        (
            "Outlook",
            Box::new(move |r: &Role| {
                let note = age::outlook_age_note(&outlook_cat, r);
                let href = source_url(&outlook_cat, &r.outlook.source);
                view! {
                    <p>{guide::growth_text(&r.outlook).map(|text| format!("{text}. "))}{r.outlook.summary.clone()}</p>
                    {note.map(|note| view! { <AgeMark note=note href=href/> })}
                    <crate::ui::dates::ProjectionMark cat=outlook_cat.clone() outlook=r.outlook.clone()/>
                }
                .into_any()
            }),
        ),
        (
            "Ways in and time to job-ready",
            Box::new(move |r: &Role| {
                list(
                    r.education
                        .iter()
                        .map(|e| {
                            format!(
                                "{}: {}",
                                e.title,
                                format::month_range(e.months_min, e.months_max)
                            )
                        })
                        .collect(),
                )
            }),
        ),
        (
            "Learning roadmap",
            Box::new({
                let cat = roadmap_cat;
                move |r: &Role| {
                    let stages = career_core::roadmap::roadmap(&cat, r).stages.len();
                    let text = format!("{stages} stages, in order");
                    let whose = format!(" for {}", r.title);
                    view! {
                        <Link href=links::roadmap(&r.id)>
                            {text}<span class="visually-hidden">{whose}</span>
                        </Link>
                    }
                    .into_any()
                }
            }),
        ),
        (
            "Certifications",
            Box::new(move |r: &Role| {
                if r.certifications.is_empty() {
                    view! { <p class="muted">"None expected."</p> }.into_any()
                } else {
                    list(r.certifications.iter().map(|c| c.name.clone()).collect())
                }
            }),
        ),
        (
            "Typical employers",
            Box::new(move |r: &Role| list(r.employers.clone())),
        ),
        (
            "Often comes after",
            Box::new({
                let names = role_names.clone();
                move |r: &Role| list(names(&r.progression.from))
            }),
        ),
        (
            "Leads on to",
            Box::new(move |r: &Role| list(role_names(&r.progression.to))),
        ),
    ];
    let headers = roles
        .iter()
        .map(|r| {
            let title = r.title.clone();
            view! { <th scope="col"><Link href=links::role(&r.id)>{title}</Link></th> }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(label, cell)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {roles.iter().map(|r| view! { <td>{cell(r)}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollBox label="Roles at a glance" class="sticky-first">
            <table class="compare-table">
                <thead>
                    <tr>
                        <td></td>
                        {headers}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </ScrollBox>
    }
}

/// For each other role: how much of the first role's skill set it already
/// covers, and the skills to add, each linked to courses that teach it.
fn overlap_summaries(cat: &Catalogue, roles: &[&Role]) -> impl IntoView {
    let Some((target, others)) = roles.split_first() else {
        return ().into_any();
    };
    others
        .iter()
        .map(|from| {
            let o = compare::overlap(cat, from, target);
            let (have, of) = o.ratio();
            let gaps = o.gaps.iter().map(|g| {
                let name = g.skill.name.clone();
                let need = g.need.label().to_lowercase();
                let href = links::courses_teaching(&[g.skill.id.as_str()]);
                view! { <li><Link href=href>{name}</Link><span class="muted">{format!(" (needed at {need} level)")}</span></li> }
            }).collect_view();
            view! {
                <div class="overlap-item">
                    <h3>{format!("From {} to {}", from.title, target.title)}</h3>
                    <p>
                        {format!("{} already uses {have} of the {of} skills {} needs, at the level needed.", format::capitalise(&format::with_article(&from.title)), format::with_article(&target.title))}
                        {if o.gaps.is_empty() { " Nothing to add.".to_string() } else { format!(" To move across they would add or deepen {}:", o.gaps.len()) }}
                    </p>
                    {(!o.gaps.is_empty()).then(|| view! { <ul class="gap-list">{gaps}</ul> })}
                </div>
            }
        })
        .collect_view()
        .into_any()
}
