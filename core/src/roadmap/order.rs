//! The order of learning: a stable topological order of skills by their
//! prerequisites, prerequisite depth, and prerequisite cycles.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::model::Skill;

/// Per skill of `skills`, the positions of its prerequisites within the
/// list (a skill listing itself is left out).
fn within(skills: &[&Skill]) -> Vec<Vec<usize>> {
    let position: HashMap<&str, usize> = skills
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    skills
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.prerequisites
                .iter()
                .filter_map(|p| position.get(p.as_str()).copied())
                .filter(|&p| p != i)
                .collect()
        })
        .collect()
}

/// The positions of `skills` in a stable topological order: each after
/// those of its prerequisites that are also in the list, and otherwise in
/// listed order (of the skills ready at any point, the earliest listed goes
/// first). Should the list hold a cycle (the validator rejects them), the
/// earliest listed skill not yet placed goes next, so every skill is placed
/// exactly once. O((n + e) log n).
fn order_of(needs: &[Vec<usize>]) -> Vec<usize> {
    let n = needs.len();
    let mut waiting: Vec<usize> = needs.iter().map(Vec::len).collect();
    let mut needed_by: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, ps) in needs.iter().enumerate() {
        for &p in ps {
            needed_by[p].push(i);
        }
    }
    let mut ready: BinaryHeap<Reverse<usize>> =
        (0..n).filter(|&i| waiting[i] == 0).map(Reverse).collect();
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    // Where to look for the earliest unplaced skill when a cycle blocks.
    let mut cursor = 0;
    while order.len() < n {
        let next = match ready.pop() {
            Some(Reverse(i)) if placed[i] => continue,
            Some(Reverse(i)) => i,
            None => {
                while placed[cursor] {
                    cursor += 1;
                }
                cursor
            }
        };
        placed[next] = true;
        order.push(next);
        for &d in &needed_by[next] {
            waiting[d] -= 1;
            if waiting[d] == 0 && !placed[d] {
                ready.push(Reverse(d));
            }
        }
    }
    order
}

/// `skills` reordered so each comes after those of its prerequisites that
/// are also in the list, and otherwise in listed order (stable; see
/// [`order_of`]). Prerequisites outside the list do not constrain it.
pub fn topological<'a>(skills: &[&'a Skill]) -> Vec<&'a Skill> {
    order_of(&within(skills))
        .into_iter()
        .map(|i| skills[i])
        .collect()
}

/// Per skill of `skills`, the length of the longest chain of its
/// prerequisites within the list (0: needs none of them). A cycle is cut
/// where the topological order breaks it, so every skill gets a depth.
pub fn depths(skills: &[&Skill]) -> Vec<usize> {
    let needs = within(skills);
    let mut depth: Vec<Option<usize>> = vec![None; skills.len()];
    for i in order_of(&needs) {
        let deepest = needs[i].iter().filter_map(|&p| depth[p]).max();
        depth[i] = Some(deepest.map_or(0, |d| d + 1));
    }
    depth.into_iter().map(|d| d.unwrap_or(0)).collect()
}

/// A prerequisite cycle among `skills`, if there is one: the ids along it
/// with the first repeated at the end (`["a", "b", "a"]`), for messages
/// such as "a → b → a". A skill that lists itself is the cycle `["a", "a"]`.
/// Prerequisites that are not in `skills` are ignored. Linear in the number
/// of skills and prerequisites; the cycle found is the first reached from
/// the skills in listed order.
pub fn find_cycle(skills: &[Skill]) -> Option<Vec<String>> {
    let position: HashMap<&str, usize> = skills
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Finished,
    }
    let mut mark = vec![Mark::New; skills.len()];
    for root in 0..skills.len() {
        if mark[root] != Mark::New {
            continue;
        }
        // An explicit stack of (skill, next prerequisite to look at), so a
        // long chain cannot overflow the call stack.
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        mark[root] = Mark::OnPath;
        while let Some(&mut (at, ref mut next)) = path.last_mut() {
            let prerequisite = skills[at]
                .prerequisites
                .get(*next)
                .map(|p| position.get(p.as_str()).copied());
            *next += 1;
            match prerequisite {
                None => {
                    mark[at] = Mark::Finished;
                    path.pop();
                }
                Some(None) => {}
                Some(Some(p)) => match mark[p] {
                    Mark::New => {
                        mark[p] = Mark::OnPath;
                        path.push((p, 0));
                    }
                    Mark::OnPath => {
                        let start = path.iter().position(|&(s, _)| s == p).unwrap_or(0);
                        let mut cycle: Vec<String> = path[start..]
                            .iter()
                            .map(|&(s, _)| skills[s].id.clone())
                            .collect();
                        cycle.push(skills[p].id.clone());
                        return Some(cycle);
                    }
                    Mark::Finished => {}
                },
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::roadmap::testing::skill;

    fn ids(skills: &[&Skill]) -> Vec<String> {
        skills.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn topological_order_is_stable_and_respects_prerequisites() {
        let list = [
            skill("api", &["http", "sql"]),
            skill("css", &[]),
            skill("sql", &["outside"]),
            skill("http", &[]),
        ];
        let refs: Vec<&Skill> = list.iter().collect();
        assert_eq!(ids(&topological(&refs)), ["css", "sql", "http", "api"]);
        let already: Vec<&Skill> = [1, 3, 2, 0].iter().map(|&i| &list[i]).collect();
        assert_eq!(
            ids(&topological(&already)),
            ids(&already),
            "nothing to move"
        );
        assert!(topological(&[]).is_empty());
    }

    #[test]
    fn cycles_still_give_every_skill_once() {
        let list = [skill("a", &["b"]), skill("b", &["a"]), skill("c", &["c"])];
        let refs: Vec<&Skill> = list.iter().collect();
        assert_eq!(ids(&topological(&refs)), ["c", "a", "b"]);
        assert_eq!(depths(&refs), [0, 1, 0]);
    }

    #[test]
    fn depth_is_the_longest_chain_within_the_list() {
        let list = [
            skill("a", &[]),
            skill("b", &["a"]),
            skill("c", &["a", "b", "elsewhere"]),
            skill("d", &[]),
        ];
        let refs: Vec<&Skill> = list.iter().collect();
        assert_eq!(depths(&refs), [0, 1, 2, 0]);
    }

    #[test]
    fn cycles_are_found_and_named_in_order() {
        let none = [skill("a", &[]), skill("b", &["a", "zz"])];
        assert_eq!(find_cycle(&none), None);
        let two = [skill("x", &[]), skill("a", &["b"]), skill("b", &["x", "a"])];
        assert_eq!(
            find_cycle(&two),
            Some(vec!["a".into(), "b".into(), "a".into()])
        );
        let own = [skill("a", &["a"])];
        assert_eq!(find_cycle(&own), Some(vec!["a".into(), "a".into()]));
        let tail = [
            skill("s", &["a"]),
            skill("a", &["b"]),
            skill("b", &["c"]),
            skill("c", &["a"]),
        ];
        assert_eq!(
            find_cycle(&tail),
            Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]),
            "the lead-in is not part of the cycle"
        );
        assert_eq!(find_cycle(&[]), None);
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let chain: Vec<Skill> = (0..100_000)
            .map(|i| {
                let before = (i > 0).then(|| format!("s{}", i - 1));
                skill(
                    &format!("s{i}"),
                    &before.iter().map(String::as_str).collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(find_cycle(&chain), None);
    }
}
