//! The visitor's limits on the courses a plan proposes: provider type, study type,
//! state, highest qualification, fee and online only.

use std::collections::BTreeSet;

use career_core::plan::{Constraints, Objective, StudyLoad, FULL_TIME_HOURS};
use career_core::validate::STATES;
use career_core::{
    catalogue_name, from_catalogue_name, ProviderKind, QualificationLevel, StudyMode,
};
use leptos::prelude::*;

use super::use_saved_plan;

/// A checkbox for one value of a set-valued limit (provider types, study
/// types): ticked when the set holds it.
#[component]
fn SetBox<T>(
    /// The start of the box's id, unique to its set.
    prefix: &'static str,
    /// The value this box adds to or removes from the set.
    value: T,
    /// The value's label.
    label: &'static str,
    /// The set in the constraints this box shows…
    get: fn(&Constraints) -> &BTreeSet<T>,
    /// …and edits.
    set: fn(&mut Constraints) -> &mut BTreeSet<T>,
) -> impl IntoView
where
    T: Copy + Ord + serde::Serialize + Send + Sync + 'static,
{
    let saved = use_saved_plan();
    let id = format!("{prefix}-{}", catalogue_name(value));
    let for_id = id.clone();
    view! {
        <label class="check" for=for_id>
            <input type="checkbox" id=id
                prop:checked=move || saved.value.with(|p| get(&p.constraints).contains(&value))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    saved.value.update(|p| {
                        let chosen = set(&mut p.constraints);
                        if on { chosen.insert(value); } else { chosen.remove(&value); }
                    });
                }/>
            {label}
        </label>
    }
}

/// What the visitor wants the proposal to make small, and how much they
/// can study (which turns course lengths into calendar time).
#[component]
pub(super) fn Goal() -> impl IntoView {
    let saved = use_saved_plan();
    let load = move || saved.value.with(|p| p.load);
    let objective_radio = move |objective: Objective| {
        let id = format!("goal-{}", objective.name());
        let for_id = id.clone();
        view! {
            <label class="check" for=for_id>
                <input type="radio" name="plan-goal" id=id
                    prop:checked=move || saved.value.with(|p| p.objective == objective)
                    on:change=move |_| saved.value.update(|p| p.objective = objective)/>
                {objective.label()}
            </label>
        }
    };
    let on_load = move |ev| {
        let chosen = match event_target_value(&ev).as_str() {
            "part-time" => StudyLoad::PartTime,
            "hours" => StudyLoad::Hours(HOURS_OFFERED),
            _ => StudyLoad::FullTime,
        };
        saved.value.update(|p| p.load = chosen);
    };
    let on_hours = move |ev| {
        let hours = event_target_value(&ev).trim().parse::<u32>().ok();
        if let Some(load) = hours.and_then(StudyLoad::of_hours) {
            saved.value.update(|p| p.load = load);
        }
    };
    let load_kind = move || match load() {
        StudyLoad::FullTime => "full-time",
        StudyLoad::PartTime => "part-time",
        StudyLoad::Hours(_) => "hours",
    };
    view! {
        <section class="plan-goal no-print" aria-labelledby="goal-h">
            <h2 id="goal-h">"What matters most"</h2>
            <div class="limits-grid">
                <fieldset>
                    <legend>"Suggest the courses with"</legend>
                    {Objective::ALL.into_iter().map(objective_radio).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="plan-load">"How much you can study"</label>
                    <select id="plan-load" on:change=on_load
                        prop:value=load_kind>
                        <option value="full-time">"Full-time"</option>
                        <option value="part-time">"Part-time (half a load)"</option>
                        <option value="hours">"A number of hours a week"</option>
                    </select>
                    {move || match load() {
                        StudyLoad::Hours(h) => Some(view! {
                            <label for="plan-hours">"Hours a week"</label>
                            <input id="plan-hours" type="number" min="1" max=FULL_TIME_HOURS.to_string() step="1"
                                inputmode="numeric" prop:value=h.to_string() on:change=on_hours/>
                        }),
                        _ => None,
                    }}
                    <p class="muted">{format!(
                        "Calendar times count a full-time load as about {FULL_TIME_HOURS} hours a week (four subjects a semester at 10–12 hours each)."
                    )}</p>
                </div>
            </div>
            <p class="muted">"Courses of a year or more full-time are suggested only for skills no shorter course within your limits teaches."</p>
        </section>
    }
}

/// The hours a week first offered when the visitor picks "hours a week".
const HOURS_OFFERED: u8 = 10;

/// The visitor's limits on the suggested courses: who offers them, how
/// they are studied, where, at what level and what they may cost.
#[component]
pub(super) fn Limits() -> impl IntoView {
    let saved = use_saved_plan();
    let limits = move || saved.value.with(|p| p.constraints.clone());
    let kind_box = |kind: ProviderKind| {
        view! { <SetBox prefix="limit-kind" value=kind label=kind.label() get=|c| &c.kinds set=|c| &mut c.kinds/> }
    };
    let mode_box = |mode: StudyMode| {
        view! { <SetBox prefix="limit-mode" value=mode label=mode.label() get=|c| &c.modes set=|c| &mut c.modes/> }
    };
    let on_state = move |ev| {
        let value = event_target_value(&ev);
        saved
            .value
            .update(|p| p.constraints.state = (!value.is_empty()).then_some(value));
    };
    let on_level = move |ev| {
        let value = event_target_value(&ev);
        let level = from_catalogue_name::<QualificationLevel>(&value);
        saved.value.update(|p| p.constraints.max_level = level);
    };
    let on_fee = move |ev| {
        let fee = event_target_value(&ev).trim().parse::<u32>().ok();
        saved.value.update(|p| p.constraints.max_fee = fee);
    };
    let on_online = move |ev| {
        let on = event_target_checked(&ev);
        saved.value.update(|p| p.constraints.online_only = on);
    };
    view! {
        <section class="plan-limits no-print" aria-labelledby="limits-h">
            <h2 id="limits-h">"Your limits"</h2>
            <div class="limits-grid">
                <fieldset>
                    <legend>"Provider type (none ticked: any)"</legend>
                    {ProviderKind::ALL.into_iter().map(kind_box).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>"Study type (none ticked: any)"</legend>
                    {StudyMode::ALL.into_iter().map(mode_box).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="limit-state">"Where you can study on campus"</label>
                    <select id="limit-state" on:change=on_state
                        prop:value=move || limits().state.unwrap_or_default()>
                        <option value="">"Anywhere (or online)"</option>
                        {STATES.iter().map(|s| view! { <option value=*s>{*s}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="limit-level">"Highest qualification"</label>
                    <select id="limit-level" on:change=on_level
                        prop:value=move || limits().max_level.map(catalogue_name).unwrap_or_default()>
                        <option value="">"Any"</option>
                        {QualificationLevel::ALL.into_iter().map(|l| view! { <option value=catalogue_name(l)>{l.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="limit-fee">"Most you would pay per course"</label>
                    <input id="limit-fee" type="number" min="0" step="500" inputmode="numeric"
                        prop:value=move || limits().max_fee.map(|f| f.to_string()).unwrap_or_default()
                        on:change=on_fee aria-describedby="limit-fee-help"/>
                    <p id="limit-fee-help" class="muted">"Only courses with a published whole-course fee up to it are then suggested; you can still add others yourself."</p>
                </div>
                <label class="check" for="limit-online">
                    <input type="checkbox" id="limit-online"
                        prop:checked=move || limits().online_only on:change=on_online/>
                    "Online only"
                </label>
            </div>
        </section>
    }
}
