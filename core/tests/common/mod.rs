//! What the property and edge-catalogue tests share: the bundled catalogue,
//! and a walk through every feature of the core over one catalogue.

use std::sync::LazyLock;

use career_core::compare::{self, Selection, MIN_ROLES};
use career_core::embed::{self, EmbedOptions, EmbedView};
use career_core::finder::{CourseIndex, CourseQuery, Facet, Sort, PAGE_SIZE};
use career_core::plan::{self, Constraints, Objective, Plan, StudyLoad};
use career_core::quiz::{self, Answer, Answers};
use career_core::roadmap::{self, Progress, Status};
use career_core::{age, format, guide, parse_catalogue, Catalogue, Level, QuestionKind};

/// The bundled catalogue, parsed once per test binary.
pub static BUNDLED: LazyLock<Catalogue> = LazyLock::new(|| {
    let text = include_str!("../../../data/catalogue.json");
    parse_catalogue(text).expect("the bundled catalogue is valid")
});

/// Uses every feature of the core over `cat`, as every page of the app
/// would, and checks what must hold for any valid catalogue. Panics (fails
/// the test) on the first thing that does not.
pub fn exercise(cat: &Catalogue) {
    exercise_finder(cat);
    exercise_quiz(cat);
    exercise_compare(cat);
    exercise_guides_and_embeds(cat);
    exercise_roadmaps_and_plans(cat);
}

fn exercise_finder(cat: &Catalogue) {
    let index = CourseIndex::new(cat);
    let all = index.search(&CourseQuery::default());
    assert_eq!(all.matches.len(), cat.courses.len());
    assert_eq!(all.counts.len(), Facet::ALL.len());
    for facet in Facet::ALL {
        assert_eq!(all.counts[facet as usize].len(), index.options(facet).len());
        for (i, option) in index.options(facet).iter().enumerate() {
            // The count beside an option is what choosing it finds.
            let chosen = CourseQuery::cleared().toggled(facet, &option.id);
            let found = index.search(&chosen);
            assert_eq!(
                found.matches.len() as u32,
                all.count(facet, i),
                "{facet:?} {option:?}"
            );
            let url = chosen.to_query_string();
            assert_eq!(
                CourseQuery::from_query_string(&url, &index),
                (chosen, vec![])
            );
        }
    }
    for (c, course) in cat.courses.iter().enumerate().take(5) {
        let mut q = CourseQuery::cleared();
        q.text.clone_from(&course.title);
        for sort in Sort::ALL {
            q.sort = sort;
            let r = index.search(&q);
            assert!(
                r.matches.contains(&(c as u32)),
                "searching for its title finds course {}",
                course.id
            );
            assert!(r.page(r.pages()).len() <= PAGE_SIZE);
        }
    }
    for course in &cat.courses {
        assert!(!format::weeks(course.duration_weeks).is_empty());
        let fee = format::fee(course.fee.as_ref());
        assert!(!fee.is_empty());
        assert_eq!(course.fee.is_none(), fee == "Check with provider");
        assert!(age::year_of(&course.checked).is_some());
        for &month in &course.intakes {
            assert_ne!(format::month_name(month), "?");
        }
    }
}

/// Answer sets to try: none, every first choice with the lowest rating,
/// every last choice with the highest.
fn answer_sets(cat: &Catalogue) -> Vec<Answers> {
    let pick = |last: bool| {
        Answers(
            cat.quiz
                .iter()
                .map(|q| {
                    Some(match q.kind {
                        QuestionKind::SelfRating if last => Answer::Rating(Level::Strong),
                        QuestionKind::SelfRating => Answer::Rating(Level::None),
                        _ if last => Answer::Choice((q.options.len() - 1) as u8),
                        _ => Answer::Choice(0),
                    })
                })
                .collect(),
        )
    };
    vec![Answers::empty(&cat.quiz), pick(false), pick(true)]
}

fn exercise_quiz(cat: &Catalogue) {
    assert!(!cat.quiz.is_empty(), "a valid catalogue has a quiz");
    for answers in answer_sets(cat) {
        let code = answers.encode(&cat.quiz);
        assert_eq!(Answers::decode(&code, &cat.quiz), Ok(answers.clone()));
        let step = cat.quiz.len() - 1;
        let stored = quiz::encode_progress(&answers, step, &cat.quiz);
        assert_eq!(
            quiz::decode_progress(&stored, &cat.quiz),
            Ok((answers.clone(), step))
        );
        let ranked = quiz::score(cat, &answers);
        assert_eq!(ranked.len(), cat.roles.len());
        for m in &ranked {
            assert!(m.score <= 100 && !m.explanation().is_empty());
        }
        let best = ranked.first().expect("a valid catalogue has a role").role;
        let gap = quiz::skill_gap(cat, &answers, best);
        assert_eq!(
            gap.len(),
            best.skills.len(),
            "every needed skill is defined"
        );
        let gaps: Vec<&str> = gap
            .iter()
            .filter(|g| g.is_gap())
            .map(|g| g.skill.id.as_str())
            .collect();
        let anywhere = quiz::StudyPlace::Anywhere;
        for (course, covered) in quiz::courses_for_gap(cat, &gaps, &best.id, &anywhere) {
            assert!(
                !covered.is_empty() && covered.iter().all(|s| course.skills.iter().any(|c| c == s))
            );
        }
    }
}

fn exercise_compare(cat: &Catalogue) {
    let selection = Selection::from_query(None, cat);
    assert!(selection.ids.len() >= MIN_ROLES.min(cat.roles.len()));
    let query = compare::to_query(&selection.ids);
    assert_eq!(Selection::from_query(Some(&query), cat), selection);
    let roles: Vec<_> = selection.ids.iter().filter_map(|id| cat.role(id)).collect();
    assert_eq!(roles.len(), selection.ids.len());
    compare::skill_matrix(cat, &roles);
    for from in &cat.roles {
        for to in cat.roles.iter().take(12) {
            let overlap = compare::overlap(cat, from, to);
            assert_eq!(overlap.ratio().1, to.skills.len());
        }
    }
    for region in compare::regions_with_salaries(cat, &roles) {
        let (bars, scale) = compare::salary_bars(&roles, region);
        assert!(!bars.is_empty() && scale > 0);
        for bar in bars {
            assert!((0.0..=1.0).contains(&bar.start) && bar.start <= bar.end && bar.end <= 1.0);
            assert!(!format::salary_amount(bar.salary).is_empty());
            assert!(!format::salary_measure(bar.salary).is_empty());
        }
    }
}

fn exercise_guides_and_embeds(cat: &Catalogue) {
    for role in &cat.roles {
        let grouped: usize = guide::skills_by_category(cat, role)
            .iter()
            .map(|(_, skills)| skills.len())
            .sum();
        assert_eq!(grouped, role.skills.len());
        for region in guide::salary_regions(cat, role) {
            assert!(!guide::salaries_in(role, region).is_empty());
        }
        assert!(guide::related_roles(cat, role)
            .iter()
            .all(|r| r.id != role.id));
        for e in &role.education {
            assert!(!format::month_range(e.months_min, e.months_max).is_empty());
        }
        let view = EmbedView::RoleGuide(role.id.clone());
        let html = embed::snippet(
            "https://host.example/embed.js",
            &view,
            &EmbedOptions::default(),
        );
        assert!(html.contains(&role.id));
    }
    for provider in &cat.providers {
        let only = embed::only_provider(cat, &provider.id).expect("the provider exists");
        assert!(only.courses.iter().all(|c| c.provider == provider.id));
        CourseIndex::new(&only).search(&CourseQuery::default());
        let (options, notes) = EmbedOptions::parse(&format!(";provider={}", provider.id));
        assert!(
            notes.is_empty(),
            "every provider id can be embedded: {notes:?}"
        );
        assert_eq!(options.provider.as_deref(), Some(provider.id.as_str()));
    }
    assert!(!format::iso_date(&cat.meta.last_reviewed).is_empty());
    assert!(
        !age::source_ages(cat, career_core::summary::Courses::Every(cat))
            .summary()
            .is_empty()
    );
    for source in &cat.meta.sources {
        assert!(age::citation(cat, &source.id).is_some());
    }
}

fn exercise_roadmaps_and_plans(cat: &Catalogue) {
    let mut everything = Progress::default();
    for skill in &cat.skills {
        everything.set(&skill.id, Status::Done);
    }
    assert_eq!(
        Progress::decode(&everything.encode()),
        Ok(everything.clone())
    );
    let shared = Progress::from_param(&everything.to_param(), cat);
    assert_eq!((&shared.value, shared.notes.len()), (&everything, 0));
    for role in &cat.roles {
        let map = roadmap::roadmap(cat, role);
        let on_map: Vec<&str> = map.nodes().map(|n| n.skill.id.as_str()).collect();
        for rs in &role.skills {
            let times = on_map.iter().filter(|id| **id == rs.skill).count();
            assert_eq!(times, 1, "{}: {} is on the roadmap once", role.id, rs.skill);
        }
        for stage in &map.stages {
            assert!(!stage.id.is_empty() && !stage.title.is_empty() && !stage.why.is_empty());
            for (i, node) in stage.nodes.iter().enumerate() {
                let later = &stage.nodes[i..];
                assert!(
                    node.prerequisites
                        .iter()
                        .all(|p| later.iter().all(|n| n.skill.id != p.id)),
                    "{}: {} comes after its prerequisites",
                    role.id,
                    node.skill.id
                );
            }
        }
        let none = Progress::default();
        assert_eq!(map.tally(&none).total, role.skills.len());
        assert!(map.next_up(&everything).is_empty());
        assert!(map.tally(&everything).complete());
        let gap = plan::gap(cat, role, &none);
        assert_eq!(gap.len(), role.skills.len());
        assert!(plan::gap(cat, role, &everything).is_empty());
        let index = plan::PlanIndex::new(cat);
        for objective in Objective::ALL {
            let proposal = index.propose(cat, &gap, &Constraints::default(), objective);
            let covered = proposal.picks.iter().map(|p| p.covers.len()).sum::<usize>();
            assert_eq!(
                covered + proposal.untaught.len(),
                gap.len(),
                "{objective:?}"
            );
        }
        let proposal = index.propose(cat, &gap, &Constraints::default(), Objective::Fewest);
        assert!(
            proposal.out_of_reach.is_empty(),
            "nothing is out of reach without constraints"
        );
        let courses: Vec<_> = proposal.picks.iter().map(|p| p.course).collect();
        let summary = plan::summarise(cat, &gap, &courses);
        assert_eq!(summary.uncovered, proposal.untaught, "{}", role.id);
        for pick in &proposal.picks {
            assert!(!pick.covers.is_empty());
            index.alternatives(cat, &gap, &Constraints::default(), &courses, pick.course);
        }
        let saved = Plan {
            role: Some(role.id.clone()),
            courses: courses.iter().map(|c| c.id.clone()).collect(),
            constraints: Constraints::default(),
            objective: Objective::Soonest,
            load: StudyLoad::PartTime,
        };
        assert_eq!(Plan::decode(&saved.encode()), Ok(saved.clone()));
        let linked = Plan::from_query(&saved.to_query(), cat);
        assert_eq!((linked.value, linked.notes.len()), (saved, 0));
    }
}
