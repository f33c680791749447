//! On a role guide embedded for one provider (a university's own site):
//! that provider's courses for the role, linked to their embedded pages
//! (rules in `career_core::embed::provider_courses_for_role`).

use career_core::handle::RoleRef;
use career_core::links;
use career_core::{embed, format};
use leptos::prelude::*;

use crate::site::use_site;
use crate::ui::widgets::Link;

/// "Courses at CQUniversity for this role", when the view is embedded for
/// a provider the catalogue has; nothing otherwise.
#[component]
pub fn ProviderCourses(
    /// The role the guide is about, in the catalogue (embedded for a
    /// provider, that provider's courses only).
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let site = use_site();
    let provider = site
        .embed
        .as_ref()
        .and_then(|e| e.options.provider.as_deref())
        .and_then(|id| cat.provider(id));
    let Some(provider) = provider else {
        return ().into_any();
    };
    let found = embed::provider_courses_for_role(&cat, &provider.id, role);
    let intro = embed::provider_courses_intro(&provider.name, found.len());
    let items: Vec<_> = found
        .iter()
        .map(|f| {
            let skills: Vec<String> = f
                .skills
                .iter()
                .filter_map(|id| cat.skill(id))
                .map(|s| s.name.clone())
                .collect();
            let why = match (f.leads_to_role, skills.is_empty()) {
                (true, true) => "Leads to this role".to_string(),
                (true, false) => format!("Leads to this role; teaches {}", skills.join(", ")),
                (false, _) => format!("Teaches {}", skills.join(", ")),
            };
            let course = f.course;
            let (href, title) = (links::course(&course.id), course.title.clone());
            let facts = format!(
                "{} · {}",
                career_core::finder::level_text(course),
                format::course_length(course)
            );
            view! {
                <li class="card">
                    <h3><Link href=href>{title}</Link></h3>
                    <p class="muted">{facts}</p>
                    <p>{why}</p>
                </li>
            }
        })
        .collect();
    let heading = format!("Courses at {} for this role", provider.name);
    view! {
        <section id="provider-courses" aria-labelledby="provider-courses-h">
            <h2 id="provider-courses-h">{heading}</h2>
            <p>{intro}</p>
            {(!found.is_empty()).then(|| view! { <ul class="card-grid" role="list">{items}</ul> })}
        </section>
    }
    .into_any()
}
