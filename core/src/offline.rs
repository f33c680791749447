//! Whether every course is saved on this device for offline use, and what
//! the site says about it.
//!
//! The build precaches the whole catalogue (`pages::CATALOGUE_FILE`) with
//! the app only while the first visit's background download stays within
//! its bound (scripts/postbuild.mjs); past it, the service worker keeps the
//! file once it is downloaded — when a page that lists courses is opened,
//! or when the visitor asks — and only if it is the file of that very
//! version. The worker reports which of these holds
//! (public/sw.js, `courses-offline`); this module turns its report into
//! what a visitor reads.

use crate::format;

/// Whether the courses are saved on this device, as the service worker
/// reported it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedCourses {
    /// Saved with the rest of the app on the first visit (the whole
    /// catalogue fitted within the bound).
    WithTheApp,
    /// Saved since: a page that lists courses was opened, or the visitor
    /// asked.
    Saved,
    /// Not saved; downloading them takes about `bytes` (compressed, as the
    /// build measured).
    NotSaved {
        /// The compressed size of the whole catalogue.
        bytes: u64,
    },
    /// The visitor asked, and saving failed.
    Failed {
        /// The compressed size of the whole catalogue.
        bytes: u64,
        /// Why.
        why: SaveFailure,
    },
}

/// Why the courses could not be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFailure {
    /// The download failed (offline, or the server did not answer).
    Download,
    /// The server has a different catalogue from this version's: a newer
    /// version of the site has been published.
    Changed,
}

impl SavedCourses {
    /// Reads the worker's report: `saved`, the compressed size when the
    /// courses are not saved with the app (`None` when they are), and what
    /// went wrong, if saving was asked for and failed (`"download"` or
    /// `"changed"`). A size that is not a whole number of bytes is read as
    /// unknown, i.e. saved with the app; an unknown failure as a download
    /// failure.
    pub fn from_report(saved: bool, bytes: Option<f64>, failed: Option<&str>) -> SavedCourses {
        let bytes = bytes.filter(|b| b.is_finite() && *b >= 0.0 && b.fract() == 0.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let Some(bytes) = bytes.map(|b| b as u64) else {
            return SavedCourses::WithTheApp;
        };
        match (saved, failed) {
            (true, _) => SavedCourses::Saved,
            (false, None) => SavedCourses::NotSaved { bytes },
            (false, Some(why)) => SavedCourses::Failed {
                bytes,
                why: if why == "changed" {
                    SaveFailure::Changed
                } else {
                    SaveFailure::Download
                },
            },
        }
    }

    /// Whether the course finder and every course's page work offline.
    pub fn is_saved(self) -> bool {
        matches!(self, SavedCourses::WithTheApp | SavedCourses::Saved)
    }

    /// What the visitor is told.
    pub fn status(self) -> String {
        match self {
            SavedCourses::WithTheApp | SavedCourses::Saved => {
                "Every course is saved on this device, so the pages that list courses work offline too: the course finder, every course, your shortlist, plan and quiz results."
                    .to_string()
            }
            SavedCourses::NotSaved { bytes } => format!(
                "The courses are not saved on this device yet. They are saved once you open the course finder, or now with the button below ({} to download).",
                download_size(bytes)
            ),
            SavedCourses::Failed { why: SaveFailure::Download, .. } => {
                "The courses could not be downloaded. Check your connection and try again.".to_string()
            }
            SavedCourses::Failed { why: SaveFailure::Changed, .. } => {
                "A newer version of this site has been published, with different courses. Reload the page to update, then save them."
                    .to_string()
            }
        }
    }

    /// The button that saves them, when there is one to offer.
    pub fn save_label(self) -> Option<String> {
        match self {
            SavedCourses::NotSaved { bytes } | SavedCourses::Failed { bytes, .. } => Some(format!(
                "Save every course for offline use ({})",
                download_size(bytes)
            )),
            SavedCourses::WithTheApp | SavedCourses::Saved => None,
        }
    }
}

/// What still works while offline, for the notice that says so: every
/// page, unless the worker has said the courses are not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineReach {
    /// Every page works from the copy saved on this device.
    EveryPage,
    /// Only the pages that show no course (or that were opened) work; the
    /// notice then links to where the courses can be saved.
    WithoutCourses,
}

impl OfflineReach {
    /// What works offline, given what the worker said of the courses.
    pub fn of(saved: Option<SavedCourses>) -> OfflineReach {
        match saved {
            Some(saved) if !saved.is_saved() => OfflineReach::WithoutCourses,
            _ => OfflineReach::EveryPage,
        }
    }

    /// The notice's sentence; for [`OfflineReach::WithoutCourses`] it ends
    /// where the link to saving the courses follows.
    pub fn text(self) -> &'static str {
        match self {
            OfflineReach::EveryPage => "Every page still works from the copy saved on this device.",
            OfflineReach::WithoutCourses => {
                "Pages that show no course still work from this device. The course finder, courses you have not \
                 opened, your shortlist, plan and quiz results need a connection until the courses are saved here:"
            }
        }
    }
}

/// A download's size as a visitor reads it: "850 bytes", "185 KB",
/// "1.4 MB" (decimal units, as browsers and hosts report them).
pub fn download_size(bytes: u64) -> String {
    const KB: u64 = 1_000;
    const MB: u64 = 1_000_000;
    if bytes < KB {
        format::count(
            usize::try_from(bytes).unwrap_or(usize::MAX),
            "byte",
            "bytes",
        )
    } else if bytes.div_ceil(KB) < 1_000 {
        format!("{} KB", bytes.div_ceil(KB))
    } else {
        // One decimal, rounded up, so the size shown is never less than the
        // download.
        let tenths = bytes.div_ceil(MB / 10);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_rounded_up_in_decimal_units() {
        assert_eq!(download_size(1), "1 byte");
        assert_eq!(download_size(999), "999 bytes");
        assert_eq!(download_size(1_000), "1 KB");
        assert_eq!(download_size(185_004), "186 KB");
        assert_eq!(download_size(999_999), "1.0 MB");
        assert_eq!(download_size(1_000_000), "1.0 MB");
        assert_eq!(download_size(1_389_405), "1.4 MB");
        assert_eq!(download_size(1_950_000), "2.0 MB");
        assert_eq!(download_size(29_500_000), "29.5 MB");
    }

    #[test]
    fn a_report_reads_as_what_the_worker_said() {
        use SavedCourses::*;
        assert_eq!(SavedCourses::from_report(true, None, None), WithTheApp);
        assert_eq!(
            SavedCourses::from_report(true, Some(185_004.0), None),
            Saved
        );
        assert_eq!(
            SavedCourses::from_report(false, Some(185_004.0), None),
            NotSaved { bytes: 185_004 }
        );
        assert_eq!(
            SavedCourses::from_report(false, Some(10.0), Some("changed")),
            Failed {
                bytes: 10,
                why: SaveFailure::Changed
            }
        );
        assert_eq!(
            SavedCourses::from_report(false, Some(10.0), Some("download")),
            Failed {
                bytes: 10,
                why: SaveFailure::Download
            }
        );
        assert_eq!(
            SavedCourses::from_report(false, Some(10.0), Some("anything")),
            Failed {
                bytes: 10,
                why: SaveFailure::Download
            }
        );
        // A size that is not a byte count is no size at all.
        for odd in [f64::NAN, -1.0, 1.5, f64::INFINITY] {
            assert_eq!(
                SavedCourses::from_report(false, Some(odd), None),
                WithTheApp
            );
        }
    }

    #[test]
    fn saving_is_offered_only_while_not_saved() {
        use SavedCourses::*;
        assert_eq!(
            NotSaved { bytes: 185_004 }.save_label().as_deref(),
            Some("Save every course for offline use (186 KB)")
        );
        assert!(Failed {
            bytes: 1,
            why: SaveFailure::Download
        }
        .save_label()
        .is_some());
        assert_eq!(WithTheApp.save_label(), None);
        assert_eq!(Saved.save_label(), None);
        assert!(WithTheApp.is_saved() && Saved.is_saved());
        assert!(!NotSaved { bytes: 1 }.is_saved());
        assert!(NotSaved { bytes: 1_389_405 }
            .status()
            .contains("(1.4 MB to download)"));
        assert!(Failed {
            bytes: 1,
            why: SaveFailure::Changed
        }
        .status()
        .contains("Reload the page"));
    }

    #[test]
    fn offline_every_page_works_unless_the_courses_are_known_not_to_be_saved() {
        use SavedCourses::*;
        for saved in [None, Some(WithTheApp), Some(Saved)] {
            assert_eq!(OfflineReach::of(saved), OfflineReach::EveryPage);
        }
        let failed = Failed {
            bytes: 1,
            why: SaveFailure::Download,
        };
        for saved in [NotSaved { bytes: 1 }, failed] {
            assert_eq!(OfflineReach::of(Some(saved)), OfflineReach::WithoutCourses);
        }
        assert_eq!(
            OfflineReach::EveryPage.text(),
            "Every page still works from the copy saved on this device."
        );
        assert!(OfflineReach::WithoutCourses
            .text()
            .contains("plan and quiz results need a connection until the courses are saved here"));
    }
}
