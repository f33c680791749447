//! Stable sorting through one shared copy of the sort.
//!
//! Every `slice::sort_by` call with its own element type or comparator is
//! its own copy of the standard library's stable sort, several kilobytes of
//! wasm each: twenty of them were 91 KB of the browser's code. These
//! functions sort positions `0..len` with the comparator behind a reference,
//! so all of them share one copy, and then move the items into that order.
//! The order is exactly `slice::sort_by`'s (stable: equal items keep their
//! order), as the tests check. Hot paths that sort plain integers (the
//! finder's result order) keep `sort_unstable`, which is one copy anyway.

use std::cmp::Ordering;

/// Sorts `items` like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .map(|i| taken[i].take().expect("each position comes once")),
    );
}

/// Sorts `items` like `slice::sort_by_key` (the key is worked out at each
/// comparison, as there).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` gives them; not generic,
/// so there is one copy of the sort.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        sort_by(&mut items, |a, b| b.0.cmp(&a.0));
        assert_eq!(items, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x);
        assert!(empty.is_empty());
    }

    proptest! {
        /// The same order as the standard library's stable sort, ties
        /// included (only the key is compared; the tag tells ties apart).
        #[test]
        fn orders_as_the_standard_stable_sort(keys in prop::collection::vec(0u8..8, 0..200)) {
            let tagged: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = tagged.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = tagged;
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }
    }
}
