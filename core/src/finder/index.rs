//! The course index: everything precomputed once per catalogue so a
//! keystroke only does a prefix lookup, a counting pass and a sort.

use std::collections::HashMap;

use super::facet::{Facet, FacetOption, FacetOptions, FacetSet, FACETS, FEE_LIMIT};
use super::fold::{normalise, words};
use super::query::{CourseQuery, Sort};
use super::result::SearchResult;
use crate::model::Catalogue;

/// An option's number across all facets: `option_starts[facet] + position`.
pub(super) type OptionNo = u32;

/// How much a word counts where it occurs, most important first: title,
/// provider name, campus towns, skill names, what kind of course it is
/// ([`KIND_FACETS`]), description.
const FIELD_WEIGHTS: [u16; 6] = [16, 6, 6, 4, 2, 1];

/// The facets whose option labels a course's text includes, so that a
/// search for "online", "TAFE", "degree", "NSW", "free" or "part-time"
/// finds every course that ticking that option would, not only those whose
/// own text says so.
const KIND_FACETS: [Facet; 6] = [
    Facet::Type,
    Facet::Mode,
    Facet::Level,
    Facet::State,
    Facet::Cost,
    Facet::Load,
];

/// How many times a prefix match's score a whole-word match scores.
pub(super) const WHOLE_WORD_FACTOR: u16 = 2;

/// The most a query word can score in a course: whole in its title.
pub(super) const WHOLE_IN_TITLE: u32 = (FIELD_WEIGHTS[0] * WHOLE_WORD_FACTOR) as u32;

/// What a query word scores as the start of a longer word in a title.
pub(super) const IN_TITLE: u32 = FIELD_WEIGHTS[0] as u32;

// A word whole in any other field scores less than as a start in a title,
// so a score of `IN_TITLE` or `WHOLE_IN_TITLE` says where the word is.
const _: () = {
    let mut field = 1;
    while field < FIELD_WEIGHTS.len() {
        assert!(FIELD_WEIGHTS[field] * WHOLE_WORD_FACTOR < FIELD_WEIGHTS[0]);
        field += 1;
    }
};

/// A term of the vocabulary and every course (and field weight) it occurs in.
#[derive(Debug, Clone)]
struct Term {
    word: String,
    postings: Vec<(u32, u16)>,
}

/// Everything precomputed once per catalogue so a keystroke only does a
/// prefix lookup, a count pass and a sort.
#[derive(Debug, Clone)]
pub struct CourseIndex {
    /// Sorted by word, for prefix lookups by binary search.
    vocabulary: Vec<Term>,
    /// Each facet's options, in display order.
    facets: FacetOptions,
    /// Every course's facet options, as option numbers, grouped by facet,
    /// courses one after another: course `c`'s options for facet `f` are
    /// `course_options[runs[c * FACETS + f]..runs[c * FACETS + f + 1]]`. One
    /// flat array keeps the per-keystroke counting pass in contiguous memory.
    course_options: Vec<OptionNo>,
    runs: Vec<u32>,
    /// Where each facet's options start in the numbering (and, last, the total).
    option_starts: [usize; FACETS + 1],
    /// Per option (numbered as `OptionNo`): whether any course has it.
    in_use: Vec<bool>,
    /// Sort keys: each course's place in title order (folded titles, ties
    /// by catalogue order), duration, fee in the catalogue currency. Ranks
    /// let every sort compare integers instead of strings.
    title_ranks: Vec<u32>,
    /// The inverse of `title_ranks`.
    course_by_rank: Vec<u32>,
    durations: Vec<u16>,
    fees: Vec<Option<u32>>,
    /// The catalogue currency, which `max_fee` is compared in.
    currency: String,
}

impl CourseIndex {
    /// Indexes every course of `cat`.
    pub fn new(cat: &Catalogue) -> CourseIndex {
        let facets = FacetOptions::new(cat);
        let option_starts = facets.starts();
        let mut course_options: Vec<OptionNo> = Vec::new();
        let mut runs: Vec<u32> = Vec::with_capacity(cat.courses.len() * FACETS + 1);
        let mut postings: HashMap<String, Vec<(u32, u16)>> = HashMap::new();
        // Each option's label's words, worked out once rather than per course.
        let mut label_words: Vec<Vec<String>> = Vec::new();
        for facet in Facet::ALL {
            for option in facets.of(facet) {
                label_words.push(words(&option.label));
            }
        }
        for (i, course) in cat.courses.iter().enumerate() {
            let provider = cat.provider(&course.provider);
            let options = facets.of_course(course, provider.map(|p| p.kind));
            for (start, positions) in option_starts.iter().zip(&options) {
                runs.push(course_options.len() as u32);
                course_options.extend(positions.iter().map(|p| (start + p) as OptionNo));
            }

            let skill_names: Vec<&str> = course
                .skills
                .iter()
                .filter_map(|s| cat.skill(s).map(|k| k.name.as_str()))
                .collect();
            let skill_names = skill_names.join(" ");
            let towns: Vec<&str> = course.campuses.iter().map(|c| c.town.as_str()).collect();
            let towns = towns.join(" ");
            for facet in KIND_FACETS {
                for &position in &options[facet as usize] {
                    for word in &label_words[option_starts[facet as usize] + position] {
                        add(&mut postings, word, i as u32, FIELD_WEIGHTS[4]);
                    }
                }
            }
            // A course whose provider is unknown has no provider name to match.
            let fields = [
                (Some(course.title.as_str()), FIELD_WEIGHTS[0]),
                (provider.map(|p| p.name.as_str()), FIELD_WEIGHTS[1]),
                (Some(towns.as_str()), FIELD_WEIGHTS[2]),
                (Some(skill_names.as_str()), FIELD_WEIGHTS[3]),
                (Some(course.description.as_str()), FIELD_WEIGHTS[5]),
            ];
            for (text, weight) in fields {
                for word in text.map(words).unwrap_or_default() {
                    add(&mut postings, &word, i as u32, weight);
                }
            }
        }
        runs.push(course_options.len() as u32);
        let mut in_use = vec![false; option_starts[FACETS]];
        for &option in &course_options {
            in_use[option as usize] = true;
        }
        let mut vocabulary: Vec<Term> = postings
            .into_iter()
            .map(|(word, postings)| Term { word, postings })
            .collect();
        crate::order::sort_by(&mut vocabulary, |a, b| a.word.cmp(&b.word));
        let title_ranks = title_ranks(cat);
        let mut course_by_rank = vec![0; title_ranks.len()];
        for (course, &rank) in title_ranks.iter().enumerate() {
            course_by_rank[rank as usize] = course as u32;
        }
        CourseIndex {
            vocabulary,
            facets,
            course_options,
            runs,
            option_starts,
            in_use,
            course_by_rank,
            title_ranks,
            durations: cat.courses.iter().map(|c| c.duration_weeks).collect(),
            fees: cat
                .courses
                .iter()
                .map(|c| {
                    c.domestic_cost(&cat.meta.currency, cat.meta.student_contribution.as_ref())
                })
                .collect(),
            currency: cat.meta.currency.clone(),
        }
    }

    /// An index of no course with a catalogue's facet options and which of
    /// them its courses use (`in_use`, numbered across facets in
    /// `Facet::ALL` order): enough to read and write queries and to list
    /// the options, as [`super::FinderStart`] does before every course is
    /// there. `None` if `in_use` does not number every option.
    pub(super) fn of_no_course(
        facets: FacetOptions,
        in_use: Vec<bool>,
        currency: String,
    ) -> Option<CourseIndex> {
        let option_starts = facets.starts();
        (in_use.len() == option_starts[FACETS]).then(|| CourseIndex {
            vocabulary: Vec::new(),
            facets,
            course_options: Vec::new(),
            runs: vec![0],
            option_starts,
            in_use,
            title_ranks: Vec::new(),
            course_by_rank: Vec::new(),
            durations: Vec::new(),
            fees: Vec::new(),
            currency,
        })
    }

    /// Whether any course in the catalogue has `facet`'s option at
    /// `position`: the finder offers only those (a host's catalogue of one
    /// provider has no use for the others), while a link may still name any.
    pub fn in_use(&self, facet: Facet, position: usize) -> bool {
        self.in_use
            .get(self.option_starts[facet as usize] + position)
            .copied()
            .unwrap_or(false)
    }

    /// `facet`'s options in display order (some may have no courses).
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        self.facets.of(facet)
    }

    /// True if `id` is one of `facet`'s options.
    pub(super) fn has_option(&self, facet: Facet, id: &str) -> bool {
        self.facets.position(facet, id).is_some()
    }

    /// The currency `max_fee` is compared in.
    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// How many courses the index holds.
    pub(super) fn courses(&self) -> usize {
        self.fees.len()
    }

    /// How many options the facets before `facet` have in all: the
    /// numbers of their options run from 0 to it.
    pub(super) fn options_before(&self, facet: Facet) -> usize {
        self.option_starts[facet as usize]
    }

    /// The number of `facet`'s option at `position`, counting every
    /// facet's options one after another in `Facet::ALL` order.
    pub(super) fn option_number(&self, facet: Facet, position: usize) -> usize {
        self.option_starts[facet as usize] + position
    }

    /// Course `c`'s option numbers for the facets before `facet`.
    pub(super) fn options_of(&self, c: usize, before: Facet) -> &[OptionNo] {
        self.run(c, 0, before as usize)
    }

    /// Course `c`'s option numbers for the facets `from..to` (by position).
    fn run(&self, c: usize, from: usize, to: usize) -> &[OptionNo] {
        &self.course_options
            [self.runs[c * FACETS + from] as usize..self.runs[c * FACETS + to] as usize]
    }

    /// Per course, the best field weight each query word reaches (summed over
    /// words), or 0 for courses missing any word. `None` when there is no
    /// search text.
    fn text_scores(&self, text: &str) -> Option<Vec<u32>> {
        let query = words(text);
        if query.is_empty() {
            return None;
        }
        let n = self.fees.len();
        let mut total = vec![0u32; n];
        // How many of the query's words, from the first, each course has.
        let mut hits = vec![0usize; n];
        for (qi, q) in query.iter().enumerate() {
            let mut best = vec![0u16; n];
            let start = self
                .vocabulary
                .partition_point(|t| t.word.as_str() < q.as_str());
            for term in self.vocabulary[start..]
                .iter()
                .take_while(|t| t.word.starts_with(q.as_str()))
            {
                // A whole-word match outranks a prefix match.
                let exact = if term.word == *q {
                    WHOLE_WORD_FACTOR
                } else {
                    1
                };
                for &(course, weight) in &term.postings {
                    let b = &mut best[course as usize];
                    *b = (*b).max(weight * exact);
                }
            }
            for c in 0..n {
                if best[c] > 0 && hits[c] == qi {
                    hits[c] += 1;
                    total[c] = total[c].saturating_add(u32::from(best[c]));
                }
            }
        }
        Some(
            total
                .into_iter()
                .zip(hits)
                .map(|(t, h)| if h == query.len() { t } else { 0 })
                .collect(),
        )
    }

    /// Each word of the vocabulary that some course `counted` accepts has,
    /// with the weightiest field it has it in among those courses.
    pub(super) fn word_weights(
        &self,
        counted: impl Fn(u32) -> bool,
    ) -> impl Iterator<Item = (&str, u16)> {
        self.vocabulary.iter().filter_map(move |term| {
            let weights = term.postings.iter().filter(|(c, _)| counted(*c));
            let best = weights.map(|&(_, weight)| weight).max()?;
            Some((term.word.as_str(), best))
        })
    }

    /// Each word that at least `least` courses have whole in their titles,
    /// with those courses in title order.
    pub(super) fn title_words(&self, least: usize) -> Vec<(&str, Vec<u32>)> {
        self.vocabulary
            .iter()
            .filter_map(|term| {
                let in_title = term.postings.iter().filter(|(_, w)| *w == FIELD_WEIGHTS[0]);
                let mut courses: Vec<u32> = in_title.map(|&(c, _)| c).collect();
                (courses.len() >= least).then(|| {
                    courses.sort_unstable_by_key(|&c| self.title_ranks[c as usize]);
                    (term.word.as_str(), courses)
                })
            })
            .collect()
    }

    /// The courses with a word that starts with `start` in their titles,
    /// in title order.
    pub(super) fn title_words_starting(&self, start: &str) -> Vec<u32> {
        let from = self.vocabulary.partition_point(|t| t.word.as_str() < start);
        let terms = self.vocabulary[from..]
            .iter()
            .take_while(|t| t.word.starts_with(start));
        let in_title =
            terms.flat_map(|t| t.postings.iter().filter(|(_, w)| *w == FIELD_WEIGHTS[0]));
        let mut courses: Vec<u32> = in_title.map(|&(c, _)| c).collect();
        courses.sort_unstable_by_key(|&c| self.title_ranks[c as usize]);
        courses.dedup();
        courses
    }

    /// Course `course`'s place in title order.
    pub(super) fn title_rank(&self, course: u32) -> u32 {
        self.title_ranks[course as usize]
    }

    /// Runs a query: the matching courses in order, and every facet's counts.
    pub fn search(&self, query: &CourseQuery) -> SearchResult {
        self.scored_search(query).0
    }

    /// [`Self::search`], and each course's text score (see
    /// [`Self::text_scores`]) when the query has words.
    pub(super) fn scored_search(&self, query: &CourseQuery) -> (SearchResult, Option<Vec<u32>>) {
        let scores = self.text_scores(&query.text);
        // Each active facet and its chosen options, as option numbers.
        let selected: Vec<(Facet, Vec<OptionNo>)> = Facet::ALL
            .iter()
            .filter(|&&f| !query.selected(f).is_empty())
            .map(|&f| {
                let chosen = query
                    .selected(f)
                    .iter()
                    .filter_map(|id| self.facets.position(f, id))
                    .map(|p| (self.option_starts[f as usize] + p) as OptionNo)
                    .collect();
                (f, chosen)
            })
            .collect();
        let mut counts = vec![0u32; self.option_starts[FACETS]];
        let mut matches: Vec<u32> = Vec::new();
        let mut under_fee = 0u32;
        for c in 0..self.fees.len() {
            if scores.as_ref().is_some_and(|s| s[c] == 0) {
                continue;
            }
            let run = |f: usize| self.run(c, f, f + 1);
            let mut failed: FacetSet = 0;
            for (facet, chosen) in &selected {
                if !run(*facet as usize).iter().any(|v| chosen.contains(v)) {
                    failed |= facet.bit();
                }
            }
            let fee = self.fees[c];
            if query.max_fee.is_some_and(|max| fee.is_none_or(|f| f > max)) {
                failed |= FEE_LIMIT;
            }
            if failed & !FEE_LIMIT == 0 && fee.is_some_and(|f| query.max_fee.is_none_or(|m| f <= m))
            {
                under_fee += 1;
            }
            // A facet's counts take every *other* filter into account: a
            // course passing all filters counts in every facet, one failing
            // only facet F counts in F alone, any other course in none.
            let counted: &[OptionNo] = if failed == 0 {
                matches.push(c as u32);
                self.run(c, 0, FACETS)
            } else if failed.is_power_of_two() && failed != FEE_LIMIT {
                run(failed.trailing_zeros() as usize)
            } else {
                &[]
            };
            for &option in counted {
                counts[option as usize] += 1;
            }
        }
        self.sort(&mut matches, query.sort, scores.as_deref());
        let found = SearchResult {
            total: matches.len(),
            matches,
            counts: self
                .option_starts
                .windows(2)
                .map(|w| counts[w[0]..w[1]].to_vec())
                .collect(),
            with_known_fee: under_fee,
        };
        (found, scores)
    }

    fn sort(&self, matches: &mut [u32], sort: Sort, scores: Option<&[u32]>) {
        // Each course becomes one integer whose order is the wanted order:
        // the primary key above its (unique) title rank. Sorting plain
        // integers is several times faster than comparing through indices,
        // and the rank gives the course back.
        let primary: &dyn Fn(u32) -> u64 = match (sort, scores) {
            (Sort::Relevance, None) | (Sort::Title, _) => return self.sort_by_title(matches),
            (Sort::Relevance, Some(s)) => &|c| u64::from(u32::MAX - s[c as usize]),
            (Sort::Duration, _) => &|c| u64::from(self.durations[c as usize]),
            // Unknown fees last; fees above u31 are treated as equal.
            (Sort::Cost, _) => {
                &|c| self.fees[c as usize].map_or(1 << 31, |f| u64::from(f.min((1 << 31) - 1)))
            }
        };
        let rank = |c: u32| u64::from(self.title_ranks[c as usize]);
        let mut keys: Vec<u64> = matches
            .iter()
            .map(|&c| primary(c) << 32 | rank(c))
            .collect();
        keys.sort_unstable();
        for (slot, key) in matches.iter_mut().zip(keys) {
            *slot = self.course_by_rank[(key & u64::from(u32::MAX)) as usize];
        }
    }

    /// Title order without comparing: each match marks its title rank in a
    /// bit set, and the set is read back in order.
    fn sort_by_title(&self, matches: &mut [u32]) {
        let mut marked = vec![0u64; self.title_ranks.len().div_ceil(64)];
        for &c in matches.iter() {
            let rank = self.title_ranks[c as usize] as usize;
            marked[rank / 64] |= 1 << (rank % 64);
        }
        let mut next = 0;
        for (word, &bits) in marked.iter().enumerate() {
            let mut rest = bits;
            while rest != 0 {
                let rank = word * 64 + rest.trailing_zeros() as usize;
                matches[next] = self.course_by_rank[rank];
                next += 1;
                rest &= rest - 1;
            }
        }
    }
}

/// Adds to `word`'s list that `course`, the last one listed so far, has it
/// in a field of `weight`: each course is listed once, with the weightiest.
fn add(postings: &mut HashMap<String, Vec<(u32, u16)>>, word: &str, course: u32, weight: u16) {
    let list = match postings.get_mut(word) {
        Some(list) => list,
        None => postings.entry(word.to_string()).or_default(),
    };
    match list.last_mut() {
        Some((c, w)) if *c == course => *w = (*w).max(weight),
        _ => list.push((course, weight)),
    }
}

/// Each course's place when all are ordered by folded title, ties kept in
/// catalogue order.
fn title_ranks(cat: &Catalogue) -> Vec<u32> {
    let titles: Vec<String> = cat.courses.iter().map(|c| normalise(&c.title)).collect();
    let mut order: Vec<u32> = (0..titles.len() as u32).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        titles[a as usize].cmp(&titles[b as usize])
    });
    let mut ranks = vec![0; titles.len()];
    for (rank, &course) in order.iter().enumerate() {
        ranks[course as usize] = rank as u32;
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::super::testing::{catalogue, found, ids, query};
    use super::*;

    #[test]
    fn text_matches_word_prefixes_in_any_field_and_ranks_titles_first() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let r = index.search(&query(&[("q", "PYTH")], &index));
        assert_eq!(ids(&cat, &r), vec!["py-online"]);
        // "cafe" matches the accented description; "information techn" both words.
        assert_eq!(found(&cat, &index, &[("q", "cafe")]), vec!["cert-iv"]);
        assert_eq!(
            found(&cat, &index, &[("q", "information techn")]),
            vec!["cert-iv"]
        );
        // Skill names are searchable: SQL is taught by the bachelor and the cert IV;
        // the cert IV also says SQL in its description, but neither has it in the title.
        let r = index.search(&query(&[("q", "sql")], &index));
        assert_eq!(r.matches.len(), 2);
        // Provider names are searchable.
        assert_eq!(
            index
                .search(&query(&[("q", "univers")], &index))
                .matches
                .len(),
            3
        );
        // Every word must match.
        assert!(index
            .search(&query(&[("q", "python nonsense")], &index))
            .matches
            .is_empty());
        // Title beats description: "bachelor" is only in one title.
        let r = index.search(&query(&[("q", "it")], &index));
        assert_eq!(ids(&cat, &r)[0], "bit");
    }

    #[test]
    fn a_search_for_a_filters_label_finds_every_course_the_filter_does() {
        let mut cat = catalogue();
        // The cert IV can be studied part-time, which its text does not say.
        let tafe = cat.courses.iter_mut().find(|c| c.id == "cert-iv").unwrap();
        tafe.part_time = Some(crate::facts::PartTime {
            available: true,
            weeks: None,
        });
        let index = CourseIndex::new(&cat);
        let kinds = [
            Facet::Type,
            Facet::Mode,
            Facet::Level,
            Facet::State,
            Facet::Cost,
            Facet::Load,
        ];
        for facet in kinds {
            for (position, option) in index.options(facet).iter().enumerate() {
                if !index.in_use(facet, position) {
                    continue;
                }
                let filtered = found(&cat, &index, &[(facet.param(), &option.id)]);
                let searched = found(&cat, &index, &[("q", &option.label)]);
                assert!(
                    filtered.iter().all(|id| searched.contains(id)),
                    "{:?}: {filtered:?} not all in {searched:?}",
                    option.label
                );
            }
        }
        // Only the cert IV is blended, and its own text does not say so;
        // only the online course is free.
        assert_eq!(found(&cat, &index, &[("q", "blended")]), vec!["cert-iv"]);
        assert_eq!(found(&cat, &index, &[("q", "free")]), vec!["py-online"]);
    }

    #[test]
    fn options_in_use_are_those_some_course_has() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let all = index.search(&CourseQuery::default());
        for facet in Facet::ALL {
            for (i, _) in index.options(facet).iter().enumerate() {
                assert_eq!(
                    index.in_use(facet, i),
                    all.count(facet, i) > 0,
                    "{facet:?} {i}"
                );
            }
        }
        let empty = CourseIndex::new(&Catalogue {
            courses: Vec::new(),
            ..cat.clone()
        });
        assert!(Facet::ALL
            .iter()
            .all(|&f| (0..empty.options(f).len()).all(|i| !empty.in_use(f, i))));
        assert!(!index.in_use(Facet::ALL[0], usize::MAX / 2), "past the end");
    }

    #[test]
    fn facets_filter_and_count_against_the_other_filters() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let all = index.search(&CourseQuery::default());
        assert_eq!(all.matches.len(), 3);
        assert_eq!(all.counts.len(), Facet::ALL.len());
        let position = |facet: Facet, id: &str| {
            index
                .options(facet)
                .iter()
                .position(|o| o.id == id)
                .unwrap()
        };
        let mode = |id: &str| position(Facet::Mode, id);
        assert_eq!(all.count(Facet::Mode, mode("online")), 1);
        assert_eq!(all.count(Facet::Mode, mode("on-campus")), 2);

        // Choosing on-campus leaves 2; the mode counts themselves do not shrink
        // (they count against the other filters), but other facets' do.
        let r = index.search(&query(&[("mode", "on-campus")], &index));
        assert_eq!(r.matches.len(), 2);
        assert_eq!(r.count(Facet::Mode, mode("online")), 1);
        let free = position(Facet::Cost, "free");
        assert_eq!(all.count(Facet::Cost, free), 1);
        assert_eq!(r.count(Facet::Cost, free), 0);

        // Values within a facet are alternatives.
        let r = index.search(&query(&[("mode", "online,blended")], &index));
        assert_eq!(r.matches.len(), 2);
        // Facets combine with AND.
        let r = index.search(&query(
            &[("mode", "online,blended"), ("state", "NSW")],
            &index,
        ));
        assert_eq!(ids(&cat, &r), vec!["cert-iv"]);
    }

    #[test]
    fn cost_duration_intake_and_fee_limit() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        assert_eq!(found(&cat, &index, &[("cost", "free")]), vec!["py-online"]);
        assert_eq!(
            found(&cat, &index, &[("cost", "state-subsidised")]),
            vec!["cert-iv"]
        );
        assert_eq!(
            found(&cat, &index, &[("duration", "under-3-months")]),
            vec!["py-online"]
        );
        assert_eq!(
            found(&cat, &index, &[("duration", "over-2-years")]),
            vec!["bit"]
        );
        // Self-paced courses are "any time"; February intakes are the other two.
        assert_eq!(found(&cat, &index, &[("intake", "any")]), vec!["py-online"]);
        assert_eq!(
            index
                .search(&query(&[("intake", "2")], &index))
                .matches
                .len(),
            2
        );
        // Fee limit: the free course (USD 0 is free anywhere) and the A$4,000 one; the
        // bachelor's unknown fee never passes a limit.
        let r = index.search(&query(&[("max_fee", "5000"), ("sort", "cost")], &index));
        assert_eq!(ids(&cat, &r), vec!["py-online", "cert-iv"]);
        assert_eq!(
            index
                .search(&query(&[("max_fee", "100")], &index))
                .matches
                .len(),
            1
        );
    }

    #[test]
    fn only_whole_course_fees_in_the_catalogue_currency_are_compared() {
        use super::super::testing::fee;
        use crate::model::FeeBasis;
        let mut cat = catalogue();
        let within = |cat: &Catalogue| {
            let index = CourseIndex::new(cat);
            found(cat, &index, &[("max_fee", "5000"), ("sort", "cost")])
        };
        assert_eq!(within(&cat), vec!["py-online", "cert-iv"]);
        // A per-year or per-unit fee is not what the course costs in all:
        // it never passes a limit, and sorts with the unknown fees.
        for basis in [Some(FeeBasis::PerYear), Some(FeeBasis::PerUnit), None] {
            cat.courses[2].fee.as_mut().unwrap().basis = basis;
            assert_eq!(within(&cat), vec!["py-online"], "{basis:?}");
            let index = CourseIndex::new(&cat);
            assert_eq!(
                found(&cat, &index, &[("sort", "cost")]),
                vec!["py-online", "bit", "cert-iv"],
                "unknown and per-year fees by title after the known ones"
            );
        }
        // A range is compared by its lowest figure; a "from" price likewise.
        let mut range = fee(4_500, "AUD");
        range.max = Some(9_000);
        cat.courses[2].fee = Some(range.clone());
        assert_eq!(within(&cat), vec!["py-online", "cert-iv"]);
        range.max = None;
        cat.courses[2].fee = Some(range);
        assert_eq!(within(&cat), vec!["py-online", "cert-iv"]);
        // Another currency cannot be compared; free is free in any.
        cat.courses[2].fee = Some(fee(10, "NZD"));
        assert_eq!(within(&cat), vec!["py-online"]);
        cat.courses[2].fee = Some(fee(0, "NZD"));
        assert_eq!(within(&cat), vec!["cert-iv", "py-online"]);
    }

    #[test]
    fn sorting() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let by = |s: &str| found(&cat, &index, &[("sort", s)]);
        assert_eq!(by("title"), vec!["bit", "cert-iv", "py-online"]);
        assert_eq!(by("duration"), vec!["py-online", "cert-iv", "bit"]);
        assert_eq!(
            by("cost"),
            vec!["py-online", "cert-iv", "bit"],
            "unknown fee last"
        );
    }

    #[test]
    fn equal_keys_fall_back_to_title_then_catalogue_order() {
        let mut cat = catalogue();
        let mut twin = cat.courses[0].clone();
        twin.id = "bit-twin".into();
        cat.courses.insert(0, twin);
        let index = CourseIndex::new(&cat);
        let by = |s: &str| found(&cat, &index, &[("sort", s)]);
        assert_eq!(by("title"), vec!["bit-twin", "bit", "cert-iv", "py-online"]);
        assert_eq!(
            by("cost"),
            vec!["py-online", "cert-iv", "bit-twin", "bit"],
            "same fee: title, then catalogue order"
        );
        assert_eq!(
            found(&cat, &index, &[("q", "python")]),
            vec!["py-online"],
            "relevance"
        );
    }

    #[test]
    fn paging_a_search() {
        let index = CourseIndex::new(&catalogue());
        let r = index.search(&CourseQuery::default());
        assert_eq!(r.pages(), 1);
        assert_eq!(r.page(1).len(), 3);
        assert_eq!(r.page(9).len(), 3, "clamped to the last page");
    }

    #[test]
    fn a_catalogue_without_courses_searches_to_nothing() {
        let mut cat = catalogue();
        cat.courses.clear();
        let index = CourseIndex::new(&cat);
        let r = index.search(&query(&[("q", "web"), ("sort", "cost")], &index));
        assert!(r.matches.is_empty());
        assert_eq!(r.pages(), 1);
        assert!(index.options(Facet::Skill).is_empty());
    }
}
