//! A small catalogue and helpers shared by the finder's unit tests.

use super::{CourseIndex, CourseQuery, SearchResult};
use crate::model::{Catalogue, Fee, QualificationLevel, StudyMode};

/// The test fixture plus an online course and a TAFE certificate.
pub(super) fn catalogue() -> Catalogue {
    let mut cat = crate::test_fixture();
    let base = cat.courses[0].clone();
    let mut online = base.clone();
    online.id = "py-online".into();
    online.title = "Python for Everybody".into();
    online.modes = vec![StudyMode::Online];
    online.states = vec![];
    online.intakes = vec![];
    online.duration_weeks = 8;
    online.fee = Some(fee(0, "USD"));
    online.skills = vec!["css".into()];
    online.description = "Learn programming with Python, from first steps to databases.".into();
    let mut tafe = base.clone();
    tafe.id = "cert-iv".into();
    tafe.title = "Certificate IV in Information Technology".into();
    tafe.level = QualificationLevel::CertificateIv;
    tafe.modes = vec![StudyMode::Blended, StudyMode::OnCampus];
    tafe.duration_weeks = 52;
    tafe.fee = Some(fee(4_000, "AUD"));
    tafe.places = vec![crate::model::Place::StateSubsidised];
    tafe.states = vec!["NSW".into()];
    tafe.description = "Café-style classes covering SQL and C# basics.".into();
    cat.courses.push(online);
    cat.courses.push(tafe);
    cat
}

/// A single whole-course fee of `amount` in `currency`.
pub(super) fn fee(amount: u32, currency: &str) -> Fee {
    Fee {
        year: Some(2026),
        ..Fee::whole_course(amount, amount, currency, "src")
    }
}

/// The ids of a result's courses, in order.
pub(super) fn ids(cat: &Catalogue, r: &SearchResult) -> Vec<String> {
    r.matches
        .iter()
        .map(|&i| cat.courses[i as usize].id.clone())
        .collect()
}

/// The ids of the courses a query given as URL parameters finds, in order.
pub(super) fn found(cat: &Catalogue, index: &CourseIndex, params: &[(&str, &str)]) -> Vec<String> {
    ids(cat, &index.search(&query(params, index)))
}

/// A query from URL parameters, which must all be understood.
pub(super) fn query(params: &[(&str, &str)], index: &CourseIndex) -> CourseQuery {
    let (q, notes) = CourseQuery::from_params(
        |k| {
            params
                .iter()
                .find(|(p, _)| *p == k)
                .map(|(_, v)| v.to_string())
        },
        index,
    );
    assert!(notes.is_empty(), "{notes:?}");
    q
}
