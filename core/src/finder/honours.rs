//! An honours year: a one-year university course taken after a bachelor
//! degree (research and advanced study), which catalogues list at the
//! bachelor level because it awards a bachelor degree with honours. Shown as
//! just "Bachelor degree · 1 year" it reads as the shortest way to a degree,
//! and sorting by length puts it first among them; the finder says what it
//! is instead.

use super::fold::words;
use crate::model::{Course, QualificationLevel};

/// The shortest a whole bachelor degree takes full-time: three years. A
/// bachelor-level course shorter than this whose title says honours is the
/// honours year, not a degree with honours built in (four years).
const WHOLE_DEGREE_WEEKS: u16 = 156;

/// What the finder calls an honours year instead of its level.
pub const HONOURS_YEAR: &str = "Honours year, after a bachelor degree";

/// Whether `course` is an honours year taken after a bachelor degree:
/// listed at the bachelor level, "Honours" (or "Hons") in its title, and
/// shorter than a whole degree.
pub fn is_honours_year(course: &Course) -> bool {
    course.level == QualificationLevel::Bachelor
        && course.duration_weeks < WHOLE_DEGREE_WEEKS
        && words(&course.title)
            .iter()
            .any(|w| w == "honours" || w == "hons")
}

/// A course's level as a visitor should read it: "Honours year, after a
/// bachelor degree" for an honours year, otherwise its qualification level
/// ("Bachelor degree", "Diploma", …).
pub fn level_text(course: &Course) -> &'static str {
    if is_honours_year(course) {
        HONOURS_YEAR
    } else {
        course.level.label()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(title: &str, level: QualificationLevel, weeks: u16) -> Course {
        let mut c = crate::test_fixture().courses[0].clone();
        c.title = title.into();
        c.level = level;
        c.duration_weeks = weeks;
        c
    }

    #[test]
    fn a_one_year_honours_course_reads_as_an_honours_year() {
        for title in [
            "Bachelor of Computer Science (Honours)",
            "Bachelor of Computer Science with Honours",
            "Bachelor of IT (Hons)",
        ] {
            let c = course(title, QualificationLevel::Bachelor, 52);
            assert!(is_honours_year(&c), "{title}");
            assert_eq!(level_text(&c), HONOURS_YEAR);
        }
        // Part-time, two years: still the honours year.
        assert!(is_honours_year(&course(
            "Bachelor of Computer Science (Honours)",
            QualificationLevel::Bachelor,
            104
        )));
    }

    #[test]
    fn a_whole_degree_or_another_level_keeps_its_level() {
        let honours_degree = course(
            "Bachelor of Computing Science (Honours)",
            QualificationLevel::Bachelor,
            208,
        );
        assert!(
            !is_honours_year(&honours_degree),
            "four years: honours built in"
        );
        assert_eq!(level_text(&honours_degree), "Bachelor degree");
        let degree = course(
            "Bachelor of Information Technology",
            QualificationLevel::Bachelor,
            104,
        );
        assert!(!is_honours_year(&degree), "no honours in the title");
        let diploma = course(
            "Diploma of IT (Honours pathway)",
            QualificationLevel::Diploma,
            52,
        );
        assert!(!is_honours_year(&diploma));
        assert_eq!(level_text(&diploma), "Diploma");
        // A word that merely contains it is not it.
        let other = course(
            "Bachelor of Honoursville Studies",
            QualificationLevel::Bachelor,
            52,
        );
        assert!(!is_honours_year(&other));
    }

    #[test]
    fn the_bundled_catalogues_honours_courses() {
        let cat = crate::parse_catalogue(include_str!("../../../data/catalogue.json")).unwrap();
        let honours_year = |id: &str| is_honours_year(cat.course(id).unwrap());
        assert!(honours_year("swinburne-bachelor-cs-honours"));
        assert!(honours_year("une-bachelor-cs-honours"));
        assert!(
            !honours_year("uts-bachelor-computing-science-honours"),
            "a four-year degree"
        );
    }
}
