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
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::ui::page::{set_page_title, use_catalogue};
use card::CourseCard;
use filters::{ActiveChips, FilterPanel};

/// How long typing must pause before the URL is updated.
const URL_CATCH_UP: std::time::Duration = std::time::Duration::from_millis(300);

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
    // Typed text searches at once; the URL (a router navigation, which costs
    // more than the search) catches up when typing pauses. The text applies
    // only over the URL parameters it was typed on, so back, forward or a
    // link to other parameters takes over at once.
    let (typed, set_typed) = signal(None::<(String, ParamsMap)>);
    Effect::watch(
        move || params.track(),
        move |_, _, _| set_typed.set(None),
        false,
    );
    let query = Memo::new(move |_| {
        let mut q = parsed.read().0.clone();
        if let Some((text, over)) = typed.read().as_ref() {
            if *over == *params.read() {
                q.text = text.clone();
                q.page = 1;
            }
        }
        q
    });
    let result = Memo::new({
        let index = index.clone();
        move |_| index.search(&query.read())
    });
    let navigate = use_navigate();
    let url_catch_up = StoredValue::new(None::<TimeoutHandle>);
    let cancel_catch_up = move || {
        if let Some(pending) = url_catch_up.try_get_value().flatten() {
            pending.clear();
        }
    };
    on_cleanup(cancel_catch_up);
    // Every change but typing adds a history entry, so back and forward
    // step through filters but not keystrokes.
    let set_query = Callback::new({
        let navigate = navigate.clone();
        move |next: CourseQuery| {
            cancel_catch_up();
            set_typed.set(None);
            navigate(&finder_path(&next), NavigateOptions::default());
        }
    });
    let on_type = move |text: String| {
        cancel_catch_up();
        let over = params.get_untracked();
        set_typed.set(Some((text, over.clone())));
        let navigate = navigate.clone();
        let catch_up = move || {
            if params.get_untracked() == over {
                let replace = NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                };
                navigate(&finder_path(&query.get_untracked()), replace);
            }
        };
        url_catch_up.set_value(set_timeout_with_handle(catch_up, URL_CATCH_UP).ok());
    };
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
                    on:input=move |ev| on_type(event_target_value(&ev))/>
                <label for="course-sort">"Sort by"</label>
                <select id="course-sort" prop:value=move || query.read().sort.id()
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        let mut next = query.get_untracked();
                        next.sort = Sort::ALL.into_iter().find(|s| s.id() == id).unwrap_or_default();
                        set_query.run(next);
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

/// The finder's path for a query, e.g. `/courses?q=python&type=tafe`.
fn finder_path(query: &CourseQuery) -> String {
    match query.to_query_string() {
        qs if qs.is_empty() => "/courses".to_string(),
        qs => format!("/courses?{qs}"),
    }
}

/// The current page of results, the empty state, and paging. Cards are
/// keyed by course, so a course that stays on the page keeps its card.
#[component]
fn ResultList(
    /// The catalogue the results index into.
    cat: Arc<career_core::Catalogue>,
    /// The current query.
    query: Memo<CourseQuery>,
    /// The current results.
    result: Memo<career_core::finder::SearchResult>,
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
    view! {
        <Show
            when=move || !shown.read().is_empty()
            fallback=move || view! { <EmptyState query=query set_query=set_query/> }
        >
            <ol class="course-list" role="list">
                {
                    let cat = cat.clone();
                    view! {
                        <For each=move || shown.get() key=|i| *i let:i>
                            <CourseCard cat=cat.clone() course=cat.courses[i as usize].clone()/>
                        </For>
                    }
                }
            </ol>
            <Show when=move || { pages.get() > 1 }>
                <nav class="pager" aria-label="Result pages">
                    <button type="button" class="button" disabled=move || page.get() == 1 on:click=move |_| go(page.get_untracked() - 1)>"Previous page"</button>
                    <span>{move || format!("Page {} of {}", page.get(), pages.get())}</span>
                    <button type="button" class="button" disabled=move || page.get() == pages.get() on:click=move |_| go(page.get_untracked() + 1)>"Next page"</button>
                </nav>
            </Show>
        </Show>
    }
}

/// "No courses match", with a button to remove each thing that narrows the list.
#[component]
fn EmptyState(
    /// The query that matches nothing.
    query: Memo<CourseQuery>,
    /// Replaces the query.
    set_query: Callback<CourseQuery>,
) -> impl IntoView {
    let index = use_index();
    view! {
        <div class="empty" role="status">
            <p>"No courses match. Try removing one of these:"</p>
            <ul class="empty-actions">
                {move || filters::removals(&index, &query.read()).into_iter().map(|(label, next)| view! {
                    <li><button type="button" class="link-button" on:click=move |_| set_query.run(next.clone())>
                        {format!("Remove {label}")}
                    </button></li>
                }).collect_view()}
            </ul>
        </div>
    }
}
