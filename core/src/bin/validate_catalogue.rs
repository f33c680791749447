//! `validate-catalogue FILE…`: checks catalogue files the way the app does and
//! prints every problem with its path. Exit status 0 only if all are valid.

use std::process::ExitCode;

use career_core::{parse_catalogue, LoadError};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate-catalogue FILE [FILE…]");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                ok = false;
                continue;
            }
        };
        match parse_catalogue(&text) {
            Ok(c) => println!(
                "{file}: valid ({} roles, {} skills, {} providers, {} courses, {} quiz questions)",
                c.roles.len(),
                c.skills.len(),
                c.providers.len(),
                c.courses.len(),
                c.quiz.len()
            ),
            Err(LoadError::Invalid(problems)) => {
                ok = false;
                eprintln!("{file}: {} problem(s):", problems.len());
                for p in problems {
                    eprintln!("  {p}");
                }
            }
            Err(e) => {
                ok = false;
                eprintln!("{file}: {e}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
