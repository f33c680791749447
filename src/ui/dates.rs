//! The day dates are judged against on a page, and the marks for dates
//! that have passed (rules in `career_core::age`).
//!
//! Nothing in a first render reads the clock: it judges on the catalogue's
//! review date, which the build and the browser both know, so the page is
//! taken over exactly as it was rendered. Once the app has started, the
//! browser's date refines it, so a page opened a year later still says what
//! has passed.

use career_core::age::{self, Day};
use career_core::{Catalogue, Outlook};
use leptos::prelude::*;

use crate::ui::page::use_started;
use crate::ui::widgets::{source_url, AgeMark};

/// The visitor's date, read from the browser's clock (browser only).
fn browser_today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

/// The day this page judges dates on ([`age::judged_on`]): the catalogue's
/// review date in every first render, and once the app has started the
/// browser's date when that is later.
pub fn use_judged_on(cat: &Catalogue) -> Signal<Option<Day>> {
    let reviewed = age::judged_on(cat, None);
    let started = use_started();
    Signal::derive(move || {
        if started.get() {
            reviewed.max(browser_today())
        } else {
            reviewed
        }
    })
}

/// The mark beside a growth projection whose period ends this year or has
/// ended ([`age::projection_note`]), linking to its source.
#[component]
pub fn ProjectionMark(
    /// The catalogue, for the review date and the source's address.
    cat: std::sync::Arc<Catalogue>,
    /// The outlook whose projection is shown.
    outlook: Outlook,
    /// Inside a line of text rather than a paragraph of its own.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let on = use_judged_on(&cat);
    let href = source_url(&cat, &outlook.source);
    move || {
        on.get()
            .and_then(|day| age::projection_note(&outlook, day))
            .map(|note| view! { <AgeMark note=note href=href.clone() inline=inline/> })
    }
}
