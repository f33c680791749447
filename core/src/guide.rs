//! What a role guide shows, derived from the catalogue.

use crate::format;
use crate::model::{Catalogue, Level, Role, Salary, Skill, SkillCategory};

/// "12% projected growth, 2024–2034": the outlook's figure as every page
/// words it, when a source gives one.
pub fn growth_text(outlook: &crate::model::Outlook) -> Option<String> {
    let growth = outlook.growth_percent?;
    let period = outlook
        .period
        .as_ref()
        .map(|p| format!(", {p}"))
        .unwrap_or_default();
    Some(format!(
        "{} projected growth{period}",
        format::percent(growth)
    ))
}

/// The role the home page leads with: the back-end web developer the site
/// is built around, or, in a host's catalogue without that role, its first.
pub const FEATURED_ROLE: &str = "backend-developer";

/// The role the home page features and links to ([`FEATURED_ROLE`], or the
/// catalogue's first role); `None` only for a catalogue with no roles.
pub fn featured_role(cat: &Catalogue) -> Option<&Role> {
    cat.role(FEATURED_ROLE).or_else(|| cat.roles.first())
}

/// Where a salary figure comes from, as every page cites it: the
/// publisher of its source and the figure's own year, e.g. "Jobs and
/// Skills Australia, 2021". (Validation makes sure the source exists;
/// without one, only the year is given.)
pub fn salary_citation(cat: &Catalogue, salary: &Salary) -> String {
    match cat.source(&salary.source) {
        Some(source) => format!("{}, {}", source.publisher, format::salary_year(salary)),
        None => format::salary_year(salary),
    }
}

/// A role's skills grouped by category in display order, strongest first
/// within each group. Skills the catalogue does not define are skipped
/// (validation reports them).
pub fn skills_by_category<'a>(
    cat: &'a Catalogue,
    role: &'a Role,
) -> Vec<(SkillCategory, Vec<(&'a Skill, Level)>)> {
    SkillCategory::ALL
        .iter()
        .filter_map(|&category| {
            let mut skills: Vec<(&Skill, Level)> = role
                .skills
                .iter()
                .filter_map(|rs| cat.skill(&rs.skill).map(|s| (s, rs.level)))
                .filter(|(s, _)| s.category == category)
                .collect();
            crate::order::sort_by(&mut skills, |a, b| {
                b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name))
            });
            (!skills.is_empty()).then_some((category, skills))
        })
        .collect()
}

/// The one pay figure every page quotes for `role`: the one the catalogue
/// marks `headline`, or else the broadest figure (all levels, or the most
/// senior) of the first region with figures.
pub fn headline_salary<'a>(cat: &Catalogue, role: &'a Role) -> Option<&'a Salary> {
    if let Some(marked) = role.salaries.iter().find(|s| s.headline) {
        return Some(marked);
    }
    let region = salary_regions(cat, role).into_iter().next()?;
    salaries_in(role, region).last().copied()
}

/// Why a role's figures differ, when they do: what sets them apart, named
/// from the figures themselves (statistic, pay counted, hours, seniority,
/// country and year), or `None` for a role with fewer than two figures.
pub fn why_figures_differ(cat: &Catalogue, role: &Role) -> Option<String> {
    use crate::model::{HoursBasis, PayKind, Statistic};
    if role.salaries.len() < 2 {
        return None;
    }
    // Per property of a figure: how a reason begins, whether its kinds are
    // alternatives ("or") rather than a list ("and"), and each figure's kind
    // in words (none when the source does not say).
    type Kind = fn(&Salary) -> Option<&'static str>;
    let properties: [(&str, bool, Kind); 4] = [
        ("some are", false, |s| {
            s.statistic.map(|st| match st {
                Statistic::Median => "medians (half earn more)",
                Statistic::Mean => "averages, which a few high earners pull up",
                Statistic::Range => "ranges from salary guides",
                Statistic::PercentileBand => "bands between percentiles",
                Statistic::Typical => "figures a source calls typical",
            })
        }),
        ("they count", true, |s| {
            s.pay.map(|p| match p {
                PayKind::Base => "base pay",
                PayKind::Total => "total earnings with bonuses",
            })
        }),
        ("they cover", true, |s| {
            s.basis.map(|b| match b {
                HoursBasis::FullTime => "full-time workers only",
                HoursBasis::All => "everyone, part-time included",
            })
        }),
        ("they describe", false, |s| {
            Some(seniority_words(s.seniority))
        }),
    ];
    // In seniority order, so levels read entry level to all levels.
    let mut figures: Vec<&Salary> = role.salaries.iter().collect();
    crate::order::sort_by_key(&mut figures, |s| s.seniority);
    let mut reasons: Vec<String> = Vec::new();
    for (opening, alternatives, kind) in properties {
        let mut kinds: Vec<&str> = Vec::new();
        for k in figures.iter().filter_map(|s| kind(s)) {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
        if kinds.len() > 1 {
            let list = format::and_list(&kinds);
            let list = if alternatives {
                list.replace(" and ", " or ")
            } else {
                list
            };
            reasons.push(format!("{opening} {list}"));
        }
    }
    let regions: Vec<&str> = salary_regions(cat, role)
        .into_iter()
        .filter_map(|id| cat.region(id).map(|r| r.name.as_str()))
        .collect();
    if regions.len() > 1 {
        reasons.push(format!(
            "they are for different countries ({}), in their own currencies",
            format::and_list(&regions)
        ));
    }
    let years: Vec<u16> = role.salaries.iter().filter_map(|s| s.year).collect();
    if let (Some(first), Some(last)) = (years.iter().min(), years.iter().max()) {
        if first != last {
            reasons.push(format!("they are for years from {first} to {last}"));
        }
    }
    (!reasons.is_empty()).then(|| format!("Why these figures differ: {}.", reasons.join("; ")))
}

/// A seniority as the middle of a sentence: "entry level", "all levels".
fn seniority_words(seniority: crate::model::Seniority) -> &'static str {
    use crate::model::Seniority;
    match seniority {
        Seniority::Entry => "entry level",
        Seniority::Mid => "mid level",
        Seniority::Senior => "senior level",
        Seniority::All => "all levels",
    }
}

/// A role's salary figures for one region, entry to senior then "all levels".
pub fn salaries_in<'a>(role: &'a Role, region: &str) -> Vec<&'a Salary> {
    let mut list: Vec<&Salary> = role
        .salaries
        .iter()
        .filter(|s| s.region == region)
        .collect();
    crate::order::sort_by_key(&mut list, |s| s.seniority);
    list
}

/// Regions (ids) a role has any salary figure for, in catalogue order.
pub fn salary_regions<'a>(cat: &'a Catalogue, role: &Role) -> Vec<&'a str> {
    cat.meta
        .regions
        .iter()
        .filter(|r| role.salaries.iter().any(|s| s.region == r.id))
        .map(|r| r.id.as_str())
        .collect()
}

/// Roles that a role's progression names, in both directions, without
/// repeats and never the role itself: its "related roles".
pub fn related_roles<'a>(cat: &'a Catalogue, role: &Role) -> Vec<&'a Role> {
    let mut out: Vec<&Role> = Vec::new();
    for id in role.progression.from.iter().chain(&role.progression.to) {
        if let Some(r) = cat.role(id) {
            if r.id != role.id && !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marked_headline_wins_and_differences_are_named_from_the_figures() {
        let mut cat = crate::test_fixture();
        let role = &mut cat.roles[0];
        role.salaries.truncate(1);
        let mut mean = role.salaries[0].clone();
        mean.statistic = Some(crate::model::Statistic::Mean);
        mean.year = Some(2019);
        mean.headline = true;
        let first_year = role.salaries[0].year;
        role.salaries.push(mean);
        let cat = cat;
        let role = &cat.roles[0];
        assert!(headline_salary(&cat, role).unwrap().headline);
        let why = why_figures_differ(&cat, role).unwrap();
        assert!(
            why.starts_with("Why these figures differ: some are"),
            "{why}"
        );
        assert!(why.contains("averages"), "{why}");
        if first_year.is_some_and(|y| y != 2019) {
            assert!(why.contains("they are for years from 2019"), "{why}");
        }
        let mut one = cat.clone();
        one.roles[0].salaries.truncate(1);
        assert_eq!(why_figures_differ(&one, &one.roles[0]), None);
    }

    #[test]
    fn growth_is_worded_once_with_its_period() {
        let mut outlook = crate::model::Outlook {
            summary: String::new(),
            growth_percent: Some(12.5),
            period: Some("2024–2034".into()),
            source: "s".into(),
        };
        assert_eq!(
            growth_text(&outlook).as_deref(),
            Some("12.5% projected growth, 2024–2034")
        );
        outlook.period = None;
        assert_eq!(
            growth_text(&outlook).as_deref(),
            Some("12.5% projected growth")
        );
        outlook.growth_percent = None;
        assert_eq!(growth_text(&outlook), None);
    }

    use crate::test_fixture as fixture;

    #[test]
    fn skills_are_grouped_in_category_order_strongest_first() {
        let cat = fixture();
        let role = cat.role("backend-developer").unwrap();
        let groups = skills_by_category(&cat, role);
        assert_eq!(groups.len(), 1);
        let (category, skills) = &groups[0];
        assert_eq!(*category, SkillCategory::Language);
        let names: Vec<_> = skills.iter().map(|(s, l)| (s.name.as_str(), *l)).collect();
        assert_eq!(names, vec![("SQL", Level::Strong), ("CSS", Level::Basic)]);
    }

    #[test]
    fn salaries_filter_by_region_and_sort_by_seniority() {
        let cat = fixture();
        let role = cat.role("backend-developer").unwrap();
        assert_eq!(salaries_in(role, "au").len(), 1);
        assert_eq!(
            headline_salary(&cat, role).map(|s| s.region.as_str()),
            Some("au"),
            "without a mark, the first region's broadest figure"
        );
        assert!(salaries_in(role, "us").is_empty());
        assert_eq!(salary_regions(&cat, role), vec!["au"]);
    }

    #[test]
    fn a_salary_is_cited_by_its_publisher_and_its_own_year() {
        let mut cat = fixture();
        let mut salary = cat.role("backend-developer").unwrap().salaries[0].clone();
        salary.year = Some(2021);
        assert_eq!(salary_citation(&cat, &salary), "Someone, 2021");
        cat.meta.sources.clear();
        assert_eq!(salary_citation(&cat, &salary), "2021");
    }

    #[test]
    fn the_featured_role_is_back_end_or_else_the_first() {
        let mut cat = fixture();
        assert_eq!(featured_role(&cat).unwrap().id, "backend-developer");
        cat.roles.retain(|r| r.id != "backend-developer");
        assert_eq!(featured_role(&cat).unwrap().id, "frontend-developer");
        cat.roles.clear();
        assert!(featured_role(&cat).is_none());
    }

    #[test]
    fn related_roles_come_from_progression_without_repeats() {
        let cat = fixture();
        let role = cat.role("frontend-developer").unwrap();
        let related: Vec<_> = related_roles(&cat, role)
            .iter()
            .map(|r| r.id.clone())
            .collect();
        assert_eq!(related, vec!["backend-developer"]);
    }
}
