//! About: what the site is, how it works, where its data comes from and how
//! old it is, how to report a mistake, and every source it cites.

use career_core::{age, format, links};
use leptos::prelude::*;

use crate::catalogue::use_course_facts;
use crate::offline::SaveCoursesOffline;
use crate::ui::page::{scroll_to_fragment, set_page_title, use_catalogue};
use crate::ui::widgets::{ExternalLink, SourceCite};

/// `/about`: what Career Guide is for, where its facts come from and how old
/// they are, and how to get in touch.
#[component]
pub fn AboutPage() -> impl IntoView {
    set_page_title(|| "About and sources".to_string());
    // The offline notice links to its part on saving the courses.
    scroll_to_fragment();
    let cat = use_catalogue();
    let sources = cat.meta.sources.clone();
    let facts = use_course_facts();
    let courses = facts.courses();
    let ages = age::source_ages(&cat, courses);
    let contact = cat.meta.contact_url.clone();
    view! {
        <div class="wrap prose">
            <h1>"About Career Guide"</h1>
            <p>
                "Career Guide helps you decide whether, and how, to become a back-end web developer. "
                "It describes the role and its neighbours, compares them, matches your interests and "
                "skills to them, and lists courses from universities, TAFEs, colleges and online providers."
            </p>
            <h2>"Your privacy"</h2>
            <p>
                "Everything runs in your browser and nothing you enter is sent anywhere. The only things stored are your theme choice and, "
                "if you use them, your quiz answers, course shortlist, roadmap progress and plan — all in this browser's local storage, "
                "where clearing the site's data removes them. Links you choose to share carry only what they show."
            </p>
            <h2>"The catalogue"</h2>
            <p>
                {format!("{} covers {}: {} roles, {} skills, {} providers and {}. ",
                    cat.meta.title, cat.meta.region, cat.roles.len(), cat.skills.len(),
                    cat.providers.len(), format::count(courses.count(), "course", "courses"))}
                "Where a course fee is not published, we say “check with provider” rather than guess."
            </p>
            <h2 id="where-from">"Where the data comes from"</h2>
            <p>
                "Every fact on these pages is taken from a published source in the list below, and says which. "
                "Each role guide lists the sources it draws on; each salary figure, job outlook, course and fee names its own. "
                "A salary says what it measures — for example a median or a range, base or total pay, full-time workers or everyone, "
                "and who was counted — and the year it is for. A fee says what it pays for (the whole course, a year or a unit), "
                "which students and which kind of place it applies to, and its year. "
                "Where a source does not give a value, the page says so instead of filling it in."
            </p>
            <h2 id="how-old">"How old it is"</h2>
            <p>{ages.summary()}</p>
            {ages.checked_summary().map(|text| view! { <p>{text}</p> })}
            <p>
                "Fees, intake dates and course structures change from year to year, so confirm them on the provider's own "
                "course page, linked from every course, before you apply."
            </p>
            <h2 id=links::ABOUT_OFFLINE_SECTION>"Use it offline"</h2>
            <p>
                "After your first visit, in a browser that allows it, Career Guide works without a connection: the roles, "
                "guides, roadmaps, comparison and quiz are saved on this device, with every page you open and what you have "
                "entered. A new version is downloaded in the background and used only when you choose to reload."
            </p>
            <SaveCoursesOffline/>
            <h2 id="report">"Report a mistake"</h2>
            {match contact {
                Some(url) => view! {
                    <p>
                        "If something here is wrong or out of date, please tell the people who publish this site on "
                        <ExternalLink href=url>"their contact page"</ExternalLink>"."
                    </p>
                }.into_any(),
                None => view! {
                    <p>
                        "This copy of Career Guide does not name a contact for corrections. If something here is wrong or "
                        "out of date, please tell the organisation that publishes the site, using the contact details on its own website."
                    </p>
                }.into_any(),
            }}
            <p>
                "Please include the address of the page, the fact that is wrong, what you believe is right, and a link to a "
                "source that says so — ideally the course provider's or the publisher's own page."
            </p>
            <h2 id="sources">"Sources"</h2>
            <ol class="source-list">
                {sources.into_iter().map(|s| {
                    let anchor = format!("source-{}", s.id);
                    view! { <li id=anchor><SourceCite source=s/></li> }
                }).collect_view()}
            </ol>
        </div>
    }
}
