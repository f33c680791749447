//! Visitor preferences kept in localStorage, decoded defensively: a value
//! that is missing, corrupt or from an old format falls back to the default.

/// The colour theme a visitor chose; `System` follows the OS setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The localStorage key the choice is kept under.
    pub const STORAGE_KEY: &'static str = "career-guide.theme";

    pub fn decode(stored: Option<&str>) -> Theme {
        match stored {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The stored form; `None` means "remove the key".
    pub fn encode(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// The theme a toggle switches to, given what is on screen now.
    pub fn toggled(showing_dark: bool) -> Theme {
        if showing_dark {
            Theme::Light
        } else {
            Theme::Dark
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_theme_round_trips_and_bad_values_fall_back() {
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::decode(t.encode()), t);
        }
        assert_eq!(Theme::decode(Some("{corrupt")), Theme::System);
        assert_eq!(Theme::decode(Some("DARK")), Theme::System);
        assert_eq!(Theme::toggled(true), Theme::Light);
        assert_eq!(Theme::toggled(false), Theme::Dark);
    }
}
