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
//! ranked by relevance are ordered by score, then title: a later course
//! could score higher, unless the page's last course already has the best
//! score a course can have (each word whole in its title), as a later
//! course can then only tie with it, and ties go by title. How many courses
//! match in all, the other pages and each option's count need every
//! course, so the finder shows those once they are here.

use serde::{Deserialize, Serialize};

use super::fold::words;
use super::index::BEST_WORD_SCORE;
use super::{CourseIndex, CourseQuery, Sort, PAGE_SIZE};
use crate::model::Catalogue;

/// How many courses the early file holds: about 29 KB with brotli at the
/// generated catalogue's course size, a fraction of a second on a slow
/// phone connection, yet enough for a page of matches under most single
/// filters.
pub const EARLY_COURSES: usize = 1_000;

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
}

/// The positions in the catalogue `index` indexes of its first `count`
/// courses in title order, or `None` if it has no more courses than that
/// (every course is then as small a download).
pub fn early_positions(index: &CourseIndex, count: usize) -> Option<Vec<u32>> {
    let every = index.search(&CourseQuery::default()).matches;
    (every.len() > count).then(|| every[..count].to_vec())
}

/// The early courses, indexed to answer the searches they can.
#[derive(Debug, Clone)]
pub struct EarlyCourses {
    index: CourseIndex,
}

/// A page of matches found among the early courses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlyPage {
    /// The page's courses, as positions among the early courses, in order:
    /// exactly the courses the whole catalogue would show on that page.
    pub page: Vec<u32>,
    /// How many of the early courses match: at least this many courses do.
    pub at_least: usize,
}

impl EarlyCourses {
    /// `courses`, a catalogue holding the early courses in title order.
    pub fn new(courses: &Catalogue) -> EarlyCourses {
        EarlyCourses {
            index: CourseIndex::new(courses),
        }
    }

    /// The page `query` asks for, if the early courses answer it exactly
    /// (see the module's introduction): it is ordered by title, or by
    /// relevance, and the early courses hold every course of that page;
    /// by relevance with words, the page's last course has the best score
    /// a course can have.
    pub fn answer(&self, query: &CourseQuery) -> Option<EarlyPage> {
        if matches!(query.sort, Sort::Duration | Sort::Cost) {
            return None;
        }
        let found = self.index.search(query);
        let end = query.page.max(1).saturating_mul(PAGE_SIZE);
        let last = *found.matches.get(end - 1)?;
        let best = BEST_WORD_SCORE.saturating_mul(words(&query.text).len() as u32);
        if query.sort == Sort::Relevance && best > 0 {
            let scores = self.index.text_scores(&query.text)?;
            if scores[last as usize] < best {
                return None;
            }
        }
        Some(EarlyPage {
            page: found.matches[end - PAGE_SIZE..end].to_vec(),
            at_least: found.matches.len(),
        })
    }
}

#[cfg(all(test, feature = "fixtures"))]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::finder::Facet;

    /// A generated catalogue and its early courses, `count` of them.
    fn generated(courses: usize, count: usize, seed: u64) -> (Catalogue, Catalogue) {
        let every = crate::synthetic::with_courses(&crate::test_fixture(), courses, seed);
        let index = CourseIndex::new(&every);
        let early = early_positions(&index, count).unwrap();
        let courses = early
            .iter()
            .map(|&at| every.courses[at as usize].clone())
            .collect();
        let early = Catalogue {
            courses,
            ..every.clone()
        };
        (every, early)
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
    fn a_search_ranked_by_its_words_or_in_another_order_is_not_answered() {
        let (every, early_cat) = generated(600, 200, 7);
        let index = CourseIndex::new(&every);
        let early = EarlyCourses::new(&early_cat);
        assert!(early.answer(&CourseQuery::default()).is_some());
        let online = query(&index, &[], None, 0, 1, "").toggled(Facet::Mode, "online");
        let answer = early
            .answer(&online)
            .expect("a page of online courses among 200");
        let whole = index.search(&online);
        assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
        for (sort, text) in [(0, "python"), (1, ""), (2, ""), (0, " ? "), (3, "")] {
            let asked = query(&index, &[], None, sort, 1, text);
            let answered = early.answer(&asked);
            assert_eq!(answered.is_some(), sort == 3 || text == " ? ", "{asked:?}");
        }
    }

    #[test]
    fn words_are_answered_by_relevance_only_when_no_later_course_can_rank_higher() {
        let mut every = crate::test_fixture();
        let base = every.courses[0].clone();
        every.courses = (0..50)
            .map(|i| {
                let mut course = base.clone();
                course.id = format!("course-{i}");
                // Title order: the 25 "Alpha" courses, then the 25 "Rust" ones.
                let name = if i % 2 == 0 { "Alpha" } else { "Rust" };
                course.title = format!("{name} {}", 10 + i);
                course.description = "Learn rust and alpha testing.".into();
                course
            })
            .collect();
        let index = CourseIndex::new(&every);
        let early_cat = Catalogue {
            courses: early_positions(&index, 25)
                .unwrap()
                .iter()
                .map(|&at| every.courses[at as usize].clone())
                .collect(),
            ..every.clone()
        };
        assert!(early_cat
            .courses
            .iter()
            .all(|c| c.title.starts_with("Alpha")));
        let early = EarlyCourses::new(&early_cat);
        let asked = |text: &str| CourseQuery {
            text: text.into(),
            ..CourseQuery::default()
        };
        // Every early course has "rust" only in its description; the later
        // ones, in their titles, rank first.
        assert_eq!(early.answer(&asked("rust")), None);
        let whole = index.search(&asked("rust"));
        assert!(every.courses[whole.matches[0] as usize]
            .title
            .starts_with("Rust"));
        // "alpha" is whole in every early course's title: none ranks higher.
        let answer = early.answer(&asked("alpha")).expect("the best score");
        let whole = index.search(&asked("alpha"));
        assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(1)));
        // A prefix of it is not the best score.
        assert_eq!(early.answer(&asked("alph")), None);
    }

    #[test]
    fn a_page_the_early_courses_do_not_fill_is_not_answered() {
        let (_, early_cat) = generated(600, 50, 3);
        let early = EarlyCourses::new(&early_cat);
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
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the filters, a page the early courses answer is the
        /// page every course gives, and at least as many courses match.
        #[test]
        fn an_answered_page_is_the_page_of_every_course(
            seed in 1u64..1_000,
            chosen in prop::collection::vec((0usize..11, 0usize..40), 0..4),
            max_fee in prop::option::of(0u32..60_000),
            sort in 0usize..4,
            page in 1usize..4,
            text in prop::sample::select(vec!["", " ", "python", "web"]),
        ) {
            let (every, early_cat) = generated(500, 150, seed);
            let index = CourseIndex::new(&every);
            let asked = query(&index, &chosen, max_fee, sort, page, text);
            let whole = index.search(&asked);
            if let Some(answer) = EarlyCourses::new(&early_cat).answer(&asked) {
                prop_assert_eq!(ids(&early_cat, &answer.page), ids(&every, whole.page(page)));
                prop_assert!(answer.at_least <= whole.total);
                prop_assert!(page <= whole.pages());
            }
        }
    }
}
