//! A page the early courses answer: its courses, and what is known of
//! how many match and of each filter's counts.

use crate::finder::KnownCounts;

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
    /// What the opening search's counts tell of the search.
    pub(super) known: KnownCounts,
}

impl EarlyPage {
    /// The page, with what the opening search's counts tell of its search
    /// ([`super::FinderStart::known`]).
    pub fn knowing(self, known: KnownCounts) -> EarlyPage {
        EarlyPage { known, ..self }
    }

    /// How many courses match in all, if known.
    fn total(&self) -> Option<usize> {
        if self.every_match {
            Some(self.at_least)
        } else {
            self.known.total
        }
    }

    /// How many courses match, as far as is known, e.g. "At least 40
    /// courses", or exactly when no later course matches or the opening
    /// search's counts say.
    pub fn count(&self) -> String {
        match self.total() {
            Some(total) => crate::format::count(total, "course", "courses"),
            None => format!(
                "At least {}",
                crate::format::count(self.at_least, "course", "courses")
            ),
        }
    }

    /// What the page is, and what follows once every course is here.
    pub fn note(&self) -> String {
        let total = self.total();
        let shown = match total {
            Some(total) if total <= self.page.len() => "Every match is shown.",
            Some(total) if total == self.at_least => "Every match is found.",
            _ => "The first matches.",
        };
        let counts = if self.known.holds_every_facet() {
            Counts::Every
        } else if self.known.holds_some_facets() {
            Counts::Some
        } else {
            Counts::None
        };
        let more_pages = total.is_none_or(|total| total > self.page.len());
        let follows = match (total, counts, more_pages) {
            (None, Counts::Some, _) => {
                "How many match in all, the other filters' counts and the other pages follow"
            }
            (None, _, _) => "How many match in all, each filter's count and the other pages follow",
            (Some(_), Counts::None, true) => "Each filter's count and the other pages follow",
            (Some(_), Counts::None, false) => "Each filter's count follows",
            (Some(_), Counts::Some, true) => "The other filters' counts and the other pages follow",
            (Some(_), Counts::Some, false) => "The other filters' counts follow",
            (Some(_), Counts::Every, true) => "The other pages follow",
            (Some(_), Counts::Every, false) => return shown.to_string(),
        };
        format!("{shown} {follows} once every course is downloaded.")
    }
}

/// Which facets' counts are known while a search waits for every course.
#[derive(Clone, Copy)]
enum Counts {
    None,
    Some,
    Every,
}
