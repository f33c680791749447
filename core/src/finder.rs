//! The course finder's engine: an index built once per catalogue, text search
//! with word-prefix matching and relevance, faceted filtering with counts,
//! sorting, paging, and the URL form of a query.
//!
//! Facets combine as usual in faceted search: values within one facet are
//! alternatives (OR), different facets must all hold (AND). A facet's counts
//! say how many courses each value would leave given every *other* active
//! filter, so they change as other filters change.

use std::collections::BTreeSet;

use crate::format;
use crate::model::{Catalogue, Course, ProviderKind, QualificationLevel, StudyMode};

/// Courses shown per page.
pub const PAGE_SIZE: usize = 20;

/// A dimension courses can be filtered by. The order is the display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Type,
    Mode,
    Level,
    State,
    Duration,
    Cost,
    Intake,
    Skill,
    Role,
}

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Type,
        Facet::Mode,
        Facet::Level,
        Facet::State,
        Facet::Duration,
        Facet::Cost,
        Facet::Intake,
        Facet::Skill,
        Facet::Role,
    ];

    /// The URL parameter that holds this facet's values.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Type => "type",
            Facet::Mode => "mode",
            Facet::Level => "level",
            Facet::State => "state",
            Facet::Duration => "duration",
            Facet::Cost => "cost",
            Facet::Intake => "intake",
            Facet::Skill => "skill",
            Facet::Role => "role",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Type => "Provider type",
            Facet::Mode => "Study type",
            Facet::Level => "Qualification",
            Facet::State => "Campus location",
            Facet::Duration => "Duration",
            Facet::Cost => "Cost",
            Facet::Intake => "Intake month",
            Facet::Skill => "Skills taught",
            Facet::Role => "Leads to",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Duration bands, in weeks: (id, label, min, max inclusive).
const DURATIONS: [(&str, &str, u16, u16); 4] = [
    ("under-3-months", "Under 3 months", 0, 12),
    ("3-12-months", "3 to 12 months", 13, 52),
    ("1-2-years", "1 to 2 years", 53, 104),
    ("over-2-years", "Over 2 years", 105, u16::MAX),
];

/// One value a facet can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    pub id: String,
    pub label: String,
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best text match first; by title when there is no search text.
    #[default]
    Relevance,
    Duration,
    /// Cheapest known fee first; unknown fees last.
    Cost,
    Title,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Duration, Sort::Cost, Sort::Title];

    pub fn id(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Duration => "duration",
            Sort::Cost => "cost",
            Sort::Title => "title",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Duration => "Shortest first",
            Sort::Cost => "Lowest cost first",
            Sort::Title => "Title A–Z",
        }
    }
}

/// Folds text for matching: lower case, common accents removed, anything
/// that is not a letter or digit treated as a word break.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'ß' => 's',
            c if c.is_alphanumeric() => c,
            // "C#" and "C++" keep their meaning as words.
            '#' => '#',
            '+' => '+',
            _ => ' ',
        };
        out.push(base);
    }
    out
}

/// The words of a text, normalised; lone symbols are dropped.
fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_string)
        .collect()
}

/// Where a word occurs, most important first; the weight ranks matches.
const FIELD_WEIGHTS: [u16; 4] = [16, 6, 4, 1]; // title, provider, skills, description

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
    options: Vec<Vec<FacetOption>>,
    /// Every course's facet options, as option numbers across all facets
    /// (`option_starts[facet] + index`), grouped by facet, courses one after
    /// another: course `c`'s options for facet `f` are
    /// `course_options[runs[c * 9 + f]..runs[c * 9 + f + 1]]`. One flat array
    /// keeps the per-keystroke counting pass in contiguous memory.
    course_options: Vec<u16>,
    runs: Vec<u32>,
    /// Where each facet's options start in the numbering (and, last, the total).
    option_starts: [usize; 10],
    /// Sort keys: each course's place in title order (folded titles, ties
    /// by catalogue order), duration, fee in the catalogue currency. Ranks
    /// let every sort compare integers instead of strings.
    title_ranks: Vec<u32>,
    /// The inverse of `title_ranks`.
    course_by_rank: Vec<u32>,
    durations: Vec<u16>,
    fees: Vec<Option<u32>>,
    /// Courses with a published fee in the catalogue currency (or free).
    currency: String,
}

impl CourseIndex {
    pub fn new(cat: &Catalogue) -> CourseIndex {
        let options = facet_options(cat);
        let position = |facet: Facet, id: &str| -> Option<u16> {
            options[facet as usize]
                .iter()
                .position(|o| o.id == id)
                .map(|p| p as u16)
        };
        let mut option_starts = [0; 10];
        for f in 0..9 {
            option_starts[f + 1] = option_starts[f] + options[f].len();
        }
        let mut course_options: Vec<u16> = Vec::new();
        let mut runs: Vec<u32> = Vec::with_capacity(cat.courses.len() * 9 + 1);
        let mut postings: std::collections::HashMap<String, Vec<(u32, u16)>> = Default::default();
        for (i, course) in cat.courses.iter().enumerate() {
            let provider = cat.provider(&course.provider);
            let mut v: [Vec<u16>; 9] = Default::default();
            let mut put = |facet: Facet, id: &str| {
                if let Some(p) = position(facet, id) {
                    if !v[facet as usize].contains(&p) {
                        v[facet as usize].push(p);
                    }
                }
            };
            if let Some(p) = provider {
                put(Facet::Type, kind_id(p.kind));
            }
            for m in &course.modes {
                put(Facet::Mode, mode_id(*m));
            }
            put(Facet::Level, level_id(course.level));
            for s in &course.states {
                put(Facet::State, s);
            }
            put(Facet::Duration, duration_band(course.duration_weeks));
            if course.fee.as_ref().is_some_and(|f| f.amount == 0) {
                put(Facet::Cost, "free");
            }
            if course.subsidised {
                put(Facet::Cost, "subsidised");
            }
            if course.intakes.is_empty() {
                put(Facet::Intake, "any");
            }
            for m in &course.intakes {
                put(Facet::Intake, &m.to_string());
            }
            for s in &course.skills {
                put(Facet::Skill, s);
            }
            for r in &course.roles {
                put(Facet::Role, r);
            }
            for (f, facet_values) in v.iter().enumerate() {
                runs.push(course_options.len() as u32);
                course_options.extend(facet_values.iter().map(|p| option_starts[f] as u16 + p));
            }

            let skill_names: Vec<&str> = course
                .skills
                .iter()
                .filter_map(|s| cat.skill(s).map(|k| k.name.as_str()))
                .collect();
            let fields = [
                course.title.clone(),
                provider.map(|p| p.name.clone()).unwrap_or_default(),
                skill_names.join(" "),
                course.description.clone(),
            ];
            for (field, text) in fields.iter().enumerate() {
                for word in words(text) {
                    let list = postings.entry(word).or_default();
                    match list.last_mut() {
                        Some((c, w)) if *c == i as u32 => *w = (*w).max(FIELD_WEIGHTS[field]),
                        _ => list.push((i as u32, FIELD_WEIGHTS[field])),
                    }
                }
            }
        }
        let mut vocabulary: Vec<Term> = postings
            .into_iter()
            .map(|(word, postings)| Term { word, postings })
            .collect();
        vocabulary.sort_by(|a, b| a.word.cmp(&b.word));
        runs.push(course_options.len() as u32);
        let title_ranks = title_ranks(cat);
        let mut course_by_rank = vec![0; title_ranks.len()];
        for (course, &rank) in title_ranks.iter().enumerate() {
            course_by_rank[rank as usize] = course as u32;
        }
        CourseIndex {
            vocabulary,
            options,
            course_options,
            runs,
            option_starts,
            course_by_rank,
            title_ranks,
            durations: cat.courses.iter().map(|c| c.duration_weeks).collect(),
            fees: cat
                .courses
                .iter()
                .map(|c| fee_in(c, &cat.meta.currency))
                .collect(),
            currency: cat.meta.currency.clone(),
        }
    }

    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet as usize]
    }

    /// Per course, the best field weight each query word reaches (summed over
    /// words), or `None` for courses missing any word. `None` overall when
    /// there is no search text.
    fn text_scores(&self, text: &str) -> Option<Vec<u32>> {
        let query = words(text);
        if query.is_empty() {
            return None;
        }
        let n = self.fees.len();
        let mut total = vec![0u32; n];
        let mut hits = vec![0u16; n];
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
                let exact = if term.word == *q { 2 } else { 1 };
                for &(course, weight) in &term.postings {
                    let b = &mut best[course as usize];
                    *b = (*b).max(weight * exact);
                }
            }
            for c in 0..n {
                if best[c] > 0 && usize::from(hits[c]) == qi {
                    hits[c] += 1;
                    total[c] += u32::from(best[c]);
                }
            }
        }
        let needed = query.len() as u16;
        Some(
            total
                .into_iter()
                .zip(hits)
                .map(|(t, h)| if h == needed { t } else { 0 })
                .collect(),
        )
    }

    /// Runs a query: the matching courses in order, and every facet's counts.
    pub fn search(&self, query: &CourseQuery) -> SearchResult {
        let scores = self.text_scores(&query.text);
        // Each active facet and its chosen options, as option numbers.
        let selected: Vec<(Facet, Vec<u16>)> = Facet::ALL
            .iter()
            .filter_map(|&f| {
                let chosen = query.selected(f);
                (!chosen.is_empty()).then(|| {
                    (
                        f,
                        chosen
                            .iter()
                            .filter_map(|id| {
                                self.options(f)
                                    .iter()
                                    .position(|o| o.id == *id)
                                    .map(|p| (self.option_starts[f as usize] + p) as u16)
                            })
                            .collect(),
                    )
                })
            })
            .collect();
        let fee_bit: u16 = 1 << 9;
        let mut counts = vec![0u32; self.option_starts[9]];
        let mut matches: Vec<u32> = Vec::new();
        let mut under_fee = 0u32;
        for c in 0..self.fees.len() {
            if scores.as_ref().is_some_and(|s| s[c] == 0) {
                continue;
            }
            let run = |f: usize| {
                &self.course_options
                    [self.runs[c * 9 + f] as usize..self.runs[c * 9 + f + 1] as usize]
            };
            let mut failed: u16 = 0;
            for (facet, chosen) in &selected {
                if !run(*facet as usize).iter().any(|v| chosen.contains(v)) {
                    failed |= facet.bit();
                }
            }
            let fee = self.fees[c];
            if query.max_fee.is_some_and(|max| fee.is_none_or(|f| f > max)) {
                failed |= fee_bit;
            }
            if failed & !fee_bit == 0 && fee.is_some_and(|f| query.max_fee.is_none_or(|m| f <= m)) {
                under_fee += 1;
            }
            // A facet's counts take every *other* filter into account: a
            // course passing all filters counts in every facet, one failing
            // only facet F counts in F alone, any other course in none.
            let counted: &[u16] = if failed == 0 {
                matches.push(c as u32);
                &self.course_options[self.runs[c * 9] as usize..self.runs[c * 9 + 9] as usize]
            } else if failed.is_power_of_two() && failed != fee_bit {
                run(failed.trailing_zeros() as usize)
            } else {
                &[]
            };
            for &option in counted {
                counts[usize::from(option)] += 1;
            }
        }
        self.sort(&mut matches, query.sort, scores.as_deref());
        SearchResult {
            matches,
            counts: (0..9)
                .map(|f| counts[self.option_starts[f]..self.option_starts[f + 1]].to_vec())
                .collect(),
            with_known_fee: under_fee,
        }
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

    /// The currency `max_fee` is compared in.
    pub fn currency(&self) -> &str {
        &self.currency
    }
}

/// Each course's place when all are ordered by folded title, ties kept in
/// catalogue order.
fn title_ranks(cat: &Catalogue) -> Vec<u32> {
    let titles: Vec<String> = cat.courses.iter().map(|c| normalise(&c.title)).collect();
    let mut order: Vec<u32> = (0..titles.len() as u32).collect();
    order.sort_by(|&a, &b| titles[a as usize].cmp(&titles[b as usize]));
    let mut ranks = vec![0; titles.len()];
    for (rank, &course) in order.iter().enumerate() {
        ranks[course as usize] = rank as u32;
    }
    ranks
}

/// A course's fee in `currency`: free counts in any currency; a fee in
/// another currency cannot be compared and is treated as unknown.
fn fee_in(course: &Course, currency: &str) -> Option<u32> {
    course
        .fee
        .as_ref()
        .filter(|f| f.amount == 0 || f.currency == currency)
        .map(|f| f.amount)
}

/// The outcome of a search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResult {
    /// Indices into `catalogue.courses`, in display order.
    pub matches: Vec<u32>,
    /// For each facet (in `Facet::ALL` order), each option's count.
    pub counts: Vec<Vec<u32>>,
    /// Courses with a published fee (within `max_fee` if set) given the other filters.
    pub with_known_fee: u32,
}

impl SearchResult {
    pub fn count(&self, facet: Facet, option: usize) -> u32 {
        self.counts
            .get(facet as usize)
            .and_then(|c| c.get(option))
            .copied()
            .unwrap_or(0)
    }

    /// Indices of the courses on `page` (1-based, clamped to the last page).
    pub fn page(&self, page: usize) -> &[u32] {
        let page = page.clamp(1, self.pages());
        let start = (page - 1) * PAGE_SIZE;
        &self.matches[start.min(self.matches.len())..(start + PAGE_SIZE).min(self.matches.len())]
    }

    pub fn pages(&self) -> usize {
        self.matches.len().div_ceil(PAGE_SIZE).max(1)
    }
}

fn kind_id(k: ProviderKind) -> &'static str {
    match k {
        ProviderKind::University => "university",
        ProviderKind::Tafe => "tafe",
        ProviderKind::College => "college",
        ProviderKind::Online => "online",
        ProviderKind::Bootcamp => "bootcamp",
    }
}

fn mode_id(m: StudyMode) -> &'static str {
    match m {
        StudyMode::Online => "online",
        StudyMode::OnCampus => "on-campus",
        StudyMode::Blended => "blended",
    }
}

fn level_id(l: QualificationLevel) -> &'static str {
    match l {
        QualificationLevel::ShortCourse => "short-course",
        QualificationLevel::ProfessionalCertificate => "professional-certificate",
        QualificationLevel::Bootcamp => "bootcamp",
        QualificationLevel::CertificateIv => "certificate-iv",
        QualificationLevel::Diploma => "diploma",
        QualificationLevel::AdvancedDiploma => "advanced-diploma",
        QualificationLevel::AssociateDegree => "associate-degree",
        QualificationLevel::Bachelor => "bachelor",
        QualificationLevel::GraduateCertificate => "graduate-certificate",
        QualificationLevel::GraduateDiploma => "graduate-diploma",
        QualificationLevel::Master => "master",
    }
}

fn duration_band(weeks: u16) -> &'static str {
    DURATIONS
        .iter()
        .find(|(_, _, lo, hi)| (*lo..=*hi).contains(&weeks))
        .map_or("over-2-years", |d| d.0)
}

fn opt(id: &str, label: &str) -> FacetOption {
    FacetOption {
        id: id.to_string(),
        label: label.to_string(),
    }
}

/// Every facet's options, from the fixed lists and from what the catalogue's
/// courses actually use (skills, roles, states), in display order.
fn facet_options(cat: &Catalogue) -> Vec<Vec<FacetOption>> {
    let used = |f: fn(&Course) -> Vec<String>| -> BTreeSet<String> {
        cat.courses.iter().flat_map(f).collect()
    };
    let skills = used(|c| c.skills.clone());
    let roles = used(|c| c.roles.clone());
    let states = used(|c| c.states.clone());
    let mut skill_opts: Vec<FacetOption> = cat
        .skills
        .iter()
        .filter(|s| skills.contains(&s.id))
        .map(|s| opt(&s.id, &s.name))
        .collect();
    skill_opts.sort_by_key(|o| o.label.to_lowercase());
    let mut intakes = vec![opt("any", "Any time (self-paced)")];
    intakes.extend((1..=12u8).map(|m| opt(&m.to_string(), format::month_name(m))));
    Facet::ALL
        .iter()
        .map(|facet| match facet {
            Facet::Type => ProviderKind::ALL
                .iter()
                .map(|k| opt(kind_id(*k), k.label()))
                .collect(),
            Facet::Mode => StudyMode::ALL
                .iter()
                .map(|m| opt(mode_id(*m), m.label()))
                .collect(),
            Facet::Level => QualificationLevel::ALL
                .iter()
                .map(|l| opt(level_id(*l), l.label()))
                .collect(),
            Facet::State => states.iter().map(|s| opt(s, s)).collect(),
            Facet::Duration => DURATIONS.iter().map(|d| opt(d.0, d.1)).collect(),
            Facet::Cost => vec![
                opt("free", "Free"),
                opt("subsidised", "Government-subsidised places"),
            ],
            Facet::Intake => intakes.clone(),
            Facet::Skill => skill_opts.clone(),
            Facet::Role => cat
                .roles
                .iter()
                .filter(|r| roles.contains(&r.id))
                .map(|r| opt(&r.id, &r.title))
                .collect(),
        })
        .collect()
}

/// A finder query: what the URL holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CourseQuery {
    pub text: String,
    /// Selected option ids per facet, in `Facet::ALL` order.
    filters: [Vec<String>; 9],
    /// Only courses with a published fee up to this amount.
    pub max_fee: Option<u32>,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
}

impl CourseQuery {
    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.filters[facet as usize]
    }

    pub fn is_selected(&self, facet: Facet, id: &str) -> bool {
        self.selected(facet).iter().any(|v| v == id)
    }

    /// A copy with `id` added to or removed from `facet`; back to page 1.
    pub fn toggled(&self, facet: Facet, id: &str) -> CourseQuery {
        let mut next = self.clone();
        let list = &mut next.filters[facet as usize];
        if let Some(i) = list.iter().position(|v| v == id) {
            list.remove(i);
        } else {
            list.push(id.to_string());
        }
        next.page = 1;
        next
    }

    /// A copy with nothing filtered (search text, sort kept off too).
    pub fn cleared() -> CourseQuery {
        CourseQuery {
            page: 1,
            ..Default::default()
        }
    }

    /// True when any filter or search text is active.
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || self.max_fee.is_some()
            || self.filters.iter().any(|f| !f.is_empty())
    }

    /// Every active filter as (facet, option id), for chips.
    pub fn active(&self) -> Vec<(Facet, String)> {
        Facet::ALL
            .iter()
            .flat_map(|&f| self.selected(f).iter().map(move |v| (f, v.clone())))
            .collect()
    }

    /// Reads a query from URL parameters. Values the index does not know are
    /// dropped, each with a note; `get` returns a parameter's raw value.
    pub fn from_params(
        get: impl Fn(&str) -> Option<String>,
        index: &CourseIndex,
    ) -> (CourseQuery, Vec<String>) {
        let mut notes = Vec::new();
        let mut q = CourseQuery {
            text: get("q").unwrap_or_default(),
            page: 1,
            ..Default::default()
        };
        for facet in Facet::ALL {
            let Some(raw) = get(facet.param()) else {
                continue;
            };
            for value in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                if !index.options(facet).iter().any(|o| o.id == value) {
                    notes.push(format!(
                        "“{value}” is not a known {} option, so it was ignored.",
                        facet.label().to_lowercase()
                    ));
                } else if !q.is_selected(facet, value) {
                    q.filters[facet as usize].push(value.to_string());
                }
            }
        }
        if let Some(raw) = get("max_fee") {
            match raw.trim().parse::<u32>() {
                Ok(v) => q.max_fee = Some(v),
                Err(_) => notes.push(format!(
                    "“{raw}” is not an amount, so the cost limit was ignored."
                )),
            }
        }
        if let Some(raw) = get("sort") {
            match Sort::ALL.iter().find(|s| s.id() == raw) {
                Some(s) => q.sort = *s,
                None => notes.push(format!(
                    "“{raw}” is not a way to sort, so results are sorted by relevance."
                )),
            }
        }
        if let Some(raw) = get("page") {
            match raw.trim().parse::<usize>() {
                Ok(p) if p >= 1 => q.page = p,
                _ => notes.push(format!("“{raw}” is not a page number, so page 1 is shown.")),
            }
        }
        (q, notes)
    }

    /// The URL query string (without `?`), defaults left out, stable order.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.text.trim().is_empty() {
            parts.push(format!("q={}", encode_component(self.text.trim())));
        }
        for facet in Facet::ALL {
            let values = self.selected(facet);
            if !values.is_empty() {
                parts.push(format!(
                    "{}={}",
                    facet.param(),
                    values
                        .iter()
                        .map(|v| encode_component(v))
                        .collect::<Vec<_>>()
                        .join(",")
                ));
            }
        }
        if let Some(max) = self.max_fee {
            parts.push(format!("max_fee={max}"));
        }
        if self.sort != Sort::Relevance {
            parts.push(format!("sort={}", self.sort.id()));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push_str("%20"),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        let mut cat = crate::test_fixture();
        let base = cat.courses[0].clone();
        let mut online = base.clone();
        online.id = "py-online".into();
        online.title = "Python for Everybody".into();
        online.modes = vec![StudyMode::Online];
        online.states = vec![];
        online.intakes = vec![];
        online.duration_weeks = 8;
        online.fee = Some(crate::model::Fee {
            amount: 0,
            currency: "USD".into(),
            note: None,
        });
        online.skills = vec!["css".into()];
        online.description = "Learn programming with Python, from first steps to databases.".into();
        let mut tafe = base.clone();
        tafe.id = "cert-iv".into();
        tafe.title = "Certificate IV in Information Technology".into();
        tafe.level = QualificationLevel::CertificateIv;
        tafe.modes = vec![StudyMode::Blended, StudyMode::OnCampus];
        tafe.duration_weeks = 52;
        tafe.fee = Some(crate::model::Fee {
            amount: 4_000,
            currency: "AUD".into(),
            note: None,
        });
        tafe.subsidised = true;
        tafe.states = vec!["NSW".into()];
        tafe.description = "Café-style classes covering SQL and C# basics.".into();
        cat.courses.push(online);
        cat.courses.push(tafe);
        cat
    }

    fn ids(cat: &Catalogue, r: &SearchResult) -> Vec<String> {
        r.matches
            .iter()
            .map(|&i| cat.courses[i as usize].id.clone())
            .collect()
    }

    /// The ids of the courses a query given as URL parameters finds, in order.
    fn found(cat: &Catalogue, index: &CourseIndex, params: &[(&str, &str)]) -> Vec<String> {
        ids(cat, &index.search(&query(params, index)))
    }

    fn query(params: &[(&str, &str)], index: &CourseIndex) -> CourseQuery {
        let (q, notes) = CourseQuery::from_params(
            |k| {
                params
                    .iter()
                    .find(|(p, _)| *p == k)
                    .map(|(_, v)| v.to_string())
            },
            index,
        );
        assert!(notes.is_empty(), "{notes:?}");
        q
    }

    #[test]
    fn normalising_ignores_case_accents_and_punctuation() {
        assert_eq!(normalise("Café, Résumé!"), "cafe  resume ");
        assert_eq!(
            words("C# and C++; node.js"),
            vec!["c#", "and", "c++", "node", "js"]
        );
    }

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
    fn facets_filter_and_count_against_the_other_filters() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let all = index.search(&CourseQuery::default());
        assert_eq!(all.matches.len(), 3);
        let mode = |id: &str| {
            index
                .options(Facet::Mode)
                .iter()
                .position(|o| o.id == id)
                .unwrap()
        };
        assert_eq!(all.count(Facet::Mode, mode("online")), 1);
        assert_eq!(all.count(Facet::Mode, mode("on-campus")), 2);

        // Choosing on-campus leaves 2; the mode counts themselves do not shrink
        // (they count against the other filters), but other facets' do.
        let r = index.search(&query(&[("mode", "on-campus")], &index));
        assert_eq!(r.matches.len(), 2);
        assert_eq!(r.count(Facet::Mode, mode("online")), 1);
        let free = index
            .options(Facet::Cost)
            .iter()
            .position(|o| o.id == "free")
            .unwrap();
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
            found(&cat, &index, &[("cost", "subsidised")]),
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

    fn percent_decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn url_round_trip_and_bad_values_are_noted() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let q = query(
            &[
                ("q", "web dev"),
                ("mode", "online,blended"),
                ("skill", "sql"),
                ("max_fee", "5000"),
                ("sort", "cost"),
                ("page", "2"),
            ],
            &index,
        );
        let s = q.to_query_string();
        assert_eq!(
            s,
            "q=web%20dev&mode=online,blended&skill=sql&max_fee=5000&sort=cost&page=2"
        );
        // Parse the string back the way a browser would hand it over.
        let pairs: Vec<(String, String)> = s
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), percent_decode(v)))
            .collect();
        let (parsed, notes) = CourseQuery::from_params(
            |k| pairs.iter().find(|(p, _)| p == k).map(|(_, v)| v.clone()),
            &index,
        );
        assert!(notes.is_empty());
        assert_eq!(parsed, q);
        let (q, notes) = CourseQuery::from_params(
            |k| match k {
                "mode" => Some("online,by-post".into()),
                "skill" => Some("dockr".into()),
                "sort" => Some("random".into()),
                "page" => Some("-1".into()),
                "max_fee" => Some("cheap".into()),
                _ => None,
            },
            &index,
        );
        assert_eq!(q.selected(Facet::Mode), ["online".to_string()]);
        assert!(q.selected(Facet::Skill).is_empty());
        assert_eq!(q.sort, Sort::Relevance);
        assert_eq!(q.page, 1);
        assert_eq!(q.max_fee, None);
        assert_eq!(notes.len(), 5, "{notes:?}");
        assert!(notes[0].contains("“by-post” is not a known study type option"));
    }

    #[test]
    fn toggling_chips_and_paging() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let q = CourseQuery::cleared().toggled(Facet::Skill, "sql");
        assert!(q.is_selected(Facet::Skill, "sql"));
        assert_eq!(q.active(), vec![(Facet::Skill, "sql".to_string())]);
        assert!(q.is_filtered());
        assert!(!q.toggled(Facet::Skill, "sql").is_filtered());
        let r = index.search(&CourseQuery::default());
        assert_eq!(r.pages(), 1);
        assert_eq!(r.page(1).len(), 3);
        assert_eq!(r.page(9).len(), 3, "clamped to the last page");
        assert_eq!(encode_component("a&b=c é"), "a%26b%3Dc%20%C3%A9");
    }
}
