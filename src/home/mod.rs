//! The home page: the question the site answers, and the way in to each role.

use career_core::{format, guide, Catalogue, Role};
use leptos::prelude::*;

use crate::ui::widgets::Link;

use crate::roles::RoleCards;
use crate::ui::page::{set_page_title, use_catalogue};

#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title(|| "Become a back-end web developer".to_string());
    let cat = use_catalogue();
    let featured = guide::featured_role(&cat);
    let facts = featured
        .map(|role| key_facts(&cat, role))
        .unwrap_or_default();
    let facts_heading = featured.map(|role| format!("{} at a glance", role.title));
    let guide_link = featured.map(|role| {
        let href = format!("/roles/{}", role.id);
        let text = format!("Read the {} guide", format::in_sentence(&role.title));
        view! { <Link href=href class="button primary">{text}</Link> }
    });
    view! {
        <section class="hero">
            <div class="wrap">
                <h1>"Should you become a back-end web developer?"</h1>
                <p class="lead">
                    "Find out what the work is really like, what it pays, which skills you need and "
                    "which courses teach them — then decide."
                </p>
                <div class="actions">
                    {guide_link}
                    <Link href="/quiz" class="button">"Take the skills quiz"</Link>
                    <Link href="/compare" class="button">"Compare roles"</Link>
                    <Link href="/courses" class="button">"Find a course"</Link>
                </div>
            </div>
        </section>
        <div class="wrap">
            {(!facts.is_empty()).then(|| view! {
                <section aria-labelledby="facts-heading" class="facts">
                    <h2 id="facts-heading">{facts_heading}</h2>
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
fn key_facts(cat: &Catalogue, role: &Role) -> Vec<(String, String, String)> {
    let mut facts = Vec::new();
    if let Some(region) = guide::salary_regions(cat, role)
        .first()
        .and_then(|id| cat.region(id))
    {
        if let Some(s) = guide::salaries_in(role, &region.id).last() {
            facts.push((
                format!(
                    "Pay in {} ({})",
                    region.name,
                    s.seniority.label().to_lowercase()
                ),
                format::salary_amount(s),
                format!(" {}", guide::salary_citation(cat, s)),
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
