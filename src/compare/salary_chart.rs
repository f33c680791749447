//! Salary ranges as an inline SVG chart, one region at a time.

use career_core::compare::{cited_salaries, regions_with_salaries, salary_bars};
use career_core::{age, format, guide, PayPeriod, Role};
use leptos::prelude::*;

use super::Chosen;
use crate::ui::widgets::{source_url, AgeMark, SalaryCite};

/// Chart geometry, in pixels. The chart has no `viewBox`: it is as wide as
/// its box, bars are placed in percent of that width and text keeps its
/// size, so on a phone nothing is scaled down or cut off. Each bar has its
/// label above it, in full: the role and seniority, then the figure.
const LINE: f32 = 16.0;
const BAR_HEIGHT: f32 = 14.0;
const BAR_GAP: f32 = 14.0;
const ROW: f32 = 2.0 * LINE + 4.0 + BAR_HEIGHT + BAR_GAP;
const AXIS_HEIGHT: f32 = 24.0;
/// How far labels sit from the left edge: room for the halo drawn round
/// their letters (`.chart .bar-label` in the stylesheet), so it is not cut off.
const TEXT_INSET: i32 = 4;
/// The narrowest a bar is drawn, in percent, so a single figure still shows.
const MIN_BAR: f32 = 0.8;

/// A bar chart of the compared roles' published salaries in one region at a
/// time, or a sentence when there are none.
#[component]
pub fn SalaryChart(
    /// The roles compared, with their catalogue.
    chosen: Chosen,
) -> impl IntoView {
    let cat = chosen.cat.clone();
    let refs: Vec<&Role> = chosen.roles();
    let regions: Vec<(String, String)> = regions_with_salaries(&cat, &refs)
        .into_iter()
        .filter_map(|id| cat.region(id).map(|r| (r.id.clone(), r.name.clone())))
        .collect();
    let Some(first) = regions.first().map(|(id, _)| id.clone()) else {
        return view! {
            <section aria-labelledby="salary-h"><h2 id="salary-h">"Salary"</h2>
            <p>"None of these roles has a published salary figure in this catalogue."</p></section>
        }
        .into_any();
    };
    let (region, set_region) = signal(first);
    let chart = move || {
        let refs: Vec<&Role> = chosen.roles();
        let region_id = region.get();
        let Some(reg) = cat.region(&region_id) else {
            return ().into_any();
        };
        let (bars, scale) = salary_bars(&refs, &region_id);
        let height = bars.len() as f32 * ROW + AXIS_HEIGHT;
        let label = format!("Salary ranges in {}, {} per year", reg.name, reg.currency);
        let ticks: Vec<u32> = (0..=4).map(|i| scale / 4 * i).collect();
        let cited: Vec<_> = cited_salaries(&bars).into_iter().cloned().collect();
        // Weekly figures are drawn as a year's pay; the caption says so.
        let weekly = if bars.iter().any(|b| b.salary.per == PayPeriod::Week) {
            " Weekly figures are shown as 52 weeks' pay."
        } else {
            ""
        };
        let last_tick = ticks.len() - 1;
        view! {
            <figure class="chart">
                <svg width="100%" height=px(height) role="img" aria-label=label.clone()>
                    <title>{label.clone()}</title>
                    {ticks.iter().enumerate().map(|(i, t)| {
                        let x = percent(*t as f32 / scale as f32);
                        // The end ticks' labels stay inside the chart.
                        let anchor = match i {
                            0 => "start",
                            i if i == last_tick => "end",
                            _ => "middle",
                        };
                        let text = format!("{}k", t / 1000);
                        view! {
                            <line x1=x.clone() x2=x.clone() y1=0 y2=px(height - AXIS_HEIGHT + 4.0) class="grid"/>
                            <text x=x y=px(height - 6.0) text-anchor=anchor class="tick">{text}</text>
                        }
                    }).collect_view()}
                    {bars.iter().enumerate().map(|(i, b)| {
                        let y = i as f32 * ROW;
                        let name = format!("{} · {}", refs[b.column].title, b.salary.seniority.label());
                        let amount = format::salary_amount(b.salary);
                        let mut tip = format!("{name}: {amount}, {} ({})", format::salary_measure(b.salary).to_lowercase(), guide::salary_citation(&cat, b.salary));
                        if let Some(note) = age::salary_age_note(&cat, b.salary) {
                            tip.push(' ');
                            tip.push_str(&note);
                        }
                        let bar_y = y + 2.0 * LINE + 4.0;
                        // A single figure (min = max) still gets a visible
                        // mark, inside the chart.
                        let w = (b.end - b.start).max(MIN_BAR / 100.0);
                        let x = b.start.min(1.0 - w);
                        view! {
                            <text x=TEXT_INSET y=px(y + LINE - 3.0) class="bar-label">{name}</text>
                            <text x=TEXT_INSET y=px(y + 2.0 * LINE - 2.0) class="bar-amount">{amount}</text>
                            <rect x=percent(x) y=px(bar_y) width=percent(w) height=px(BAR_HEIGHT) rx=4 class=format!("bar bar-{}", b.column)><title>{tip}</title></rect>
                        }
                    }).collect_view()}
                </svg>
                <figcaption>
                    {format!("{label}. Bars run from the lowest to the highest figure a source gives.{weekly} Sources:")}
                    <ul class="chart-sources">
                        {cited.into_iter().map(|salary| {
                            let note = age::salary_age_note(&cat, &salary);
                            let href = source_url(&cat, &salary.source);
                            view! {
                                <li>
                                    <SalaryCite cat=cat.clone() salary=salary/>
                                    {note.map(|note| view! { " "<AgeMark note=note href=href inline=true/> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </figcaption>
            </figure>
        }.into_any()
    };
    view! {
        <section aria-labelledby="salary-h">
            <h2 id="salary-h">"Salary"</h2>
            <label for="salary-region">"Region "</label>
            <select id="salary-region" prop:value=move || region.get() on:change=move |ev| set_region.set(event_target_value(&ev))>
                {regions.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            {chart}
        </section>
    }.into_any()
}

/// A chart coordinate as a whole number of pixels: exact enough on screen,
/// and no float formatting in the browser's code.
fn px(value: f32) -> i32 {
    value.round() as i32
}

/// A fraction of the chart's width as an SVG length, to a tenth of a
/// percent ("37.5%"), in integer arithmetic.
fn percent(fraction: f32) -> String {
    let tenths = (fraction.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!("{}.{}%", tenths / 10, tenths % 10)
}
