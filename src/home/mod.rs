//! The home page: the question the site answers, and the way in to each role.

use career_core::links;
use career_core::{age, format, guide, Catalogue, Outlook, Role};
use leptos::prelude::*;

use crate::ui::dates::ProjectionMark;
use crate::ui::widgets::{source_url, AgeMark, Link};

use crate::catalogue::use_course_facts;
use crate::roles::RoleCards;
use crate::ui::page::{set_page_title, use_catalogue};

/// `/`: the featured role at a glance and the way into its guide, every
/// role, and the ways to find a course.
#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title(|| "Become a back-end web developer".to_string());
    let cat = use_catalogue();
    let featured = guide::featured_role(&cat);
    let facts = featured
        .map(|role| key_facts(&cat, role))
        .unwrap_or_default();
    let facts_heading = featured.map(|role| format!("{} at a glance", role.title));
    let mark_cat = cat.clone();
    let guide_link = featured.map(|role| {
        let href = links::role(&role.id);
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
                    <Link href=links::QUIZ class="button">"Take the skills quiz"</Link>
                    <Link href=links::COMPARE class="button">"Compare roles"</Link>
                    <Link href=links::COURSES class="button">"Find a course"</Link>
                </div>
            </div>
        </section>
        <div class="wrap">
            {(!facts.is_empty()).then(|| view! {
                <section aria-labelledby="facts-heading" class="facts">
                    <h2 id="facts-heading">{facts_heading}</h2>
                    <dl class="fact-grid">
                        {facts.into_iter().map(|fact| view! {
                            <div class="fact">
                                <dt>{fact.term}</dt>
                                <dd>
                                    <strong>{fact.value}</strong><span class="muted">{fact.note}</span>
                                    {fact.age.map(|(note, href)| view! { <AgeMark note=note href=href/> })}
                                    {fact.projection.map(|outlook| view! { <ProjectionMark cat=mark_cat.clone() outlook=outlook/> })}
                                </dd>
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
                    <Link href=links::WAYS_IN>"Degree, TAFE, bootcamp or self-study? Compare the ways in"</Link>
                    ": what each costs, how long it takes full-time and part-time, who gets in and where it leads."
                </p>
                <p>
                    <Link href=links::COURSES>{format!("Search and filter {}", career_core::embed::course_count(use_course_facts().courses().count()))}</Link>
                    " or "
                    <Link href=links::PROVIDERS>"browse them by provider"</Link>"."
                </p>
            </section>
        </div>
    }
}

/// A headline figure: what it is, its value, where it comes from, and why
/// it may be out of date (with its source's address) when it may be.
struct KeyFact {
    term: String,
    value: String,
    note: String,
    age: Option<(String, Option<String>)>,
    /// The projection the figure is, for the mark once its period ends.
    projection: Option<Outlook>,
}

/// Headline figures for the featured role: pay, outlook, time to job-ready.
fn key_facts(cat: &Catalogue, role: &Role) -> Vec<KeyFact> {
    let mut facts = Vec::new();
    if let Some(s) = guide::headline_salary(cat, role) {
        if let Some(region) = cat.region(&s.region) {
            facts.push(KeyFact {
                term: format!(
                    "Pay in {} ({})",
                    region.name,
                    s.seniority.label().to_lowercase()
                ),
                value: format::salary_amount(s),
                note: format!(" {}", guide::salary_citation(cat, s)),
                age: age::salary_age_note(cat, s).map(|n| (n, source_url(cat, &s.source))),
                projection: None,
            });
        }
    }
    if let Some(g) = role.outlook.growth_percent {
        let source = age::citation(cat, &role.outlook.source).unwrap_or_default();
        facts.push(KeyFact {
            term: "Projected job growth".into(),
            value: format::percent(g),
            note: format!(
                " {}{source}",
                role.outlook
                    .period
                    .as_deref()
                    .map(|p| format!("{p}, "))
                    .unwrap_or_default()
            ),
            age: age::outlook_age_note(cat, role)
                .map(|n| (n, source_url(cat, &role.outlook.source))),
            projection: Some(role.outlook.clone()),
        });
    }
    if let (Some(min), Some(max)) = (
        role.education.iter().map(|e| e.months_min).min(),
        role.education.iter().map(|e| e.months_max).max(),
    ) {
        facts.push(KeyFact {
            term: "Time to job-ready".into(),
            value: format::month_range(min, max),
            note: " depending on the path you take".into(),
            age: None,
            projection: None,
        });
    }
    facts
}
