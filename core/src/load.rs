//! Turns catalogue text into a validated [`Catalogue`], or a [`LoadError`]
//! that tells a visitor or a host exactly what is wrong.

use std::fmt;

use serde::Deserialize;

use crate::model::{Catalogue, SCHEMA_VERSION};
#[cfg(not(target_arch = "wasm32"))]
use crate::model::{Place, QualificationLevel, OLDEST_SCHEMA_VERSION};
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

impl LoadError {
    /// What the visitor can do about it: a failed connection is theirs to
    /// check; anything else is the host's to mend.
    pub fn what_to_do(&self) -> &'static str {
        match self {
            LoadError::Network(_) => "Check your internet connection, then try again.",
            _ => {
                "If you host this page, check the catalogue file against docs/catalogue.md \
                 (or run the validate-catalogue command). Otherwise, try again in a moment."
            }
        }
    }
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
    checked(read_catalogue(text)?)
}

/// The catalogue if it passes validation, else every problem found.
/// ([`parse_catalogue`] is [`read_catalogue`] then this; the browser runs
/// the two as separate tasks so neither holds the page up for long.)
pub fn checked(catalogue: Catalogue) -> Result<Catalogue, LoadError> {
    let problems = validate(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// `catalogue` as [`checked`] gives it, unless its exact bytes' `fingerprint`
/// is `built`: the one the build recorded in the page, of the catalogue it
/// validated before rendering any page (the build stops on a catalogue
/// with a problem). That catalogue is known to be valid, so the browser
/// does not validate it again, which at 50,000 courses takes as long as
/// reading it; any other (a replaced `catalogue.json`, a page without a
/// fingerprint) is validated.
pub fn checked_unless_built(
    catalogue: Catalogue,
    fingerprint: &str,
    built: Option<&str>,
) -> Result<Catalogue, LoadError> {
    if built == Some(fingerprint) {
        Ok(catalogue)
    } else {
        checked(catalogue)
    }
}

/// Reads catalogue text into the model, without validating it: the format
/// version, then the shape.
pub fn read_catalogue(text: &str) -> Result<Catalogue, LoadError> {
    // A UTF-8 byte-order mark is dropped, as a browser's fetch does, so the
    // validator, the build and the app read a file the same way.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
        // Only natively: the browser reads the build's own catalogue.json,
        // which the build writes in the current version
        // ([`in_current_version`]), so its code carries no migration.
        #[cfg(not(target_arch = "wasm32"))]
        Some(v) if v == u64::from(OLDEST_SCHEMA_VERSION) => {
            let migrated = migrate_v1(text)?;
            return read_current(&migrated);
        }
        Some(v) if v != u64::from(SCHEMA_VERSION) => return Err(LoadError::WrongVersion(v)),
        Some(_) => {}
    }
    read_current(text)
}

/// Catalogue text in the current format version: a version-1 file
/// migrated, anything else as it is (for the build, which serves what it
/// writes here to the browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn in_current_version(text: &str) -> Result<String, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let version = serde_json::from_str::<VersionProbe>(text)
        .ok()
        .and_then(|p| p.schema_version)
        .and_then(|v| v.as_u64());
    if version == Some(u64::from(OLDEST_SCHEMA_VERSION)) {
        migrate_v1(text)
    } else {
        Ok(text.to_string())
    }
}

/// A version-1 catalogue as version 2: each course's `subsidised` flag
/// becomes the place its definition meant ([`Place::from_v1_subsidised`]),
/// and an international `fee` moves to `international_fee`.
/// A course whose level cannot be read keeps the flag, so the shape error
/// names the level rather than a field the host never wrote.
#[cfg(not(target_arch = "wasm32"))]
fn migrate_v1(text: &str) -> Result<String, LoadError> {
    use serde_json::Value;
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    value["schema_version"] = Value::from(SCHEMA_VERSION);
    if let Some(courses) = value.get_mut("courses").and_then(Value::as_array_mut) {
        for course in courses.iter_mut().filter_map(Value::as_object_mut) {
            // Version 1 let `fee` be an international fee; 2 keeps those apart.
            let international = course
                .get("fee")
                .and_then(|f| f.get("students"))
                .is_some_and(|s| s == "international");
            if international {
                let fee = course.insert("fee".into(), Value::Null);
                course.insert("international_fee".into(), fee.unwrap_or_default());
            }
            let level = course
                .get("level")
                .and_then(|l| serde_json::from_value::<QualificationLevel>(l.clone()).ok());
            let (Some(level), Some(subsidised)) = (level, course.get("subsidised")) else {
                continue;
            };
            let Some(subsidised) = subsidised.as_bool() else {
                continue;
            };
            course.remove("subsidised");
            if subsidised {
                let place =
                    serde_json::to_value(Place::from_v1_subsidised(level)).unwrap_or_default();
                course.insert("places".into(), Value::Array(vec![place]));
            }
        }
    }
    Ok(value.to_string())
}

/// Reads text of the current version into the model.
fn read_current(text: &str) -> Result<Catalogue, LoadError> {
    // Read plainly, and only on failure work out where: tracking the path
    // while reading would double the size of the parsing code in the
    // browser's wasm.
    let catalogue: Catalogue = serde_json::from_str(text).map_err(|e| {
        let (path, at_key) = path_at(text, byte_offset(text, e.line(), e.column()));
        let message = strip_position(&e.to_string());
        // An enum written as an object is reported at its one key, the
        // variant's name: the path is the enum's.
        let path = if at_key && message.starts_with("unknown variant") {
            parent(&path)
        } else {
            path
        };
        let message = match format_change(&path, &message) {
            Some(change) => format!("{message} ({change})"),
            None => message,
        };
        LoadError::Shape {
            path: if path.is_empty() {
                "(top level)".into()
            } else {
                path
            },
            message,
        }
    })?;
    Ok(catalogue)
}

/// What changed in the format (December 2026, still version 1) when a shape
/// error is what a catalogue written before the change gets: fees, salaries,
/// course check dates and provider sources. `None` for any other error.
fn format_change(path: &str, message: &str) -> Option<&'static str> {
    let leaf = path.rsplit('.').next().unwrap_or(path);
    let in_fee = leaf == "fee" || path.contains(".fee.");
    if in_fee && (message.contains("`amount`") || message.starts_with("missing field")) {
        Some("a fee is now {min, max, currency, basis, funding, students, year, source}: `amount` became `min` and `max`; see docs/catalogue.md")
    } else if path.contains(".salaries[") && message.starts_with("missing field") {
        Some("a salary now names its currency and says what it measures: statistic, pay, basis, surveyed; see docs/catalogue.md")
    } else if path.starts_with("providers[")
        && (message == "missing field `source`" || message == "missing field `checked`")
    {
        Some("each provider now names the source of its details, as `source`, and the date they were last checked, as `checked`; see docs/catalogue.md")
    } else if message == "missing field `checked`" {
        Some("each course now records the date its facts were last checked, as `checked`; see docs/catalogue.md")
    } else {
        None
    }
}

/// The byte offset of serde_json's 1-based line and column (columns count
/// bytes).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

/// One step of a JSON path.
enum Step {
    /// In an object, after this key (none yet at its start).
    Key(Option<String>),
    /// In an array, at this index.
    Index(usize),
}

/// The JSON path (`courses[3].duration_weeks`) of the value being read at
/// byte `offset` of `text`, which is well-formed JSON up to there; empty at
/// the top level. Also says whether the last thing read was a key.
fn path_at(text: &str, offset: usize) -> (String, bool) {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut steps: Vec<Step> = Vec::new();
    let mut at_key = false;
    // Right after an opening bracket, an error is about the array itself.
    let mut at_open = false;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_whitespace() {
            at_open = bytes[i] == b'[';
        }
        match bytes[i] {
            b'{' => steps.push(Step::Key(None)),
            b'[' => steps.push(Step::Index(0)),
            b'}' | b']' => {
                steps.pop();
            }
            b',' => {
                if let Some(Step::Index(n)) = steps.last_mut() {
                    *n += 1;
                }
            }
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let string = &text[start..i.min(bytes.len())];
                // Looking past `offset`: an error can be reported right
                // after a key, before its colon.
                let next = text.as_bytes()[(i + 1).min(text.len())..]
                    .iter()
                    .find(|b| !b.is_ascii_whitespace());
                at_key = false;
                if let (Some(Step::Key(key)), Some(b':')) = (steps.last_mut(), next) {
                    *key = Some(string.to_string());
                    at_key = true;
                }
            }
            b if !b.is_ascii_whitespace() => at_key = false,
            _ => {}
        }
        i += 1;
    }
    if at_open {
        steps.pop();
    }
    let mut path = String::new();
    for step in &steps {
        match step {
            Step::Key(Some(key)) if path.is_empty() => path.push_str(key),
            Step::Key(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Step::Key(None) => {}
            Step::Index(n) => path.push_str(&format!("[{n}]")),
        }
    }
    (path, at_key)
}

/// The path one step up: `courses[3].fee` → `courses[3]`, `courses[3]` → `courses`.
fn parent(path: &str) -> String {
    match path.rfind(['.', '[']) {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_failed_connection_is_the_visitors_to_check_and_anything_else_the_hosts() {
        let network = LoadError::Network("TypeError: Failed to fetch".into());
        assert_eq!(
            network.what_to_do(),
            "Check your internet connection, then try again."
        );
        let http = LoadError::Http {
            status: 404,
            url: "catalogue.json".into(),
        };
        assert!(http
            .what_to_do()
            .starts_with("If you host this page, check the catalogue file"));
        assert!(LoadError::MissingVersion
            .what_to_do()
            .contains("validate-catalogue"));
    }
    use super::*;

    /// The path serde_path_to_error reports for `text`, in our notation.
    fn tracked_path(text: &str) -> Option<String> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, Catalogue>(de).err()?;
        let path = error.path().to_string();
        Some(if path == "." {
            "(top level)".into()
        } else {
            path
        })
    }

    fn shape_path(text: &str) -> Option<String> {
        match parse_catalogue(text) {
            Err(LoadError::Shape { path, .. }) => Some(path),
            _ => None,
        }
    }

    /// Every kind of shape error, at many places in a real catalogue, gets
    /// the same path as a path-tracking read would give.
    #[test]
    fn only_the_catalogue_the_build_validated_skips_validation() {
        let mut broken = crate::test_fixture();
        broken.courses[0].provider = "nowhere".into();
        let text = serde_json::to_string(&broken).unwrap();
        let fingerprint = crate::pages::fingerprint(&text);
        let read = || read_catalogue(&text).unwrap();
        assert!(matches!(
            checked_unless_built(read(), &fingerprint, None),
            Err(LoadError::Invalid(_))
        ));
        assert!(matches!(
            checked_unless_built(read(), &fingerprint, Some("0123456789abcdef")),
            Err(LoadError::Invalid(_))
        ));
        // Only the build's own bytes: it would have refused these.
        assert!(checked_unless_built(read(), &fingerprint, Some(&fingerprint)).is_ok());
    }

    #[test]
    fn shape_errors_name_the_same_path_as_a_tracking_read() {
        let good: serde_json::Value =
            serde_json::from_str(include_str!("../../data/catalogue.json")).unwrap();
        let mut checked = 0;
        type Edit = (&'static str, fn(&mut serde_json::Value));
        let edits: [Edit; 5] = [
            ("wrong type", |v| *v = serde_json::json!({"wrong": true})),
            ("number as text", |v| *v = serde_json::json!("long")),
            ("unknown enum", |v| *v = serde_json::json!(-1)),
            ("null", |v| *v = serde_json::Value::Null),
            ("array", |v| *v = serde_json::json!([1, "x"])),
        ];
        // Every field of a few entries of each list, and of the top level.
        let mut targets: Vec<Vec<String>> = Vec::new();
        for list in ["roles", "courses", "providers", "skills", "quiz"] {
            for index in [3usize] {
                if let Some(entry) = good[list][index].as_object() {
                    for key in entry.keys() {
                        targets.push(vec![list.into(), index.to_string(), key.clone()]);
                    }
                    targets.push(vec![list.into(), index.to_string()]);
                }
            }
        }
        targets.push(vec![
            "meta".into(),
            "sources".into(),
            "2".into(),
            "year".into(),
        ]);
        for target in &targets {
            for (name, edit) in &edits {
                let mut bad = good.clone();
                let mut at = &mut bad;
                for step in target {
                    at = match step.parse::<usize>() {
                        Ok(i) => &mut at[i],
                        Err(_) => &mut at[step.as_str()],
                    };
                }
                edit(at);
                let mut texts = vec![bad.to_string()];
                if *name == "wrong type" {
                    // Over several lines too: columns restart on each.
                    texts.push(serde_json::to_string_pretty(&bad).unwrap());
                }
                for text in texts {
                    let Some(expected) = tracked_path(&text) else {
                        continue; // the edit happened to be valid
                    };
                    assert_eq!(shape_path(&text), Some(expected), "{name} at {target:?}");
                    checked += 1;
                }
            }
        }
        // A missing field and an unknown one.
        let mut missing = good.clone();
        missing["courses"][2]
            .as_object_mut()
            .unwrap()
            .remove("title");
        let mut unknown = good.clone();
        unknown["roles"][1]["colour"] = serde_json::json!("red");
        for bad in [missing, unknown] {
            let text = bad.to_string();
            assert_eq!(shape_path(&text), tracked_path(&text));
            checked += 1;
        }
        assert!(checked > 50, "only {checked} cases checked");
    }
}
