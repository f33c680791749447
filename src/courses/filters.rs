//! The facet panel (with live counts) and the active-filter chips.

use career_core::finder::{CourseIndex, CourseQuery, Facet, SearchResult};
use career_core::format;
use leptos::prelude::*;
use std::sync::Arc;

/// Facets with many options show this many until "Show all".
const COLLAPSED_OPTIONS: usize = 8;

#[component]
pub fn FilterPanel(
    /// The index, for each facet's options.
    index: Arc<CourseIndex>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results, for the counts.
    result: Memo<SearchResult>,
    /// Replaces the query.
    set_query: Callback<(CourseQuery, bool)>,
    /// The currency of the fee limit.
    currency: String,
) -> impl IntoView {
    // Open by default on wide screens; a collapsible drawer on phones.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    let active = move || query.read().active().len() + usize::from(query.read().max_fee.is_some());
    let symbol = format::money(0, &currency)
        .trim_end_matches('0')
        .to_string();
    view! {
        <details class="filters" open=wide>
            <summary>
                "Filters"
                {move || match active() { 0 => String::new(), n => format!(" ({n} active)") }}
            </summary>
            {Facet::ALL.iter().map(|&facet| view! {
                <FacetGroup facet=facet index=index.clone() query=query result=result set_query=set_query/>
            }).collect_view()}
            <div class="facet">
                <label for="max-fee" class="facet-title">{format!("Maximum fee ({symbol})")}</label>
                <input id="max-fee" type="number" min="0" step="500" inputmode="numeric"
                    prop:value=move || query.read().max_fee.map(|m| m.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let mut next = query.get_untracked();
                        next.max_fee = event_target_value(&ev).trim().parse().ok();
                        next.page = 1;
                        set_query.run((next, false));
                    }/>
                <p class="facet-hint">
                    {move || format!("{} courses publish a fee{}.", result.read().with_known_fee,
                        if query.read().max_fee.is_some() { " within this limit" } else { "" })}
                </p>
            </div>
        </details>
    }
}

#[component]
fn FacetGroup(
    /// The facet shown.
    facet: Facet,
    /// The index with the facet's options.
    index: Arc<CourseIndex>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results, for counts.
    result: Memo<SearchResult>,
    /// Replaces the query.
    set_query: Callback<(CourseQuery, bool)>,
) -> impl IntoView {
    let options = index.options(facet).to_vec();
    let many = options.len() > COLLAPSED_OPTIONS;
    let (show_all, set_show_all) = signal(false);
    let group_id = format!("facet-{}", facet.param());
    let visible = move || {
        let r = result.read();
        let q = query.read();
        let mut list: Vec<(usize, u32)> =
            (0..options.len()).map(|i| (i, r.count(facet, i))).collect();
        if many && !show_all.get() {
            // The most useful first: selected, then by count.
            list.sort_by(|a, b| {
                let sel = |i: usize| q.is_selected(facet, &options[i].id);
                sel(b.0).cmp(&sel(a.0)).then(b.1.cmp(&a.1))
            });
            list.truncate(COLLAPSED_OPTIONS);
            list.sort_by_key(|(i, _)| *i);
        }
        list.into_iter()
            .map(|(i, count)| {
                let opt = options[i].clone();
                let checked = q.is_selected(facet, &opt.id);
                let id = format!("{}-{}", facet.param(), opt.id);
                view! {
                    <li class:zero={count == 0 && !checked}>
                        <input type="checkbox" id=id.clone() prop:checked=checked
                            on:change=move |_| set_query.run((query.get_untracked().toggled(facet, &opt.id), false))/>
                        <label for=id>{opt.label.clone()}<span class="count">{format!(" ({count})")}</span></label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="facet">
            <legend class="facet-title">{facet.label()}</legend>
            <ul class="facet-options" id=group_id.clone()>{visible}</ul>
            {many.then(|| view! {
                <button type="button" class="link-button" aria-controls=group_id aria-expanded=move || show_all.get().to_string()
                    on:click=move |_| set_show_all.update(|s| *s = !*s)>
                    {move || if show_all.get() { "Show fewer" } else { "Show all" }}
                </button>
            })}
        </fieldset>
    }
}

/// Each active filter as a removable chip, and "Clear all".
#[component]
pub fn ActiveChips(
    /// The index, for option labels.
    index: Arc<CourseIndex>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// Replaces the query.
    set_query: Callback<(CourseQuery, bool)>,
) -> impl IntoView {
    move || {
        let q = query.read();
        if !q.is_filtered() {
            return ().into_any();
        }
        let chips = removals(&index, &q);
        view! {
            <ul class="chips" aria-label="Active filters">
                {chips.into_iter().map(|(label, next)| view! {
                    <li><button type="button" class="chip" aria-label=format!("Remove filter {label}")
                        on:click=move |_| set_query.run((next.clone(), false))>{label.clone()}<span aria-hidden="true">" ✕"</span></button></li>
                }).collect_view()}
                <li><button type="button" class="link-button" on:click=move |_| set_query.run((CourseQuery::cleared(), false))>"Clear all"</button></li>
            </ul>
        }
        .into_any()
    }
}

/// Each active filter (search text, facet values, fee limit) as a label and
/// the query without it: the chips, and the empty state's suggestions.
pub fn removals(index: &CourseIndex, q: &CourseQuery) -> Vec<(String, CourseQuery)> {
    let mut out: Vec<(String, CourseQuery)> = Vec::new();
    if !q.text.trim().is_empty() {
        let mut without = q.clone();
        without.text.clear();
        out.push((format!("Search: {}", q.text.trim()), without));
    }
    for (facet, id) in q.active() {
        let label = index
            .options(facet)
            .iter()
            .find(|o| o.id == id)
            .map_or(id.clone(), |o| o.label.clone());
        out.push((format!("{}: {label}", facet.label()), q.toggled(facet, &id)));
    }
    if let Some(max) = q.max_fee {
        let mut without = q.clone();
        without.max_fee = None;
        out.push((
            format!("Fee up to {}", format::money(max, index.currency())),
            without,
        ));
    }
    out
}
