//! The course finder's engine: an index built once per catalogue, text search
//! with word-prefix matching and relevance, faceted filtering with counts,
//! sorting, paging, and the URL form of a query.
//!
//! Facets combine as usual in faceted search: values within one facet are
//! alternatives (OR), different facets must all hold (AND). A facet's counts
//! say how many courses each value would leave given every *other* active
//! filter, so they change as other filters change.
//!
//! - `early`: the first courses in title order, which answer a first
//!   search exactly before every course is here;
//! - `facet`: the facets, their labels and each catalogue's options;
//! - `fold`: what counts as the same word;
//! - `honours`: an honours year, which follows a bachelor degree;
//! - `index`: the index and the search itself;
//! - `pairs`: how many courses have each two options, for counts before
//!   every course is here;
//! - `query`: what a visitor asked for; `url`: its URL form; `removal`:
//!   each thing that narrows it, and the query without it;
//! - `result`: what a search found, paged;
//! - `start`: what the finder shows before it has every course.

mod early;
mod facet;
mod fold;
mod honours;
mod index;
mod pairs;
mod query;
mod removal;
mod result;
mod start;
mod url;

pub use early::{EarlyBounds, EarlyCourses, EarlyCoursesFile, EarlyPage, EARLY_COURSES};
pub use facet::{
    has_more_options_than_shown, listed_options, Facet, FacetOption, COLLAPSED_OPTIONS,
};
pub use fold::normalise;
pub use honours::{is_honours_year, level_text, HONOURS_YEAR};
pub use index::CourseIndex;
pub use pairs::PairCounts;
pub use query::{CourseQuery, Sort};
pub use removal::Removal;
pub use result::{past_last_page, SearchResult, PAGE_SIZE};
pub use start::{FinderStart, FirstPageFile, KnownCounts};
pub use url::{decode_component, encode_component, query_value, repeated_note, repeated_params};

#[cfg(test)]
mod testing;
