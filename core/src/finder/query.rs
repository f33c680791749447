//! A finder query: the search text, the chosen facet options, the fee
//! limit, the order and the page. Its URL form is in `url.rs`.

use super::facet::{Facet, FACETS};

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best text match first; by title when there is no search text.
    #[default]
    Relevance,
    /// Shortest first.
    Duration,
    /// Cheapest known fee first; unknown fees last.
    Cost,
    /// By folded title.
    Title,
}

impl Sort {
    /// Every order, as the sort menu lists them.
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Duration, Sort::Cost, Sort::Title];

    /// The URL value (`sort=…`).
    pub fn id(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Duration => "duration",
            Sort::Cost => "cost",
            Sort::Title => "title",
        }
    }

    /// The order whose URL value is `id`.
    pub fn from_id(id: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.id() == id)
    }

    /// What the sort menu shows.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Duration => "Shortest first",
            Sort::Cost => "Lowest cost first",
            Sort::Title => "Title A–Z",
        }
    }
}

/// A finder query: what the URL holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseQuery {
    /// The search text as typed; its URL form is trimmed.
    pub text: String,
    /// Selected option ids per facet, in `Facet::ALL` order, each once.
    pub(super) filters: [Vec<String>; FACETS],
    /// Only courses with a published fee up to this amount.
    pub max_fee: Option<u32>,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
}

impl Default for CourseQuery {
    /// Nothing filtered, by relevance, page 1.
    fn default() -> CourseQuery {
        CourseQuery {
            text: String::new(),
            filters: Default::default(),
            max_fee: None,
            sort: Sort::default(),
            page: 1,
        }
    }
}

impl CourseQuery {
    /// The option ids chosen for `facet`, in the order they were chosen.
    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.filters[facet as usize]
    }

    /// True if option `id` of `facet` is chosen.
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

    /// A query with nothing filtered (search text and sort cleared too).
    pub fn cleared() -> CourseQuery {
        CourseQuery::default()
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_chips() {
        let q = CourseQuery::cleared().toggled(Facet::Skill, "sql");
        assert!(q.is_selected(Facet::Skill, "sql"));
        assert_eq!(q.active(), vec![(Facet::Skill, "sql".to_string())]);
        assert!(q.is_filtered());
        assert!(!q.toggled(Facet::Skill, "sql").is_filtered());
        let paged = CourseQuery {
            page: 3,
            ..CourseQuery::default()
        };
        assert_eq!(paged.toggled(Facet::Mode, "online").page, 1);
    }

    #[test]
    fn the_default_query_is_page_one_by_relevance() {
        assert_eq!(CourseQuery::default().page, 1);
        assert_eq!(CourseQuery::default(), CourseQuery::cleared());
        assert_eq!(Sort::from_id("cost"), Some(Sort::Cost));
        assert_eq!(Sort::from_id("random"), None);
    }
}
