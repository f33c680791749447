//! `audit-catalogue [--summary] [--today YYYY-MM-DD] FILE`: for each kind of
//! fact a visitor reads (roles, salaries, outlooks, courses, fees,
//! providers), how many have a source and how many are possibly out of
//! date, the unknown fees and unpublished intakes, the dates that have
//! passed (judged on `--today` when it is after the review date, else on
//! the review date), and every finding with its path.
//!
//! Exit status: 0 when every shown fact has a source, 1 when one has none,
//! 2 when the file cannot be read as a catalogue. Validation problems of
//! other kinds are printed but do not fail the audit (`validate-catalogue`
//! is the command for those).

use std::process::ExitCode;

use career_core::age::Day;
use career_core::load::read_catalogue;
use career_core::{audit, validate};

const USAGE: &str = "usage: audit-catalogue [--summary] [--today YYYY-MM-DD] FILE";

fn main() -> ExitCode {
    let mut summary = false;
    let mut today = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--summary" => summary = true,
            "--today" => match args.next().as_deref().and_then(Day::parse) {
                Some(day) => today = Some(day),
                None => {
                    eprintln!("--today needs a date like 2026-12-06\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => files.push(arg),
        }
    }
    let [file] = files.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    // Read without validating, so a catalogue the validator rejects can
    // still be audited.
    let cat = match read_catalogue(&text) {
        Ok(cat) => cat,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    println!("{file}");
    let problems = validate(&cat);
    if !problems.is_empty() {
        println!(
            "The validator reports {} problem(s); run validate-catalogue for all of them. The first: {}",
            problems.len(),
            problems[0]
        );
    }
    let audit = audit::audit(&cat, today);
    print!("{}", audit.report(summary));
    if audit.unsourced() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
