//! The finder's early courses: the first [`EARLY_COURSES`] courses in title
//! order, the first [`EARLY_BY_SORT`] by length and by cost, and for each
//! common title word the first page of courses with it whole in their
//! titles and of those with a title word that begins with each of its
//! starts ("b", "bo"…) ([`TitleLeaders`]), which a large catalogue's build
//! writes to a small file of their own so that the finder can answer a
//! first search before every course has been downloaded.
//!
//! Why such an answer is exact: "Title A–Z", and "Relevance" with no search
//! text, list the matches in title order. Filters and words only remove
//! courses from that order (whether a course matches depends on it alone),
//! so the matches among the first courses of it come first among all the
//! matches, in the same order: when the first courses hold a whole page of
//! matches, that page is the one the whole catalogue would show. So it is
//! by length or cost with the first courses in that order. (Below,
//! a later course is one not among the early courses.) Words ranked by
//! relevance are ordered by score, then title, and a later course could
//! score higher. So the file also says the most each word can score in a
//! later course ([`LaterWords`]): when the page's last course scores more
//! than the sum of that for the search's words, no later course comes
//! before it; when it scores as much, a later course can at most tie with
//! it, and ties go by title, so it is exact if every later course comes
//! after it in title order: the last is among the first courses, or a tie
//! needs a word whole in its title, or a title word that begins with it,
//! whose first page of such courses is early and reaches past the last.
//! And when a word of the search is in no later course at all, no later
//! course matches: the early courses hold every match, so their count and
//! every page in any order are exact too. Otherwise how many courses match
//! in all, the other pages and each option's count need every course, so
//! the finder shows those once they are here.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::fold::words;
use super::{CourseIndex, CourseQuery, KnownCounts, PairCounts, Sort, PAGE_SIZE};
use crate::model::Catalogue;
use words::{LaterWords, TitleLeaders, WordTable, LONGER};

pub use page::EarlyPage;

mod page;
#[cfg(all(test, feature = "fixtures"))]
mod tests;
mod words;

/// How many courses first in title order the early file holds: about 29 KB
/// with brotli at the generated catalogue's course size, a fraction of a
/// second on a slow phone connection, yet enough for a page of matches
/// under most single filters.
pub const EARLY_COURSES: usize = 1_000;

/// How many courses first in order of length, and of cost, the early file
/// holds too: enough for a page of matches in either order under a common
/// filter.
const EARLY_BY_SORT: usize = 250;

/// The most courses [`TitleLeaders`] add to the others, which bounds the
/// file at about two and a half times the first ones' size whatever the
/// catalogue's titles.
const MOST_LEADERS: usize = EARLY_COURSES;

/// How many early courses of each kind a file holds.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    /// The first in title order.
    first: usize,
    /// The first in order of length, and of cost.
    by_sort: usize,
    /// At most this many more, in [`TitleLeaders`].
    most_leaders: usize,
}

/// The early courses as the build writes them to
/// [`crate::pages::EARLY_COURSES_FILE`]. `C` is a course as the build
/// writes it (exactly as `catalogue.json` has it) or as the browser reads
/// it.
#[derive(Debug, Serialize, Deserialize)]
pub struct EarlyCoursesFile<C> {
    /// The fingerprint of the whole catalogue (`pages::fingerprint`), so
    /// that a page reads the file only with the catalogue of its own build.
    pub catalogue: String,
    /// The early courses, in title order.
    pub courses: Vec<C>,
    /// How many of them are the first of every course in title order.
    first: usize,
    /// The position among them of the last of the first courses in order
    /// of length.
    shortest: Option<u32>,
    /// The same in order of cost.
    cheapest: Option<u32>,
    /// The courses' sets by title words whose first page is early.
    leaders: TitleLeaders,
    /// The most each word scores in the other courses.
    later_words: LaterWords,
    /// How many of every course have each two options.
    pairs: PairCounts,
}

impl<C> EarlyCoursesFile<C> {
    /// The early courses of the catalogue `index` indexes, whose
    /// fingerprint is `catalogue`, each as `course` gives the course at a
    /// position; `None` if it has no more than [`EARLY_COURSES`] courses
    /// (every course is then as small a download).
    pub fn new(
        index: &CourseIndex,
        catalogue: String,
        course: impl Fn(u32) -> C,
    ) -> Option<EarlyCoursesFile<C>> {
        let sizes = Sizes {
            first: EARLY_COURSES,
            by_sort: EARLY_BY_SORT,
            most_leaders: MOST_LEADERS,
        };
        let (positions, bounds) = early_courses(index, sizes)?;
        Some(EarlyCoursesFile {
            catalogue,
            courses: positions.into_iter().map(course).collect(),
            first: bounds.first,
            shortest: bounds.shortest,
            cheapest: bounds.cheapest,
            leaders: bounds.leaders,
            later_words: bounds.later_words,
            pairs: bounds.pairs,
        })
    }

    /// The early courses, and what they tell of the others.
    pub fn into_parts(self) -> (Vec<C>, EarlyBounds) {
        let bounds = EarlyBounds {
            first: self.first,
            shortest: self.shortest,
            cheapest: self.cheapest,
            leaders: self.leaders,
            later_words: self.later_words,
            pairs: self.pairs,
        };
        (self.courses, bounds)
    }
}

/// What the early courses tell of the other courses, for
/// [`EarlyCourses::answer`]. (Its fields are the file's own rather than a
/// part of it that serde reads, which costs the app less code.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlyBounds {
    /// How many of the early courses are the first of every course in
    /// title order: every other course comes after them.
    first: usize,
    /// The position among the early courses of the last of the first
    /// courses in order of length: every other course comes after it.
    shortest: Option<u32>,
    /// The same in order of cost.
    cheapest: Option<u32>,
    /// The courses' sets by title words whose first page is early.
    leaders: TitleLeaders,
    /// The most each word scores in the other courses.
    later_words: LaterWords,
    /// How many of every course have each two options.
    pairs: PairCounts,
}

/// The positions, in title order, of the early courses of the catalogue
/// `index` indexes, as many of each kind as `sizes` says, and what they
/// tell of the others; `None` if it has no more courses than the first.
fn early_courses(index: &CourseIndex, sizes: Sizes) -> Option<(Vec<u32>, EarlyBounds)> {
    let Sizes {
        first,
        by_sort,
        most_leaders,
    } = sizes;
    let every = index.search(&CourseQuery::default()).matches;
    if every.len() <= first {
        return None;
    }
    let mut early: HashSet<u32> = every[..first].iter().copied().collect();
    // The first courses in order of length, and of cost, and the last of each.
    let mut firsts_by = |sort| {
        let order = index.search(&CourseQuery {
            sort,
            ..CourseQuery::default()
        });
        let firsts = &order.matches[..by_sort.min(order.matches.len())];
        early.extend(firsts);
        firsts.last().copied()
    };
    let (shortest, cheapest) = (firsts_by(Sort::Duration), firsts_by(Sort::Cost));
    // The words most titles have first, as they are the likeliest
    // searches; then their starts, as typed on the way to them.
    let mut title_words = index.title_words(PAGE_SIZE);
    title_words.sort_by_key(|(_, courses)| Reverse(courses.len()));
    let starts: BTreeSet<&str> = (title_words.iter())
        .flat_map(|(word, _)| word.char_indices().skip(1).map(|(end, _)| &word[..end]))
        .collect();
    let mut by_start: Vec<(String, Vec<u32>)> = (starts.into_iter())
        .map(|start| {
            (
                format!("{start}{LONGER}"),
                index.title_words_starting(start),
            )
        })
        .collect();
    by_start.sort_by_key(|(_, courses)| Reverse(courses.len()));
    let by_word = title_words
        .into_iter()
        .map(|(word, courses)| (word.to_string(), courses));
    let mut added = 0;
    let mut led = Vec::new();
    for (key, courses) in by_word.chain(by_start) {
        let page = &courses[..PAGE_SIZE];
        let new = page.iter().filter(|c| !early.contains(c)).count();
        if added + new <= most_leaders {
            added += new;
            early.extend(page);
            led.push((key, page[PAGE_SIZE - 1]));
        }
    }
    let mut positions: Vec<u32> = early.into_iter().collect();
    positions.sort_unstable_by_key(|&c| index.title_rank(c));
    let at: HashMap<u32, u32> = (0..).zip(&positions).map(|(i, &c)| (c, i)).collect();
    led.sort_unstable();
    let leaders = TitleLeaders(WordTable::new(
        led.into_iter().map(|(key, course)| (key, at[&course])),
    ));
    let later_words = LaterWords::new(index, &positions);
    let bounds = EarlyBounds {
        first,
        shortest: shortest.map(|c| at[&c]),
        cheapest: cheapest.map(|c| at[&c]),
        leaders,
        later_words,
        pairs: PairCounts::new(index),
    };
    Some((positions, bounds))
}

/// The early courses, indexed to answer the searches they can.
#[derive(Debug, Clone)]
pub struct EarlyCourses {
    index: CourseIndex,
    bounds: EarlyBounds,
    /// Whether each early course is among the first of every course in
    /// order of length, and of cost: worked out once, not per answer.
    first_by_length: Vec<bool>,
    first_by_cost: Vec<bool>,
}

impl EarlyCourses {
    /// `courses`, a catalogue holding the early courses in title order, and
    /// what they tell of the others.
    pub fn new(courses: &Catalogue, bounds: EarlyBounds) -> EarlyCourses {
        let index = CourseIndex::new(courses);
        // The early courses in `sort` order up to the one at `last`.
        let first_by = |sort, last: Option<u32>| {
            let order = index.search(&CourseQuery {
                sort,
                ..CourseQuery::default()
            });
            let mut first = vec![false; courses.courses.len()];
            let upto = last.and_then(|last| order.matches.iter().position(|&c| c == last));
            for &c in upto.map_or(&[][..], |upto| &order.matches[..=upto]) {
                first[c as usize] = true;
            }
            first
        };
        EarlyCourses {
            first_by_length: first_by(Sort::Duration, bounds.shortest),
            first_by_cost: first_by(Sort::Cost, bounds.cheapest),
            index,
            bounds,
        }
    }

    /// The page `query` asks for, if the early courses answer it exactly
    /// (see the module's introduction): a word of it is in no later course
    /// (any order, any page that has matches); or the early courses hold
    /// every course of that page, among the first in its order (by title
    /// for relevance), and by relevance with words, no later course can
    /// come before the page's last course.
    pub fn answer(&self, query: &CourseQuery) -> Option<EarlyPage> {
        let words = words(&query.text);
        let most: Vec<u32> = words
            .iter()
            .map(|word| self.bounds.later_words.most(word))
            .collect();
        let every_match = most.contains(&0);
        let (found, scores) = self.index.scored_search(query);
        if every_match {
            return (query.page <= found.pages()).then(|| EarlyPage {
                page: found.page(query.page).to_vec(),
                at_least: found.total,
                every_match,
                known: KnownCounts::default(),
            });
        }
        let end = query.page.max(1).saturating_mul(PAGE_SIZE);
        let last = *found.matches.get(end - 1)?;
        let before_every_later = self.before_every_later(query.sort, last);
        let exact = if query.sort == Sort::Relevance && !most.is_empty() {
            let score = scores?[last as usize];
            let ceiling: u32 = most.iter().sum();
            // A later course that ties must score the most for every word.
            let tie_comes_after = || {
                before_every_later
                    || (words.iter().zip(&most))
                        .any(|(word, &most)| self.bounds.leaders.past(word, most, last))
            };
            score > ceiling || (score == ceiling && tie_comes_after())
        } else {
            before_every_later
        };
        exact.then(|| EarlyPage {
            page: found.matches[end - PAGE_SIZE..end].to_vec(),
            at_least: found.total,
            every_match,
            known: KnownCounts::default(),
        })
    }

    /// How many of every course have each two options, for what is known
    /// of a search's counts meanwhile ([`super::FinderStart::known`]).
    pub fn pairs(&self) -> &PairCounts {
        &self.bounds.pairs
    }

    /// Whether every later course comes after the early course at `last`
    /// in the order `sort` lists courses in without words (relevance by
    /// title): it is among the first courses in that order.
    fn before_every_later(&self, sort: Sort, last: u32) -> bool {
        let first = match sort {
            Sort::Relevance | Sort::Title => return (last as usize) < self.bounds.first,
            Sort::Duration => &self.first_by_length,
            Sort::Cost => &self.first_by_cost,
        };
        first.get(last as usize).copied().unwrap_or(false)
    }
}
