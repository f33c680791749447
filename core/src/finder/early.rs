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
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::fold::words;
use super::index::{IN_TITLE, WHOLE_IN_TITLE, WHOLE_WORD_FACTOR};
use super::{CourseIndex, CourseQuery, KnownCounts, Sort, PAGE_SIZE};
use crate::model::Catalogue;

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

/// How many of a word's first characters [`LaterWords`] keeps it by
/// when more than [`LONGER_KEPT_WHOLE`] words start with them: few enough
/// that the file stays small whatever the catalogue's vocabulary (8 KB
/// with brotli at 50,000 generated courses, whose titles hold 50,000
/// numbers; 1 KB with 3), yet enough that a word no course has, such as
/// one misspelt in its first four letters, is seen to match nothing.
const KEY_CHARS: usize = 4;

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
    };
    Some((positions, bounds))
}

/// Words, each with a number, kept as one text and a list of numbers,
/// which cost the app about 1 KB less code to read than a map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct WordTable {
    /// The words, each followed by a space (no word has one), in order.
    words: String,
    /// Each word's number, in the same order.
    numbers: Vec<u32>,
}

impl WordTable {
    /// A table of `entries`, in the order given.
    fn new(entries: impl IntoIterator<Item = (String, u32)>) -> WordTable {
        let (words, numbers): (Vec<String>, Vec<u32>) = entries.into_iter().unzip();
        WordTable {
            words: words.iter().map(|word| format!("{word} ")).collect(),
            numbers,
        }
    }

    /// Each word and its number.
    fn entries(&self) -> impl Iterator<Item = (&str, u32)> {
        self.words
            .split_terminator(' ')
            .zip(self.numbers.iter().copied())
    }
}

/// Sets of at least a page of courses by what their titles have, each
/// with the position among the early courses of the last of the first page
/// of it in title order: any later course of the set comes after that.
/// A set's key, in order, is a word (the courses with it whole in their
/// titles), or a word's start and [`LONGER`] (the courses with a word that
/// starts with it in their titles).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
struct TitleLeaders(WordTable);

impl TitleLeaders {
    /// Whether every later course that scores `most` for query word `word`
    /// comes after the early course at `position` in title order: such a
    /// course is in a set this has (it has the word whole in its title if
    /// `most` is [`WHOLE_IN_TITLE`], a word that starts with it if
    /// [`IN_TITLE`]), whose first page reaches past `position`.
    fn past(&self, word: &str, most: u32, position: u32) -> bool {
        let holds = |key: &str| match key.strip_suffix(LONGER) {
            Some(start) => start == word && (most == WHOLE_IN_TITLE || most == IN_TITLE),
            None => key == word && most == WHOLE_IN_TITLE,
        };
        (self.0.entries()).any(|(key, last)| holds(key) && position <= last)
    }
}

/// The weightiest field each word is in among the later courses, by its
/// key, in order: a word of at most [`KEY_CHARS`] characters is its own
/// key; the longer words that start with the same [`KEY_CHARS`] are kept
/// whole if they are at most [`LONGER_KEPT_WHOLE`], and otherwise by those
/// first characters and [`LONGER`], a key that stands for every longer word
/// that starts with them, with the weightiest field any of them is in. A
/// word none of them has is left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
struct LaterWords(WordTable);

impl LaterWords {
    /// The words of the courses `index` indexes, except those at the
    /// positions `early`.
    fn new(index: &CourseIndex, early: &[u32]) -> LaterWords {
        let early: HashSet<u32> = early.iter().copied().collect();
        // By key, its words and the weightiest field each is in.
        let mut keys: BTreeMap<String, Vec<(&str, u32)>> = BTreeMap::new();
        for (word, weight) in index.word_weights(|c| !early.contains(&c)) {
            keys.entry(key(word))
                .or_default()
                .push((word, u32::from(weight)));
        }
        let mut kept = BTreeMap::new();
        for (key, words) in keys {
            // (A word of at most `KEY_CHARS` is its key's one word.)
            if words.len() <= LONGER_KEPT_WHOLE {
                kept.extend(
                    words
                        .into_iter()
                        .map(|(word, weight)| (word.to_string(), weight)),
                );
            } else {
                let most = words.iter().map(|&(_, weight)| weight).max();
                kept.insert(key, most.unwrap_or(0));
            }
        }
        LaterWords(WordTable::new(kept))
    }

    /// The most that query word `word` can add to a later course's score:
    /// its weightiest field, twice if a later word may be `word` whole; 0
    /// if no later course has a word that starts with it.
    fn most(&self, word: &str) -> u32 {
        // How a key's words can match `word`: whole, or only as longer words.
        let factor = |key: &str| match key.strip_suffix(LONGER) {
            Some(start) if word.starts_with(start) && word.len() > start.len() => {
                Some(u32::from(WHOLE_WORD_FACTOR))
            }
            Some(start) => start.starts_with(word).then_some(1),
            None if key == word => Some(u32::from(WHOLE_WORD_FACTOR)),
            None => key.starts_with(word).then_some(1),
        };
        let most = (self.0.entries()).filter_map(|(key, weight)| Some(weight * factor(key)?));
        most.max().unwrap_or(0)
    }
}

/// How many longer words with the same first [`KEY_CHARS`] characters
/// [`LaterWords`] keeps whole rather than by those characters: enough for
/// a word and its forms ("bootcamp", "bootcamps"), so that its starts past
/// those characters ("bootc") are seen to be starts, not whole words, yet
/// few that the table stays within this many times its keys, whatever the
/// catalogue's vocabulary (numbers, say, are kept by their first digits).
const LONGER_KEPT_WHOLE: usize = 4;

/// What ends the key of words longer than [`KEY_CHARS`] characters (no
/// word has it).
const LONGER: char = '+';

/// The key [`LaterWords`] keeps `word` by.
fn key(word: &str) -> String {
    let mut key: String = word.chars().take(KEY_CHARS).collect();
    if key.len() < word.len() {
        key.push(LONGER);
    }
    key
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

/// A page of matches found among the early courses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlyPage {
    /// The page's courses, as positions among the early courses, in order:
    /// exactly the courses the whole catalogue would show on that page.
    pub page: Vec<u32>,
    /// How many of the early courses match: at least this many courses do.
    pub at_least: usize,
    /// Whether no later course matches, so that `at_least` is how many
    /// courses match in all (none, perhaps).
    pub every_match: bool,
    /// What the opening search's counts tell of the search.
    known: KnownCounts,
}

impl EarlyPage {
    /// The page, with what the opening search's counts tell of its search
    /// ([`super::FinderStart::known`]).
    pub fn knowing(self, known: KnownCounts) -> EarlyPage {
        EarlyPage { known, ..self }
    }

    /// How many courses match in all, if known.
    fn total(&self) -> Option<usize> {
        if self.every_match {
            Some(self.at_least)
        } else {
            self.known.total
        }
    }

    /// How many courses match, as far as is known, e.g. "At least 40
    /// courses", or exactly when no later course matches or the opening
    /// search's counts say.
    pub fn count(&self) -> String {
        match self.total() {
            Some(total) => crate::format::count(total, "course", "courses"),
            None => format!(
                "At least {}",
                crate::format::count(self.at_least, "course", "courses")
            ),
        }
    }

    /// What the page is, and what follows once every course is here.
    pub fn note(&self) -> String {
        let total = self.total();
        let shown = match total {
            Some(total) if total <= self.page.len() => "Every match is shown.",
            Some(total) if total == self.at_least => "Every match is found.",
            _ => "The first matches.",
        };
        let counts = if self.known.holds_every_facet() {
            Counts::Every
        } else if self.known.holds_some_facets() {
            Counts::Some
        } else {
            Counts::None
        };
        let more_pages = total.is_none_or(|total| total > self.page.len());
        let follows = match (total, counts, more_pages) {
            (None, Counts::Some, _) => {
                "How many match in all, the other filters' counts and the other pages follow"
            }
            (None, _, _) => "How many match in all, each filter's count and the other pages follow",
            (Some(_), Counts::None, true) => "Each filter's count and the other pages follow",
            (Some(_), Counts::None, false) => "Each filter's count follows",
            (Some(_), Counts::Some, true) => "The other filters' counts and the other pages follow",
            (Some(_), Counts::Some, false) => "The other filters' counts follow",
            (Some(_), Counts::Every, true) => "The other pages follow",
            (Some(_), Counts::Every, false) => return shown.to_string(),
        };
        format!("{shown} {follows} once every course is downloaded.")
    }
}

/// Which facets' counts are known while a search waits for every course.
#[derive(Clone, Copy)]
enum Counts {
    None,
    Some,
    Every,
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
        let found = self.index.search(query);
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
            let score = self.index.text_scores(&query.text)?[last as usize];
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

#[cfg(all(test, feature = "fixtures"))]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::finder::Facet;

    /// So many early courses of each kind: the first in title order, the
    /// first by length and by cost, and at most so many more.
    fn sized(first: usize, by_sort: usize, most_leaders: usize) -> Sizes {
        Sizes {
            first,
            by_sort,
            most_leaders,
        }
    }

    /// The early courses of `every`, as many of each kind as `sizes` says,
    /// as a catalogue of their own, and their answers.
    fn early_of(every: &Catalogue, sizes: Sizes) -> (Catalogue, EarlyCourses) {
        let index = CourseIndex::new(every);
        let (early, bounds) = early_courses(&index, sizes).unwrap();
        let courses = early
            .iter()
            .map(|&at| every.courses[at as usize].clone())
            .collect();
        let early_cat = Catalogue {
            courses,
            ..every.clone()
        };
        let answers = EarlyCourses::new(&early_cat, bounds);
        (early_cat, answers)
    }

    /// A generated catalogue of `courses`, and its early courses: its first
    /// `count`, a quarter of that by length and by cost, and as many more
    /// at most.
    fn generated(courses: usize, count: usize, seed: u64) -> (Catalogue, Catalogue, EarlyCourses) {
        let every = crate::synthetic::with_courses(&crate::test_fixture(), courses, seed);
        let (early_cat, early) = early_of(&every, sized(count, count / 4, count));
        (every, early_cat, early)
    }

    /// The ids of the courses of `cat` at positions `at`.
    fn ids(cat: &Catalogue, at: &[u32]) -> Vec<String> {
        at.iter()
            .map(|&c| cat.courses[c as usize].id.clone())
            .collect()
    }

    /// A query over `index`'s options: the chosen options of each facet by
    /// position (wrapped to the facet's options), a fee limit, a sort, a
    /// page and search text.
    fn query(
        index: &CourseIndex,
        chosen: &[(usize, usize)],
        max_fee: Option<u32>,
        sort: usize,
        page: usize,
        text: &str,
    ) -> CourseQuery {
        let mut query = CourseQuery {
            text: text.to_string(),
            max_fee,
            sort: Sort::ALL[sort % Sort::ALL.len()],
            page,
            ..CourseQuery::default()
        };
        for &(facet, option) in chosen {
            let facet = Facet::ALL[facet % Facet::ALL.len()];
            let options = index.options(facet);
            let id = &options[option % options.len()].id;
            if !query.is_selected(facet, id) {
                query = query.toggled(facet, id);
            }
        }
        CourseQuery { page, ..query }
    }

    #[test]
    fn a_small_catalogue_has_no_early_courses() {
        let cat = crate::synthetic::with_courses(&crate::test_fixture(), 50, 1);
        let index = CourseIndex::new(&cat);
        assert_eq!(early_courses(&index, sized(50, 50, 50)), None);
        let (early, bounds) = early_courses(&index, sized(49, 0, 0)).unwrap();
        assert_eq!((early.len(), bounds.first), (49, 49));
        assert_eq!(
            EarlyCoursesFile::new(&index, String::new(), |c| c).map(|f| f.courses.len()),
            None
        );
    }

    #[test]
    fn a_search_in_any_order_is_answered_within_the_first_courses_in_that_order() {
        let (every, early_cat, early) = generated(600, 200, 7);
        let index = CourseIndex::new(&every);
        assert!(early.answer(&CourseQuery::default()).is_some());
        let online = query(&index, &[], None, 0, 1, "").toggled(Facet::Mode, "online");
        let answer = early
            .answer(&online)
            .expect("a page of online courses among 200");
        let whole = index.search(&online);
        assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
        assert!(!answer.every_match);
        // The first 200 by title, and 50 by length and by cost: two pages.
        for sort in Sort::ALL {
            let asked = |page| CourseQuery {
                sort,
                page,
                ..CourseQuery::default()
            };
            for page in [1, 2] {
                let answer = early.answer(&asked(page)).expect("among the first");
                let whole = index.search(&asked(page));
                assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(page)));
            }
            let third = early.answer(&asked(3));
            let by_title = matches!(sort, Sort::Relevance | Sort::Title);
            assert_eq!(third.is_some(), by_title, "{sort:?}");
        }
        // A word no course has: every course is searched, and none matches.
        let asked = query(&index, &[], None, 1, 1, "xylophone");
        let answer = early.answer(&asked).expect("no later course has it");
        assert_eq!((answer.page.len(), answer.at_least), (0, 0));
        assert!(answer.every_match);
        assert_eq!(answer.count(), "0 courses");
        let online_query = online;
        let online = early.answer(&online_query).unwrap();
        assert_eq!(
            online.count(),
            format!("At least {} courses", online.at_least)
        );
        assert_eq!(online.note(), "The first matches. How many match in all, each filter's count and the other pages follow once every course is downloaded.");
        // With what the opening search's counts tell of the search.
        let (start, _) = super::super::FinderStart::of(&every, &index);
        let counted = online.clone().knowing(start.known(&online_query));
        assert_eq!(counted.count(), format!("{} courses", whole.total));
        assert_eq!(counted.note(), "The first matches. The other filters' counts and the other pages follow once every course is downloaded.");
        let by_cost = CourseQuery {
            sort: Sort::Cost,
            ..CourseQuery::default()
        };
        let cheapest = early
            .answer(&by_cost)
            .unwrap()
            .knowing(start.known(&by_cost));
        assert_eq!(cheapest.count(), "600 courses");
        assert_eq!(
            cheapest.note(),
            "The first matches. The other pages follow once every course is downloaded."
        );
    }

    #[test]
    fn the_first_by_length_and_by_cost_end_at_the_last_of_them() {
        // The first 200 by title, and 50 by length and by cost.
        let (_, _, early) = generated(600, 200, 7);
        let bounds = [
            (Sort::Duration, early.bounds.shortest),
            (Sort::Cost, early.bounds.cheapest),
        ];
        for (sort, last) in bounds {
            let order = early.index.search(&CourseQuery {
                sort,
                ..CourseQuery::default()
            });
            let upto = order.matches.iter().position(|&c| Some(c) == last);
            assert_eq!(upto, Some(49), "{sort:?}");
            let (first, after) = order.matches.split_at(50);
            assert!(first.iter().all(|&c| early.before_every_later(sort, c)));
            assert!(after.iter().all(|&c| !early.before_every_later(sort, c)));
        }
    }

    /// Fifty courses, in title order the 25 "Alpha Rustic" ones (the first
    /// courses) then the 25 "Rust" ones, each described by `described`
    /// (whether it is first), and their early courses: the first, and
    /// at most `leaders` more.
    fn alpha_and_rust(
        leaders: usize,
        described: impl Fn(bool) -> &'static str,
    ) -> (Catalogue, Catalogue, EarlyCourses) {
        let mut every = crate::test_fixture();
        let base = every.courses[0].clone();
        every.courses = (0..50)
            .map(|i| {
                let mut course = base.clone();
                course.id = format!("course-{i}");
                let early = i % 2 == 0;
                let name = if early { "Alpha Rustic" } else { "Rust" };
                course.title = format!("{name} {}", 10 + i);
                course.description = described(early).into();
                course
            })
            .collect();
        let (early_cat, early) = early_of(&every, sized(25, 0, leaders));
        assert!(early_cat.courses[..25]
            .iter()
            .all(|c| c.title.starts_with("Alpha")));
        (every, early_cat, early)
    }

    #[test]
    fn words_are_answered_by_relevance_only_when_no_later_course_can_rank_higher() {
        let (every, early_cat, early) = alpha_and_rust(0, |early| {
            if early {
                "Learn rust, alpha and beta testing."
            } else {
                "Learn rust and alpha testing."
            }
        });
        let index = CourseIndex::new(&every);
        let asked = |text: &str, sort: Sort| CourseQuery {
            text: text.into(),
            sort,
            ..CourseQuery::default()
        };
        let same_page = |text: &str| {
            let asked = asked(text, Sort::Relevance);
            let answer = early.answer(&asked)?;
            let whole = index.search(&asked);
            assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
            assert!(answer.at_least <= whole.total);
            Some(answer)
        };
        // The early courses have "rust" whole only in their descriptions,
        // and as a prefix in their titles; the later ones, whole in their
        // titles, rank first. "ru" is a prefix in both, so ties go by title.
        assert_eq!(same_page("rust"), None);
        assert!(same_page("ru").is_some());
        let whole = index.search(&asked("rust", Sort::Relevance));
        assert!(every.courses[whole.matches[0] as usize]
            .title
            .starts_with("Rust"));
        // The later courses have "alpha" only in their descriptions, so the
        // early ones, with it whole or as a prefix in their titles, rank
        // first; "testing" is in every description, so ties go by title.
        for text in ["alpha", "alph", "testing"] {
            let answer = same_page(text).expect(text);
            assert!(!answer.every_match, "{text}");
        }
        // "beta" is in no later course: every match is early, in any order.
        for text in ["beta", "bet", "alpha beta"] {
            for sort in Sort::ALL {
                let asked = asked(text, sort);
                let answer = early.answer(&asked).expect(text);
                let whole = index.search(&asked);
                assert!(answer.every_match);
                assert_eq!(answer.at_least, whole.total);
                assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
                assert_eq!(answer.count(), "25 courses");
                assert!(answer.note().contains("the other pages follow"));
            }
        }
        let page_two = CourseQuery {
            page: 2,
            ..asked("beta", Sort::Title)
        };
        let answer = early.answer(&page_two).expect("the second page");
        assert_eq!(answer.page.len(), 5);
        assert!(answer.note().contains("the other pages follow"));
        let alone = early.answer(&asked("alpha 10", Sort::Title)).unwrap();
        assert_eq!(
            (alone.count().as_str(), alone.every_match),
            ("1 course", true)
        );
        assert!(alone.note().starts_with("Every match is shown."));
        let past_the_last = CourseQuery {
            page: 3,
            ..asked("beta", Sort::Title)
        };
        assert_eq!(
            early.answer(&past_the_last),
            None,
            "the whole search says so"
        );
    }

    #[test]
    fn a_later_word_is_kept_by_its_first_characters_with_its_weightiest_field() {
        let described = |_| "Learn rustacean ways: teach, teacher, teachers, teaches, teaching.";
        let (_, _, early) = alpha_and_rust(0, described);
        let later = &early.bounds.later_words;
        let keys: Vec<(&str, u32)> = later.0.entries().collect();
        assert!(keys.is_sorted(), "{keys:?}");
        // "Rust" in the titles (16) is its own key; "Rust 11" … "Rust 59"
        // give number keys; "rustacean", the one longer word starting
        // "rust", is kept whole, but the five starting "teac" by that start.
        assert!(keys.contains(&("rust", 16)), "{keys:?}");
        assert!(keys.contains(&("ways", 1)), "{keys:?}");
        assert!(keys.contains(&("11", 16)), "{keys:?}");
        assert!(!keys.iter().any(|(k, _)| k.starts_with("alp")));
        assert!(keys.contains(&("rustacean", 1)), "{keys:?}");
        assert!(!keys.iter().any(|(k, _)| *k == "rust+"), "{keys:?}");
        assert!(keys.contains(&("teac+", 1)), "{keys:?}");
        assert_eq!(later.most("rust"), 32);
        assert_eq!(later.most("rustacean"), 2, "whole only in descriptions");
        assert_eq!(later.most("rusta"), 1, "only the start of a word");
        assert_eq!(later.most("rusty"), 0, "no later word starts with it");
        assert_eq!(later.most("teachi"), 2, "perhaps a word kept as \"teac+\"");
        assert_eq!(later.most("tea"), 1);
        assert_eq!(later.most("r"), 16, "a prefix of titles' words");
        assert_eq!(later.most("rust1"), 0);
        assert_eq!(later.most("wa"), 1);
        assert_eq!(later.most("ways"), 2);
        assert_eq!(later.most("alpha"), 0);
    }

    #[test]
    fn a_start_longer_than_a_key_is_answered_when_no_later_word_is_it_whole() {
        let (every, early_cat, early) = generated(3_000, 600, 7);
        let index = CourseIndex::new(&every);
        for text in ["bootc", "bootca", "pytho", "secur"] {
            let asked = query(&index, &[], None, 0, 1, text);
            let answer = early.answer(&asked).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                ids(&early_cat, &answer.page),
                ids(&every, index.search(&asked).page(1))
            );
        }
    }

    #[test]
    fn a_word_whole_in_later_titles_is_answered_by_its_first_page_of_them() {
        let (every, early_cat, early) = alpha_and_rust(PAGE_SIZE, |_| "Learn testing.");
        let index = CourseIndex::new(&every);
        assert_eq!(
            early_cat.courses.len(),
            25 + PAGE_SIZE,
            "the first Rust ones"
        );
        assert!(early_cat.courses[25].title.starts_with("Rust"));
        let asked = |text: &str, sort, page| CourseQuery {
            text: text.into(),
            sort,
            page,
            ..CourseQuery::default()
        };
        for text in ["rust", "rust testing"] {
            let answer = early.answer(&asked(text, Sort::Relevance, 1)).expect(text);
            let whole = index.search(&asked(text, Sort::Relevance, 1));
            assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
            assert!(!answer.every_match);
        }
        // The second page has the five later Rust courses; a page in title
        // order past the first courses could have later ones before it.
        assert_eq!(early.answer(&asked("rust", Sort::Relevance, 2)), None);
        assert_eq!(early.answer(&asked("", Sort::Title, 2)), None);
        // "rustic" is whole in the first courses' titles only; "rus" is a
        // prefix in every title, and ties go by title.
        for text in ["rustic", "rus"] {
            let answer = early.answer(&asked(text, Sort::Relevance, 1)).expect(text);
            assert!(early_cat.courses[answer.page[19] as usize]
                .title
                .starts_with("Alpha"));
        }
        // With room for one course fewer, "rust" has no early page.
        let (_, _, unled) = alpha_and_rust(PAGE_SIZE - 1, |_| "Learn testing.");
        assert_eq!(unled.answer(&asked("rust", Sort::Relevance, 1)), None);
    }

    /// A catalogue of courses with these titles and descriptions, no
    /// skills, in this order (which is title order).
    fn titled(courses: &[(String, String)]) -> Catalogue {
        let mut every = crate::test_fixture();
        let base = every.courses[0].clone();
        every.courses = (courses.iter().enumerate())
            .map(|(i, (title, description))| {
                let mut course = base.clone();
                course.id = format!("course-{i}");
                course.title = title.clone();
                course.description = description.clone();
                course.skills.clear();
                course
            })
            .collect();
        every
    }

    /// A catalogue of groups of courses, in this order (which is title
    /// order): per group, `count` courses titled `name` and a number from
    /// 10, described by `description`; and its early courses, the first
    /// five and at most 100 more.
    fn numbered(groups: &[(&str, usize, &str)]) -> (Catalogue, Catalogue, EarlyCourses) {
        let courses: Vec<(String, String)> = (groups.iter())
            .flat_map(|&(name, count, description)| {
                (10..10 + count).map(move |n| (format!("{name} {n}"), description.to_string()))
            })
            .collect();
        let every = titled(&courses);
        let (early_cat, early) = early_of(&every, sized(5, 0, 100));
        (every, early_cat, early)
    }

    #[test]
    fn a_led_word_answers_no_page_past_its_first_page_of_titles() {
        // In title order: 5 first courses, 25 "Rust", 20 "Rust Kappa"; the
        // first 20 "Rust" and every "Rust Kappa" lead their words.
        let (every, early_cat, early) = numbered(&[
            ("Alpha", 5, "none"),
            ("Rust", 25, "none"),
            ("Rust Kappa", 20, "none"),
        ]);
        assert_eq!(early_cat.courses.len(), 45);
        let asked = |page| CourseQuery {
            text: "rust".into(),
            page,
            ..CourseQuery::default()
        };
        assert!(early.answer(&asked(1)).is_some());
        // Early, the second page would be 20 "Rust Kappa"; in all, the five
        // later "Rust" come first.
        assert_eq!(early.answer(&asked(2)), None);
        // "rus", still being typed, is the start of a word in every title
        // here; the first page of such titles is early, so ties by title
        // with later ones are settled on the first page only.
        let typing = |page| CourseQuery {
            text: "rus".into(),
            ..asked(page)
        };
        let answer = early.answer(&typing(1)).expect("the first page");
        let whole = CourseIndex::new(&every).search(&typing(1));
        assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
        assert_eq!(early.answer(&typing(2)), None);
        let (_, without_leaders) = early_of(&every, sized(5, 0, 0));
        assert_eq!(without_leaders.answer(&typing(1)), None);
    }

    #[test]
    fn a_title_set_settles_only_the_ties_that_must_be_in_it() {
        let sets = [("ru+", 3), ("rust", 5)].map(|(key, last)| (key.to_string(), last));
        let leaders = TitleLeaders(WordTable::new(sets));
        assert!(leaders.past("rust", WHOLE_IN_TITLE, 5));
        assert!(!leaders.past("rust", WHOLE_IN_TITLE, 6));
        assert!(
            !leaders.past("rust", IN_TITLE, 4),
            "a title word that starts with \"rust\" need not be it"
        );
        assert!(leaders.past("ru", IN_TITLE, 3));
        assert!(
            leaders.past("ru", WHOLE_IN_TITLE, 3),
            "\"ru\" starts with \"ru\""
        );
        assert!(!leaders.past("ru", IN_TITLE, 4));
        assert!(
            !leaders.past("ru", 8, 0),
            "a tie that scores less has it in no title"
        );
        assert!(!leaders.past("r", IN_TITLE, 0));
    }

    #[test]
    fn a_led_word_settles_a_tie_only_if_a_tying_course_must_have_it_in_its_title() {
        // "Bravo Zed" (later) and "Rust" (early, leading "rust") both score
        // a whole title word and a description word for "rust zed"; the
        // later courses have "rust" only in their descriptions, so a tie
        // need not have it in its title, and "Bravo" comes first.
        let (every, early_cat, early) = numbered(&[
            ("Alpha", 5, "none"),
            ("Bravo Zed", 5, "rust"),
            ("Rust", 20, "zed"),
        ]);
        assert_eq!(early_cat.courses.len(), 25);
        let asked = CourseQuery {
            text: "rust zed".into(),
            ..CourseQuery::default()
        };
        let first = first_title(&every, &asked);
        assert!(first.starts_with("Bravo"), "{first}");
        assert_eq!(early.answer(&asked), None);
    }

    /// The title of the first course `query` finds in `every`.
    fn first_title(every: &Catalogue, query: &CourseQuery) -> String {
        let found = CourseIndex::new(every).search(query);
        every.courses[found.matches[0] as usize].title.clone()
    }

    #[test]
    fn a_page_the_early_courses_do_not_fill_is_not_answered() {
        let (_, _, early) = generated(600, 50, 3);
        let page = |page| CourseQuery {
            page,
            ..CourseQuery::default()
        };
        assert_eq!(early.answer(&page(2)).map(|p| p.page.len()), Some(20));
        assert_eq!(
            early.answer(&page(3)),
            None,
            "40 to 50 of 50 could be followed by others"
        );
        assert_eq!(early.answer(&page(usize::MAX)), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever the filters, words and order, a page the early courses
        /// answer is the page every course gives, at least as many courses
        /// match, and exactly as many when no later course matches.
        #[test]
        fn an_answered_page_is_the_page_of_every_course(
            seed in 1u64..1_000,
            chosen in prop::collection::vec((0usize..11, 0usize..40), 0..4),
            max_fee in prop::option::of(0u32..60_000),
            sort in 0usize..4,
            page in 1usize..4,
            text in prop::sample::select(vec![
                "", " ", "python", "web", "pyth", "r", "rails data", "degree", "47", "zzz",
                "data", "web development", "bootcamp", "diploma in", "py", "we", "dat", "jav",
                "boot", "python3", "bootc", "bootcam", "pytho", "degre", "secur", "progr",
            ]),
        ) {
            let (every, early_cat, early) = generated(500, 150, seed);
            let index = CourseIndex::new(&every);
            let asked = query(&index, &chosen, max_fee, sort, page, text);
            let whole = index.search(&asked);
            if let Some(answer) = early.answer(&asked) {
                prop_assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(page)));
                prop_assert!(answer.at_least <= whole.total);
                prop_assert!(page <= whole.pages());
                if answer.every_match {
                    prop_assert_eq!(answer.at_least, whole.total);
                }
            }
        }
    }
}
