//! Salary ranges as an inline SVG chart, one region at a time.

use career_core::compare::{cited_salaries, regions_with_salaries, salary_bars};
use career_core::{age, format, guide, PayPeriod, Role};
use leptos::prelude::*;

use super::Chosen;
use crate::ui::widgets::{source_url, AgeMark, SalaryCite};

/// Chart geometry, in SVG user units.
const WIDTH: f32 = 640.0;
const LABEL_WIDTH: f32 = 150.0;
const BAR_HEIGHT: f32 = 18.0;
const BAR_GAP: f32 = 8.0;
const AXIS_HEIGHT: f32 = 24.0;

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
        let plot = WIDTH - LABEL_WIDTH - 10.0;
        let height = bars.len() as f32 * (BAR_HEIGHT + BAR_GAP) + AXIS_HEIGHT;
        let label = format!("Salary ranges in {}, {} per year", reg.name, reg.currency);
        let ticks: Vec<u32> = (0..=4).map(|i| scale / 4 * i).collect();
        let cited: Vec<_> = cited_salaries(&bars).into_iter().cloned().collect();
        // Weekly figures are drawn as a year's pay; the caption says so.
        let weekly = if bars.iter().any(|b| b.salary.per == PayPeriod::Week) {
            " Weekly figures are shown as 52 weeks' pay."
        } else {
            ""
        };
        view! {
            <figure class="chart">
                <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(height)) role="img" aria-label=label.clone() preserveAspectRatio="xMinYMin meet">
                    <title>{label.clone()}</title>
                    {ticks.iter().map(|t| {
                        let x = px(LABEL_WIDTH + plot * (*t as f32 / scale as f32));
                        let text = format!("{}k", t / 1000);
                        view! {
                            <line x1=x x2=x y1=0 y2=px(height - AXIS_HEIGHT + 4.0) class="grid"/>
                            <text x=x y=px(height - 6.0) text-anchor="middle" class="tick">{text}</text>
                        }
                    }).collect_view()}
                    {bars.iter().enumerate().map(|(i, b)| {
                        let y = i as f32 * (BAR_HEIGHT + BAR_GAP);
                        let x = LABEL_WIDTH + plot * b.start;
                        // A single figure (min = max) still gets a visible mark.
                        let w = (plot * (b.end - b.start)).max(4.0);
                        let name = format!("{} · {}", refs[b.column].title, b.salary.seniority.label());
                        let mut tip = format!("{name}: {}, {} ({})", format::salary_amount(b.salary), format::salary_measure(b.salary).to_lowercase(), guide::salary_citation(&cat, b.salary));
                        if let Some(note) = age::salary_age_note(&cat, b.salary) {
                            tip.push(' ');
                            tip.push_str(&note);
                        }
                        view! {
                            <text x=px(LABEL_WIDTH - 8.0) y=px(y + BAR_HEIGHT - 4.0) text-anchor="end" class="bar-label">{truncate(&name, 24)}</text>
                            <rect x=px(x) y=px(y) width=px(w) height=px(BAR_HEIGHT) rx=4 class=format!("bar bar-{}", b.column)><title>{tip}</title></rect>
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

/// A chart coordinate as a whole number of SVG units: exact enough on
/// screen, and no float formatting in the browser's code.
fn px(value: f32) -> i32 {
    value.round() as i32
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}
