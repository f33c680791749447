//! The finder's early courses: the first [`EARLY_COURSES`] courses in title
//! order, which a large catalogue's build writes to a small file of their
//! own so that the finder can answer a first search before every course has
//! been downloaded.
//!
//! Why such an answer is exact: "Title A–Z", and "Relevance" with no search
//! text, list the matches in title order. Filters and words only remove
//! courses from that order (whether a course matches depends on it alone),
//! so the matches among the first courses of it come first among all the
//! matches, in the same order: when the early courses hold a whole page of
//! matches, that page is the one the whole catalogue would show. Words
//! ranked by relevance are ordered by score, then title, and a later course
//! could score higher. So the file also says the most each word can score
//! in a later course ([`LaterWords`]): when the page's last course scores
//! at least the sum of that for the search's words, a later course can at
//! most tie with it, and ties go by title. And when a word of the search
//! is in no later course at all, no later course matches: the early
//! courses hold every match, so their count and every page in any order
//! are exact too. Otherwise how many courses match in all, the other pages
//! and each option's count need every course, so the finder shows those
//! once they are here.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::fold::words;
use super::index::WHOLE_WORD_FACTOR;
use super::{CourseIndex, CourseQuery, Sort, PAGE_SIZE};
use crate::model::Catalogue;

/// How many courses the early file holds: about 29 KB with brotli at the
/// generated catalogue's course size, a fraction of a second on a slow
/// phone connection, yet enough for a page of matches under most single
/// filters.
pub const EARLY_COURSES: usize = 1_000;

/// How many of a word's first characters [`LaterWords`] keeps it by: few
/// enough that the file stays small whatever the catalogue's vocabulary
/// (8 KB with brotli at 50,000 generated courses, whose titles hold 50,000
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
    /// The first courses in title order, in that order.
    pub courses: Vec<C>,
    /// The most each word scores in the courses after them.
    pub later_words: LaterWords,
}

/// The positions in the catalogue `index` indexes of its first `count`
/// courses in title order, or `None` if it has no more courses than that
/// (every course is then as small a download).
pub fn early_positions(index: &CourseIndex, count: usize) -> Option<Vec<u32>> {
    let every = index.search(&CourseQuery::default()).matches;
    (every.len() > count).then(|| every[..count].to_vec())
}

/// The weightiest field each word is in among the later courses (those
/// after the early ones), by the word's first [`KEY_CHARS`] characters: a
/// key stands for every word that starts with it, with the weightiest field
/// any of them is in. A word none of them has is left out. Kept as one
/// text and a list of numbers, which cost the app about 1 KB less code to
/// read than a map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaterWords {
    /// The keys, each followed by a space (no word has one), in order.
    keys: String,
    /// Each key's weightiest field, in the same order.
    weights: Vec<u16>,
}

impl LaterWords {
    /// The words of the courses `index` indexes, except those at the
    /// positions `early`.
    pub fn new(index: &CourseIndex, early: &[u32]) -> LaterWords {
        let early: HashSet<u32> = early.iter().copied().collect();
        let mut best = BTreeMap::new();
        for (word, weight) in index.word_weights(|c| !early.contains(&c)) {
            let kept = best.entry(key(word)).or_insert(0);
            *kept = weight.max(*kept);
        }
        LaterWords {
            keys: best.keys().map(|key| format!("{key} ")).collect(),
            weights: best.into_values().collect(),
        }
    }

    /// Each key and its weightiest field.
    fn entries(&self) -> impl Iterator<Item = (&str, u16)> {
        self.keys
            .split_terminator(' ')
            .zip(self.weights.iter().copied())
    }

    /// The most that query word `word` can add to a later course's score
    /// (it may be whole in its weightiest field); 0 if no later course has
    /// a word that starts with it.
    fn most(&self, word: &str) -> u32 {
        let key = key(word);
        let weight = self
            .entries()
            .filter(|(k, _)| k.starts_with(&key))
            .map(|(_, weight)| weight)
            .max();
        u32::from(weight.unwrap_or(0) * WHOLE_WORD_FACTOR)
    }
}

/// The key [`LaterWords`] keeps `word` by: its first [`KEY_CHARS`] characters.
fn key(word: &str) -> String {
    word.chars().take(KEY_CHARS).collect()
}

/// The early courses, indexed to answer the searches they can.
#[derive(Debug, Clone)]
pub struct EarlyCourses {
    index: CourseIndex,
    later: LaterWords,
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
}

impl EarlyPage {
    /// How many courses match, as far as the early courses tell, e.g.
    /// "At least 40 courses", or exactly when no later course matches.
    pub fn count(&self) -> String {
        let count = crate::format::count(self.at_least, "course", "courses");
        if self.every_match {
            count
        } else {
            format!("At least {count}")
        }
    }

    /// What the page is, and what follows once every course is here.
    pub fn note(&self) -> &'static str {
        match (self.every_match, self.at_least > self.page.len()) {
            (true, true) => "Every match is found. Each filter's count and the other pages follow once every course is downloaded.",
            (true, false) => "Every match is shown. Each filter's count follows once every course is downloaded.",
            (false, _) => "The first matches. How many match in all, each filter's count and the other pages follow once every course is downloaded.",
        }
    }
}

impl EarlyCourses {
    /// `courses`, a catalogue holding the early courses in title order, and
    /// the words of the courses after them.
    pub fn new(courses: &Catalogue, later: LaterWords) -> EarlyCourses {
        EarlyCourses {
            index: CourseIndex::new(courses),
            later,
        }
    }

    /// The page `query` asks for, if the early courses answer it exactly
    /// (see the module's introduction): a word of it is in no later course
    /// (any order, any page that has matches); or it is ordered by title,
    /// or by relevance, and the early courses hold every course of that
    /// page, and by relevance with words, the page's last course scores at
    /// least as much as a later course could.
    pub fn answer(&self, query: &CourseQuery) -> Option<EarlyPage> {
        let most: Vec<u32> = words(&query.text)
            .iter()
            .map(|word| self.later.most(word))
            .collect();
        let every_match = most.contains(&0);
        if !every_match && matches!(query.sort, Sort::Duration | Sort::Cost) {
            return None;
        }
        let found = self.index.search(query);
        if every_match {
            return (query.page <= found.pages()).then(|| EarlyPage {
                page: found.page(query.page).to_vec(),
                at_least: found.total,
                every_match,
            });
        }
        let end = query.page.max(1).saturating_mul(PAGE_SIZE);
        let last = *found.matches.get(end - 1)?;
        if query.sort == Sort::Relevance && !most.is_empty() {
            let scores = self.index.text_scores(&query.text)?;
            if scores[last as usize] < most.iter().sum() {
                return None;
            }
        }
        Some(EarlyPage {
            page: found.matches[end - PAGE_SIZE..end].to_vec(),
            at_least: found.total,
            every_match,
        })
    }
}

#[cfg(all(test, feature = "fixtures"))]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::finder::Facet;

    /// The first `count` courses of `every` in title order, as a catalogue
    /// of their own, and their early courses.
    fn early_of(every: &Catalogue, count: usize) -> (Catalogue, EarlyCourses) {
        let index = CourseIndex::new(every);
        let early = early_positions(&index, count).unwrap();
        let courses = early
            .iter()
            .map(|&at| every.courses[at as usize].clone())
            .collect();
        let early_cat = Catalogue {
            courses,
            ..every.clone()
        };
        let answers = EarlyCourses::new(&early_cat, LaterWords::new(&index, &early));
        (early_cat, answers)
    }

    /// A generated catalogue of `courses`, and its first `count`.
    fn generated(courses: usize, count: usize, seed: u64) -> (Catalogue, Catalogue, EarlyCourses) {
        let every = crate::synthetic::with_courses(&crate::test_fixture(), courses, seed);
        let (early_cat, early) = early_of(&every, count);
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
        assert_eq!(early_positions(&index, 50), None);
        assert_eq!(early_positions(&index, 49).map(|p| p.len()), Some(49));
    }

    #[test]
    fn a_search_sorted_by_length_or_cost_is_not_answered_unless_no_later_course_matches() {
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
        for (sort, text) in [(1, ""), (2, ""), (0, " ? "), (3, "")] {
            let asked = query(&index, &[], None, sort, 1, text);
            let answered = early.answer(&asked);
            assert_eq!(answered.is_some(), sort == 3 || text == " ? ", "{asked:?}");
        }
        // A word no course has: every course is searched, and none matches.
        let asked = query(&index, &[], None, 1, 1, "xylophone");
        let answer = early.answer(&asked).expect("no later course has it");
        assert_eq!((answer.page.len(), answer.at_least), (0, 0));
        assert!(answer.every_match);
        assert_eq!(answer.count(), "0 courses");
        let online = early.answer(&online).unwrap();
        assert_eq!(
            online.count(),
            format!("At least {} courses", online.at_least)
        );
        assert!(online.note().starts_with("The first matches."));
    }

    /// Fifty courses, in title order the 25 "Alpha Rustic" ones (the early
    /// courses) then the 25 "Rust" ones, each described by `described`
    /// (whether it is early).
    fn alpha_and_rust(
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
        let (early_cat, early) = early_of(&every, 25);
        assert!(early_cat
            .courses
            .iter()
            .all(|c| c.title.starts_with("Alpha")));
        (every, early_cat, early)
    }

    #[test]
    fn words_are_answered_by_relevance_only_when_no_later_course_can_rank_higher() {
        let (every, early_cat, early) = alpha_and_rust(|early| {
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
        // titles, rank first.
        assert_eq!(same_page("rust"), None);
        assert_eq!(same_page("ru"), None);
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
        let (_, _, early) = alpha_and_rust(|_| "Learn rustacean ways.");
        let keys: Vec<(&str, u16)> = early.later.entries().collect();
        assert!(keys.is_sorted(), "{keys:?}");
        // "Rust" in the titles (16) and "rustacean" in the descriptions (1)
        // share a key; "Rust 11" … "Rust 59" give number keys.
        assert!(keys.contains(&("rust", 16)), "{keys:?}");
        assert!(keys.contains(&("ways", 1)), "{keys:?}");
        assert!(keys.contains(&("11", 16)), "{keys:?}");
        assert!(!keys.iter().any(|(k, _)| k.starts_with("alp")));
        assert_eq!(early.later.most("rusty"), 32, "kept as \"rust\"");
        assert_eq!(early.later.most("rustacean"), 32);
        assert_eq!(early.later.most("r"), 32);
        assert_eq!(early.later.most("wa"), 2);
        assert_eq!(early.later.most("alpha"), 0);
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
