//! `generate-catalogue BASE.json COURSES [SEED]`: prints a valid catalogue with
//! BASE's roles, skills and providers and COURSES generated courses, for tests
//! and benchmarks of the course finder at scale.

use std::process::ExitCode;

use career_core::{parse_catalogue, synthetic};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(base), Some(count)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: generate-catalogue BASE.json COURSES [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let base = match std::fs::read_to_string(base)
        .map_err(|e| e.to_string())
        .and_then(|t| parse_catalogue(&t).map_err(|e| e.to_string()))
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{base}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cat = synthetic::with_courses(&base, count, seed);
    println!(
        "{}",
        serde_json::to_string(&cat).expect("a catalogue always serialises")
    );
    ExitCode::SUCCESS
}
