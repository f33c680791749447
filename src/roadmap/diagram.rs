//! The roadmap as a picture, for wide screens: one column per stage, one
//! circle per skill coloured by its status, and a line from each skill to
//! the skills that build on it. The stage list below says the same in
//! words, so the picture is one labelled image for screen readers.

use std::collections::HashMap;
use std::sync::Arc;

use career_core::roadmap::{Roadmap, Status};
use leptos::prelude::*;

use super::use_saved_progress;

/// Horizontal distance between stage columns, in SVG units. Every
/// coordinate is a whole number, so the browser's code needs no float
/// formatting (as in the compare page's salary chart).
const COLUMN: i32 = 150;
/// Vertical distance between skills in a stage.
const ROW: i32 = 62;
/// Room above the first skill for the stage headings.
const TOP: i32 = 96;
/// A skill's circle.
const RADIUS: i32 = 10;
/// Longest label drawn before it is cut short (the list has the full name).
const LABEL_CHARS: usize = 19;

/// Where one skill is drawn.
struct Spot {
    id: String,
    name: String,
    x: i32,
    y: i32,
}

/// The roadmap drawn as a picture: each skill in its stage's column, joined
/// to what it needs first and marked with the visitor's status for it.
#[component]
pub(super) fn Diagram(
    /// The role's roadmap.
    map: Arc<Roadmap>,
) -> impl IntoView {
    let progress = use_saved_progress();
    let mut spots = Vec::new();
    let mut at = HashMap::new();
    for (column, stage) in map.stages.iter().enumerate() {
        for (row, node) in stage.nodes.iter().enumerate() {
            at.insert(node.skill.id.as_str(), spots.len());
            spots.push(Spot {
                id: node.skill.id.clone(),
                name: node.skill.name.clone(),
                x: column_x(column),
                y: TOP + row as i32 * ROW,
            });
        }
    }
    // (from, to): a line from each prerequisite to the skill that needs it.
    let edges: Vec<(usize, usize)> = map
        .stages
        .iter()
        .flat_map(|s| &s.nodes)
        .flat_map(|n| {
            let to = at[n.skill.id.as_str()];
            n.prerequisites
                .iter()
                .filter_map(|p| at.get(p.id.as_str()).copied())
                .map(move |from| (from, to))
        })
        .collect();
    let rows = map.stages.iter().map(|s| s.nodes.len()).max().unwrap_or(0);
    let width = COLUMN * map.stages.len() as i32;
    let height = TOP + rows as i32 * ROW;
    let status_of = move |id: String| move || progress.value.with(|p| p.status(&id));
    let summary = format!(
        "Diagram of the {} stages from left to right, with a line from each skill to the skills that build on it. The list of stages below gives the same in words.",
        map.stages.len()
    );
    view! {
        <figure class="roadmap-diagram no-print">
            <svg role="img" aria-label=summary viewBox=format!("0 0 {width} {height}") preserveAspectRatio="xMinYMin meet">
                {map.stages.iter().enumerate().map(|(i, stage)| {
                    let x = column_x(i);
                    view! {
                        <g class="diagram-stage">
                            <circle cx=x cy=20 r=13 class="diagram-stage-number"></circle>
                            <text x=x y=25 text-anchor="middle" class="diagram-stage-digit">{i + 1}</text>
                            <text x=x y=52 text-anchor="middle" class="diagram-stage-title">
                                {two_lines(&stage.title).into_iter().enumerate().map(|(line, text)| view! {
                                    <tspan x=x dy=if line == 0 { 0 } else { 15 }>{text}</tspan>
                                }).collect_view()}
                            </text>
                        </g>
                    }
                }).collect_view()}
                {edges.iter().map(|&(from, to)| {
                    let (a, b) = (&spots[from], &spots[to]);
                    let met = status_of(a.id.clone());
                    view! {
                        <path d=curve(a, b) class=move || if met().resolved() { "diagram-edge met" } else { "diagram-edge" }></path>
                    }
                }).collect_view()}
                {spots.iter().map(|spot| {
                    let status = status_of(spot.id.clone());
                    view! {
                        <g class=move || format!("diagram-node status-{}", status().name())>
                            <circle cx=spot.x cy=spot.y r=RADIUS></circle>
                            <text x=spot.x y=spot.y + RADIUS + 15 text-anchor="middle">{shorten(&spot.name)}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="muted">
                "How the stages connect. "
                {Status::ALL.iter().map(|s| view! {
                    <span class=format!("legend status-{}", s.name())><span class="legend-dot" aria-hidden="true"></span>{s.label()}</span>
                }).collect_view()}
            </figcaption>
        </figure>
    }
}

/// The middle of a stage's column.
fn column_x(column: usize) -> i32 {
    COLUMN / 2 + column as i32 * COLUMN
}

/// A label short enough for its column.
fn shorten(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        text.to_string()
    } else {
        let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A heading split into at most two lines that fit a column, at a space.
fn two_lines(text: &str) -> Vec<String> {
    if text.chars().count() <= LABEL_CHARS {
        return vec![text.to_string()];
    }
    let mut first = String::new();
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.peek() {
        if !first.is_empty() && first.chars().count() + 1 + word.chars().count() > LABEL_CHARS {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    let mut lines = vec![shorten(&first)];
    if !rest.is_empty() {
        lines.push(shorten(&rest.join(" ")));
    }
    lines
}

/// A line from one skill to another: a curve to the right between stages,
/// a bow to the left within one.
fn curve(a: &Spot, b: &Spot) -> String {
    if a.x == b.x {
        let bow = a.x - COLUMN * 21 / 50;
        format!(
            "M{} {} C{bow} {}, {bow} {}, {} {}",
            a.x - RADIUS,
            a.y,
            a.y,
            b.y,
            b.x - RADIUS,
            b.y
        )
    } else {
        let mid = (a.x + b.x) / 2;
        format!(
            "M{} {} C{mid} {}, {mid} {}, {} {}",
            a.x + RADIUS,
            a.y,
            a.y,
            b.y,
            b.x - RADIUS,
            b.y
        )
    }
}
