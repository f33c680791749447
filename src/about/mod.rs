//! About: what the site is, how it works, and every source it cites.

use leptos::prelude::*;

use crate::ui::page::{set_page_title, use_catalogue};
use crate::ui::widgets::SourceCite;

#[component]
pub fn AboutPage() -> impl IntoView {
    set_page_title(|| "About and sources".to_string());
    let cat = use_catalogue();
    let sources = cat.meta.sources.clone();
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
                "Everything runs in your browser. The only things stored are your theme choice and, "
                "if you use them, your quiz answers and course shortlist — all in this browser's local storage."
            </p>
            <h2>"The catalogue"</h2>
            <p>
                {format!("{} covers {}: {} roles, {} skills, {} providers and {} courses. ",
                    cat.meta.title, cat.meta.region, cat.roles.len(), cat.skills.len(),
                    cat.providers.len(), cat.courses.len())}
                "Where a course fee is not published, we say “check with provider” rather than guess."
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
