//! The facet panel (with live counts) and the active-filter chips.

use career_core::finder::{
    has_more_options_than_shown, listed_options, CourseIndex, CourseQuery, Facet, Removal,
    SearchResult,
};
use career_core::format;
use leptos::prelude::*;
use std::sync::Arc;

use super::source::Meanwhile;
use crate::ui::page::use_started;

/// Every facet with its live counts, and the fee limit: a drawer on phones,
/// open beside the results on wide screens.
#[component]
pub fn FilterPanel(
    /// The index, for each facet's options.
    index: Arc<CourseIndex>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results, for the counts.
    result: Memo<SearchResult>,
    /// Replaces the query.
    set_query: Callback<CourseQuery>,
    /// The currency of the fee limit.
    currency: String,
    /// While the query waits for every course, what is known of it: the
    /// counts are the opening search's, and only those it says are the
    /// query's own are shown.
    meanwhile: Memo<Option<Meanwhile>>,
) -> impl IntoView {
    // A collapsible drawer on phones, opened once the app has started on
    // wide screens (the screen is not known at build time).
    let started = use_started();
    let wide = move || {
        started.get()
            && window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .is_some_and(|w| w >= 900.0)
    };
    let active = move || query.read().active().len() + usize::from(query.read().max_fee.is_some());
    let fee_label = format!("Maximum fee ({})", format::currency_label(&currency));
    view! {
        <details class="filters" open=wide>
            <summary>
                "Filters"
                {move || match active() { 0 => String::new(), n => format!(" ({n} active)") }}
            </summary>
            // A facet none of whose options any course has is left out.
            {Facet::ALL.iter().filter(|&&facet| (0..index.options(facet).len()).any(|i| index.in_use(facet, i))).map(|&facet| view! {
                <FacetGroup facet=facet index=index.clone() query=query result=result set_query=set_query meanwhile=meanwhile/>
            }).collect_view()}
            <div class="facet">
                <label for="max-fee" class="facet-title">{fee_label}</label>
                <input id="max-fee" type="number" min="0" step="500" inputmode="numeric"
                    prop:value=move || query.read().max_fee.map(|m| m.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let mut next = query.get_untracked();
                        next.max_fee = event_target_value(&ev).trim().parse().ok();
                        next.page = 1;
                        set_query.run(next);
                    }/>
                <p class="facet-hint" class:uncounted=move || meanwhile.read().as_ref().is_some_and(|m| !m.known.fees)>
                    {move || format!("{} courses publish a fee for the whole course{}. Fees per year or per unit are not totals, so they are not compared; a range counts from its lowest figure.", format::thousands(result.read().with_known_fee),
                        if query.read().max_fee.is_some() { " within this limit" } else { "" })}
                </p>
            </div>
        </details>
    }
}

/// One facet's options. The checkboxes are built once; a search only
/// updates their counts, ticks and visibility, so a keystroke touches text
/// nodes rather than rebuilding the list.
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
    set_query: Callback<CourseQuery>,
    /// While the query waits for every course, what is known of it.
    meanwhile: Memo<Option<Meanwhile>>,
) -> impl IntoView {
    let options = index.options(facet).to_vec();
    // Options no course in this catalogue has are not offered (a host's
    // catalogue of one provider would list dozens at "(0)"), unless a link
    // ticked one, so it can be unticked.
    let in_use: Vec<bool> = (0..options.len()).map(|i| index.in_use(facet, i)).collect();
    let many = has_more_options_than_shown(&in_use);
    let (show_all, set_show_all) = signal(false);
    let group_id = format!("facet-{}", facet.param());
    // One memo per facet rather than per option keeps the reactive graph
    // small; an unchanged facet notifies nobody.
    let counts = Memo::new({
        let n = options.len();
        move |_| {
            let r = result.read();
            (0..n).map(|i| r.count(facet, i)).collect::<Vec<u32>>()
        }
    });
    let ticked = Memo::new({
        let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
        move |_| {
            let q = query.read();
            ids.iter()
                .map(|id| q.is_selected(facet, id))
                .collect::<Vec<bool>>()
        }
    });
    // While collapsed, the most useful options are listed (the rule is
    // `finder::listed_options`).
    let listed = Memo::new(move |_| {
        listed_options(
            &in_use,
            &ticked.read(),
            &counts.read(),
            many && !show_all.get(),
        )
    });
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, opt)| {
            let id = format!("{}-{}", facet.param(), opt.id);
            view! {
                <li class:zero=move || { counts.read()[i] == 0 && !ticked.read()[i] } hidden=move || !listed.read()[i]>
                    <input type="checkbox" id=id.clone() prop:checked=move || ticked.read()[i]
                        on:change=move |_| set_query.run(query.get_untracked().toggled(facet, &opt.id))/>
                    <label for=id>{opt.label.clone()}<span class="count">{move || format!(" ({})", format::thousands(counts.read()[i]))}</span></label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" class:uncounted=move || meanwhile.read().as_ref().is_some_and(|m| !m.known.holds(facet))>
            <legend class="facet-title">{facet.label()}</legend>
            <ul class="facet-options" id=group_id.clone()>{items}</ul>
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
    set_query: Callback<CourseQuery>,
) -> impl IntoView {
    move || {
        let q = query.read();
        if !q.is_filtered() {
            return ().into_any();
        }
        let chips = q.removals(&index);
        view! {
            <ul class="chips" aria-label="Active filters">
                {chips.into_iter().map(|Removal { label, without }| view! {
                    <li><button type="button" class="chip" aria-label=format!("Remove filter {label}")
                        on:click=move |_| set_query.run(without.clone())>{label.clone()}<span aria-hidden="true">" ✕"</span></button></li>
                }).collect_view()}
                <li><button type="button" class="link-button" on:click=move |_| set_query.run(CourseQuery::cleared())>"Clear all"</button></li>
            </ul>
        }
        .into_any()
    }
}
