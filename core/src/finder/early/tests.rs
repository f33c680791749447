use proptest::prelude::*;

use super::words::*;
use super::*;
use crate::finder::index::{IN_TITLE, WHOLE_IN_TITLE};
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
    let counted = online
        .clone()
        .knowing(start.known(&online_query, Some(early.pairs())));
    assert_eq!(counted.count(), format!("{} courses", whole.total));
    assert_eq!(counted.note(), "The first matches. The other filters' counts and the other pages follow once every course is downloaded.");
    let by_cost = CourseQuery {
        sort: Sort::Cost,
        ..CourseQuery::default()
    };
    let cheapest = early
        .answer(&by_cost)
        .unwrap()
        .knowing(start.known(&by_cost, Some(early.pairs())));
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

    /// Whatever options are ticked and in whatever order, what the
    /// opening search's counts and the early file's pairs tell of the
    /// search is so over every course.
    #[test]
    fn what_the_pairs_tell_is_so(
        seed in 1u64..1_000,
        chosen in prop::collection::vec((0usize..11, 0usize..40), 0..4),
        sort in 0usize..4,
    ) {
        let (every, _, early) = generated(500, 150, seed);
        let index = CourseIndex::new(&every);
        let asked = query(&index, &chosen, None, sort, 1, "");
        let whole = index.search(&asked);
        let (start, _) = super::super::FinderStart::of(&every, &index);
        let known = start.known(&asked, Some(early.pairs()));
        if let Some(total) = known.total {
            prop_assert_eq!(total, whole.total);
        }
        for facet in Facet::ALL {
            if known.holds(facet) {
                prop_assert_eq!(&known.counts[facet as usize], &whole.counts[facet as usize]);
            }
        }
        // One option ticked, of a paired facet: every paired facet's counts.
        let ticked: Vec<Facet> = Facet::ALL.into_iter().filter(|&f| !asked.selected(f).is_empty()).collect();
        if let [facet] = ticked[..] {
            if facet < Facet::Skill && asked.selected(facet).len() == 1 {
                prop_assert!(Facet::ALL[..Facet::Skill as usize].iter().all(|&f| known.holds(f)));
                prop_assert!(known.total.is_some());
            }
        }
    }
}
