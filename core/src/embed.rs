//! Embed mode: the options a host page sets for an embedded view, their
//! validation, and the colours derived from a host's accent.
//!
//! An embedded view lives under a path whose first segment is `embed`,
//! optionally followed by `;`-separated options, e.g.
//! `/embed;accent=0b5cad;theme=dark;compact;provider=rmit/courses`.
//! Keeping the options in the path (rather than the query) means the
//! router treats `/embed;…` as its base, so every in-app link and
//! navigation inside the iframe keeps them without any extra work.

use crate::compare::{self, MAX_ROLES, MIN_ROLES};
use crate::format::escape_html;
use crate::model::{Catalogue, Course, Role};
pub use crate::prefs::Scheme;
use crate::stored::naming;
use crate::validate::is_slug;

/// The first path segment that switches embed mode on.
pub const SEGMENT: &str = "embed";

/// An sRGB colour as three bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `rrggbb` or `#rrggbb` (hex digits, either case).
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// This colour moved `percent` of the way towards `target`.
    fn mix(self, target: Rgb, percent: u8) -> Rgb {
        let step = |from: u8, to: u8| {
            let (from, to, p) = (i32::from(from), i32::from(to), i32::from(percent));
            // Always between `from` and `to`, so it fits in a byte.
            (from + (to - from) * p / 100) as u8
        };
        Rgb(
            step(self.0, target.0),
            step(self.1, target.1),
            step(self.2, target.2),
        )
    }
}

/// The body-text contrast WCAG 2 AA asks for.
pub const MIN_CONTRAST: f64 = 4.5;

/// The app's lightest and darkest page surfaces in each scheme (see
/// style/main.css): an accent must read on all of them.
const LIGHT_SURFACES: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xe9, 0xed, 0xf2)];
const DARK_SURFACES: [Rgb; 2] = [Rgb(0x0f, 0x14, 0x19), Rgb(0x21, 0x2a, 0x35)];
const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The accent colours used on screen, derived from a host's accent so that
/// links and buttons stay readable whatever colour the host picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccentPalette {
    /// Links and filled buttons in the light scheme (white text on it).
    pub light: Rgb,
    /// Hover colour in the light scheme.
    pub light_strong: Rgb,
    /// Links and filled buttons in the dark scheme (dark text on it).
    pub dark: Rgb,
    /// Hover colour in the dark scheme.
    pub dark_strong: Rgb,
}

impl AccentPalette {
    /// Keeps the host's hue: darkens it for the light scheme and lightens it
    /// for the dark one, in small steps, only as far as contrast requires.
    pub fn from_accent(accent: Rgb) -> AccentPalette {
        let light = readable_on(accent, &LIGHT_SURFACES, BLACK);
        let dark = readable_on(accent, &DARK_SURFACES, WHITE);
        AccentPalette {
            light,
            light_strong: light.mix(BLACK, 20),
            dark,
            dark_strong: dark.mix(WHITE, 30),
        }
    }
}

/// `colour`, moved towards `towards` until it has at least [`MIN_CONTRAST`]
/// against every one of `surfaces`.
fn readable_on(colour: Rgb, surfaces: &[Rgb], towards: Rgb) -> Rgb {
    (0..=100u8)
        .step_by(5)
        .map(|p| colour.mix(towards, p))
        .find(|c| surfaces.iter().all(|s| c.contrast(*s) >= MIN_CONTRAST))
        .unwrap_or(towards)
}

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
    pub fn parse(options: &str) -> (EmbedOptions, Vec<String>) {
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
                    None => notes.push(format!(
                        "accent \"{shown}\" is not a colour like 0b5cad (six hex digits); the default colour is used."
                    )),
                },
                "theme" => match value {
                    Some("auto") => out.scheme = None,
                    _ => match value.and_then(Scheme::from_name) {
                        Some(scheme) => out.scheme = Some(scheme),
                        None => notes.push(format!(
                            "theme \"{shown}\" is not light, dark or auto; the visitor's system setting is used."
                        )),
                    },
                },
                // A flag: present means on, whatever follows it.
                "compact" => out.compact = true,
                "provider" => match value.filter(|v| is_slug(v)) {
                    Some(id) => out.provider = Some(id.to_string()),
                    None => notes.push(format!(
                        "provider \"{shown}\" is not a catalogue id; courses from all providers are shown."
                    )),
                },
                _ => unknown.push(as_written(key)),
            }
        }
        notes.extend(naming(
            &unknown,
            |name| format!("unknown option {name} was ignored."),
            |names| format!("unknown options {names} were ignored."),
        ));
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

/// The catalogue with only `provider`'s courses, or `None` if the catalogue
/// has no such provider. Roles, skills and questions are unchanged, so every
/// page works; course lists, gaps and the finder show that provider only.
pub fn only_provider(catalogue: &Catalogue, provider: &str) -> Option<Catalogue> {
    catalogue.provider(provider)?;
    let mut restricted = catalogue.clone();
    restricted.courses.retain(|c| c.provider == provider);
    Some(restricted)
}

/// "1 course", "3 courses".
pub fn course_count(n: usize) -> String {
    if n == 1 {
        "1 course".into()
    } else {
        format!("{n} courses")
    }
}

/// The providers a host can show alone, as the Embed page offers them:
/// (id, "Only CQUniversity (4 courses)"), by name.
pub fn provider_choices(cat: &Catalogue) -> Vec<(String, String)> {
    let mut providers: Vec<(String, String)> = cat
        .providers
        .iter()
        .map(|p| {
            let n = cat.courses.iter().filter(|c| c.provider == p.id).count();
            (
                p.id.clone(),
                format!("Only {} ({})", p.name, course_count(n)),
            )
        })
        .collect();
    crate::order::sort_by(&mut providers, |a, b| a.1.cmp(&b.1));
    providers
}

/// One of a provider's courses for a role, and why it is listed.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleCourse<'a> {
    pub course: &'a Course,
    /// The course says it leads to the role.
    pub leads_to_role: bool,
    /// The role's skills it teaches, as skill ids in the role's order.
    pub skills: Vec<&'a str>,
}

/// `provider`'s courses for `role`, for a guide embedded for that provider:
/// those that say they lead to the role, then those that teach any of its
/// skills, each group by how many of its skills they teach, then shortest
/// first (ties keep catalogue order).
pub fn provider_courses_for_role<'a>(
    cat: &'a Catalogue,
    provider: &str,
    role: &'a Role,
) -> Vec<RoleCourse<'a>> {
    let mut found: Vec<RoleCourse> = cat
        .courses
        .iter()
        .filter(|c| c.provider == provider)
        .filter_map(|course| {
            let skills: Vec<&str> = role
                .skills
                .iter()
                .map(|s| s.skill.as_str())
                .filter(|id| course.skills.iter().any(|s| s == id))
                .collect();
            let leads_to_role = course.roles.contains(&role.id);
            (leads_to_role || !skills.is_empty()).then_some(RoleCourse {
                course,
                leads_to_role,
                skills,
            })
        })
        .collect();
    crate::order::sort_by(&mut found, |a, b| {
        b.leads_to_role
            .cmp(&a.leads_to_role)
            .then(b.skills.len().cmp(&a.skills.len()))
            .then(a.course.duration_weeks.cmp(&b.course.duration_weeks))
    });
    found
}

/// The line under "Courses at CQUniversity for this role": "4 courses lead
/// to this role or teach its skills.", or that none does.
pub fn provider_courses_intro(provider_name: &str, found: usize) -> String {
    match found {
        0 => format!(
            "{provider_name} has no course in this guide that leads to this role or teaches its skills."
        ),
        1 => "1 course leads to this role or teaches its skills.".into(),
        n => format!("{n} courses lead to this role or teach its skills."),
    }
}

/// The views a host can embed, as the Embed page offers them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedView {
    Home,
    Courses,
    /// One role's guide.
    RoleGuide(String),
    /// Roles side by side (2 to 4).
    Compare(Vec<String>),
    Quiz,
}

impl EmbedView {
    /// The app path inside the embed, without the leading slash:
    /// `courses`, `roles/backend-developer`, `compare?roles=a,b`.
    pub fn path(&self) -> String {
        match self {
            EmbedView::Home => String::new(),
            EmbedView::Courses => "courses".to_string(),
            EmbedView::RoleGuide(id) => format!("roles/{id}"),
            EmbedView::Compare(ids) => format!("compare?roles={}", compare::to_query(ids)),
            EmbedView::Quiz => "quiz".to_string(),
        }
    }

    /// What the iframe is called for assistive technology.
    pub fn frame_title(&self) -> &'static str {
        match self {
            EmbedView::Home => "Career Guide",
            EmbedView::Courses => "Career Guide: course finder",
            EmbedView::RoleGuide(_) => "Career Guide: role guide",
            EmbedView::Compare(_) => "Career Guide: role comparison",
            EmbedView::Quiz => "Career Guide: skills quiz",
        }
    }
}

/// Whether the host may tick or untick role `id` among the roles an
/// embedded comparison shows (`chosen`): the choice always keeps
/// [`MIN_ROLES`] to [`MAX_ROLES`] roles, so a full choice locks the roles
/// outside it, and the last [`MIN_ROLES`] stay ticked.
pub fn can_toggle_compared(chosen: &[String], id: &str) -> bool {
    if chosen.iter().any(|c| c == id) {
        chosen.len() > MIN_ROLES
    } else {
        chosen.len() < MAX_ROLES
    }
}

/// `chosen` with role `id` ticked or unticked, where
/// [`can_toggle_compared`] allows it; otherwise `chosen` as it is.
pub fn toggle_compared(chosen: &[String], id: &str) -> Vec<String> {
    if !can_toggle_compared(chosen, id) {
        return chosen.to_vec();
    }
    match chosen.iter().position(|c| c == id) {
        Some(index) => compare::remove(chosen, index),
        None => compare::add(chosen, id),
    }
}

/// The file an embedded view's frame opens: a page every static host serves
/// (with status 200), whose script then moves to the view's own address.
pub const FRAME_FILE: &str = "embed.html";

/// The frame's address, relative to the site's base: `embed.html?view=…`
/// carrying the options segment and the view's path. embed.js builds the
/// same address from a placeholder's attributes.
pub fn frame_src(view: &EmbedView, options: &EmbedOptions) -> String {
    let target = format!("{}/{}", options.to_segment(), view.path());
    format!(
        "{FRAME_FILE}?view={}",
        crate::finder::encode_component(&target)
    )
}

/// The address a frame's `view` parameter asks for (`embed;…/courses`),
/// if it is an embedded view's; anything else is refused. A dot segment
/// (`..`, `.`, or either percent-encoded) is refused too: the browser would
/// resolve `embed/../about` to the full site's `/about`.
pub fn frame_target(view_param: &str) -> Option<&str> {
    let path = format!("/{view_param}");
    split_path(&path)?;
    let path_part = view_param.split(['?', '#']).next().unwrap_or_default();
    let dot_segment = path_part.split('/').any(|segment| {
        matches!(
            segment.to_ascii_lowercase().as_str(),
            "." | ".." | "%2e" | "%2e%2e" | ".%2e" | "%2e."
        )
    });
    (!dot_segment && !view_param.contains("//") && !view_param.contains('\\')).then_some(view_param)
}

/// Where a frame goes when its `view` is refused: an embedded address that
/// is no page, so the frame shows the embedded "not found" view and never
/// the full site.
pub const REFUSED_VIEW: &str = "embed/view-not-offered";

/// The embedded view's address that the frame file's query string (as
/// `location.search` gives it, with or without `?`) asks for, checked by
/// [`frame_target`]: what [`frame_src`] wrote.
pub fn frame_target_in_query(search: &str) -> Option<String> {
    let query = search.strip_prefix('?').unwrap_or(search);
    let view = crate::finder::query_value(query, "view")?;
    frame_target(&view).map(str::to_string)
}

/// The HTML a host pastes into a page: a placeholder element carrying the
/// view and options as data attributes, and the embed.js loader at
/// `script_url`. embed.js turns the attributes into the same
/// `embed;…` path that [`EmbedOptions::parse`] reads.
pub fn snippet(script_url: &str, view: &EmbedView, options: &EmbedOptions) -> String {
    let mut attrs = format!(
        "data-career-guide=\"{}\" data-title=\"{}\"",
        escape_html(&view.path()),
        view.frame_title()
    );
    if let Some(accent) = options.accent {
        attrs.push_str(&format!(" data-accent=\"{}\"", accent.to_hex()));
    }
    if let Some(scheme) = options.scheme {
        attrs.push_str(&format!(" data-theme=\"{}\"", scheme.name()));
    }
    if options.compact {
        attrs.push_str(" data-compact");
    }
    if let Some(provider) = &options.provider {
        attrs.push_str(&format!(" data-provider=\"{}\"", escape_html(provider)));
    }
    format!(
        "<div {attrs}></div>\n<script src=\"{}\" defer></script>",
        escape_html(script_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_opens_the_frame_file_and_names_only_embedded_views() {
        let view = EmbedView::Compare(vec!["a".into(), "b".into()]);
        let options = EmbedOptions {
            compact: true,
            ..EmbedOptions::default()
        };
        let src = frame_src(&view, &options);
        assert_eq!(
            src,
            "embed.html?view=embed%3Bcompact%2Fcompare%3Froles%3Da%2Cb"
        );
        let (_, search) = src.split_once('?').unwrap();
        assert_eq!(
            frame_target_in_query(&format!("?{search}")).as_deref(),
            Some("embed;compact/compare?roles=a,b")
        );
        assert_eq!(frame_target_in_query("?other=1"), None);
        assert_eq!(frame_target_in_query("view=courses"), None);
        assert_eq!(frame_target("embed/courses"), Some("embed/courses"));
        assert_eq!(
            frame_target("embed/courses?q=a/../b"),
            Some("embed/courses?q=a/../b"),
            "dots in the query are a search, not a path"
        );
        assert!(frame_target(REFUSED_VIEW).is_some());
        for refused in [
            "courses",
            "embedded/x",
            "embed//evil.example/x",
            "/embed/x",
            "",
            "embed/../about",
            "embed/..",
            "embed;compact/./../about",
            "embed/%2E%2e/about",
            "embed/.%2E/about",
        ] {
            assert_eq!(frame_target(refused), None, "{refused}");
        }
    }

    #[test]
    fn an_embedded_comparison_keeps_two_to_four_roles() {
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let two = ids(&["a", "b"]);
        assert!(!can_toggle_compared(&two, "a"), "the last two stay");
        assert_eq!(toggle_compared(&two, "a"), two);
        assert!(can_toggle_compared(&two, "c"));
        let three = toggle_compared(&two, "c");
        assert_eq!(three, ids(&["a", "b", "c"]));
        assert_eq!(toggle_compared(&three, "a"), ids(&["b", "c"]));
        let four = toggle_compared(&three, "d");
        assert!(
            !can_toggle_compared(&four, "e"),
            "a full choice locks the rest"
        );
        assert_eq!(toggle_compared(&four, "e"), four);
        assert!(can_toggle_compared(&four, "d"));
        // A catalogue with one role starts below the minimum and can only grow.
        let one = ids(&["a"]);
        assert!(!can_toggle_compared(&one, "a"));
        assert_eq!(toggle_compared(&one, "b"), two);
    }

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
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert!(notes[0].starts_with("accent \"blue\""));
        assert!(notes[1].starts_with("theme \"sepia\""));
        assert!(notes[2].starts_with("provider \"<script>\""));
        assert!(notes[3].contains("“colour”"));
    }

    #[test]
    fn notes_quote_options_as_the_host_wrote_them_and_summarise_unknown_ones() {
        let (_, notes) = EmbedOptions::parse(";theme=s%C3%A9pia%20x;provider=a+b");
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with("theme \"sépia x\""), "{notes:?}");
        assert!(notes[1].starts_with("provider \"a+b\""), "{notes:?}");
        let many: String = (0..500).map(|n| format!(";opt{n}=1")).collect();
        let (_, notes) = EmbedOptions::parse(&many);
        assert_eq!(
            notes,
            vec!["unknown options “opt0”, “opt1”, “opt2” and 497 more were ignored.".to_string()]
        );
        let (_, notes) = EmbedOptions::parse(&format!(";theme={}", "x".repeat(5000)));
        assert!(notes[0].len() < 200, "a long value is cut: {notes:?}");
    }

    #[test]
    fn options_without_values_and_ids_that_are_not_slugs_are_noted() {
        let (opts, notes) = EmbedOptions::parse(";accent;theme;provider;provider=a_b;provider=-x");
        assert_eq!(opts, EmbedOptions::default());
        assert_eq!(notes.len(), 5, "{notes:?}");
        assert!(notes[0].starts_with("accent \"\""));
        assert!(notes[3].starts_with("provider \"a_b\""));
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

    #[test]
    fn derived_accents_are_readable_in_both_schemes() {
        for hex in [
            "ffff00", "000000", "ffffff", "0b5cad", "e4002b", "7ab8ff", "808080",
        ] {
            let palette = AccentPalette::from_accent(Rgb::parse_hex(hex).unwrap());
            for surface in LIGHT_SURFACES {
                assert!(
                    palette.light.contrast(surface) >= MIN_CONTRAST,
                    "{hex} light"
                );
            }
            assert!(
                palette.light.contrast(WHITE) >= MIN_CONTRAST,
                "{hex} on-accent"
            );
            for surface in DARK_SURFACES {
                assert!(palette.dark.contrast(surface) >= MIN_CONTRAST, "{hex} dark");
            }
        }
    }

    #[test]
    fn a_readable_accent_is_kept_as_it_is() {
        let navy = Rgb(0x0b, 0x3d, 0x91);
        assert_eq!(AccentPalette::from_accent(navy).light, navy);
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((BLACK.contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn snippet_carries_view_and_options_as_attributes() {
        let options = EmbedOptions {
            accent: Some(Rgb(0xe4, 0x00, 0x2b)),
            scheme: Some(Scheme::Dark),
            compact: true,
            provider: Some("rmit".to_string()),
        };
        let view = EmbedView::Compare(vec!["a".into(), "b".into()]);
        let html = snippet("https://uni.example/careers/embed.js", &view, &options);
        assert_eq!(
            html,
            "<div data-career-guide=\"compare?roles=a,b\" data-title=\"Career Guide: role comparison\" \
             data-accent=\"#e4002b\" data-theme=\"dark\" data-compact data-provider=\"rmit\"></div>\n\
             <script src=\"https://uni.example/careers/embed.js\" defer></script>"
        );
        let plain = snippet("/embed.js", &EmbedView::Courses, &EmbedOptions::default());
        assert!(plain.starts_with(
            "<div data-career-guide=\"courses\" data-title=\"Career Guide: course finder\"></div>"
        ));
    }

    #[test]
    fn view_paths() {
        assert_eq!(EmbedView::Home.path(), "");
        assert_eq!(EmbedView::RoleGuide("dba".into()).path(), "roles/dba");
        assert_eq!(EmbedView::Quiz.path(), "quiz");
    }

    #[test]
    fn restricting_to_a_provider_keeps_only_its_courses() {
        let cat = crate::test_fixture();
        let provider = cat.courses[0].provider.clone();
        let only = only_provider(&cat, &provider).unwrap();
        assert!(!only.courses.is_empty());
        assert!(only.courses.iter().all(|c| c.provider == provider));
        assert_eq!(only.roles, cat.roles);
        assert!(only_provider(&cat, "no-such-provider").is_none());
    }

    #[test]
    fn counts_of_courses_read_in_the_singular_and_plural() {
        assert_eq!(course_count(0), "0 courses");
        assert_eq!(course_count(1), "1 course");
        assert_eq!(course_count(2), "2 courses");
        let mut cat = crate::test_fixture();
        assert_eq!(
            provider_choices(&cat),
            vec![(
                "uni".to_string(),
                format!("Only {} (1 course)", cat.providers[0].name)
            )]
        );
        let mut other = cat.providers[0].clone();
        other.id = "aaa".into();
        other.name = "A Provider".into();
        cat.providers.push(other);
        let choices = provider_choices(&cat);
        assert_eq!(
            choices[0],
            ("aaa".to_string(), "Only A Provider (0 courses)".to_string())
        );
        assert_eq!(
            provider_courses_intro("X", 0),
            "X has no course in this guide that leads to this role or teaches its skills."
        );
        assert_eq!(
            provider_courses_intro("X", 1),
            "1 course leads to this role or teaches its skills."
        );
        assert_eq!(
            provider_courses_intro("X", 3),
            "3 courses lead to this role or teach its skills."
        );
    }

    #[test]
    fn a_providers_courses_for_a_role_lead_to_it_or_teach_its_skills() {
        let mut cat = crate::test_fixture();
        let role = cat.role("backend-developer").unwrap().clone();
        let base = cat.courses[0].clone();
        // A course that teaches one of the role's skills without naming it.
        let mut teaches = base.clone();
        teaches.id = "teaches".into();
        teaches.roles.clear();
        teaches.duration_weeks = 10;
        // A course of the provider's with nothing for the role.
        let mut unrelated = base.clone();
        unrelated.id = "unrelated".into();
        unrelated.roles.clear();
        unrelated.skills.clear();
        // Another provider's course for the role.
        let mut elsewhere = base.clone();
        elsewhere.id = "elsewhere".into();
        elsewhere.provider = "other".into();
        cat.courses = vec![teaches, unrelated, elsewhere, base];
        let found = provider_courses_for_role(&cat, "uni", &role);
        let ids: Vec<(&str, bool, Vec<&str>)> = found
            .iter()
            .map(|f| (f.course.id.as_str(), f.leads_to_role, f.skills.clone()))
            .collect();
        assert_eq!(
            ids,
            vec![("bit", true, vec!["sql"]), ("teaches", false, vec!["sql"])]
        );
        assert!(provider_courses_for_role(&cat, "nobody", &role).is_empty());
    }
}
