//! What the finder shows before it has every course: the first page of
//! the search it opens with (nothing filtered, by relevance), every facet's
//! options and counts for that search, and how many courses there are.
//! The build works it out from the whole catalogue and the finder's page
//! carries it, with the first page's courses, so that the page can be
//! taken over and used at once whatever the number of courses; the
//! courses themselves are downloaded once it has started (and searched
//! once they are there).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::facet::{FacetOption, FacetOptions, FacetSet, FEE_LIMIT};
use super::fold::words;
use super::index::OptionNo;
use super::pairs::{PairCounts, UNPAIRED};
use super::{CourseIndex, CourseQuery, Facet, SearchResult};
use crate::format;
use crate::model::Catalogue;

/// The finder's first page as the build writes it to
/// [`crate::pages::FINDER_START_FILE`]: the same two things the finder's
/// page carries, and the catalogue they were worked out from, so that a
/// page reads it only with the catalogue of its own build. `C` is a course
/// as the build writes it (exactly as `catalogue.json` has it) or as the
/// browser reads it.
#[derive(Debug, Serialize, Deserialize)]
pub struct FirstPageFile<C> {
    /// The fingerprint of the whole catalogue (`pages::fingerprint`).
    pub catalogue: String,
    /// The first page's courses, in order.
    pub courses: Vec<C>,
    /// The rest of the first page ([`FinderStart::to_strings`]).
    pub start: Vec<String>,
}

/// The finder's first page, as [`FinderStart::of`] works it out.
#[derive(Debug, Clone)]
pub struct FinderStart {
    /// An index of no course with the catalogue's facet options: enough to
    /// read and write queries and list the options.
    pub index: Arc<CourseIndex>,
    /// The opening search over every course: its counts and total, and
    /// its first page, whose `matches` number the page's courses from 0 in
    /// the order the page carries them.
    pub result: SearchResult,
    /// The finder's introduction ([`format::finder_intro`]).
    pub intro: String,
}

impl FinderStart {
    /// The opening search's first page over `cat`, indexed by `index`, and
    /// the positions in `cat.courses` of the courses on it, in order.
    pub fn of(cat: &Catalogue, index: &CourseIndex) -> (FinderStart, Vec<u32>) {
        let mut result = index.search(&CourseQuery::default());
        let first_page = result.page(1).to_vec();
        result.matches = (0..first_page.len() as u32).collect();
        let lists: Vec<Vec<FacetOption>> = Facet::ALL
            .iter()
            .map(|&f| index.options(f).to_vec())
            .collect();
        let in_use = Facet::ALL
            .iter()
            .flat_map(|&f| (0..index.options(f).len()).map(move |i| index.in_use(f, i)))
            .collect();
        let start = FacetOptions::from_lists(lists)
            .and_then(|facets| {
                CourseIndex::of_no_course(facets, in_use, index.currency().to_string())
            })
            .map(|index| FinderStart {
                index: Arc::new(index),
                result,
                intro: format::finder_intro(cat),
            });
        // `lists` and `in_use` are one per facet and option by construction.
        (start.unwrap_or_else(|| unreachable!()), first_page)
    }

    /// Whether the build wrote the catalogue's early courses
    /// ([`super::EarlyCoursesFile`], for more than [`super::EARLY_COURSES`]
    /// courses), which the finder downloads before every course.
    pub fn has_early_courses(&self) -> bool {
        self.result.total > super::EARLY_COURSES
    }

    /// What the opening search's counts, and the early file's `pairs` once
    /// they are here, tell of `query` before every course is. A facet's
    /// counts say how many courses each of its options leaves given the
    /// *other* facets' filters (see the module `finder`), so with no search
    /// words and no fee limit: the counts of a facet no other facet's
    /// filter narrows are the opening search's; of a facet one other facet
    /// narrows, the pairs of its options with that facet's ticked ones;
    /// and how many courses match is an option's count, or with pairs the
    /// ticked options' pairs across one or two facets. A sum over ticked
    /// options is exact only when no course has two of them, which the
    /// pairs also say; otherwise the count stays unknown.
    pub fn known(&self, query: &CourseQuery, pairs: Option<&PairCounts>) -> KnownCounts {
        let mut known = KnownCounts {
            total: None,
            facets: 0,
            counts: self.result.counts.clone(),
            fees: false,
        };
        if !words(&query.text).is_empty() || query.max_fee.is_some() {
            return known;
        }
        let index = &self.index;
        let pairs = Pairs {
            start: self,
            table: pairs.filter(|pairs| pairs.fits(index.options_before(UNPAIRED))),
        };
        // Each filtered facet and its ticked options (an id no option has
        // is left out, as the search leaves it out).
        let ticked: Vec<(Facet, Vec<Pick>)> = (Facet::ALL.into_iter())
            .filter(|&facet| !query.selected(facet).is_empty())
            .map(|facet| {
                let options = index.options(facet);
                let picks = (query.selected(facet).iter())
                    .filter_map(|id| options.iter().position(|option| option.id == *id))
                    .map(|position| (facet, position));
                (facet, picks.collect())
            })
            .collect();
        known.total = match &ticked[..] {
            [] => Some(self.result.total),
            [(_, one)] => pairs.across(one, one).map(|n| n as usize),
            [(_, one), (_, other)] => pairs.across(one, other).map(|n| n as usize),
            _ => None,
        };
        known.fees = ticked.is_empty();
        for facet in Facet::ALL {
            let mut others = ticked.iter().filter(|(f, _)| *f != facet);
            let held = match (others.next(), others.next()) {
                // The opening search's, which `known` starts with.
                (None, _) => true,
                (Some((_, other)), None) => pairs.counts(facet, other, &mut known.counts),
                (Some(_), Some(_)) => false,
            };
            if held {
                known.facets |= facet.bit();
            }
        }
        known
    }

    /// The start as a flat list of strings, as the finder's page carries
    /// it: the introduction, the currency, the total, the courses with a
    /// known fee, how many courses the first page shows; then per facet
    /// how many options it has and, for each, its id, label, whether a
    /// course has it ("1" or "") and its count.
    pub fn to_strings(&self) -> Vec<String> {
        let r = &self.result;
        let mut list = vec![
            self.intro.clone(),
            self.index.currency().to_string(),
            r.total.to_string(),
            r.with_known_fee.to_string(),
            r.matches.len().to_string(),
        ];
        for facet in Facet::ALL {
            let options = self.index.options(facet);
            list.push(options.len().to_string());
            for (i, option) in options.iter().enumerate() {
                list.extend([
                    option.id.clone(),
                    option.label.clone(),
                    if self.index.in_use(facet, i) { "1" } else { "" }.to_string(),
                    r.count(facet, i).to_string(),
                ]);
            }
        }
        list
    }

    /// The start [`FinderStart::to_strings`] wrote for a first page of
    /// `courses` courses, or `None` if `list` is not in that form or shows
    /// another number of courses.
    pub fn read_for(list: &[String], courses: usize) -> Option<FinderStart> {
        FinderStart::from_strings(list).filter(|start| start.result.matches.len() == courses)
    }

    /// The start [`FinderStart::to_strings`] wrote, or `None` if `list` is
    /// not in that form.
    fn from_strings(list: &[String]) -> Option<FinderStart> {
        let mut items = list.iter();
        let mut text = || items.next().cloned();
        let number = |s: Option<String>| s?.parse::<u32>().ok();
        let intro = text()?;
        let currency = text()?;
        let total = number(text())? as usize;
        let with_known_fee = number(text())?;
        let shown = number(text())?;
        let (mut lists, mut in_use, mut counts) = (Vec::new(), Vec::new(), Vec::new());
        for _ in Facet::ALL {
            let (mut options, mut facet_counts) = (Vec::new(), Vec::new());
            for _ in 0..number(text())? {
                let (id, label) = (text()?, text()?);
                options.push(FacetOption { id, label });
                in_use.push(!text()?.is_empty());
                facet_counts.push(number(text())?);
            }
            lists.push(options);
            counts.push(facet_counts);
        }
        if text().is_some() || shown as usize > total {
            return None;
        }
        let facets = FacetOptions::from_lists(lists)?;
        Some(FinderStart {
            index: Arc::new(CourseIndex::of_no_course(facets, in_use, currency)?),
            result: SearchResult {
                matches: (0..shown).collect(),
                total,
                counts,
                with_known_fee,
            },
            intro,
        })
    }
}

/// What the opening search's counts, and the pairs, tell of a search that
/// waits for every course ([`FinderStart::known`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KnownCounts {
    /// How many courses match in all, if known.
    pub total: Option<usize>,
    /// The facets whose options' counts are known.
    facets: FacetSet,
    /// Each facet's counts: for the facets in `facets`, what they are.
    pub counts: Vec<Vec<u32>>,
    /// Whether how many courses publish a fee is the opening search's:
    /// nothing is filtered.
    pub fees: bool,
}

/// Every facet's bit.
const EVERY_FACET: FacetSet = FEE_LIMIT - 1;

/// An option, by its facet and its position there.
type Pick = (Facet, usize);

impl KnownCounts {
    /// Whether each of `facet`'s options' counts is known.
    pub fn holds(&self, facet: Facet) -> bool {
        self.facets & facet.bit() != 0
    }

    /// Whether every facet's counts are known.
    pub fn holds_every_facet(&self) -> bool {
        self.facets == EVERY_FACET
    }

    /// Whether some facet's counts are known, but not every facet's.
    pub fn holds_some_facets(&self) -> bool {
        self.facets != 0 && !self.holds_every_facet()
    }
}

/// The opening search's counts and, if they are here, the early file's
/// pairs: how many courses have one option, or two.
struct Pairs<'a> {
    start: &'a FinderStart,
    table: Option<&'a PairCounts>,
}

impl Pairs<'_> {
    /// How many courses have both options `a` and `b` (or `a`, if they are
    /// the same), if known.
    fn both(&self, a: Pick, b: Pick) -> Option<u32> {
        if a == b {
            return Some(self.start.result.count(a.0, a.1));
        }
        let table = self.table?;
        if a.0 >= UNPAIRED || b.0 >= UNPAIRED {
            return None;
        }
        let number = |(facet, position): Pick| self.start.index.option_number(facet, position);
        table.both(number(a) as OptionNo, number(b) as OptionNo)
    }

    /// Writes into `counts` how many courses each of `facet`'s options
    /// leaves given the ticked options `other` of another facet, if known;
    /// says whether it was.
    fn counts(&self, facet: Facet, other: &[Pick], counts: &mut [Vec<u32>]) -> bool {
        let mut found = Vec::new();
        for position in 0..self.start.index.options(facet).len() {
            match self.across(&[(facet, position)], other) {
                Some(count) => found.push(count),
                None => return false,
            }
        }
        counts[facet as usize] = found;
        true
    }

    /// How many courses have one of `left` and one of `right`: a sum of
    /// pairs, exact when no course has two options of the same side.
    fn across(&self, left: &[Pick], right: &[Pick]) -> Option<u32> {
        for side in [left, right] {
            for (i, &a) in side.iter().enumerate() {
                for &b in &side[i + 1..] {
                    if self.both(a, b)? != 0 {
                        return None;
                    }
                }
            }
        }
        let mut sum = 0;
        for &a in left {
            for &b in right {
                sum += self.both(a, b)?;
            }
        }
        Some(sum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finder::PairCounts;
    use crate::finder::{testing, EarlyCoursesFile, Sort, EARLY_COURSES, PAGE_SIZE};

    /// The finder's test catalogue with its courses repeated to `n`.
    fn many(n: usize) -> Catalogue {
        let mut cat = testing::catalogue();
        let originals = cat.courses.clone();
        cat.courses = (0..n)
            .map(|i| {
                let mut course = originals[i % originals.len()].clone();
                course.id = format!("{}-{i}", course.id);
                course.title = format!("{} {}", course.title, i * 7 % n);
                course
            })
            .collect();
        cat
    }

    #[test]
    fn the_first_page_is_the_opening_search_of_every_course() {
        let cat = many(90);
        let index = CourseIndex::new(&cat);
        let (start, first_page) = FinderStart::of(&cat, &index);
        let every = index.search(&CourseQuery::default());
        assert_eq!(first_page, every.page(1));
        assert_eq!(first_page.len(), PAGE_SIZE);
        assert_eq!(
            start.result.matches,
            (0..PAGE_SIZE as u32).collect::<Vec<_>>()
        );
        assert_eq!(start.result.total, 90);
        assert_eq!(start.result.pages(), every.pages());
        assert_eq!(start.result.counts, every.counts);
        assert_eq!(start.result.with_known_fee, every.with_known_fee);
        assert_eq!(start.intro, format::finder_intro(&cat));
        for facet in Facet::ALL {
            assert_eq!(start.index.options(facet), index.options(facet));
            for i in 0..index.options(facet).len() {
                assert_eq!(start.index.in_use(facet, i), index.in_use(facet, i));
            }
        }
        assert_eq!(start.index.currency(), index.currency());
    }

    /// `query` with `option` of `facet` ticked.
    fn ticked(query: CourseQuery, index: &CourseIndex, facet: Facet, option: usize) -> CourseQuery {
        query.toggled(facet, &index.options(facet)[option].id)
    }

    /// Checks that what the opening search's counts, and `pairs` if given,
    /// tell of `query` is so over every course, and says what they told.
    fn check_known(cat: &Catalogue, query: &CourseQuery, pairs: bool) -> KnownCounts {
        let index = CourseIndex::new(cat);
        let (start, _) = FinderStart::of(cat, &index);
        let pairs = pairs.then(|| PairCounts::new(&index));
        let known = start.known(query, pairs.as_ref());
        let whole = index.search(query);
        if let Some(total) = known.total {
            assert_eq!(total, whole.total, "{query:?}");
        }
        for facet in Facet::ALL {
            if known.holds(facet) {
                assert_eq!(
                    known.counts[facet as usize], whole.counts[facet as usize],
                    "{facet:?} {query:?}"
                );
            }
        }
        if known.fees {
            assert_eq!(whole.with_known_fee, start.result.with_known_fee);
        }
        known
    }

    #[test]
    fn the_opening_counts_tell_how_many_match_one_option_in_any_order() {
        let cat = many(300);
        let index = CourseIndex::new(&cat);
        let sorted = CourseQuery {
            sort: Sort::Cost,
            page: 3,
            ..CourseQuery::default()
        };
        let known = check_known(&cat, &sorted, false);
        assert_eq!(known.total, Some(300));
        assert!(known.holds_every_facet() && !known.holds_some_facets());
        for facet in Facet::ALL {
            for option in (0..index.options(facet).len()).filter(|&i| index.in_use(facet, i)) {
                let one = ticked(sorted.clone(), &index, facet, option);
                let known = check_known(&cat, &one, false);
                assert!(known.total.is_some(), "{facet:?} {option}");
                assert!(known.holds(facet) && known.holds_some_facets());
                assert!(Facet::ALL.iter().all(|&f| f == facet || !known.holds(f)));
            }
        }
        let mode = |i| ticked(CourseQuery::default(), &index, Facet::Mode, i);
        let two = ticked(mode(0), &index, Facet::Mode, 1);
        let known = check_known(&cat, &two, false);
        assert_eq!(
            known.total, None,
            "two options of a facet may share courses"
        );
        assert!(known.holds(Facet::Mode));
        let across = ticked(mode(0), &index, Facet::Type, 0);
        assert_eq!(check_known(&cat, &across, false).total, None);
        assert!(!check_known(&cat, &across, false).holds_some_facets());
        let worded = CourseQuery {
            text: "python".into(),
            ..mode(0)
        };
        assert!(check_known(&cat, &worded, true).total.is_none());
        assert!(!check_known(&cat, &worded, true).holds_some_facets());
        let capped = CourseQuery {
            max_fee: Some(5_000),
            ..CourseQuery::default()
        };
        assert!(check_known(&cat, &capped, true).total.is_none());
        assert!(!check_known(&cat, &capped, true).holds_some_facets());
        let unknown = CourseQuery::default().toggled(Facet::Mode, "by-pigeon");
        // An id no option has leaves nothing, as the whole search says.
        assert_eq!(check_known(&cat, &unknown, false).total, Some(0));
    }

    #[test]
    fn the_pairs_tell_every_paired_facets_counts_under_one_facet_and_two_facets_counts() {
        let cat = many(300);
        let index = CourseIndex::new(&cat);
        let paired = |known: &KnownCounts| {
            (Facet::ALL.into_iter())
                .filter(|&f| known.holds(f))
                .collect::<Vec<_>>()
        };
        let before_skills: Vec<Facet> = Facet::ALL[..Facet::Skill as usize].to_vec();
        for facet in Facet::ALL {
            for option in (0..index.options(facet).len()).filter(|&i| index.in_use(facet, i)) {
                let one = ticked(CourseQuery::default(), &index, facet, option);
                let known = check_known(&cat, &one, true);
                assert!(known.total.is_some(), "{facet:?} {option}");
                let mut expected = before_skills.clone();
                if facet >= Facet::Skill {
                    // A ticked skill or role is paired with nothing.
                    expected = vec![facet];
                } else if !expected.contains(&facet) {
                    expected.push(facet);
                }
                assert_eq!(paired(&known), expected, "{facet:?} {option}");
                assert!(!known.fees);
            }
        }
        // Two facets: how many match, and those two facets' counts.
        let online = ticked(CourseQuery::default(), &index, Facet::Mode, 0);
        let across = ticked(online.clone(), &index, Facet::Type, 0);
        let known = check_known(&cat, &across, true);
        assert!(known.total.is_some());
        assert_eq!(paired(&known), vec![Facet::Type, Facet::Mode]);
        // Two study modes that some courses both have: not a sum.
        let on_campus = ticked(CourseQuery::default(), &index, Facet::Mode, 1);
        let modes = ticked(on_campus, &index, Facet::Mode, 2);
        assert_eq!(check_known(&cat, &modes, true).total, None);
        // Two types: no course has two, so their counts add up.
        let types = ticked(
            ticked(CourseQuery::default(), &index, Facet::Type, 0),
            &index,
            Facet::Type,
            1,
        );
        assert!(check_known(&cat, &types, true).total.is_some());
        // Three facets: only each facet's own options would be known by
        // three-way counts, which the file does not have.
        let three = ticked(across, &index, Facet::Level, 0);
        let known = check_known(&cat, &three, true);
        assert_eq!((known.total, paired(&known)), (None, vec![]));
        // A skill with a type: the type's counts would need skills' pairs.
        let skilled = ticked(online, &index, Facet::Skill, 0);
        let known = check_known(&cat, &skilled, true);
        assert_eq!((known.total, paired(&known)), (None, vec![]));
    }

    #[test]
    fn pairs_for_other_options_are_not_used() {
        let cat = many(300);
        let index = CourseIndex::new(&cat);
        let (start, _) = FinderStart::of(&cat, &index);
        let other: PairCounts = serde_json::from_str("[1, 2, 3]").unwrap();
        let online = ticked(CourseQuery::default(), &index, Facet::Mode, 0);
        assert_eq!(
            start.known(&online, Some(&other)),
            start.known(&online, None)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        #[test]
        fn what_the_opening_counts_tell_is_so(
            text in proptest::sample::select(vec!["", "  ", "python", "?!", "cert"]),
            max_fee in proptest::option::of(0u32..20_000),
            sort in proptest::sample::select(Sort::ALL.to_vec()),
            page in 1usize..4,
            picks in proptest::collection::vec((0..Facet::ALL.len(), 0usize..16), 0..4),
        ) {
            let cat = many(120);
            let index = CourseIndex::new(&cat);
            let mut query = CourseQuery { text: text.into(), max_fee, sort, page, ..CourseQuery::default() };
            for (facet, option) in picks {
                let facet = Facet::ALL[facet];
                let options = index.options(facet).len();
                if options > 0 {
                    query = ticked(query, &index, facet, option % options);
                }
            }
            check_known(&cat, &query, false);
            check_known(&cat, &query, true);
        }
    }

    #[test]
    fn it_knows_when_the_build_wrote_early_courses() {
        for n in [EARLY_COURSES, EARLY_COURSES + 1] {
            let cat = many(n);
            let index = CourseIndex::new(&cat);
            let written = EarlyCoursesFile::new(&index, String::new(), |c| c);
            let (start, _) = FinderStart::of(&cat, &index);
            assert_eq!(start.has_early_courses(), written.is_some(), "{n} courses");
        }
    }

    #[test]
    fn the_page_reads_back_what_the_build_wrote() {
        for cat in [testing::catalogue(), many(300)] {
            let written = FinderStart::of(&cat, &CourseIndex::new(&cat))
                .0
                .to_strings();
            let shown = written[4].parse().unwrap();
            let read = FinderStart::read_for(&written, shown).map(|start| start.to_strings());
            assert_eq!(read, Some(written.clone()));
            assert!(
                FinderStart::read_for(&written, shown - 1).is_none(),
                "a first page of another number of courses"
            );
        }
    }

    #[test]
    fn its_index_reads_and_writes_queries_as_the_whole_one_does() {
        let cat = testing::catalogue();
        let index = CourseIndex::new(&cat);
        let (start, _) = FinderStart::of(&cat, &index);
        let address = "q=python&type=tafe&type=nowhere&sort=cost&max_fee=900";
        let (whole, whole_notes) = CourseQuery::from_query_string(address, &index);
        let (read, notes) = CourseQuery::from_query_string(address, &start.index);
        assert_eq!((read.clone(), notes), (whole, whole_notes));
        assert_eq!(read.sort, Sort::Cost);
        assert_eq!(read.removals(&start.index), read.removals(&index));
        let found = start.index.search(&read);
        assert_eq!(
            (found.total, found.matches.len()),
            (0, 0),
            "it holds no course"
        );
    }

    #[test]
    fn anything_else_is_not_read() {
        let cat = testing::catalogue();
        let good = FinderStart::of(&cat, &CourseIndex::new(&cat))
            .0
            .to_strings();
        let mut longer = good.clone();
        longer.push("1".into());
        let mut more_shown = good.clone();
        more_shown[4] = "999".into();
        for bad in [vec![], good[..good.len() - 1].to_vec(), longer, more_shown] {
            assert!(FinderStart::from_strings(&bad).is_none());
        }
    }

    #[test]
    fn its_file_reads_back_as_written() {
        let cat = testing::catalogue();
        let (start, first_page) = FinderStart::of(&cat, &CourseIndex::new(&cat));
        let written = FirstPageFile {
            catalogue: "0123456789abcdef".to_string(),
            courses: first_page
                .iter()
                .map(|&at| cat.courses[at as usize].clone())
                .collect(),
            start: start.to_strings(),
        };
        let text = serde_json::to_string(&written).unwrap();
        let read: FirstPageFile<crate::Course> = serde_json::from_str(&text).unwrap();
        assert_eq!(read.catalogue, written.catalogue);
        assert_eq!(read.courses, written.courses);
        let read_start = FinderStart::read_for(&read.start, read.courses.len());
        assert_eq!(read_start.map(|s| s.to_strings()), Some(written.start));
    }
}
