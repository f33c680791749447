//! A course's own page, and the side-by-side shortlist.

use career_core::handle::CourseRef;
use career_core::links;
use career_core::{format, Catalogue, Course};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::card::fee_text;
use super::shortlist::{use_shortlist, ShortlistButton};
use crate::ui::dates::use_judged_on;
use crate::ui::page::{set_page_title, use_catalogue, NeedsJs};
use crate::ui::states::NotFound;
use crate::ui::storage::WhereKept;
use crate::ui::widgets::{AgeMark, ExternalLink, Link, ScrollBox, SourceCite};
use career_core::facts::{NOT_MAPPED, NOT_PUBLISHED};
use career_core::prefs::shortlist;

/// `/courses/:id`: one course, or not-found for an unknown id.
#[component]
pub fn CourseDetailPage() -> impl IntoView {
    let cat = use_catalogue();
    let params = use_params_map();
    move || {
        let id = params.read().get(links::param::ID).unwrap_or_default();
        match CourseRef::find(&cat, &id) {
            None => view! { <NotFound what=format!("course “{id}”")/> }.into_any(),
            Some(course) => view! { <CourseDetail course=course/> }.into_any(),
        }
    }
}

/// A course's page: its facts, its provider, the skills it teaches and the
/// roles they lead to, and where the facts come from.
#[component]
fn CourseDetail(
    /// The course, with its catalogue (its provider, skills, roles and
    /// source).
    course: CourseRef,
) -> impl IntoView {
    let cat = course.catalogue().clone();
    let course = course.get();
    let title = course.title.clone();
    set_page_title(move || title.clone());
    let provider = cat.provider(&course.provider).cloned();
    let skills = course.skills_text(&cat);
    let roles: Vec<(String, String)> = course
        .roles
        .iter()
        .filter_map(|r| cat.role(r))
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect();
    let source = cat.source(&course.source).cloned();
    let age_note = career_core::age::course_age_note(&cat, course);
    // Dates are judged on the review date, then on the visitor's date.
    let on = use_judged_on(&cat);
    let next_intake = {
        let course = course.clone();
        move || {
            on.get()
                .and_then(|day| career_core::age::next_intake_text(&course, day))
                .map(|text| format!(". {text}"))
        }
    };
    let passed_note = {
        let course = course.clone();
        move || {
            on.get()
                .and_then(|day| career_core::age::passed_dates_note(&course, day))
                .map(|note| view! { <AgeMark note=note href=Some(course.url.clone()) check="Check the provider's course page"/> })
        }
    };
    let checked = format::iso_date(&course.checked);
    // Each fee's source, where it is not the course's own, once.
    let mut fee_sources: Vec<&str> = [&course.fee, &course.international_fee]
        .into_iter()
        .flatten()
        .map(|f| f.source.as_str())
        .filter(|&s| s != course.source)
        .collect();
    fee_sources.dedup();
    let fee_sources: Vec<_> = fee_sources
        .into_iter()
        .filter_map(|s| cat.source(s).cloned())
        .collect();
    // A cost links to what its kind of place means; one without a place
    // to what paying for study involves.
    let paying_anchor = course.places.first().map_or("paying", |p| p.explainer());
    let paying_link = course
        .places
        .first()
        .map_or("How study is paid for", |p| p.question());
    let places =
        career_core::facts::places_text(course).unwrap_or_else(|| NOT_PUBLISHED.to_string());
    let international = course
        .international_fee
        .as_ref()
        .map(|fee| format::fee(Some(fee)));
    let entry_source = course
        .entry
        .as_ref()
        .filter(|e| e.source != course.source)
        .and_then(|e| cat.source(&e.source).cloned());
    view! {
        <article class="wrap prose course-detail">
            <p class="eyebrow">{career_core::finder::level_text(course)}</p>
            <h1>{course.title.clone()}</h1>
            <p class="lead">{provider.as_ref().map(|p| p.name.clone())}</p>
            <div class="actions">
                <ExternalLink href=course.url.clone()>"Course page on the provider's site"</ExternalLink>
                <ShortlistButton id=course.id.clone() title=course.title.clone()/>
            </div>
            <NeedsJs class="note">"The shortlist is kept in your browser and needs JavaScript, which is off or has not loaded yet. Everything else on this page works without it."</NeedsJs>
            <p>{course.description.clone()}</p>
            {passed_note}
            <dl class="detail-list">
                <dt>"Study type"</dt><dd>{course.modes_text()}</dd>
                <dt>"Length"</dt><dd>{format::course_length_in_full(course)}</dd>
                <dt>"Cost to a domestic student"</dt>
                <dd>{fee_text(&cat, course)}". "<Link href=links::ways_in_part(paying_anchor)>{paying_link}</Link></dd>
                <dt>"Places"</dt><dd>{places}</dd>
                {international.map(|fee| view! { <dt>"International students"</dt><dd>{fee}</dd> })}
                <dt>"Where"</dt><dd>{format::study_places(course)}</dd>
                <dt>"Part-time"</dt><dd>{course.part_time_text()}</dd>
                <dt>"Entry"</dt><dd>{course.entry_text()}</dd>
                <dt>"Intakes"</dt><dd>{course.intakes_text()}{next_intake}</dd>
                <dt>"Skills taught"</dt><dd>{skills}</dd>
                <dt>"Leads to"</dt>
                <dd>{if roles.is_empty() {
                    NOT_MAPPED.into_any()
                } else {
                    roles.into_iter().enumerate().map(|(i, (id, title))| view! {
                        {(i > 0).then_some(", ")}<Link href=links::role(&id)>{title}</Link>
                    }).collect_view().into_any()
                }}</dd>
                {provider.map(|p| view! {
                    <dt>"Provider"</dt>
                    <dd><ExternalLink href=p.url.clone()>{p.name.clone()}</ExternalLink>{format!(" — {}", p.kind.label())}</dd>
                })}
            </dl>
            {source.map(|s| view! { <p class="source">"Source: "<SourceCite source=s/></p> })}
            {fee_sources.into_iter().map(|s| view! { <p class="source">"Fee source: "<SourceCite source=s/></p> }).collect_view()}
            {entry_source.map(|s| view! { <p class="source">"Entry source: "<SourceCite source=s/></p> })}
            <p class="source">{if age_note.is_some() {
                // Both are true: a recent check against an old page.
                format!("These details were last checked on {checked}, against the newest source we found for them, which is older (see below).")
            } else {
                format!("These details were last checked against their source on {checked}.")
            }}</p>
            {age_note.map(|note| view! { <AgeMark note=note href=Some(course.url.clone()) check="Check the provider's course page"/> })}
            <p><Link href=links::COURSES>"← All courses"</Link>" · "<Link href=links::SHORTLIST>"Your shortlist"</Link></p>
        </article>
    }
}

/// `/shortlist`: the shortlisted courses side by side, and any the catalogue
/// no longer has.
#[component]
pub fn ShortlistPage() -> impl IntoView {
    set_page_title(|| "Your course shortlist".to_string());
    let cat = use_catalogue();
    let list = use_shortlist();
    let missing = {
        let cat = cat.clone();
        move || {
            list.ids().with(|ids| {
                let (_, missing) = shortlist::in_catalogue(&cat, ids);
                shortlist::missing_note(&missing)
            })
        }
    };
    let table = move || {
        let ids = list.ids().get();
        let (courses, _) = shortlist::in_catalogue(&cat, &ids);
        if !list.loaded() {
            return view! {
                <p class="empty">"Your shortlist is kept in this browser, so it shows here once the page has started (it needs JavaScript)."</p>
            }.into_any();
        }
        if courses.is_empty() {
            return view! {
                <p class="empty">"Your shortlist is empty. Use “☆ Shortlist” on any course to add it here and compare."</p>
            }.into_any();
        }
        let cat = cat.clone();
        type Row = (&'static str, fn(&Catalogue, &Course) -> String);
        let rows: [Row; 10] = [
            ("Provider", |cat, c| {
                cat.provider(&c.provider)
                    .map(|p| p.name.clone())
                    .unwrap_or_default()
            }),
            ("Qualification", |_, c| {
                career_core::finder::level_text(c).to_string()
            }),
            ("Study type", |_, c| c.modes_text()),
            ("Length", |_, c| format::course_length(c)),
            ("Cost to a domestic student", fee_text),
            ("Where", |_, c| format::study_places(c)),
            ("Part-time", |_, c| c.part_time_text()),
            ("Entry", |_, c| c.entry_text()),
            ("Intakes", |_, c| c.intakes_text()),
            ("Skills taught", |cat, c| c.skills_text(cat)),
        ];
        let headers = courses
            .iter()
            .map(|c| {
                let title = c.title.clone();
                let link_text = title.clone();
                view! {
                    <th scope="col">
                        <Link href=links::course(&c.id)>{link_text}</Link>
                        <ShortlistButton id=c.id.clone() title=title/>
                    </th>
                }
            })
            .collect_view();
        let body = rows.iter().map(|(label, value)| view! {
            <tr><th scope="row">{*label}</th>{courses.iter().map(|c| view! { <td>{value(&cat, c)}</td> }).collect_view()}</tr>
        }).collect_view();
        view! {
            <ScrollBox label="Shortlisted courses side by side" class="sticky-first">
                <table class="compare-table">
                    <thead><tr><td></td>{headers}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </ScrollBox>
        }
        .into_any()
    };
    view! {
        <div class="wrap">
            <h1>"Your course shortlist"</h1>
            {move || missing().map(|n| view! { <p class="note" role="status">{n.to_string()}</p> })}
            <p class="lead">"Courses you have starred, side by side. "
                <WhereKept kept="The list is kept in this browser only." not_kept="This browser is not saving changes, so the list will be empty when you come back."/>
            </p>
            {table}
            <p><Link href=links::COURSES>"← Find more courses"</Link></p>
        </div>
    }
}
