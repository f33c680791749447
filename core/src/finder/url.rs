//! The URL form of a finder query: `q`, one parameter per facet with its
//! option ids comma-separated, `max_fee`, `sort` and `page`. Defaults are
//! left out, so the plain finder's address has no query at all.

use super::facet::Facet;
use super::index::CourseIndex;
use super::query::{CourseQuery, Sort};
use crate::links::param;
use crate::note::Note;
use std::collections::HashSet;

impl CourseQuery {
    /// Reads a query from URL parameters. Values the index does not know are
    /// dropped, each with a note; `get` returns a parameter's decoded value.
    pub fn from_params(
        get: impl Fn(&str) -> Option<String>,
        index: &CourseIndex,
    ) -> (CourseQuery, Vec<Note>) {
        let mut notes = Vec::new();
        let mut q = CourseQuery {
            text: get(param::TEXT)
                .map(|t| t.trim().to_string())
                .unwrap_or_default(),
            ..CourseQuery::default()
        };
        for facet in Facet::ALL {
            let Some(raw) = get(facet.param()) else {
                continue;
            };
            let mut unknown = Vec::new();
            for value in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                if !index.has_option(facet, value) {
                    unknown.push(value.to_string());
                } else if !q.is_selected(facet, value) {
                    q.filters[facet as usize].push(value.to_string());
                }
            }
            // One note per facet, however many values it names.
            notes.extend(Note::if_any(unknown, |values| Note::UnknownFacetOptions {
                facet,
                values,
            }));
        }
        if let Some(raw) = get(param::MAX_FEE) {
            match raw.trim().parse::<u32>() {
                Ok(v) => q.max_fee = Some(v),
                Err(_) => notes.push(Note::CostLimitNotAnAmount { value: raw }),
            }
        }
        if let Some(raw) = get(param::SORT) {
            match Sort::from_id(&raw) {
                Some(s) => q.sort = s,
                None => notes.push(Note::UnknownSort { value: raw }),
            }
        }
        if let Some(raw) = get(param::PAGE) {
            // Any whole number of 1 or more is a page; one past the last
            // (however large) shows the last, with the results' note, the
            // same on every platform.
            let digits = raw.trim();
            match digits.parse::<usize>() {
                Ok(p) if p >= 1 => q.page = p,
                _ if !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && digits.trim_start_matches('0').len() > 1 =>
                {
                    q.page = usize::MAX
                }
                _ => notes.push(Note::NotAPageNumber { value: raw }),
            }
        }
        (q, notes)
    }

    /// Reads a query from a URL query string (without `?`), decoding it as a
    /// browser does; where a parameter repeats, its first value counts.
    pub fn from_query_string(query: &str, index: &CourseIndex) -> (CourseQuery, Vec<Note>) {
        let pairs = decoded_pairs(query);
        CourseQuery::from_params(|key| first_value(&pairs, key), index)
    }

    /// The URL query string (without `?`), defaults left out, stable order.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.text.trim().is_empty() {
            parts.push(format!(
                "{}={}",
                param::TEXT,
                encode_component(self.text.trim())
            ));
        }
        for facet in Facet::ALL {
            let values = self.selected(facet);
            if !values.is_empty() {
                let values: Vec<String> = values.iter().map(|v| encode_component(v)).collect();
                parts.push(format!("{}={}", facet.param(), values.join(",")));
            }
        }
        if let Some(max) = self.max_fee {
            parts.push(format!("{}={max}", param::MAX_FEE));
        }
        if self.sort != Sort::Relevance {
            parts.push(format!("{}={}", param::SORT, self.sort.id()));
        }
        if self.page > 1 {
            parts.push(format!("{}={}", param::PAGE, self.page));
        }
        parts.join("&")
    }
}

/// A URL query string's (without `?`) parameters in order, each name and
/// value decoded as a browser does.
fn decoded_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// The first value of parameter `key` among decoded `pairs`.
fn first_value(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// The decoded value of parameter `key` in a URL query string (without
/// `?`), as a browser's `URLSearchParams.get` gives it: the first, where
/// the parameter repeats.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    first_value(&decoded_pairs(query), key)
}

/// The parameters named more than once in a URL query string (without
/// `?`), decoded, in the order they first repeat. Every reader of the
/// address takes a repeated parameter's first value, as a browser's
/// `URLSearchParams.get` does, and the visitor is told (see
/// [`repeated_note`]).
pub fn repeated_params(query: &str) -> Vec<String> {
    let (mut seen, mut noted) = (HashSet::new(), HashSet::new());
    let mut repeated = Vec::new();
    for (key, _) in decoded_pairs(query) {
        if !seen.insert(key.clone()) && noted.insert(key.clone()) {
            repeated.push(key);
        }
    }
    repeated
}

/// The note for parameters named more than once, or `None`.
pub fn repeated_note(repeated: &[String]) -> Option<Note> {
    Note::if_any(repeated.to_vec(), |params| Note::RepeatedParams { params })
}

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes a query-string component as a browser's `URLSearchParams` does:
/// `+` is a space, `%XX` a byte; a `%` not followed by two hex digits stays
/// as it is, and bytes that are not UTF-8 become U+FFFD.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits make one byte.
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn repeated_parameters_are_named_once_each() {
        assert_eq!(repeated_params("a=1&b=2"), Vec::<String>::new());
        assert_eq!(
            repeated_params("q=x&roles=a&q=y&q=z&ro%6Ces=b"),
            vec!["q", "roles"]
        );
        assert_eq!(repeated_note(&[]), None);
        assert_eq!(
            repeated_note(&["q".to_string()]),
            Some(Note::RepeatedParams {
                params: vec!["q".to_string()]
            })
        );
        let many: String = (0..20_000).map(|n| format!("k{n}=1&k{n}=2&")).collect();
        assert_eq!(repeated_params(&many).len(), 20_000);
    }

    use super::super::testing::{catalogue, query};
    use super::*;

    #[test]
    fn url_round_trip_and_bad_values_are_noted() {
        let cat = catalogue();
        let index = CourseIndex::new(&cat);
        let q = query(
            &[
                ("q", "web dev"),
                ("mode", "online,blended"),
                ("skill", "sql"),
                ("max_fee", "5000"),
                ("sort", "cost"),
                ("page", "2"),
            ],
            &index,
        );
        let s = q.to_query_string();
        assert_eq!(
            s,
            "q=web%20dev&mode=online,blended&skill=sql&max_fee=5000&sort=cost&page=2"
        );
        assert_eq!(CourseQuery::from_query_string(&s, &index), (q, vec![]));
        let (q, notes) = CourseQuery::from_params(
            |k| match k {
                "mode" => Some("online,by-post".into()),
                "skill" => Some("dockr".into()),
                "sort" => Some("random".into()),
                "page" => Some("-1".into()),
                "max_fee" => Some("cheap".into()),
                _ => None,
            },
            &index,
        );
        assert_eq!(q.selected(Facet::Mode), ["online".to_string()]);
        assert!(q.selected(Facet::Skill).is_empty());
        assert_eq!(q.sort, Sort::Relevance);
        assert_eq!(q.page, 1);
        assert_eq!(q.max_fee, None);
        let value = |v: &str| v.to_string();
        assert_eq!(
            notes,
            [
                Note::UnknownFacetOptions {
                    facet: Facet::Mode,
                    values: vec![value("by-post")]
                },
                Note::UnknownFacetOptions {
                    facet: Facet::Skill,
                    values: vec![value("dockr")]
                },
                Note::CostLimitNotAnAmount {
                    value: value("cheap")
                },
                Note::UnknownSort {
                    value: value("random")
                },
                Note::NotAPageNumber { value: value("-1") },
            ]
        );
    }

    #[test]
    fn search_text_is_trimmed_and_repeated_values_count_once() {
        let index = CourseIndex::new(&catalogue());
        let (q, notes) =
            CourseQuery::from_query_string("q=+web+&mode=online,online&mode=blended", &index);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(q.text, "web");
        assert_eq!(q.selected(Facet::Mode), ["online".to_string()]);
        assert_eq!(CourseQuery::default().to_query_string(), "");
    }

    #[test]
    fn a_query_value_is_the_first_decoded_one() {
        assert_eq!(
            query_value("a=1&view=x%2Fy&view=z", "view").as_deref(),
            Some("x/y")
        );
        assert_eq!(query_value("v%69ew=+x", "view").as_deref(), Some(" x"));
        assert_eq!(query_value("view", "view").as_deref(), Some(""));
        assert_eq!(query_value("", "view"), None);
        assert_eq!(query_value("views=1", "view"), None);
    }

    #[test]
    fn components_encode_and_decode() {
        assert_eq!(encode_component("a&b=c é"), "a%26b%3Dc%20%C3%A9");
        assert_eq!(decode_component("a%26b%3Dc%20%C3%A9"), "a&b=c é");
        assert_eq!(decode_component("a+b"), "a b");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "\u{fffd}");
    }
}
