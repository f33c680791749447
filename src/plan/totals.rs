//! What the plan adds up to: how long, what it costs where fees are
//! published, which fees are not, and which gap skills are still open.

use career_core::handle::RoleRef;
use career_core::links;
use career_core::plan::{self, Current};
use career_core::{format, Catalogue};
use leptos::prelude::*;

use super::use_saved_plan;
use crate::ui::widgets::Link;

/// The totals as shown, owned.
#[derive(Clone, PartialEq)]
struct Shown {
    courses: usize,
    weeks_together: String,
    weeks_one_after_another: String,
    /// The study load the times are at.
    load: String,
    /// Why the times are approximate, if they are.
    rough_time: Option<String>,
    known_fees: String,
    /// What its Commonwealth supported places add up to, apart from fees.
    contributions: Option<String>,
    /// (id, title) of courses whose fee is not published.
    unpublished: Vec<(String, String)>,
    /// (id, title) of courses whose fee is not a course total (per year,
    /// per unit, or in another currency).
    not_totals: Vec<(String, String)>,
    uncovered: Vec<String>,
}

fn shown(cat: &Catalogue, current: &Current, saved: &plan::Plan) -> Shown {
    let chosen = current.chosen(cat);
    let s = plan::summarise(cat, &current.gap_skills(cat), &chosen);
    let weeks = |w: u32| format::study_time(saved.load.calendar_weeks(w));
    let pairs = |courses: &[&career_core::Course]| {
        courses
            .iter()
            .map(|c| (c.id.clone(), c.title.clone()))
            .collect()
    };
    Shown {
        courses: chosen.len(),
        weeks_together: weeks(s.weeks_together),
        weeks_one_after_another: weeks(s.weeks_one_after_another),
        load: saved.load.describe(),
        rough_time: s.rough_time_note(),
        known_fees: s.fees_text(),
        contributions: s.contributions_text(),
        unpublished: pairs(&s.unpublished_fees),
        not_totals: pairs(&s.not_totals),
        uncovered: s.uncovered.iter().map(|k| k.name.clone()).collect(),
    }
}

/// What the plan's courses add up to: cost, time and the skills they leave
/// uncovered.
#[component]
pub(super) fn Totals(
    /// The target role, with its catalogue.
    role: RoleRef,
    /// The plan's gap and courses now.
    current: Memo<Current>,
) -> impl IntoView {
    let saved = use_saved_plan();
    let cat = role.catalogue().clone();
    let totals = Memo::new(move |_| {
        saved
            .value
            .with(|plan| current.with(|c| shown(&cat, c, plan)))
    });
    let course_links = |courses: Vec<(String, String)>| {
        courses
            .into_iter()
            .map(|(id, title)| view! { <li><Link href=links::course(&id)>{title}</Link></li> })
            .collect_view()
    };
    move || {
        let t = totals.get();
        if t.courses == 0 {
            return ().into_any();
        }
        view! {
            <section class="plan-totals" aria-labelledby="totals-h">
                <h2 id="totals-h">"What it adds up to"</h2>
                <dl class="totals">
                    <div><dt>{format!("Study time, {}", t.load)}</dt><dd>{t.weeks_one_after_another.clone()}</dd></div>
                    <div><dt>{format!("The longest course on its own, {}", t.load)}</dt><dd>{t.weeks_together.clone()}</dd></div>
                    <div><dt>"Published fees, added up"</dt><dd>{t.known_fees.clone()}</dd></div>
                </dl>
                {t.contributions.clone().map(|text| view! { <p>{text}</p> })}
                <p class="muted">"Times scale each course's full-time length to your study load, one course after another. Taking courses side by side shortens that only if you study more hours a week; it is never shorter than the longest course. Fees are what each provider publishes; subsidies change them."</p>
                {t.rough_time.clone().map(|note| view! { <p class="muted">{note}</p> })}
                {(!t.unpublished.is_empty()).then(|| view! {
                    <div class="note">
                        <p>"Not in the total — the fee is not published, so check with the provider:"</p>
                        <ul>{course_links(t.unpublished.clone())}</ul>
                    </div>
                })}
                {(!t.not_totals.is_empty()).then(|| view! {
                    <div class="note">
                        <p>"Not in the total — the fee is not published as a whole-course price in this currency (it is per year or per unit, does not say, or is in another currency); its course page gives it as published:"</p>
                        <ul>{course_links(t.not_totals.clone())}</ul>
                    </div>
                })}
                {if t.uncovered.is_empty() {
                    view! { <p class="ok-message">"These courses cover every skill in your gap."</p> }.into_any()
                } else {
                    view! { <p>{format!("Still not covered by these courses: {}.", t.uncovered.join(", "))}</p> }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}
