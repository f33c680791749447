//! Where the finder's courses come from: every course, when the page has
//! them; otherwise the first page the finder's page carries
//! (`career_core::finder::FinderStart`), shown until every course has been
//! downloaded, which starts once the app has. For a large catalogue, the
//! early courses (`career_core::finder::EarlyCourses`) arrive first and
//! answer the first searches they can meanwhile, and their pairs of
//! options tell more of the filters' counts.

use std::sync::Arc;

use career_core::finder::{
    CourseIndex, CourseQuery, EarlyCourses, EarlyPage, FinderStart, KnownCounts, SearchResult,
};
use career_core::{format, Catalogue};
use leptos::prelude::*;

use crate::catalogue::{use_course_index, use_finder_start, CoursesForPage, Loaded};
use crate::ui::page::use_catalogue;

/// The finder's courses, as far as they are here.
#[derive(Clone)]
pub(super) struct Source {
    /// Lists the facets' options and reads and writes queries: the whole
    /// index, or the first page's index of no course, which has the same
    /// options.
    pub options: Arc<CourseIndex>,
    /// The finder's introduction, e.g. "5,000 courses from …".
    pub intro: String,
    /// The first page (its courses, and the opening search's result and
    /// counts), shown until every course is here.
    first: Option<(Arc<Catalogue>, Arc<FinderStart>)>,
    /// The early courses, once downloaded (never, for a catalogue small
    /// enough to have none).
    early: RwSignal<Option<(Arc<Catalogue>, Arc<EarlyCourses>)>>,
    /// Every course, at once or once downloaded.
    pub every: CoursesForPage,
}

/// What is known of a search while it waits for every course.
#[derive(Clone, PartialEq)]
pub(super) struct Meanwhile {
    /// What the opening search's counts, and the pairs, tell of it.
    pub known: KnownCounts,
    /// Its page, if the early courses answer it.
    pub early: Option<EarlyFound>,
}

/// A page of results found among the early courses.
#[derive(Clone)]
pub(super) struct EarlyFound {
    /// The catalogue holding the early courses, which `found` numbers.
    pub catalogue: Arc<Catalogue>,
    pub found: EarlyPage,
}

impl PartialEq for EarlyFound {
    fn eq(&self, other: &EarlyFound) -> bool {
        Arc::ptr_eq(&self.catalogue, &other.catalogue) && self.found == other.found
    }
}

impl Source {
    /// The courses the page has for the finder: every course, or the first
    /// page it was read with while every course (and, for a large
    /// catalogue, the early courses first) downloads.
    pub fn new() -> Source {
        let every = CoursesForPage::of_page();
        let early = RwSignal::new(None);
        match use_finder_start() {
            Some(start) => {
                let catalogue = use_catalogue();
                if start.has_early_courses() && !every.are_here() {
                    let built = expect_context::<Loaded>().courses_fingerprint;
                    let base = catalogue.clone();
                    // An effect, so never at build time.
                    Effect::new(move |_| {
                        let (base, built) = (base.clone(), built.clone());
                        leptos::task::spawn_local(async move {
                            let wanted = move || !untrack(|| every.are_here());
                            let downloaded =
                                crate::catalogue::early_courses(base, built, wanted).await;
                            early.try_set(downloaded);
                        });
                    });
                }
                Source {
                    options: start.index.clone(),
                    intro: start.intro.clone(),
                    first: Some((catalogue, start.clone())),
                    early,
                    every,
                }
            }
            None => Source {
                options: use_course_index(),
                intro: format::finder_intro(&use_catalogue()),
                first: None,
                early,
                every,
            },
        }
    }

    /// Whether `query` waits for every course: it is not the opening
    /// search, which the first page answers (tracked).
    fn waits(&self, query: &CourseQuery) -> bool {
        !self.every.are_here() && *query != CourseQuery::default()
    }

    /// What `query` finds: over every course, or, until they are here,
    /// the opening search's first page, with each facet's counts as far
    /// as they are known (tracked).
    pub fn search(&self, query: &CourseQuery) -> SearchResult {
        match (self.every.get(), &self.first) {
            (Some(every), _) => every.index.get().search(query),
            (None, Some((_, start))) => SearchResult {
                counts: self.known(start, query).counts,
                ..start.result.clone()
            },
            (None, None) => SearchResult::default(),
        }
    }

    /// What the opening search's counts, and the early courses' pairs once
    /// they are here, tell of `query` (tracked).
    fn known(&self, start: &FinderStart, query: &CourseQuery) -> KnownCounts {
        self.early
            .with(|early| start.known(query, early.as_ref().map(|(_, e)| e.pairs())))
    }

    /// What is known of `query` while it waits for every course: what
    /// the opening search's counts and the pairs tell of it, and its page
    /// if the early courses are here and answer it exactly; `None` once it
    /// does not wait (tracked).
    pub fn meanwhile(&self, query: &CourseQuery) -> Option<Meanwhile> {
        if !self.waits(query) {
            return None;
        }
        let known = (self.first.as_ref())
            .map_or_else(KnownCounts::default, |(_, start)| self.known(start, query));
        let early = self.early.with(|early| {
            let (catalogue, courses) = early.as_ref()?;
            Some(EarlyFound {
                catalogue: catalogue.clone(),
                found: courses.answer(query)?.knowing(known.clone()),
            })
        });
        Some(Meanwhile { known, early })
    }

    /// The catalogue a result's course numbers index (tracked).
    pub fn catalogue(&self) -> Option<Arc<Catalogue>> {
        match (self.every.get(), &self.first) {
            (Some(every), _) => Some(every.catalogue),
            (None, first) => first.as_ref().map(|(cat, _)| cat.clone()),
        }
    }

    /// How many of the shortlisted `ids` the courses hold: all of them
    /// until every course is here to check (tracked).
    pub fn shortlisted(&self, ids: &[String]) -> usize {
        match self.every.get() {
            Some(every) => career_core::prefs::shortlist::count_in_catalogue(&every.catalogue, ids),
            None => ids.len(),
        }
    }
}
