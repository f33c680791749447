//! How one course is summarised in lists and compared.

use career_core::handle::CourseRef;
use career_core::links;
use career_core::{format, Catalogue, Course};
use leptos::prelude::*;

use crate::site::app_href;
use crate::ui::widgets::AgeMark;

use super::shortlist::ShortlistButton;

/// What a domestic student pays, as a visitor should read it (worded by
/// the core): a published fee or a Commonwealth supported place's
/// contribution; an unknown fee is never guessed.
pub fn fee_text(cat: &Catalogue, course: &Course) -> String {
    career_core::facts::domestic_cost_text(course, &cat.meta)
}

/// A course in a result list: title (to its page), shortlist button,
/// provider, level (an honours year says it follows a bachelor degree) and
/// the facts that decide between courses.
#[component]
pub fn CourseCard(
    /// The course, with its catalogue (for its provider's name).
    course: CourseRef,
) -> impl IntoView {
    let cat = course.catalogue();
    let course = course.get();
    let provider = cat
        .provider(&course.provider)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let title = course.title.clone();
    let link_text = title.clone();
    let age_note = career_core::age::course_age_note(cat, course);
    // What the course's kind of place means, one click from its cost.
    let place_link = course.places.first().map(|place| {
        view! { ". "<a href=app_href(&links::ways_in_part(place.explainer()))>{place.short_question()}</a> }
    });
    view! {
        <li class="course-card">
            <div class="course-head">
                // A plain anchor: the router handles its click all the same,
                // and a card needs none of `<A>`'s current-page tracking,
                // which would re-run for every card on each URL change.
                <h3><a href=app_href(&links::course(&course.id))>{link_text}</a></h3>
                <ShortlistButton id=course.id.clone() title=title/>
            </div>
            <p class="course-provider">{provider}" · "{career_core::finder::level_text(course)}</p>
            <dl class="course-facts">
                <div><dt>"Study"</dt><dd>{course.modes_text()}{course.part_time.is_some_and(|p| p.available).then_some(", part-time available")}</dd></div>
                <div><dt>"Length"</dt><dd>{format::course_length(course)}</dd></div>
                <div><dt>"Cost"</dt><dd>{fee_text(cat, course)}{place_link}</dd></div>
                <div><dt>"Where"</dt><dd>{format::study_places(course)}</dd></div>
            </dl>
            {age_note.map(|note| view! { <AgeMark note=note href=Some(course.url.clone()) check="Check the provider's page"/> })}
        </li>
    }
}
