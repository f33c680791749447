//! A view embedded for one provider (a university's own): the catalogue
//! with only its courses, the providers a host can choose on the Embed
//! page, and the provider's courses for a role with the line above them.

use crate::model::{Catalogue, Course, Role};

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
    crate::format::count(n, "course", "courses")
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

#[cfg(test)]
mod tests {
    use super::*;

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
