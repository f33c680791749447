//! Large synthetic catalogues for tests and benchmarks: the real roles,
//! skills and providers with `n` generated courses. Deterministic for a seed,
//! and always valid.

use crate::model::{Catalogue, Course, Fee, Place, QualificationLevel, StudyMode};
use crate::validate::STATES;

/// A small deterministic generator (xorshift), so no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TOPICS: [&str; 12] = [
    "Web Development",
    "Software Engineering",
    "Cloud Computing",
    "Databases",
    "Cyber Security",
    "Information Technology",
    "Computer Science",
    "DevOps",
    "API Design",
    "Programming",
    "Data Engineering",
    "Full-Stack Development",
];

/// `base` with its courses replaced by `n` generated ones. `base` must have
/// at least one provider, skill and role and a source (the bundled catalogue does).
pub fn with_courses(base: &Catalogue, n: usize, seed: u64) -> Catalogue {
    let mut rng = Rng(seed.max(1));
    let mut cat = base.clone();
    let source = base.meta.sources[0].id.clone();
    cat.courses = (0..n)
        .map(|i| {
            let provider = rng.pick(&base.providers);
            let level = *rng.pick(&QualificationLevel::ALL);
            let topic = rng.pick(&TOPICS);
            let skills: Vec<String> = (0..1 + rng.below(6))
                .map(|_| rng.pick(&base.skills).id.clone())
                .fold(Vec::new(), |mut v, s| {
                    if !v.contains(&s) {
                        v.push(s);
                    }
                    v
                });
            let roles = vec![rng.pick(&base.roles).id.clone()];
            let modes = match rng.below(3) {
                0 => vec![StudyMode::Online],
                1 => vec![StudyMode::OnCampus],
                _ => vec![StudyMode::Blended, StudyMode::OnCampus],
            };
            let states = if modes == [StudyMode::Online] {
                Vec::new()
            } else {
                vec![rng.pick(&STATES).to_string()]
            };
            let whole_course = |min, max| Fee::whole_course(min, max, &base.meta.currency, &source);
            let fee = match rng.below(4) {
                0 => None,
                1 => Some(whole_course(0, 0)),
                _ => {
                    let amount = 500 + 250 * rng.below(200) as u32;
                    Some(whole_course(amount, amount))
                }
            };
            Course {
                id: format!("synthetic-{i}"),
                title: format!("{} in {topic} {}", level.label(), i),
                provider: provider.id.clone(),
                level,
                modes,
                duration_weeks: 1 + rng.below(200) as u16,
                rough_length: false,
                fee,
                places: if rng.below(5) == 0 {
                    vec![Place::StateSubsidised]
                } else {
                    Vec::new()
                },
                international_fee: None,
                campuses: Vec::new(),
                part_time: None,
                entry: None,
                states,
                intakes: if rng.below(3) == 0 {
                    Vec::new()
                } else {
                    vec![2, 7]
                },
                skills,
                roles,
                url: format!("https://example.org/courses/{i}"),
                description: format!(
                    "A generated course about {topic} for testing and benchmarks."
                ),
                source: source.clone(),
                checked: base.meta.last_reviewed.clone(),
            }
        })
        .collect();
    cat
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finder::{CourseIndex, CourseQuery, Facet};
    use crate::{parse_catalogue, validate};

    fn bundled() -> Catalogue {
        parse_catalogue(include_str!("../../data/catalogue.json")).unwrap()
    }

    #[test]
    fn generated_catalogues_are_valid_and_deterministic() {
        let base = bundled();
        let a = with_courses(&base, 500, 7);
        assert_eq!(a.courses.len(), 500);
        assert_eq!(validate(&a), vec![]);
        assert_eq!(a, with_courses(&base, 500, 7));
        assert_ne!(a, with_courses(&base, 500, 8));
    }

    #[test]
    fn the_finder_handles_fifty_thousand_courses() {
        let cat = with_courses(&bundled(), 50_000, 1);
        assert_eq!(validate(&cat), vec![]);
        let index = CourseIndex::new(&cat);
        let all = index.search(&CourseQuery::default());
        assert_eq!(all.matches.len(), 50_000);
        let mut q = CourseQuery::cleared().toggled(Facet::Mode, "online");
        q.text = "cloud comp".into();
        let r = index.search(&q);
        assert!(!r.matches.is_empty() && r.matches.len() < 50_000);
        for &c in r.page(1) {
            let course = &cat.courses[c as usize];
            assert!(course.modes.contains(&StudyMode::Online));
            assert!(course.title.contains("Cloud Computing"));
        }
    }
}
