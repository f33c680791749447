//! Turns catalogue text into a validated [`Catalogue`], or a [`LoadError`]
//! that tells a visitor or a host exactly what is wrong.

use std::fmt;

use serde::Deserialize;

use crate::model::{Catalogue, SCHEMA_VERSION};
use crate::validate::{validate, Problem};

/// Why a catalogue could not be used. `Display` gives the message shown on
/// the error screen and printed by the `validate-catalogue` command.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request failed before any response (offline, DNS, CORS…).
    Network(String),
    /// The server answered with a non-success status.
    Http { status: u16, url: String },
    /// The body is not JSON at all, or is cut short.
    NotJson(String),
    /// `schema_version` is absent or not a number.
    MissingVersion,
    /// A `schema_version` this build does not understand.
    WrongVersion(u64),
    /// JSON, but not of the catalogue's shape (missing field, wrong type…).
    Shape { path: String, message: String },
    /// Well-formed but inconsistent: dangling ids, bad ranges, bad links…
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(why) => write!(f, "The catalogue could not be downloaded: {why}."),
            LoadError::Http { status, url } => {
                write!(
                    f,
                    "The catalogue could not be downloaded: {url} answered HTTP {status}."
                )
            }
            LoadError::NotJson(why) => write!(f, "The catalogue is not valid JSON: {why}."),
            LoadError::MissingVersion => {
                write!(f, "The catalogue has no numeric \"schema_version\" field.")
            }
            LoadError::WrongVersion(v) => write!(
                f,
                "The catalogue is schema_version {v}, but this app reads version {SCHEMA_VERSION}."
            ),
            LoadError::Shape { path, message } => {
                write!(
                    f,
                    "The catalogue does not match the format at {path}: {message}."
                )
            }
            LoadError::Invalid(problems) => {
                let n = problems.len();
                write!(
                    f,
                    "The catalogue has {n} problem{}; the first is {}.",
                    if n == 1 { "" } else { "s" },
                    problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                )
            }
        }
    }
}

/// Only `schema_version` is read first, so a file of another version gets a
/// version message rather than a confusing shape error.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

/// Parses and validates catalogue text.
pub fn parse_catalogue(text: &str) -> Result<Catalogue, LoadError> {
    // serde would read a struct from a JSON array too; the format is an object.
    let not_an_object = || LoadError::Shape {
        path: "(top level)".into(),
        message: "expected a JSON object".into(),
    };
    let is_object = text.trim_start().starts_with('{');
    let probe: VersionProbe = match serde_json::from_str(text) {
        Ok(probe) if is_object => probe,
        Ok(_) => return Err(not_an_object()),
        Err(e) => {
            let valid_json = serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
            return Err(if valid_json && !is_object {
                not_an_object()
            } else {
                LoadError::NotJson(e.to_string())
            });
        }
    };
    match probe
        .schema_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
    {
        None => return Err(LoadError::MissingVersion),
        Some(v) if v != u64::from(SCHEMA_VERSION) => return Err(LoadError::WrongVersion(v)),
        Some(_) => {}
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let catalogue: Catalogue = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        LoadError::Shape {
            path: if path == "." {
                "(top level)".into()
            } else {
                path
            },
            message: strip_position(&e.inner().to_string()),
        }
    })?;
    let problems = validate(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
