//! The course finder (`/courses`), a course's page (`/courses/:id`) and the
//! shortlist comparison (`/shortlist`).

mod card;
mod detail;
mod filters;
mod shortlist;

pub use detail::{CourseDetailPage, ShortlistPage};
pub use shortlist::Shortlist;

use std::sync::Arc;

use career_core::finder::{CourseIndex, CourseQuery, Sort};
use leptos::prelude::*;

use crate::ui::widgets::Link;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::ui::page::{set_page_title, use_catalogue};
use card::CourseCard;
use filters::{ActiveChips, FilterPanel};

/// The course search index, owned at App level and built on first use, so
/// visitors who never open the finder never pay for it.
#[derive(Clone)]
pub struct LazyIndex {
    catalogue: Arc<career_core::Catalogue>,
    index: Arc<std::sync::OnceLock<Arc<CourseIndex>>>,
}

impl LazyIndex {
    pub fn new(catalogue: Arc<career_core::Catalogue>) -> LazyIndex {
        LazyIndex {
            catalogue,
            index: Arc::default(),
        }
    }

    fn get(&self) -> Arc<CourseIndex> {
        self.index
            .get_or_init(|| Arc::new(CourseIndex::new(&self.catalogue)))
            .clone()
    }
}

/// The index, from the App-level [`LazyIndex`].
fn use_index() -> Arc<CourseIndex> {
    expect_context::<LazyIndex>().get()
}

#[component]
pub fn CoursesPage() -> impl IntoView {
    set_page_title(|| "Find a course".to_string());
    let cat = use_catalogue();
    let index = use_index();
    let params = use_query_map();
    let parsed = Memo::new({
        let index = index.clone();
        move |_| {
            let map = params.read();
            CourseQuery::from_params(|k| map.get(k), &index)
        }
    });
    let query = Memo::new(move |_| parsed.read().0.clone());
    let result = Memo::new({
        let index = index.clone();
        move |_| index.search(&query.read())
    });
    let navigate = use_navigate();
    // Typing replaces the history entry; every other change adds one, so
    // back and forward step through filters but not keystrokes.
    let set_query = Callback::new(move |(next, replace): (CourseQuery, bool)| {
        let qs = next.to_query_string();
        let url = if qs.is_empty() {
            "/courses".to_string()
        } else {
            format!("/courses?{qs}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: !replace,
                ..Default::default()
            },
        );
    });
    let currency = index.currency().to_string();
    let shortlist = Shortlist::get();

    view! {
        <div class="wrap finder">
            <h1>"Find a course"</h1>
            <p class="lead">
                {format!("{} courses from universities, TAFEs, colleges and online providers. ", cat.courses.len())}
                "Where a fee is not published we say so rather than guess."
            </p>
            {move || {
                let notes = parsed.read().1.clone();
                (!notes.is_empty()).then(|| view! {
                    <div class="note" role="status"><ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul></div>
                })
            }}
            <div class="finder-bar" role="search">
                <label for="course-search">"Search courses"</label>
                <input id="course-search" type="search" placeholder="e.g. python, TAFE, cloud"
                    prop:value=move || query.read().text.clone()
                    on:input=move |ev| {
                        let mut next = query.get_untracked();
                        next.text = event_target_value(&ev);
                        next.page = 1;
                        set_query.run((next, true));
                    }/>
                <label for="course-sort">"Sort by"</label>
                <select id="course-sort" prop:value=move || query.read().sort.id()
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        let mut next = query.get_untracked();
                        next.sort = Sort::ALL.into_iter().find(|s| s.id() == id).unwrap_or_default();
                        set_query.run((next, false));
                    }>
                    {Sort::ALL.iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="finder-layout">
                <FilterPanel index=index.clone() query=query result=result set_query=set_query currency=currency/>
                <section class="finder-results" aria-labelledby="results-h">
                    <div class="finder-links">
                        <h2 id="results-h" class="results-count" aria-live="polite">
                            {move || match result.read().matches.len() {
                                1 => "1 course".to_string(),
                                n => format!("{n} courses"),
                            }}
                        </h2>
                        <Link href="/shortlist">{move || format!("Your shortlist ({})", shortlist.ids.read().len())}</Link>
                    </div>
                    <ActiveChips index=index.clone() query=query set_query=set_query/>
                    <ResultList cat=cat.clone() query=query result=result set_query=set_query/>
                </section>
            </div>
        </div>
    }
}

/// The current page of results, the empty state, and paging.
#[component]
fn ResultList(
    /// The catalogue the results index into.
    cat: Arc<career_core::Catalogue>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results.
    result: Memo<career_core::finder::SearchResult>,
    /// Replaces the query (and the URL); `true` replaces the history entry.
    set_query: Callback<(CourseQuery, bool)>,
) -> impl IntoView {
    move || {
        let r = result.read();
        let q = query.read();
        if r.matches.is_empty() {
            return view! { <EmptyState query=q.clone() set_query=set_query/> }.into_any();
        }
        let page = q.page.clamp(1, r.pages());
        let pages = r.pages();
        let cards = r
            .page(page)
            .iter()
            .map(
                |&i| view! { <CourseCard cat=cat.clone() course=cat.courses[i as usize].clone()/> },
            )
            .collect_view();
        let go = move |to: usize| {
            let mut next = query.get_untracked();
            next.page = to;
            set_query.run((next, false));
        };
        view! {
            <ol class="course-list" role="list">{cards}</ol>
            {(pages > 1).then(|| view! {
                <nav class="pager" aria-label="Result pages">
                    <button type="button" class="button" disabled=page == 1 on:click=move |_| go(page - 1)>"Previous page"</button>
                    <span>{format!("Page {page} of {pages}")}</span>
                    <button type="button" class="button" disabled=page == pages on:click=move |_| go(page + 1)>"Next page"</button>
                </nav>
            })}
        }
        .into_any()
    }
}

/// "No courses match", with a button to remove each thing that narrows the list.
#[component]
fn EmptyState(
    /// The query that matched nothing.
    query: CourseQuery,
    /// Replaces the query.
    set_query: Callback<(CourseQuery, bool)>,
) -> impl IntoView {
    let index = use_index();
    let removals = filters::removals(&index, &query);
    view! {
        <div class="empty" role="status">
            <p>"No courses match. Try removing one of these:"</p>
            <ul class="empty-actions">
                {removals.into_iter().map(|(label, next)| view! {
                    <li><button type="button" class="link-button" on:click=move |_| set_query.run((next.clone(), false))>
                        {format!("Remove {label}")}
                    </button></li>
                }).collect_view()}
            </ul>
        </div>
    }
}
