//! The facts a visitor decides a course by (`crate::facts`): which students
//! each fee is for, the places offered, campuses, part-time study, entry,
//! and the student contribution of a Commonwealth supported place.

use super::{check_year, not_after_review, Checker, Known};
use crate::facts::is_rank;
use crate::model::{Catalogue, EntryKind, Students};

pub(super) fn check_course_facts(c: &mut Checker, cat: &Catalogue) {
    let review_year = crate::age::year_of(&cat.meta.last_reviewed);
    if let Some(amount) = &cat.meta.student_contribution {
        let p = "meta.student_contribution";
        c.reference(
            format!("{p}.source"),
            "source",
            &amount.source,
            Known::Source,
        );
        c.non_empty(format!("{p}.field"), &amount.field);
        check_year(c, format!("{p}.year"), amount.year);
        not_after_review(c, format!("{p}.year"), amount.year, review_year);
        if amount.per_year == 0 || amount.per_year > super::MAX_AMOUNT {
            c.problem(
                format!("{p}.per_year"),
                format!("{} is not from 1 to {}", amount.per_year, super::MAX_AMOUNT),
            );
        }
    }
    for (i, course) in cat.courses.iter().enumerate() {
        let p = format!("courses[{i}]");
        if course.fee.as_ref().and_then(|f| f.students) == Some(Students::International) {
            c.problem(
                format!("{p}.fee.students"),
                "an international fee belongs in international_fee; fee is what a domestic student pays",
            );
        }
        if let Some(fee) = &course.international_fee {
            if fee.students != Some(Students::International) {
                c.problem(
                    format!("{p}.international_fee.students"),
                    "must be \"international\"",
                );
            }
        }
        let places: Vec<String> = course
            .places
            .iter()
            .map(|&p| crate::model::catalogue_name(p))
            .collect();
        c.once_each(
            &format!("{p}.places"),
            "place",
            places.iter().map(String::as_str),
        );
        for (j, campus) in course.campuses.iter().enumerate() {
            let cp = format!("{p}.campuses[{j}]");
            c.non_empty(format!("{cp}.town"), &campus.town);
            if !course.states.contains(&campus.state) {
                c.problem(
                    format!("{cp}.state"),
                    format!("{:?} is not one of the course's states", campus.state),
                );
            }
        }
        c.once_each(
            &format!("{p}.campuses"),
            "campus",
            course.campuses.iter().map(|x| x.town.as_str()),
        );
        if let Some(part) = &course.part_time {
            match (part.available, part.weeks) {
                (false, Some(_)) => c.problem(
                    format!("{p}.part_time.weeks"),
                    "a course that is full-time only has no part-time length",
                ),
                (true, Some(weeks)) if weeks < course.duration_weeks => c.problem(
                    format!("{p}.part_time.weeks"),
                    format!(
                        "{weeks} weeks part-time is shorter than the full-time {} weeks",
                        course.duration_weeks
                    ),
                ),
                (true, Some(weeks)) if weeks > super::MAX_DURATION_WEEKS * 3 => c.problem(
                    format!("{p}.part_time.weeks"),
                    format!(
                        "{weeks} weeks is above the limit of {} weeks",
                        super::MAX_DURATION_WEEKS * 3
                    ),
                ),
                _ => {}
            }
        }
        if let Some(entry) = &course.entry {
            let ep = format!("{p}.entry");
            c.reference(
                format!("{ep}.source"),
                "source",
                &entry.source,
                Known::Source,
            );
            let ranked = matches!(entry.kind, EntryKind::Atar | EntryKind::SelectionRank);
            match (&entry.rank, ranked) {
                (Some(rank), true) if !is_rank(rank) => c.problem(
                    format!("{ep}.rank"),
                    format!("{rank:?} is not a rank from 0 to 100 with at most two decimals"),
                ),
                (None, true) => c.problem(
                    format!("{ep}.rank"),
                    "an ATAR or selection rank needs its figure",
                ),
                (Some(_), false) => c.problem(
                    format!("{ep}.rank"),
                    "only an ATAR or selection rank has a figure",
                ),
                _ => {}
            }
            match entry.year {
                Some(year) => {
                    check_year(c, format!("{ep}.year"), year);
                    not_after_review(c, format!("{ep}.year"), year, review_year);
                }
                None if ranked => c.problem(
                    format!("{ep}.year"),
                    "a rank needs the intake year it is for",
                ),
                None => {}
            }
            match (&entry.text, entry.kind) {
                (None, EntryKind::Other) => c.problem(
                    format!("{ep}.text"),
                    "another entry route needs its description",
                ),
                (Some(text), EntryKind::Other) => c.non_empty(format!("{ep}.text"), text),
                (Some(_), _) => c.problem(
                    format!("{ep}.text"),
                    "only another entry route has a description",
                ),
                (None, _) => {}
            }
        }
    }
}

/// The ways-in page's explainers, combinations and outcomes: anchors are unique slugs,
/// every point and figure has a known source, and a figure has its year.
pub(super) fn check_ways_in<'a>(c: &mut Checker<'a>, cat: &'a Catalogue) {
    let review_year = crate::age::year_of(&cat.meta.last_reviewed);
    let ways = &cat.ways_in;
    for (list, items) in [
        ("explainers", &ways.explainers),
        ("combinations", &ways.combinations),
    ] {
        let path = format!("ways_in.{list}");
        c.ids(&path, items.iter().map(|e| e.id.as_str()));
        for (i, e) in items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            c.non_empty(format!("{p}.title"), &e.title);
            c.needs_one(
                &format!("{p}.points"),
                &e.points,
                "needs at least one point",
            );
            for (j, point) in e.points.iter().enumerate() {
                c.non_empty(format!("{p}.points[{j}].text"), &point.text);
                c.reference(
                    format!("{p}.points[{j}].source"),
                    "source",
                    &point.source,
                    Known::Source,
                );
            }
        }
    }
    for (i, o) in ways.outcomes.iter().enumerate() {
        let p = format!("ways_in.outcomes[{i}]");
        c.non_empty(format!("{p}.measure"), &o.measure);
        match (&o.value, &o.source, o.year) {
            (Some(_), Some(source), Some(year)) => {
                c.reference(format!("{p}.source"), "source", source, Known::Source);
                check_year(c, format!("{p}.year"), year);
                not_after_review(c, format!("{p}.year"), year, review_year);
            }
            (Some(_), _, _) => c.problem(p, "a figure needs its source and year"),
            (None, Some(source), _) => {
                c.reference(format!("{p}.source"), "source", source, Known::Source)
            }
            (None, None, _) => {}
        }
    }
}
