//! Ways in, compared: each route into the role side by side — what it
//! costs a domestic student, how long it takes, who gets in and where it
//! leads — then how study is paid for. The figures are worked out by
//! `career_core::ways_in`; this page lays them out.

use std::sync::Arc;

use career_core::handle::RoleRef;
use career_core::ways_in::{self, Explainer, RouteSummary};
use career_core::Catalogue;
use leptos::prelude::*;

use crate::ui::page::{scroll_to_fragment, set_page_title, use_catalogue};
use crate::ui::widgets::{JumpLink, Link, SourceCite};

/// The ways-in page.
#[component]
pub fn WaysInPage() -> impl IntoView {
    set_page_title(|| "Ways in: degree, TAFE, bootcamp or self-study".to_string());
    let cat = use_catalogue();
    // The first render shows the catalogue's first role (the same at build
    // time and in the browser); the visitor may then choose another.
    let first = cat.roles.first().map(|r| r.id.clone()).unwrap_or_default();
    let role = RwSignal::new(first);
    // A link from a course's cost (`/ways-in#csp`).
    scroll_to_fragment();
    let options = cat
        .roles
        .iter()
        .map(|r| view! { <option value=r.id.clone()>{r.title.clone()}</option> })
        .collect_view();
    let routes = {
        let cat = cat.clone();
        move || {
            let id = role.get();
            let list = ways_in::summaries(&cat, Some(&id));
            let Some(role) = RoleRef::find(&cat, &id).filter(|_| !list.is_empty()) else {
                return view! { <p class="empty">"This catalogue lists no course that leads to this role."</p> }.into_any();
            };
            list.into_iter()
                .map(|summary| view! { <RouteCard summary=summary role=role.clone()/> })
                .collect_view()
                .into_any()
        }
    };
    let contribution = cat.meta.student_contribution.clone().map(|c| {
        let source = cat.source(&c.source).cloned();
        view! {
            <p>
                {format!(
                    "A course marked “Commonwealth supported place” shows its student contribution as {} a full-time year (the {} cap for {} units) times its full-time length. That assumes every unit is a {} unit and that no year's cap changes; your provider's fee statement is what you will be charged. ",
                    career_core::format::money(c.per_year, &cat.meta.currency), c.year, c.field, c.field
                )}
                {source.map(|s| view! { "Source: "<SourceCite source=s/>"." })}
            </p>
        }
    });
    let explainers = cat
        .ways_in
        .explainers
        .iter()
        .map(|e| view! { <Points cat=cat.clone() entry=e.clone()/> })
        .collect_view();
    let combinations = cat
        .ways_in
        .combinations
        .iter()
        .map(|e| view! { <Points cat=cat.clone() entry=e.clone()/> })
        .collect_view();
    let has_combinations = !cat.ways_in.combinations.is_empty();
    view! {
        <div class="wrap ways-in">
            <div class="prose">
                <h1>"Ways in: degree, TAFE, bootcamp or self-study"</h1>
                <p class="lead">
                    "There is more than one way into back-end development. Here they are side by side: what each costs a domestic student, how long it takes full-time and part-time, who gets in, and what national surveys say it leads to. "
                    "Costs, lengths and entry come from this site's own courses, so each figure says how many courses it rests on."
                </p>
                <p>
                    <label for="ways-role">"Show courses that lead to "</label>
                    <select id="ways-role" prop:value=move || role.get() on:change=move |ev| role.set(event_target_value(&ev))>
                        {options}
                    </select>
                </p>
            </div>
            <div class="route-cards">{routes}</div>
            <div class="prose">
                {has_combinations.then(|| view! { <h2 id="combining">"Combining them"</h2> })}
                {combinations}
                <h2 id="paying">"Paying for study"</h2>
                {contribution}
                {explainers}
                <p class="source">"Outcomes are national figures for a field of study, not for any one course or provider; where a survey reports only all fields, it says so."</p>
            </div>
        </div>
    }
}

/// One route: its cost, time, entry and outcomes, and a link to its courses.
#[component]
fn RouteCard(
    /// What the catalogue's courses of the route say.
    summary: RouteSummary,
    /// The role the courses lead to, with the catalogue (its currency,
    /// outcomes and sources).
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let route = summary.route;
    let heading = format!("route-{}", career_core::catalogue_name(route));
    let labelled_by = heading.clone();
    let outcomes: Vec<_> = cat
        .ways_in
        .outcomes
        .iter()
        .filter(|o| o.route == route)
        .cloned()
        .collect();
    let leads_to = if outcomes.is_empty() {
        view! { <dd>"No survey figures in this catalogue for this route."</dd> }.into_any()
    } else {
        let items = outcomes
            .into_iter()
            .map(|o| {
                let source = o.source.as_deref().and_then(|s| cat.source(s)).cloned();
                match o.value {
                    Some(value) => view! {
                        <li><strong>{value}</strong>{format!(" — {} ({}). ", o.measure, o.year.unwrap_or_default())}
                            {source.map(|s| view! { <span class="source">"Source: "<SourceCite source=s/></span> })}</li>
                    }.into_any(),
                    None => view! {
                        <li><strong>"No independent data"</strong>{format!(" — {}. ", o.measure)}
                            {source.map(|s| view! { <span class="source">"See "<SourceCite source=s/></span> })}</li>
                    }.into_any(),
                }
            })
            .collect_view();
        view! { <dd><ul>{items}</ul></dd> }.into_any()
    };
    let courses_link = format!(
        "See the {}",
        career_core::format::count(summary.courses, "course", "courses")
    );
    view! {
        <section class="route-card" aria-labelledby=labelled_by>
            <h2 id=heading>{route.label()}</h2>
            <dl class="detail-list">
                <dt>"Cost to a domestic student"</dt>
                <dd>{summary.cost_text(&cat.meta.currency)}". "<JumpLink target="paying">"How study is paid for"</JumpLink></dd>
                <dt>"Full-time"</dt><dd>{summary.full_time_text()}</dd>
                <dt>"Part-time"</dt><dd>{summary.part_time_text()}</dd>
                <dt>"Entry"</dt><dd>{summary.entry_text()}</dd>
                <dt>"Where it leads"</dt>
                {leads_to}
            </dl>
            <p><Link href=route.finder_path(role.id())>{courses_link}</Link></p>
        </section>
    }
}

/// One explainer or combination: its title (an anchor other pages link
/// to) and its points, each with its source.
#[component]
fn Points(
    /// The catalogue, for the points' sources.
    cat: Arc<Catalogue>,
    /// The explainer or combination shown.
    entry: Explainer,
) -> impl IntoView {
    let heading = format!("{}-h", entry.id);
    let labelled_by = heading.clone();
    let points = entry
        .points
        .iter()
        .map(|p| {
            let source = cat.source(&p.source).cloned();
            view! { <li>{p.text.clone()}" "{source.map(|s| view! { <span class="source">"("<SourceCite source=s/>")"</span> })}</li> }
        })
        .collect_view();
    view! {
        <section id=entry.id.clone() class="explainer" aria-labelledby=labelled_by>
            <h3 id=heading>{entry.title.clone()}</h3>
            <ul>{points}</ul>
        </section>
    }
}
