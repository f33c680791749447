//! The outcome of a search: the matching courses in order, paged, and every
//! facet option's count.

/// Courses shown per page.
pub const PAGE_SIZE: usize = 20;

/// The outcome of a search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResult {
    /// Indices into `catalogue.courses`, in display order: every match, or
    /// (in a [`super::FinderStart`]) those of the first page.
    pub matches: Vec<u32>,
    /// How many courses match.
    pub total: usize,
    /// For each facet (in `Facet::ALL` order), each option's count.
    pub counts: Vec<Vec<u32>>,
    /// Courses with a published fee (within `max_fee` if set) given the other filters.
    pub with_known_fee: u32,
}

impl SearchResult {
    /// How many courses option `option` (a position in
    /// `CourseIndex::options(facet)`) would leave given the other filters.
    pub fn count(&self, facet: super::Facet, option: usize) -> u32 {
        self.counts
            .get(facet as usize)
            .and_then(|c| c.get(option))
            .copied()
            .unwrap_or(0)
    }

    /// Indices of the courses on `page` (1-based, clamped to the last page).
    pub fn page(&self, page: usize) -> &[u32] {
        let page = page.clamp(1, self.pages());
        let start = ((page - 1) * PAGE_SIZE).min(self.matches.len());
        let end = (start + PAGE_SIZE).min(self.matches.len());
        &self.matches[start..end]
    }

    /// How many pages the matches fill; at least 1, so an empty result
    /// still has a (blank) first page.
    pub fn pages(&self) -> usize {
        self.total.div_ceil(PAGE_SIZE).max(1)
    }
}

/// The note for an address that asks for a page past the last: the last
/// page is shown, as [`SearchResult::page`] does, and the visitor is told.
pub fn past_last_page(requested: usize, pages: usize) -> Option<String> {
    (requested > pages).then(|| {
        if pages == 1 {
            "There is only one page of results, so it is shown.".to_string()
        } else {
            format!("There are only {pages} pages of results, so page {pages} is shown.")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_past_the_last_is_noted() {
        assert_eq!(past_last_page(5, 5), None);
        assert_eq!(past_last_page(1, 1), None);
        assert_eq!(
            past_last_page(6, 5).as_deref(),
            Some("There are only 5 pages of results, so page 5 is shown.")
        );
        assert!(past_last_page(usize::MAX, 1).is_some());
    }

    #[test]
    fn pages_are_clamped_and_never_fewer_than_one() {
        let r = SearchResult {
            matches: (0..45).collect(),
            total: 45,
            ..SearchResult::default()
        };
        assert_eq!(r.pages(), 3);
        assert_eq!(r.page(0), r.page(1));
        assert_eq!(r.page(3).len(), 5);
        assert_eq!(r.page(usize::MAX), r.page(3));
        let empty = SearchResult::default();
        assert_eq!(empty.pages(), 1);
        assert!(empty.page(1).is_empty());
        assert_eq!(empty.count(super::super::Facet::Role, 99), 0);
    }
}
