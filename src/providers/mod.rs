//! `/providers`: every course, by provider, as plain links — a directory a
//! visitor can scan and the way search engines (and visitors without
//! JavaScript) reach every course page.

use career_core::age;
use career_core::links;
use leptos::prelude::*;

use crate::ui::page::{set_page_title, use_catalogue};
use crate::ui::widgets::{AgeMark, ExternalLink, Link, SourceCite};

/// `/providers`: every course provider in the catalogue, grouped by kind.
#[component]
pub fn ProvidersPage() -> impl IntoView {
    set_page_title(|| "Course providers".to_string());
    let cat = use_catalogue();
    let groups = cat
        .providers_by_kind()
        .into_iter()
        .map(|(kind, providers)| {
            let heading_id = format!("kind-{}", kind.label().to_lowercase().replace(' ', "-"));
            let items = providers
                .into_iter()
                .map(|provider| {
                    let courses: Vec<_> = cat
                        .courses_of(&provider.id)
                        .map(|c| {
                            let title = c.title.clone();
                            view! { <li><Link href=links::course(&c.id)>{title}</Link></li> }
                        })
                        .collect();
                    let where_ = if provider.states.is_empty() {
                        "Online".to_string()
                    } else {
                        provider.states.join(", ")
                    };
                    let source = cat.source(&provider.source).cloned();
                    let age_note = age::source_age_note(&cat, &provider.source);
                    let checked = provider.checked.clone();
                    view! {
                        <li class="provider">
                            <h3>{provider.name.clone()}</h3>
                            <p class="muted">
                                {where_}" · "
                                <ExternalLink href=provider.url.clone()>"Provider's website"</ExternalLink>
                            </p>
                            <p>{provider.description.clone()}</p>
                            {source.map(|s| view! {
                                <p class="source">"Source: "<SourceCite source=s/>{format!("; checked on {checked}.")}</p>
                            })}
                            {age_note.map(|note| view! { <AgeMark note=note href=Some(provider.url.clone()) check="Check the provider's website"/> })}
                            {if courses.is_empty() {
                                view! { <p>"No courses from this provider are in the guide yet."</p> }.into_any()
                            } else {
                                view! { <ul class="provider-courses">{courses}</ul> }.into_any()
                            }}
                        </li>
                    }
                })
                .collect_view();
            let labelled_by = heading_id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 id=heading_id>{kind.plural_label()}</h2>
                    <ul class="provider-list" role="list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="wrap prose providers">
            <h1>"Course providers"</h1>
            <p class="lead">
                {format!("{} in the guide, by provider. ", career_core::embed::course_count(cat.courses.len()))}
                <Link href=links::COURSES>"Search and filter them in the course finder"</Link>"."
            </p>
            {groups}
        </div>
    }
}
