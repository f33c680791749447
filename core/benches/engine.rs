//! Native micro-benchmarks of the pure engine: building the course index,
//! text search and facet counting at 1,000 / 10,000 / 50,000 synthetic
//! courses, quiz scoring with skill gaps and course suggestions, the
//! comparison tables, a roadmap with its next-up and tally, and the plan's
//! index, proposal and alternatives at 1,000 / 10,000 / 50,000 courses. The plan group first prints how
//! close the greedy cover comes to the optimum on small random catalogues.
//! Run with `cargo bench -p career-core` (a few minutes);
//! `cargo bench -p career-core -- search_text` runs a subset.

#[path = "../tests/common/cover.rs"]
mod cover;

use std::hint::black_box;
use std::time::Duration;

use career_core::finder::{CourseIndex, CourseQuery, Facet};
use career_core::plan::{self, Constraints, Objective, PlanIndex};
use career_core::quiz::{self, Answer, Answers};
use career_core::roadmap::{self, Progress, Status};
use career_core::{compare, parse_catalogue, synthetic, Catalogue, Level, QuestionKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const SIZES: [usize; 3] = [1_000, 10_000, 50_000];
/// The prefixes typed while searching, short to long.
const QUERIES: [&str; 4] = ["d", "data", "python", "cloud sec"];

fn bundled() -> Catalogue {
    parse_catalogue(include_str!("../../data/catalogue.json"))
        .expect("the bundled catalogue is valid")
}

fn finder(c: &mut Criterion) {
    let base = bundled();
    let mut group = c.benchmark_group("finder");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let cat = synthetic::with_courses(&base, n, 1);
        group.bench_with_input(BenchmarkId::new("index_build", n), &cat, |b, cat| {
            b.iter(|| CourseIndex::new(black_box(cat)))
        });
        let index = CourseIndex::new(&cat);
        for text in QUERIES {
            let mut query = CourseQuery::cleared();
            query.text = text.to_string();
            group.bench_with_input(
                BenchmarkId::new(format!("search_text/{text}"), n),
                &query,
                |b, q| b.iter(|| index.search(black_box(q))),
            );
        }
        let provider_type = &index.options(Facet::Type)[0].id;
        let facet_query = CourseQuery::cleared().toggled(Facet::Type, provider_type);
        group.bench_with_input(BenchmarkId::new("search_facet", n), &facet_query, |b, q| {
            b.iter(|| index.search(black_box(q)))
        });
    }
    group.finish();
}

/// Every question answered: the first option, or "working" for self-ratings.
fn full_answers(cat: &Catalogue) -> Answers {
    Answers(
        cat.quiz
            .iter()
            .map(|q| {
                Some(match q.kind {
                    QuestionKind::SelfRating => Answer::Rating(Level::Working),
                    _ => Answer::Choice(0),
                })
            })
            .collect(),
    )
}

fn quiz_and_compare(c: &mut Criterion) {
    let cat = bundled();
    let answers = full_answers(&cat);
    let mut group = c.benchmark_group("quiz");
    group.sample_size(50);
    group.bench_function("score", |b| {
        b.iter(|| quiz::score(black_box(&cat), black_box(&answers)))
    });
    let top = quiz::score(&cat, &answers)[0].role;
    group.bench_function("skill_gap", |b| {
        b.iter(|| quiz::skill_gap(&cat, black_box(&answers), top))
    });
    let gaps: Vec<&str> = quiz::skill_gap(&cat, &answers, top)
        .iter()
        .filter(|row| row.is_gap())
        .map(|row| row.skill.id.as_str())
        .collect();
    group.bench_function("courses_for_gap", |b| {
        b.iter(|| {
            quiz::courses_for_gap(&cat, black_box(&gaps), &top.id, &quiz::StudyPlace::Anywhere)
        })
    });
    group.finish();

    let roles: Vec<_> = cat.roles.iter().take(4).collect();
    let mut group = c.benchmark_group("compare");
    group.sample_size(50);
    group.bench_function("skill_matrix/4_roles", |b| {
        b.iter(|| compare::skill_matrix(&cat, black_box(&roles)))
    });
    group.bench_function("overlap", |b| {
        b.iter(|| compare::overlap(&cat, roles[0], black_box(roles[1])))
    });
    group.bench_function("salary_bars/4_roles", |b| {
        b.iter(|| compare::salary_bars(black_box(&roles), "au"))
    });
    group.finish();
}

/// How many timed runs `print_percentiles` takes.
const PERCENTILE_RUNS: usize = 200;

/// Criterion reports a mean and its confidence interval; the issue asks for
/// median and p95 too, so this times `run` on its own and prints both.
fn print_percentiles(name: &str, mut run: impl FnMut()) {
    run(); // warm-up
    let mut times: Vec<Duration> = (0..PERCENTILE_RUNS)
        .map(|_| {
            let start = std::time::Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name}: median {:.2} ms, p95 {:.2} ms over {PERCENTILE_RUNS} runs",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3
    );
}

/// How many random cases the greedy cover is held against brute force on.
const QUALITY_CASES: u64 = 10_000;

fn roadmap_and_plan(c: &mut Criterion) {
    for objective in Objective::ALL {
        let q = cover::quality(QUALITY_CASES, objective);
        println!(
            "plan/greedy_quality/{}: the proposal was optimal (by brute force) in {:.1}% of {} random cases (up to 12 courses, 14 skills), worst ratio {:.2}, over the H(d) bound {} times",
            objective.name(),
            100.0 * q.optimal as f64 / q.cases as f64,
            q.cases,
            q.worst_ratio,
            q.over_bound
        );
    }
    let base = bundled();
    let role = base.role("backend-developer").unwrap_or(&base.roles[0]);
    let halfway = base
        .skills
        .iter()
        .step_by(2)
        .fold(Progress::default(), |p, s| p.with(&s.id, Status::Done));
    let mut group = c.benchmark_group("roadmap");
    group.sample_size(50);
    group.bench_function("view_next_up_tally", |b| {
        b.iter(|| {
            let map = roadmap::roadmap(&base, black_box(role));
            (map.next_up(&halfway).len(), map.tally(&halfway))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("plan");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    let limits = Constraints {
        state: Some("NSW".into()),
        max_fee: Some(20_000),
        ..Constraints::default()
    };
    for n in SIZES {
        let cat = synthetic::with_courses(&base, n, 1);
        let role = cat.role(&role.id).expect("the same roles");
        let gap = plan::gap(&cat, role, &Progress::default());
        group.bench_with_input(BenchmarkId::new("index_build", n), &cat, |b, cat| {
            b.iter(|| PlanIndex::new(black_box(cat)))
        });
        let index = PlanIndex::new(&cat);
        if n == *SIZES.last().expect("sizes") {
            for objective in Objective::ALL {
                print_percentiles(&format!("plan/propose/{}/{n}", objective.name()), || {
                    black_box(index.propose(
                        &cat,
                        black_box(&gap),
                        &Constraints::default(),
                        objective,
                    ));
                });
            }
        }
        group.bench_with_input(BenchmarkId::new("propose", n), &gap, |b, gap| {
            b.iter(|| {
                index.propose(
                    &cat,
                    black_box(gap),
                    &Constraints::default(),
                    Objective::Fewest,
                )
            })
        });
        group.bench_with_input(
            BenchmarkId::new("propose_constrained", n),
            &gap,
            |b, gap| b.iter(|| index.propose(&cat, black_box(gap), &limits, Objective::Fewest)),
        );
        let chosen: Vec<_> = index
            .propose(&cat, &gap, &Constraints::default(), Objective::Fewest)
            .picks
            .iter()
            .map(|p| p.course)
            .collect();
        group.bench_with_input(BenchmarkId::new("alternatives", n), &gap, |b, gap| {
            b.iter(|| {
                index.alternatives(
                    &cat,
                    black_box(gap),
                    &Constraints::default(),
                    &chosen,
                    chosen[0],
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, finder, quiz_and_compare, roadmap_and_plan);
criterion_main!(benches);
