//! The options a host sets for an embedded view, as the `embed;…` path
//! segment carries them: reading them (a [`Note`] for each one that cannot
//! be used), writing them back, and telling an embedded path from any other.

use super::colour::Rgb;
use crate::note::Note;
use crate::prefs::Scheme;
use crate::validate::is_slug;

/// The first path segment that switches embed mode on.
pub const SEGMENT: &str = "embed";

/// Part of an options segment as the host wrote it, for a note: percent-
/// decoded as a path is (a `+` stays a `+`) and cut to 40 characters.
fn as_written(part: &str) -> String {
    const SHOWN: usize = 40;
    let decoded = crate::finder::decode_component(&part.replace('+', "%2B"));
    if decoded.chars().count() > SHOWN {
        format!("{}…", decoded.chars().take(SHOWN).collect::<String>())
    } else {
        decoded
    }
}

/// What a host chose for an embedded view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The host's brand colour, from which [`AccentPalette`] is derived.
    pub accent: Option<Rgb>,
    /// A forced colour scheme; without it the visitor's system decides.
    pub scheme: Option<Scheme>,
    /// Tighter type and spacing, for narrow columns.
    pub compact: bool,
    /// Show only this provider's courses everywhere (a university's own).
    pub provider: Option<String>,
}

impl EmbedOptions {
    /// Parses the options part of an `embed;…` segment (everything after
    /// `embed`). Unknown or malformed options are skipped, each with a note
    /// for the host; the rest still apply.
    pub fn parse(options: &str) -> (EmbedOptions, Vec<Note>) {
        let mut out = EmbedOptions::default();
        let mut notes = Vec::new();
        let mut unknown = Vec::new();
        for option in options.split(';').filter(|o| !o.is_empty()) {
            let (key, value) = match option.split_once('=') {
                Some((key, value)) => (key, Some(value)),
                None => (option, None),
            };
            // What a note quotes: the value as the host wrote it (embed.js
            // percent-encodes it), or nothing for a missing value.
            let shown = as_written(value.unwrap_or_default());
            match key {
                "accent" => match value.and_then(Rgb::parse_hex) {
                    Some(rgb) => out.accent = Some(rgb),
                    None => notes.push(Note::BadAccent { value: shown }),
                },
                "theme" => match value {
                    Some("auto") => out.scheme = None,
                    _ => match value.and_then(Scheme::from_name) {
                        Some(scheme) => out.scheme = Some(scheme),
                        None => notes.push(Note::BadTheme { value: shown }),
                    },
                },
                // A flag: present means on, whatever follows it.
                "compact" => out.compact = true,
                "provider" => match value.filter(|v| is_slug(v)) {
                    Some(id) => out.provider = Some(id.to_string()),
                    None => notes.push(Note::BadProvider { value: shown }),
                },
                _ => unknown.push(as_written(key)),
            }
        }
        notes.extend(Note::if_any(unknown, |names| Note::UnknownOptions {
            names,
        }));
        (out, notes)
    }

    /// The path segment for these options: `embed` or `embed;k=v;…`.
    pub fn to_segment(&self) -> String {
        let mut segment = SEGMENT.to_string();
        if let Some(accent) = self.accent {
            segment.push_str(&format!(";accent={}", &accent.to_hex()[1..]));
        }
        if let Some(scheme) = self.scheme {
            segment.push_str(";theme=");
            segment.push_str(scheme.name());
        }
        if self.compact {
            segment.push_str(";compact");
        }
        if let Some(provider) = &self.provider {
            segment.push_str(";provider=");
            segment.push_str(provider);
        }
        segment
    }
}

/// Splits an app-relative path (after the site's base path) into embed
/// options and the rest: `/embed;compact/courses` gives the options
/// segment `embed;compact`. `None` outside embed mode.
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix('/')?;
    let (segment, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let options = segment.strip_prefix(SEGMENT)?;
    (options.is_empty() || options.starts_with(';')).then_some((segment, tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_option_and_round_trips() {
        let (opts, notes) = EmbedOptions::parse(";accent=0B5CAD;theme=dark;compact;provider=rmit");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(opts.accent, Some(Rgb(0x0b, 0x5c, 0xad)));
        assert_eq!(opts.scheme, Some(Scheme::Dark));
        assert!(opts.compact);
        assert_eq!(opts.provider.as_deref(), Some("rmit"));
        let segment = opts.to_segment();
        assert_eq!(
            segment,
            "embed;accent=0b5cad;theme=dark;compact;provider=rmit"
        );
        let (again, _) = EmbedOptions::parse(segment.strip_prefix(SEGMENT).unwrap());
        assert_eq!(again, opts);
    }

    #[test]
    fn bad_options_are_skipped_with_a_note_each() {
        let (opts, notes) =
            EmbedOptions::parse(";accent=blue;theme=sepia;provider=<script>;colour=red;compact");
        assert_eq!(
            opts,
            EmbedOptions {
                compact: true,
                ..EmbedOptions::default()
            }
        );
        assert_eq!(
            notes,
            [
                Note::BadAccent {
                    value: "blue".into()
                },
                Note::BadTheme {
                    value: "sepia".into()
                },
                Note::BadProvider {
                    value: "<script>".into()
                },
                Note::UnknownOptions {
                    names: vec!["colour".into()]
                },
            ]
        );
    }

    #[test]
    fn notes_quote_options_as_the_host_wrote_them_and_summarise_unknown_ones() {
        let (_, notes) = EmbedOptions::parse(";theme=s%C3%A9pia%20x;provider=a+b");
        assert_eq!(
            notes,
            [
                Note::BadTheme {
                    value: "sépia x".into()
                },
                Note::BadProvider {
                    value: "a+b".into()
                },
            ]
        );
        let many: String = (0..500).map(|n| format!(";opt{n}=1")).collect();
        let (_, notes) = EmbedOptions::parse(&many);
        assert_eq!(notes.len(), 1, "one note for them all");
        assert_eq!(
            notes[0].to_string(),
            "unknown options “opt0”, “opt1”, “opt2” and 497 more were ignored."
        );
        let (_, notes) = EmbedOptions::parse(&format!(";theme={}", "x".repeat(5000)));
        assert_eq!(
            notes,
            [Note::BadTheme {
                value: format!("{}…", "x".repeat(40))
            }],
            "a long value is cut"
        );
    }

    #[test]
    fn options_without_values_and_ids_that_are_not_slugs_are_noted() {
        let (opts, notes) = EmbedOptions::parse(";accent;theme;provider;provider=a_b;provider=-x");
        assert_eq!(opts, EmbedOptions::default());
        assert_eq!(
            notes,
            [
                Note::BadAccent { value: "".into() },
                Note::BadTheme { value: "".into() },
                Note::BadProvider { value: "".into() },
                Note::BadProvider {
                    value: "a_b".into()
                },
                Note::BadProvider { value: "-x".into() },
            ]
        );
        let (opts, notes) = EmbedOptions::parse(";theme=light;theme=auto;compact=yes");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(opts.scheme, None, "the last theme wins");
        assert!(opts.compact);
    }

    #[test]
    fn no_options_is_the_bare_segment() {
        assert_eq!(EmbedOptions::default().to_segment(), "embed");
        assert_eq!(EmbedOptions::parse(""), (EmbedOptions::default(), vec![]));
    }

    #[test]
    fn splits_embed_paths_only() {
        assert_eq!(split_path("/embed/courses"), Some(("embed", "/courses")));
        assert_eq!(
            split_path("/embed;compact/roles/x"),
            Some(("embed;compact", "/roles/x"))
        );
        assert_eq!(split_path("/embed"), Some(("embed", "")));
        assert_eq!(split_path("/embedded/courses"), None);
        assert_eq!(split_path("/courses"), None);
        assert_eq!(split_path(""), None);
    }
}
