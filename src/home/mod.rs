//! The home page: the question the site answers, and the way in to each role.

use career_core::{format, guide, Catalogue};
use leptos::prelude::*;

use crate::ui::widgets::Link;

use crate::roles::RoleCards;
use crate::ui::page::{set_page_title, use_catalogue};

/// The role the site is built around.
pub const FEATURED_ROLE: &str = "backend-developer";

#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title(|| "Become a back-end web developer".to_string());
    let cat = use_catalogue();
    let facts = key_facts(&cat);
    view! {
        <section class="hero">
            <div class="wrap">
                <h1>"Should you become a back-end web developer?"</h1>
                <p class="lead">
                    "Find out what the work is really like, what it pays, which skills you need and "
                    "which courses teach them — then decide."
                </p>
                <div class="actions">
                    <Link href=format!("/roles/{FEATURED_ROLE}") class="button primary">"Read the back-end guide"</Link>
                    <Link href="/quiz" class="button">"Take the skills quiz"</Link>
                    <Link href="/compare" class="button">"Compare roles"</Link>
                    <Link href="/courses" class="button">"Find a course"</Link>
                </div>
            </div>
        </section>
        <div class="wrap">
            {(!facts.is_empty()).then(|| view! {
                <section aria-labelledby="facts-heading" class="facts">
                    <h2 id="facts-heading">"Back-end development at a glance"</h2>
                    <dl class="fact-grid">
                        {facts.into_iter().map(|(term, value, note)| view! {
                            <div class="fact">
                                <dt>{term}</dt>
                                <dd><strong>{value}</strong><span class="muted">{note}</span></dd>
                            </div>
                        }).collect_view()}
                    </dl>
                </section>
            })}
            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">"Roles in and around back-end development"</h2>
                <RoleCards/>
            </section>
            <section aria-labelledby="courses-heading">
                <h2 id="courses-heading">"Courses"</h2>
                <p>
                    <Link href="/courses">{format!("Search and filter {} courses", cat.courses.len())}</Link>
                    " or "
                    <Link href="/providers">"browse them by provider"</Link>"."
                </p>
            </section>
        </div>
    }
}

/// Headline figures for the featured role: pay, outlook, time to job-ready,
/// each as (term, value, where it comes from).
fn key_facts(cat: &Catalogue) -> Vec<(String, String, String)> {
    let Some(role) = cat.role(FEATURED_ROLE) else {
        return Vec::new();
    };
    let mut facts = Vec::new();
    if let Some(region) = guide::salary_regions(cat, role)
        .first()
        .and_then(|id| cat.region(id))
    {
        if let Some(s) = guide::salaries_in(role, &region.id).last() {
            let source = cat
                .source(&s.source)
                .map(|x| x.publisher.as_str())
                .unwrap_or("");
            facts.push((
                format!(
                    "Pay in {} ({})",
                    region.name,
                    s.seniority.label().to_lowercase()
                ),
                format::salary_amount(s),
                format!(" {source}, {}", format::salary_year(s)),
            ));
        }
    }
    if let Some(g) = role.outlook.growth_percent {
        let source = cat
            .source(&role.outlook.source)
            .map(|x| x.publisher.as_str())
            .unwrap_or("");
        facts.push((
            "Projected job growth".into(),
            format::percent(g),
            format!(
                " {}{source}",
                role.outlook
                    .period
                    .as_deref()
                    .map(|p| format!("{p}, "))
                    .unwrap_or_default()
            ),
        ));
    }
    if let (Some(min), Some(max)) = (
        role.education.iter().map(|e| e.months_min).min(),
        role.education.iter().map(|e| e.months_max).max(),
    ) {
        facts.push((
            "Time to job-ready".into(),
            format::month_range(min, max),
            " depending on the path you take".into(),
        ));
    }
    facts
}
