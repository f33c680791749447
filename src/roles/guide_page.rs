//! One role's guide: "how to become a …", rendered from the catalogue.

use career_core::handle::RoleRef;
use career_core::links;
use career_core::{age, format, guide};
use leptos::prelude::*;

use crate::hydration::HydrateLater;
use crate::ui::page::set_page_title;
use crate::ui::widgets::{
    source_url, AgeMark, ExternalLink, JumpLink, LevelBadge, Link, SalaryCite, ScrollBox,
    SourceCite,
};

/// `/roles/:id`: the guide, or not-found for an unknown id.
#[component]
pub fn RoleGuidePage() -> impl IntoView {
    super::role_page(|role| view! { <RoleGuide role=role/> })
}

/// The sections a guide has, for the table of contents: (anchor, title).
const SECTIONS: [(&str, &str); 10] = [
    ("what", "What the job is"),
    ("tasks", "Day to day"),
    ("skills", "Skills and tools"),
    ("salary", "Salary"),
    ("outlook", "Job outlook"),
    ("path", "How to get there"),
    ("certifications", "Certifications"),
    ("progression", "Where it leads"),
    ("projects", "Portfolio projects"),
    ("faq", "Questions people ask"),
];

/// A role's guide: the work, skills, pay, outlook, how to get there and the
/// questions people ask.
#[component]
fn RoleGuide(
    /// The role the guide is about, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let role_ref = role.clone();
    let cat = role.catalogue().clone();
    let role = role.get();
    let title = role.title.clone();
    set_page_title(move || format!("How to become {}", format::with_article(&title)));
    let article_title = format!("How to become {}", format::with_article(&role.title));
    let (skills_role, salary_role) = (role_ref.clone(), role_ref.clone());
    view! {
        <article class="wrap guide">
            <header class="guide-header">
                <p class="eyebrow">"Role guide"</p>
                <h1>{article_title}</h1>
                <p class="lead">{role.summary.clone()}</p>
                <GuideActions role=role_ref.clone()/>
            </header>
            <nav class="toc" aria-label="On this page">
                <h2 class="toc-title">"On this page"</h2>
                <ol>
                    {SECTIONS.iter().map(|(anchor, title)| view! { <li><JumpLink target=*anchor>{*title}</JumpLink></li> }).collect_view()}
                </ol>
            </nav>
            <div class="guide-body">
                <super::provider_courses::ProviderCourses role=role_ref.clone()/>
                <section id="what" aria-labelledby="what-h">
                    <h2 id="what-h">"What the job is"</h2>
                    {role.description.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <h3>"Typical employers"</h3>
                    <ul class="checklist">
                        {role.employers.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}
                    </ul>
                </section>
                <section id="tasks" aria-labelledby="tasks-h">
                    <h2 id="tasks-h">"Day to day"</h2>
                    <ul class="checklist">
                        {role.tasks.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                    </ul>
                </section>
                // The guide's two biggest parts, taken over in a task of their own.
                <HydrateLater>
                    <SkillsSection role=skills_role/>
                    <SalarySection role=salary_role/>
                </HydrateLater>
                <section id="outlook" aria-labelledby="outlook-h">
                    <h2 id="outlook-h">"Job outlook"</h2>
                    <p>{role.outlook.summary.clone()}</p>
                    {guide::growth_text(&role.outlook).map(|text| view! { <p class="stat"><strong>{text}</strong></p> })}
                    <crate::ui::dates::ProjectionMark cat=cat.clone() outlook=role.outlook.clone()/>
                    {cat.source(&role.outlook.source).cloned().map(|s| view! { <p class="source">"Source: "<SourceCite source=s/></p> })}
                    {age::outlook_age_note(&cat, role).map(|note| view! { <AgeMark note=note href=source_url(&cat, &role.outlook.source)/> })}
                </section>
                <section id="path" aria-labelledby="path-h">
                    <h2 id="path-h">"How to get there"</h2>
                    <ol class="path-list">
                        {role.education.iter().map(|e| view! {
                            <li>
                                <h3>{e.title.clone()}</h3>
                                <p class="muted">{format!("About {} to job-ready", format::month_range(e.months_min, e.months_max))}</p>
                                <p>{e.description.clone()}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                    <p><Link href=links::WAYS_IN>"Ways in compared: what a degree, TAFE, a bootcamp or self-study costs, takes and leads to"</Link></p>
                </section>
                <section id="certifications" aria-labelledby="cert-h">
                    <h2 id="cert-h">"Certifications"</h2>
                    {if role.certifications.is_empty() {
                        view! { <p>"No certification is expected for this role; a portfolio matters more."</p> }.into_any()
                    } else {
                        view! {
                            <ul>
                                {role.certifications.iter().map(|c| {
                                    let name = c.name.clone();
                                    let label = match &c.url {
                                        Some(url) => view! { <ExternalLink href=url.clone()>{name}</ExternalLink> }.into_any(),
                                        None => view! { <span>{name}</span> }.into_any(),
                                    };
                                    view! { <li>{label}<span class="muted">{format!(" — {}", c.issuer)}</span></li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <ProgressionSection role=role_ref.clone()/>
                <section id="projects" aria-labelledby="projects-h">
                    <h2 id="projects-h">"Portfolio projects"</h2>
                    <ul class="card-grid" role="list">
                        {role.projects.iter().map(|p| view! {
                            <li class="card"><h3>{p.title.clone()}</h3><p>{p.description.clone()}</p></li>
                        }).collect_view()}
                    </ul>
                </section>
                <section id="faq" aria-labelledby="faq-h">
                    <h2 id="faq-h">"Questions people ask"</h2>
                    {role.faq.iter().map(|f| view! {
                        <details class="faq">
                            <summary>{f.question.clone()}</summary>
                            <p>{f.answer.clone()}</p>
                        </details>
                    }).collect_view()}
                </section>
                <section class="sources" aria-labelledby="sources-h">
                    <h2 id="sources-h">"Sources for this guide"</h2>
                    <ol>
                        {role.sources.iter().filter_map(|id| cat.source(id).cloned()).map(|s| {
                            // The citation links the source already; the mark only says why.
                            let note = age::source_age_note(&cat, &s.id);
                            view! { <li><SourceCite source=s/>{note.map(|note| view! { " "<AgeMark note=note inline=true/> })}</li> }
                        }).collect_view()}
                    </ol>
                </section>
            </div>
        </article>
    }
}

/// Ways on from a guide: compare it with its neighbours, find courses.
#[component]
fn GuideActions(
    /// The role this section is about, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let related = guide::related_roles(&cat, role);
    let mut ids = vec![role.id.clone()];
    ids.extend(related.iter().take(2).map(|r| r.id.clone()));
    let compare_label = match related.as_slice() {
        [] => None,
        [one] => Some(format!("Compare with {}", format::in_sentence(&one.title))),
        [one, two, ..] => Some(format!(
            "Compare with {} and {}",
            format::in_sentence(&one.title),
            format::in_sentence(&two.title)
        )),
    };
    let compare_href = links::compare(&ids);
    let courses_href = links::courses_for_role(&role.id);
    view! {
        <div class="actions no-print">
            {compare_label.map(|label| view! { <Link href=compare_href class="button">{label}</Link> })}
            <Link href=links::roadmap(&role.id) class="button primary">"See the learning roadmap"</Link>
            <Link href=links::plan_for(&role.id) class="button">"Plan your courses"</Link>
            <Link href=courses_href class="button">"Find courses for this role"</Link>
            <Link href=links::QUIZ class="button">"Is it for me? Take the quiz"</Link>
        </div>
    }
}

/// The guide's skills and tools, by category, with the level needed at the
/// start.
#[component]
fn SkillsSection(
    /// The role this section is about, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let groups = guide::skills_by_category(&cat, role);
    view! {
        <section id="skills" aria-labelledby="skills-h">
            <h2 id="skills-h">"Skills and tools"</h2>
            <p class="muted">"The level each skill is needed at when you start: basic, working or strong."</p>
            <div class="skill-groups">
                {groups.into_iter().map(|(category, skills)| view! {
                    <div class="skill-group">
                        <h3>{category.label()}</h3>
                        <ul class="skill-list">
                            {skills.into_iter().map(|(skill, level)| view! {
                                <li>
                                    <span class="skill-name" title=skill.description.clone()>{skill.name.clone()}</span>
                                    <LevelBadge level=level/>
                                </li>
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()}
            </div>
        </section>
    }
}

/// The guide's pay: a table of salaries for each region that has figures,
/// with their sources.
#[component]
fn SalarySection(
    /// The role this section is about, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let regions = guide::salary_regions(&cat, role);
    let tables = regions
        .into_iter()
        .filter_map(|region_id| {
            let region = cat.region(region_id)?.clone();
            let rows = guide::salaries_in(role, region_id)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>();
            Some((region, rows))
        })
        .collect::<Vec<_>>();
    let headline = guide::headline_salary(&cat, role).map(|s| {
        format!(
            "The figure this site quotes for this role: {} ({}, {}).",
            format::salary_amount(s),
            format::salary_measure(s),
            guide::salary_citation(&cat, s)
        )
    });
    let differ = guide::why_figures_differ(&cat, role);
    view! {
        <section id="salary" aria-labelledby="salary-h">
            <h2 id="salary-h">"Salary"</h2>
            {headline.map(|text| view! { <p class="stat">{text}</p> })}
            {differ.map(|text| view! { <p>{text}</p> })}
            {if tables.is_empty() {
                view! { <p>"This catalogue has no published salary figures for this role yet."</p> }.into_any()
            } else {
                tables.into_iter().map(|(region, rows)| {
                    let cat = cat.clone();
                    view! {
                    <ScrollBox label=format!("Salaries in {}", region.name)>
                        <table>
                            <caption>{format!("{} ({}, per year)", region.name, region.currency)}</caption>
                            <thead><tr><th scope="col">"Level"</th><th scope="col">"Range"</th><th scope="col">"Source"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|s| {
                                    let age_note = age::salary_age_note(&cat, &s);
                                    let href = source_url(&cat, &s.source);
                                    view! {
                                    <tr>
                                        <th scope="row">{s.seniority.label()}</th>
                                        <td>
                                            {format::salary_amount(&s)}
                                            <span class="muted">{format!(" ({}{})", format::salary_measure(&s), s.note.as_deref().map(|n| format!("; {n}")).unwrap_or_default())}</span>
                                        </td>
                                        <td>
                                            <SalaryCite cat=cat.clone() salary=s/>
                                            {age_note.map(|note| view! { <AgeMark note=note href=href/> })}
                                        </td>
                                    </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </ScrollBox>
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}

/// The guide's career path: the roles that lead to this one and those it
/// leads to.
#[component]
fn ProgressionSection(
    /// The role this section is about, with its catalogue.
    role: RoleRef,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let links = |ids: &[String]| {
        ids.iter()
            .filter_map(|id| cat.role(id))
            .map(|r| {
                let title = r.title.clone();
                view! { <li><Link href=links::role(&r.id)>{title}</Link></li> }
            })
            .collect_view()
    };
    let from = links(&role.progression.from);
    let to = links(&role.progression.to);
    view! {
        <section id="progression" aria-labelledby="progression-h">
            <h2 id="progression-h">"Where it leads"</h2>
            <div class="two-col">
                <div>
                    <h3>"People often arrive from"</h3>
                    {if role.progression.from.is_empty() { view! { <p>"Most people start here."</p> }.into_any() } else { view! { <ul>{from}</ul> }.into_any() }}
                </div>
                <div>
                    <h3>"And move on to"</h3>
                    {if role.progression.to.is_empty() { view! { <p>"This is usually a senior destination."</p> }.into_any() } else { view! { <ul>{to}</ul> }.into_any() }}
                </div>
            </div>
        </section>
    }
}
