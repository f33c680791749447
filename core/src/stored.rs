//! What the visitor's browser keeps and their links carry: the versioned
//! JSON envelope shared by saved progress and saved plans (the same text is
//! the exported file), its error, and [`Decoded`], a value read from a link
//! with a [`Note`] for everything that had to be dropped.
//!
//! The envelope is `{"format":"career-guide-<what>","version":1, …fields}`.
//! A newer version is told apart from a damaged value, so the app can say
//! "saved by a newer version" instead of "damaged", and neither is ever
//! silently overwritten by the caller without a note.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::note::Note;

/// A value read from outside input, with one visitor-facing note per part
/// that could not be used and was left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded<T> {
    /// What could be read.
    pub value: T,
    /// One note per part left out, to show the visitor.
    pub notes: Vec<Note>,
}

/// Why saved or imported text could not be read. Shared by progress and
/// plans (`ProgressError`, `PlanError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredError {
    /// Not JSON, not this kind of value, the wrong shape, or a value this
    /// version does not know (e.g. an unknown status name).
    Corrupt,
    /// Written by a newer version of the app, in this format version.
    FutureVersion(u32),
    /// Longer than [`MAX_STORED_BYTES`]: not read at all, so a huge value
    /// cannot stall the page.
    TooLarge,
}

/// The most text a saved or imported value may have: 1 MiB, far beyond
/// any real progress or plan (every skill of a catalogue at its largest
/// takes a few hundred kilobytes) and well within a browser's storage.
pub const MAX_STORED_BYTES: usize = 1 << 20;

impl fmt::Display for StoredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredError::Corrupt => write!(
                f,
                "It could not be read: it is damaged or was not saved by Career Guide."
            ),
            StoredError::FutureVersion(v) => write!(
                f,
                "It was saved by a newer version of Career Guide (format {v}); reload the page to update, then try again."
            ),
            StoredError::TooLarge => write!(
                f,
                "It is larger than the {} MB Career Guide reads, so it was not opened.",
                MAX_STORED_BYTES >> 20
            ),
        }
    }
}

impl std::error::Error for StoredError {}

/// The envelope's `format` value for `what`: `career-guide-<what>`.
fn format_name(what: &str) -> String {
    format!("career-guide-{what}")
}

/// `body`'s fields after `format` and `version`, as one JSON object.
pub(crate) fn encode<B: Serialize>(what: &str, version: u32, body: &B) -> String {
    #[derive(Serialize)]
    struct Envelope<'a, B> {
        format: String,
        version: u32,
        #[serde(flatten)]
        body: &'a B,
    }
    let envelope = Envelope {
        format: format_name(what),
        version,
        body,
    };
    // A struct of strings, numbers and maps with string keys always serialises.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads an envelope written by [`encode`] in `version`; a higher version
/// is `FutureVersion`, everything else that does not fit is `Corrupt`.
/// `B` should deny unknown fields so the shape is checked exactly.
pub(crate) fn decode<B: DeserializeOwned>(
    what: &str,
    version: u32,
    text: &str,
) -> Result<B, StoredError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(StoredError::TooLarge);
    }
    let mut fields: Map<String, Value> =
        serde_json::from_str(text).map_err(|_| StoredError::Corrupt)?;
    if fields.remove("format") != Some(Value::String(format_name(what))) {
        return Err(StoredError::Corrupt);
    }
    let found = fields
        .remove("version")
        .and_then(|v| v.as_u64())
        .ok_or(StoredError::Corrupt)?;
    if found > u64::from(version) {
        return Err(StoredError::FutureVersion(
            u32::try_from(found).unwrap_or(u32::MAX),
        ));
    }
    if found != u64::from(version) {
        return Err(StoredError::Corrupt);
    }
    serde_json::from_value(Value::Object(fields)).map_err(|_| StoredError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Body {
        n: u8,
    }

    #[test]
    fn envelopes_round_trip_and_say_why_they_do_not() {
        let text = encode("thing", 1, &Body { n: 3 });
        assert_eq!(text, r#"{"format":"career-guide-thing","version":1,"n":3}"#);
        assert_eq!(decode("thing", 1, &text), Ok(Body { n: 3 }));
        let bad = |t: &str| decode::<Body>("thing", 1, t);
        assert_eq!(bad("not json"), Err(StoredError::Corrupt));
        assert_eq!(bad("[]"), Err(StoredError::Corrupt));
        assert_eq!(
            decode::<Body>("other", 1, &text),
            Err(StoredError::Corrupt),
            "another kind of value"
        );
        let with = |version: &str, rest: &str| {
            bad(&format!(
                r#"{{"format":"career-guide-thing","version":{version}{rest}}}"#
            ))
        };
        assert_eq!(with("2", r#","n":3"#), Err(StoredError::FutureVersion(2)));
        assert_eq!(
            with("99999999999", ""),
            Err(StoredError::FutureVersion(u32::MAX))
        );
        assert_eq!(with("0", r#","n":3"#), Err(StoredError::Corrupt));
        assert_eq!(with("1.5", r#","n":3"#), Err(StoredError::Corrupt));
        assert_eq!(with("\"1\"", r#","n":3"#), Err(StoredError::Corrupt));
        assert_eq!(with("1", r#","n":3,"extra":1"#), Err(StoredError::Corrupt));
        assert_eq!(with("1", r#","n":300"#), Err(StoredError::Corrupt));
        let padded = format!(
            r#"{{"format":"career-guide-thing","version":1,"n":3{}}}"#,
            " ".repeat(MAX_STORED_BYTES)
        );
        assert_eq!(bad(&padded), Err(StoredError::TooLarge), "over the bound");
        let at_bound = format!(
            r#"{{"format":"career-guide-thing","version":1,"n":3{}}}"#,
            " ".repeat(MAX_STORED_BYTES - text.len())
        );
        assert_eq!(at_bound.len(), MAX_STORED_BYTES);
        assert_eq!(bad(&at_bound), Ok(Body { n: 3 }), "at the bound");
        assert!(StoredError::FutureVersion(2).to_string().contains("newer"));
        assert!(StoredError::Corrupt.to_string().contains("damaged"));
    }
}
