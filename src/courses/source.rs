//! Where the finder's courses come from: every course, when the page has
//! them; otherwise the first page the finder's page carries
//! (`career_core::finder::FinderStart`), shown until every course has been
//! downloaded, which starts once the app has.

use std::sync::Arc;

use career_core::finder::{CourseIndex, CourseQuery, SearchResult};
use career_core::{format, Catalogue};

use crate::catalogue::{use_course_index, use_finder_start, CoursesForPage};
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
    /// The first page (its courses, and the opening search's result),
    /// shown until every course is here.
    first: Option<(Arc<Catalogue>, SearchResult)>,
    /// Every course, at once or once downloaded.
    pub every: CoursesForPage,
}

impl Source {
    /// The courses the page has for the finder: every course, or the first
    /// page it was read with while every course downloads.
    pub fn new() -> Source {
        let every = CoursesForPage::of_page();
        match use_finder_start() {
            Some(start) => Source {
                options: start.index.clone(),
                intro: start.intro.clone(),
                first: Some((use_catalogue(), start.result.clone())),
                every,
            },
            None => Source {
                options: use_course_index(),
                intro: format::finder_intro(&use_catalogue()),
                first: None,
                every,
            },
        }
    }

    /// Whether `query` waits for every course: it is not the opening
    /// search, which the first page answers (tracked).
    pub fn waits(&self, query: &CourseQuery) -> bool {
        !self.every.are_here() && *query != CourseQuery::default()
    }

    /// What `query` finds: over every course, or, until they are here,
    /// the opening search's first page (tracked).
    pub fn search(&self, query: &CourseQuery) -> SearchResult {
        match (self.every.get(), &self.first) {
            (Some(every), _) => every.index.get().search(query),
            (None, Some((_, opening))) => opening.clone(),
            (None, None) => SearchResult::default(),
        }
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
