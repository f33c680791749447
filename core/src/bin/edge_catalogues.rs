//! `edge-catalogues OUT_DIR [BASE.json]`: writes every edge catalogue (see
//! `career_core::edge`) to OUT_DIR as `<edge case>.json`, with `index.json`
//! listing each file and what it exercises. BASE defaults to the bundled
//! catalogue. A catalogue that failed validation would not be written.

use std::path::Path;
use std::process::ExitCode;

use career_core::{edge, parse_catalogue, validate};

/// The bundled catalogue, the default base.
const BUNDLED: &str = include_str!("../../../data/catalogue.json");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first().map(Path::new) else {
        eprintln!("usage: edge-catalogues OUT_DIR [BASE.json]");
        return ExitCode::from(2);
    };
    match write_all(out, args.get(1).map(String::as_str)) {
        Ok(count) => {
            println!("{count} edge catalogues written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("edge-catalogues: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(out: &Path, base: Option<&str>) -> Result<usize, String> {
    let text = match base {
        Some(file) => std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?,
        None => BUNDLED.to_string(),
    };
    let base = parse_catalogue(&text).map_err(|e| format!("base catalogue: {e}"))?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut index = Vec::new();
    let cases = edge::catalogues(&base);
    for case in &cases {
        if let Some(problem) = validate(&case.catalogue).first() {
            return Err(format!("{} is not valid: {problem}", case.name));
        }
        let file = format!("{}.json", case.name);
        let json = serde_json::to_string_pretty(&case.catalogue)
            .map_err(|e| format!("{}: {e}", case.name))?;
        std::fs::write(out.join(&file), json + "\n").map_err(|e| format!("{file}: {e}"))?;
        index.push(serde_json::json!({ "name": case.name, "file": file, "about": case.about }));
    }
    let index = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())? + "\n";
    std::fs::write(out.join("index.json"), index).map_err(|e| format!("index.json: {e}"))?;
    Ok(cases.len())
}
