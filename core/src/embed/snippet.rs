//! The HTML a host copies from the Embed page: a placeholder carrying the
//! view and options, and the embed.js loader that turns it into a frame.

use super::options::EmbedOptions;
use super::view::EmbedView;
use crate::format::escape_html;

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
    use crate::embed::{Rgb, Scheme};

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
}
