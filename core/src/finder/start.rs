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

use super::facet::{FacetOption, FacetOptions};
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

#[cfg(test)]
mod tests {
    use super::*;
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
