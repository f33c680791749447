//! The host's accent colour made readable: sRGB colours and their WCAG 2
//! contrast, and the palette derived from an accent so that links and
//! buttons keep at least [`MIN_CONTRAST`] on every page surface, in the
//! light scheme and the dark.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
