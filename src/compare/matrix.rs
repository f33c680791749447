//! The skills matrix: every skill any chosen role needs, one row each.

use career_core::compare::{skill_matrix, Spread};
use career_core::Role;
use leptos::prelude::*;

use super::Chosen;
use crate::ui::widgets::{LevelBadge, ScrollBox};

/// The skills of the compared roles side by side, by category, with the
/// level each role needs; can show only the rows where they differ.
#[component]
pub fn SkillMatrix(
    /// The roles compared, with their catalogue.
    chosen: Chosen,
) -> impl IntoView {
    let (only_differences, set_only_differences) = signal(false);
    let cat = chosen.cat.clone();
    let refs: Vec<&Role> = chosen.roles();
    let roles = &refs;
    let titles: Vec<String> = roles.iter().map(|r| r.title.clone()).collect();
    // Rows are computed once per selection; the toggle only hides rows.
    let groups: Vec<_> = skill_matrix(&cat, &refs)
        .into_iter()
        .map(|(category, rows)| {
            let rows: Vec<_> = rows
                .into_iter()
                .map(|row| {
                    let marker = match row.spread {
                        Spread::Shared => "Shared by all".to_string(),
                        Spread::Unique(i) => format!("Only {}", titles[i]),
                        Spread::Some => String::new(),
                    };
                    (
                        row.skill.name.clone(),
                        row.levels.clone(),
                        row.differs(),
                        row.spread,
                        marker,
                    )
                })
                .collect();
            (category, rows)
        })
        .collect();
    let total: usize = groups.iter().map(|(_, r)| r.len()).sum();
    let shared = groups
        .iter()
        .flat_map(|(_, r)| r)
        .filter(|r| r.3 == Spread::Shared)
        .count();
    let columns = roles.len();
    view! {
        <section aria-labelledby="matrix-h">
            <h2 id="matrix-h">"Skills side by side"</h2>
            <p>{format!("{total} skills in all; {shared} are needed by every role you chose.")}</p>
            <label class="toggle">
                <input type="checkbox" prop:checked=move || only_differences.get()
                    on:change=move |ev| set_only_differences.set(event_target_checked(&ev))/>
                " Show only differences"
            </label>
            <ScrollBox label="Skills matrix" class="sticky-first">
                <table class="matrix">
                    <thead>
                        <tr>
                            <th scope="col">"Skill"</th>
                            {titles.iter().map(|t| view! { <th scope="col">{t.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    {groups.into_iter().map(|(category, rows)| {
                        let any_differ = rows.iter().any(|r| r.2);
                        view! {
                            <tbody class:hidden=move || only_differences.get() && !any_differ>
                                <tr class="group-row"><th scope="rowgroup" colspan=columns + 1>{category.label()}</th></tr>
                                {rows.into_iter().map(|(name, levels, differs, spread, marker)| view! {
                                    <tr class:hidden=move || only_differences.get() && !differs
                                        class:shared=spread == Spread::Shared
                                        class:unique=matches!(spread, Spread::Unique(_))>
                                        <th scope="row">
                                            {name}
                                            {(!marker.is_empty()).then(|| view! { <span class="marker">{marker}</span> })}
                                        </th>
                                        {levels.into_iter().map(|l| view! {
                                            <td>{match l {
                                                Some(level) => view! { <LevelBadge level=level/> }.into_any(),
                                                None => view! { <span class="muted not-needed">"Not needed"</span> }.into_any(),
                                            }}</td>
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        }
                    }).collect_view()}
                </table>
            </ScrollBox>
        </section>
    }
}
