//! The course finder (`/courses`), a course's page (`/courses/:id`) and the
//! shortlist comparison (`/shortlist`).

mod card;
mod detail;
mod filters;
mod shortlist;
mod source;

pub use card::fee_text;
pub use detail::{CourseDetailPage, ShortlistPage};
pub use shortlist::{provide_shortlist, use_shortlist, Shortlist};

use std::sync::Arc;
use std::time::Duration;

use career_core::finder::{past_last_page, CourseIndex, CourseQuery, Removal, SearchResult, Sort};
use career_core::handle::CourseRef;
use career_core::links;
use leptos::prelude::*;

use crate::ui::widgets::Link;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::catalogue::CoursesForPage;
use crate::hydration::HydrateLater;
use crate::ui::page::{first_param, set_page_title, NeedsJs};
use crate::ui::states::WaitingForCourses;
use card::CourseCard;
use filters::{ActiveChips, FilterPanel};
use source::{EarlyFound, Meanwhile, Source};

/// How long typing must pause before the URL is updated.
const URL_CATCH_UP: Duration = Duration::from_millis(300);

/// When the URL catches up with a change already shown.
#[derive(Clone, Copy, PartialEq)]
enum UrlUpdate {
    /// Right after the frame showing the change, as a new history entry.
    AfterPaint,
    /// Once typing pauses, replacing the current entry.
    WhenTypingPauses,
}

/// `/courses`: the course finder, a search with filters and sorting that the
/// address keeps, so a search can be shared.
#[component]
pub fn CoursesPage() -> impl IntoView {
    set_page_title(|| "Find a course".to_string());
    let source = Source::new();
    let index = source.options.clone();
    let params = use_query_map();
    let parsed = Memo::new({
        let index = index.clone();
        move |_| {
            let map = params.read();
            CourseQuery::from_params(|k| first_param(&map, k), &index)
        }
    });
    // Every change shows at once; the URL follows, because a router
    // navigation costs more than the search and would hold up the frame.
    // Filters, sort and paging add a history entry right after the new list
    // is painted; typing replaces the entry once it pauses, so keystrokes add
    // no history. A shown query applies only over the URL parameters it was
    // made on, so back, forward or a link to other parameters takes over.
    let (ahead, set_ahead) = signal(None::<(CourseQuery, ParamsMap)>);
    Effect::watch(
        move || params.track(),
        move |_, _, _| set_ahead.set(None),
        false,
    );
    let query = Memo::new(move |_| match ahead.read().as_ref() {
        Some((shown, over)) if *over == *params.read() => shown.clone(),
        _ => parsed.read().0.clone(),
    });
    let result = Memo::new({
        let source = source.clone();
        move |_| source.search(&query.read())
    });
    let meanwhile = Memo::new({
        let source = source.clone();
        move |_| source.meanwhile(&query.read())
    });
    let navigate = use_navigate();
    // Only the latest change's URL update runs; none runs after the page is left.
    let latest = StoredValue::new(0u32);
    let show = move |next: CourseQuery, url: UrlUpdate| {
        let over = params.get_untracked();
        let scroll = url == UrlUpdate::AfterPaint && next.page != query.get_untracked().page;
        set_ahead.set(Some((next, over.clone())));
        latest.update_value(|n| *n = n.wrapping_add(1));
        let this = latest.get_value();
        let navigate = navigate.clone();
        let follow = move || {
            let still_latest = latest.try_get_value() == Some(this);
            if still_latest && params.try_get_untracked().as_ref() == Some(&over) {
                let options = NavigateOptions {
                    replace: url == UrlUpdate::WhenTypingPauses,
                    scroll,
                    ..Default::default()
                };
                navigate(&finder_path(&query.get_untracked()), options);
            }
        };
        match url {
            UrlUpdate::AfterPaint => {
                request_animation_frame(move || set_timeout(follow, Duration::ZERO))
            }
            UrlUpdate::WhenTypingPauses => set_timeout(follow, URL_CATCH_UP),
        }
    };
    let set_query = Callback::new({
        let show = show.clone();
        move |next: CourseQuery| show(next, UrlUpdate::AfterPaint)
    });
    let on_type = move |text: String| {
        let mut next = query.get_untracked();
        next.text = text;
        next.page = 1;
        show(next, UrlUpdate::WhenTypingPauses);
    };
    let currency = index.currency().to_string();
    let shortlist = use_shortlist();
    // Counted as the shortlist page shows it: ids this catalogue lacks are not.
    let shortlisted = Memo::new({
        let source = source.clone();
        move |_| shortlist.ids().with(|ids| source.shortlisted(ids))
    });
    let (filter_index, chip_index) = (index.clone(), index);

    view! {
        <div class="wrap finder">
            <h1>"Find a course"</h1>
            <p class="lead">
                {format!("{} ", source.intro)}
                "Where a fee is not published we say so rather than guess."
            </p>
            {move || {
                let notes = parsed.read().1.clone();
                (!notes.is_empty()).then(|| view! {
                    <div class="note" role="status"><ul>{notes.into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}</ul></div>
                })
            }}
            <div class="finder-bar" role="search">
                <label for="course-search">"Search courses"</label>
                <input id="course-search" type="search" placeholder="e.g. python, TAFE, cloud"
                    prop:value=move || query.read().text.clone()
                    on:input=move |ev| on_type(event_target_value(&ev))/>
                <label for="course-sort">"Sort by"</label>
                <select id="course-sort" prop:value=move || query.read().sort.id()
                    on:change=move |ev| {
                        let mut next = query.get_untracked();
                        next.sort = Sort::from_id(&event_target_value(&ev)).unwrap_or_default();
                        set_query.run(next);
                    }>
                    {Sort::ALL.iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                </select>
            </div>
            // Until the app starts (never, without JavaScript) the page is
            // its pre-rendered first page, whatever the address asks for.
            <NeedsJs class="note">
                "Search, sorting, filters, paging and the shortlist work in your browser and need JavaScript, which is off or has not loaded yet. Until it runs, this page shows the first page of all courses, unfiltered. Every course has a page of its own: "
                <Link href=links::PROVIDERS>"see every course, listed by provider"</Link>
                "."
            </NeedsJs>
            <div class="finder-layout">
                // The page's two biggest parts, each taken over in a task of its own.
                <HydrateLater>
                    <FilterPanel index=filter_index query=query result=result set_query=set_query currency=currency meanwhile=meanwhile/>
                </HydrateLater>
                <section class="finder-results" aria-labelledby="results-h">
                    <div class="finder-links">
                        <h2 id="results-h" class="results-count" aria-live="polite">
                            {move || match meanwhile.read().as_ref() {
                                Some(Meanwhile { early: Some(early), .. }) => early.found.count(),
                                Some(Meanwhile { known, .. }) => known.total.map_or_else(
                                    || "Searching…".to_string(),
                                    |total| career_core::format::count(total, "course", "courses"),
                                ),
                                None => career_core::format::count(result.read().total, "course", "courses"),
                            }}
                        </h2>
                        <Link href=links::SHORTLIST>{move || format!("Your shortlist ({})", shortlisted.get())}</Link>
                    </div>
                    <ActiveChips index=chip_index query=query set_query=set_query/>
                    <HydrateLater>
                        <ResultList source=source query=query result=result meanwhile=meanwhile set_query=set_query/>
                    </HydrateLater>
                </section>
            </div>
        </div>
    }
}

/// The finder's path for a query, e.g. `/courses?q=python&type=tafe`.
fn finder_path(query: &CourseQuery) -> String {
    links::courses_where(&query.to_query_string())
}

/// The current page of results, the empty state, and paging. Cards are
/// keyed by course, so a course that stays on the page keeps its card.
/// A search made before every course is here says it waits for them.
#[component]
fn ResultList(
    /// Where the results' courses are.
    source: Source,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results.
    result: Memo<SearchResult>,
    /// While the query waits for every course, what is known of it.
    meanwhile: Memo<Option<Meanwhile>>,
    /// Replaces the query (and the URL).
    set_query: Callback<CourseQuery>,
) -> impl IntoView {
    let pages = Memo::new(move |_| result.read().pages());
    let page = Memo::new(move |_| query.read().page.clamp(1, pages.get()));
    let shown = Memo::new(move |_| result.read().page(page.get()).to_vec());
    let go = move |to: usize| {
        let mut next = query.get_untracked();
        next.page = to;
        set_query.run(next);
    };
    let source = StoredValue::new(source);
    let courses = move || {
        let cat = source.with_value(Source::catalogue);
        shown
            .get()
            .into_iter()
            .filter_map(|i| CourseRef::at(cat.as_ref()?, i as usize))
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || meanwhile.read().is_none() fallback=move || match meanwhile.get().and_then(|m| m.early) {
            Some(early) if early.found.page.is_empty() => view! {
                <EmptyState index=source.with_value(|s| s.options.clone()) query=query set_query=set_query/>
            }.into_any(),
            Some(early) => view! { <EarlyResults courses=source.with_value(|s| s.every) early=early/> }.into_any(),
            None => view! {
                <WaitingForCourses courses=source.with_value(|s| s.every)
                    waiting="Downloading the courses to search them. Your search runs as soon as they are here."
                    failed="The courses could not be loaded to search them"/>
            }.into_any(),
        }>
        <Show
            when=move || !shown.read().is_empty()
            fallback=move || view! { <EmptyState index=source.with_value(|s| s.options.clone()) query=query set_query=set_query/> }
        >
            {move || past_last_page(query.read().page, pages.get()).map(|n| view! {
                <p class="note" role="status">{n}</p>
            })}
            <ol class="course-list" role="list">
                <For each=courses key=|course| course.id().to_string() let:course>
                    <CourseCard course=course/>
                </For>
            </ol>
            <Show when=move || { pages.get() > 1 }>
                <nav class="pager" aria-label="Result pages">
                    <button type="button" class="button" disabled=move || page.get() == 1 on:click=move |_| go(page.get_untracked() - 1)>"Previous page"</button>
                    <span>{move || format!("Page {} of {}", page.get(), pages.get())}</span>
                    <button type="button" class="button" disabled=move || page.get() == pages.get() on:click=move |_| go(page.get_untracked() + 1)>"Next page"</button>
                    <NeedsJs class="pager-note">
                        "Turning pages needs JavaScript. Without it, "
                        <Link href=links::PROVIDERS>"every course is listed by provider"</Link>
                        "."
                    </NeedsJs>
                </nav>
            </Show>
        </Show>
        </Show>
    }
}

/// A page of results found among the early courses, while every course
/// downloads: exactly the page the search will show, said to be the first
/// matches, with what follows once every course is here.
#[component]
fn EarlyResults(
    /// The download of every course.
    courses: CoursesForPage,
    /// The page found.
    early: EarlyFound,
) -> impl IntoView {
    let cards: Vec<_> = early
        .found
        .page
        .iter()
        .filter_map(|&i| CourseRef::at(&early.catalogue, i as usize))
        .map(|course| view! { <CourseCard course=course/> })
        .collect();
    view! {
        <WaitingForCourses courses=courses waiting=early.found.note()
            failed="The other courses could not be loaded to search them"/>
        <ol class="course-list" role="list">{cards}</ol>
    }
}

/// "No courses match", with a button to remove each thing that narrows the
/// list; a catalogue with no courses at all says so instead.
#[component]
fn EmptyState(
    /// Names the query's options.
    index: Arc<CourseIndex>,
    /// The query that matches nothing.
    query: Memo<CourseQuery>,
    /// Replaces the query.
    set_query: Callback<CourseQuery>,
) -> impl IntoView {
    move || {
        let removals = query.read().removals(&index);
        if removals.is_empty() {
            return view! { <div class="empty" role="status"><p>"This catalogue lists no courses yet."</p></div> }.into_any();
        }
        view! {
            <div class="empty" role="status">
                <p>"No courses match. Try removing one of these:"</p>
                <ul class="empty-actions">
                    {removals.into_iter().map(|Removal { label, without }| view! {
                        <li><button type="button" class="link-button" on:click=move |_| set_query.run(without.clone())>
                            {format!("Remove {label}")}
                        </button></li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    }
}
