//! What narrows a query, each with the query without it: the finder's
//! active-filter chips, and the suggestions of its empty state.

use super::index::CourseIndex;
use super::query::CourseQuery;
use crate::format;

/// One thing that narrows a query, and the query without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// What it is: "Search: python", "Study type: Online", "Fee up to A$5,000".
    pub label: String,
    /// The query without it, back on page 1.
    pub without: CourseQuery,
}

impl CourseQuery {
    /// Everything that narrows this query — the search text, each chosen
    /// facet option (in facet order), the fee limit — labelled with the
    /// index's option labels and currency.
    pub fn removals(&self, index: &CourseIndex) -> Vec<Removal> {
        let mut out = Vec::new();
        let text = self.text.trim();
        if !text.is_empty() {
            out.push(Removal {
                label: format!("Search: {text}"),
                without: CourseQuery {
                    text: String::new(),
                    page: 1,
                    ..self.clone()
                },
            });
        }
        for (facet, id) in self.active() {
            let option = index
                .options(facet)
                .iter()
                .find(|o| o.id == id)
                .map_or(id.as_str(), |o| o.label.as_str());
            out.push(Removal {
                label: format!("{}: {option}", facet.label()),
                without: self.toggled(facet, &id),
            });
        }
        if let Some(max) = self.max_fee {
            out.push(Removal {
                label: format!("Fee up to {}", format::money(max, index.currency())),
                without: CourseQuery {
                    max_fee: None,
                    page: 1,
                    ..self.clone()
                },
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{catalogue, query};
    use super::super::Facet;
    use super::*;

    #[test]
    fn each_narrowing_is_labelled_and_removed_on_its_own() {
        let index = CourseIndex::new(&catalogue());
        let q = query(
            &[
                ("q", "python"),
                ("mode", "online,blended"),
                ("max_fee", "5000"),
                ("page", "2"),
            ],
            &index,
        );
        let removals = q.removals(&index);
        let labels: Vec<&str> = removals.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Search: python",
                "Study type: Online",
                "Study type: Blended",
                "Fee up to A$5,000"
            ]
        );
        assert_eq!(removals[0].without.text, "");
        assert_eq!(
            removals[1].without.selected(Facet::Mode),
            ["blended".to_string()]
        );
        assert_eq!(removals[3].without.max_fee, None);
        for removal in &removals {
            assert_eq!(removal.without.page, 1, "{}", removal.label);
            assert_eq!(removal.without.removals(&index).len(), 3);
        }
    }

    #[test]
    fn an_unfiltered_query_has_nothing_to_remove() {
        let index = CourseIndex::new(&catalogue());
        assert!(CourseQuery::default().removals(&index).is_empty());
        let spaces = CourseQuery {
            text: "  ".into(),
            ..CourseQuery::default()
        };
        assert!(spaces.removals(&index).is_empty());
    }
}
