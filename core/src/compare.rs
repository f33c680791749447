//! Role comparison: the selection (and its URL form), the skills matrix, the
//! overlap between two roles, and the salary chart's geometry.

use crate::model::{Catalogue, Level, Role, Salary, Seniority, Skill, SkillCategory};
use crate::note::Note;

/// Fewest and most roles shown side by side.
pub const MIN_ROLES: usize = 2;
pub const MAX_ROLES: usize = 4;

/// Shown when the URL names no roles, where the catalogue has them.
pub const DEFAULT_ROLES: [&str; 3] = [
    "backend-developer",
    "frontend-developer",
    "fullstack-developer",
];

/// The roles to compare, as read from `?roles=a,b,c`, with a note for every
/// id that was dropped (unknown, repeated, or past the limit).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    pub ids: Vec<String>,
    pub notes: Vec<Note>,
}

impl Selection {
    /// Decodes the `roles` query value. `None` (no parameter) gives the
    /// default trio, or as many as the catalogue has; every id that cannot be
    /// used is dropped with a note.
    pub fn from_query(param: Option<&str>, cat: &Catalogue) -> Selection {
        let Some(param) = param else {
            return Selection {
                ids: default_roles(cat),
                notes: Vec::new(),
            };
        };
        let mut sel = Selection::default();
        let (mut unknown, mut repeated, mut surplus) = (Vec::new(), Vec::new(), Vec::new());
        for raw in param.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if cat.role(raw).is_none() {
                unknown.push(raw.to_string());
            } else if sel.ids.iter().any(|id| id == raw) {
                if !repeated.iter().any(|r| r == raw) {
                    repeated.push(raw.to_string());
                }
            } else if sel.ids.len() == MAX_ROLES {
                surplus.push(raw.to_string());
            } else {
                sel.ids.push(raw.to_string());
            }
        }
        // However long the address, a few notes: one per reason.
        let notes = [
            Note::if_any(unknown, |ids| Note::UnknownRoles { ids }),
            Note::if_any(repeated, |ids| Note::ListedTwice { ids }),
            Note::if_any(surplus, |ids| Note::TooManyRoles {
                max: MAX_ROLES,
                ids,
            }),
        ];
        sel.notes.extend(notes.into_iter().flatten());
        sel
    }
}

/// The [`DEFAULT_ROLES`] the catalogue has; a host catalogue with fewer than
/// [`MIN_ROLES`] of them gets its first roles instead, so the comparison
/// opens with something to compare wherever that is possible.
fn default_roles(cat: &Catalogue) -> Vec<String> {
    let known: Vec<String> = DEFAULT_ROLES
        .iter()
        .filter(|id| cat.role(id).is_some())
        .map(|id| id.to_string())
        .collect();
    if known.len() >= MIN_ROLES {
        return known;
    }
    cat.roles
        .iter()
        .take(DEFAULT_ROLES.len())
        .map(|r| r.id.clone())
        .collect()
}

/// The `roles` query value for a list of ids.
pub fn to_query(ids: &[String]) -> String {
    ids.join(",")
}

/// Adds a role at the end if there is room and it is not already chosen.
pub fn add(ids: &[String], id: &str) -> Vec<String> {
    let mut out = ids.to_vec();
    if out.len() < MAX_ROLES && !out.iter().any(|x| x == id) {
        out.push(id.to_string());
    }
    out
}

/// Removes the role at `index`.
pub fn remove(ids: &[String], index: usize) -> Vec<String> {
    let mut out = ids.to_vec();
    if index < out.len() {
        out.remove(index);
    }
    out
}

/// Moves the role at `index` one place left (`-1`) or right (`1`).
pub fn shift(ids: &[String], index: usize, by: isize) -> Vec<String> {
    let mut out = ids.to_vec();
    if let Some(target) = index.checked_add_signed(by) {
        if index < out.len() && target < out.len() {
            out.swap(index, target);
        }
    }
    out
}

/// How a skill is spread across the chosen roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    /// Every chosen role needs it.
    Shared,
    /// Exactly one role needs it (its column index).
    Unique(usize),
    /// More than one role, but not all.
    Some,
}

/// One row of the skills matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow<'a> {
    pub skill: &'a Skill,
    /// The level each chosen role needs, in column order (`None`: not needed).
    pub levels: Vec<Option<Level>>,
    pub spread: Spread,
}

impl MatrixRow<'_> {
    /// True unless every role needs the skill at the same level.
    pub fn differs(&self) -> bool {
        self.levels.windows(2).any(|w| w[0] != w[1])
    }
}

/// Every skill any chosen role needs, grouped by category in display order,
/// sorted by name within a group.
pub fn skill_matrix<'a>(
    cat: &'a Catalogue,
    roles: &[&'a Role],
) -> Vec<(SkillCategory, Vec<MatrixRow<'a>>)> {
    let level_in = |role: &Role, skill: &str| {
        role.skills
            .iter()
            .find(|rs| rs.skill == skill)
            .map(|rs| rs.level)
    };
    let mut rows: Vec<MatrixRow> = Vec::new();
    for role in roles {
        for rs in &role.skills {
            if rows.iter().any(|r| r.skill.id == rs.skill) {
                continue;
            }
            let Some(skill) = cat.skill(&rs.skill) else {
                continue;
            };
            let levels: Vec<Option<Level>> = roles.iter().map(|r| level_in(r, &skill.id)).collect();
            let needed: Vec<usize> = (0..levels.len()).filter(|&i| levels[i].is_some()).collect();
            let spread = match needed.as_slice() {
                [only] if roles.len() > 1 => Spread::Unique(*only),
                n if n.len() == roles.len() => Spread::Shared,
                _ => Spread::Some,
            };
            rows.push(MatrixRow {
                skill,
                levels,
                spread,
            });
        }
    }
    SkillCategory::ALL
        .iter()
        .filter_map(|&category| {
            let mut group: Vec<MatrixRow> = rows
                .iter()
                .filter(|r| r.skill.category == category)
                .cloned()
                .collect();
            crate::order::sort_by(&mut group, |a, b| {
                a.skill
                    .name
                    .to_lowercase()
                    .cmp(&b.skill.name.to_lowercase())
            });
            (!group.is_empty()).then_some((category, group))
        })
        .collect()
}

/// A skill someone in one role would have to add or deepen for another.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap<'a> {
    pub skill: &'a Skill,
    /// What the current role already asks for (`None`: not at all).
    pub have: Option<Level>,
    pub need: Level,
}

/// What a person in `from` already brings to `to`, and what they must add.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap<'a> {
    /// `to`'s skills that `from` needs at the same or a higher level.
    pub covered: Vec<&'a Skill>,
    /// `to`'s skills that `from` lacks or needs at a lower level, biggest gap first.
    pub gaps: Vec<Gap<'a>>,
}

impl Overlap<'_> {
    /// How many of the target role's skills are covered, out of how many.
    pub fn ratio(&self) -> (usize, usize) {
        (self.covered.len(), self.covered.len() + self.gaps.len())
    }
}

/// Compares the skills of someone in `from` with those `to` needs.
pub fn overlap<'a>(cat: &'a Catalogue, from: &Role, to: &Role) -> Overlap<'a> {
    let mut covered = Vec::new();
    let mut gaps = Vec::new();
    for need in &to.skills {
        let Some(skill) = cat.skill(&need.skill) else {
            continue;
        };
        let have = from
            .skills
            .iter()
            .find(|s| s.skill == need.skill)
            .map(|s| s.level);
        if have.is_some_and(|h| h >= need.level) {
            covered.push(skill);
        } else {
            gaps.push(Gap {
                skill,
                have,
                need: need.level,
            });
        }
    }
    crate::order::sort_by(&mut gaps, |a, b| {
        let size = |g: &Gap| g.need.rank() - g.have.map_or(0, Level::rank);
        size(b)
            .cmp(&size(a))
            .then_with(|| a.skill.name.cmp(&b.skill.name))
    });
    Overlap { covered, gaps }
}

/// One bar of the salary chart: a role's range at one seniority, as pay for
/// a year (weekly figures times 52), with its horizontal extent as
/// fractions (0–1) of the chart's scale.
#[derive(Debug, Clone, PartialEq)]
pub struct SalaryBar<'a> {
    pub column: usize,
    pub salary: &'a Salary,
    pub start: f32,
    pub end: f32,
}

/// Bars for every chosen role's salaries in `region`, and the scale's
/// maximum (rounded up to a tidy step) that the fractions are relative to.
pub fn salary_bars<'a>(roles: &[&'a Role], region: &str) -> (Vec<SalaryBar<'a>>, u32) {
    let mut figures: Vec<(usize, &Salary)> = roles
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.salaries
                .iter()
                .filter(|s| s.region == region)
                .map(move |s| (i, s))
        })
        .collect();
    crate::order::sort_by_key(&mut figures, |(i, s)| (*i, seniority_order(s.seniority)));
    let top = figures.iter().map(|(_, s)| s.yearly().1).max().unwrap_or(0);
    let scale = tidy_ceiling(top);
    let bars = figures
        .into_iter()
        .map(|(column, salary)| {
            let (min, max) = salary.yearly();
            SalaryBar {
                column,
                salary,
                start: min as f32 / scale as f32,
                end: max as f32 / scale as f32,
            }
        })
        .collect();
    (bars, scale)
}

/// One salary figure for each citation the chart's bars carry (the same
/// source and year cite once), in bar order: what its caption cites.
pub fn cited_salaries<'a>(bars: &[SalaryBar<'a>]) -> Vec<&'a Salary> {
    let mut cited: Vec<&Salary> = Vec::new();
    for bar in bars {
        let s = bar.salary;
        if !cited
            .iter()
            .any(|c| c.source == s.source && c.year == s.year)
        {
            cited.push(s);
        }
    }
    cited
}

fn seniority_order(s: Seniority) -> u8 {
    match s {
        Seniority::Entry => 0,
        Seniority::Mid => 1,
        Seniority::Senior => 2,
        Seniority::All => 3,
    }
}

/// Rounds up to the next multiple of 20,000 (at least 20,000), so the chart's
/// gridlines fall on round figures; figures too near `u32::MAX` to round up
/// give `u32::MAX`, which still contains them.
pub fn tidy_ceiling(value: u32) -> u32 {
    const STEP: u32 = 20_000;
    value.div_ceil(STEP).max(1).saturating_mul(STEP)
}

/// Regions in which at least one chosen role has a salary figure.
pub fn regions_with_salaries<'a>(cat: &'a Catalogue, roles: &[&Role]) -> Vec<&'a str> {
    cat.meta
        .regions
        .iter()
        .filter(|reg| {
            roles
                .iter()
                .any(|r| r.salaries.iter().any(|s| s.region == reg.id))
        })
        .map(|reg| reg.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_fixture as fixture;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn no_parameter_gives_the_default_roles_that_exist() {
        let cat = fixture();
        let sel = Selection::from_query(None, &cat);
        assert_eq!(sel.ids, ids(&["backend-developer", "frontend-developer"]));
        assert!(sel.notes.is_empty());
    }

    #[test]
    fn a_catalogue_without_the_default_roles_opens_with_its_first_ones() {
        let mut cat = fixture();
        for (i, role) in cat.roles.iter_mut().enumerate() {
            role.id = format!("host-role-{i}");
        }
        let sel = Selection::from_query(None, &cat);
        assert_eq!(sel.ids, ids(&["host-role-0", "host-role-1"]));
        cat.roles.truncate(1);
        assert_eq!(Selection::from_query(None, &cat).ids, ids(&["host-role-0"]));
    }

    #[test]
    fn unknown_duplicate_and_surplus_ids_are_dropped_with_notes() {
        let mut cat = fixture();
        for extra in ["a", "b", "c"] {
            let mut r = cat.roles[0].clone();
            r.id = extra.into();
            cat.roles.push(r);
        }
        let sel = Selection::from_query(
            Some("backend-developer, nope,backend-developer,a,b,c,frontend-developer,"),
            &cat,
        );
        assert_eq!(sel.ids, ids(&["backend-developer", "a", "b", "c"]));
        assert_eq!(
            sel.notes,
            [
                Note::UnknownRoles {
                    ids: ids(&["nope"])
                },
                Note::ListedTwice {
                    ids: ids(&["backend-developer"])
                },
                Note::TooManyRoles {
                    max: 4,
                    ids: ids(&["frontend-developer"])
                },
            ]
        );
        assert_eq!(
            Selection::from_query(Some(""), &cat).ids,
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_long_address_gives_a_few_notes_however_many_ids_it_names() {
        let cat = fixture();
        let mut param: Vec<String> = (0..25_000).map(|n| format!("x{n}")).collect();
        param.extend(["backend-developer".into(), "backend-developer".into()]);
        let sel = Selection::from_query(Some(&param.join(",")), &cat);
        assert_eq!(sel.ids, ids(&["backend-developer"]));
        assert_eq!(sel.notes.len(), 2, "{:?}", sel.notes);
        assert!(
            matches!(&sel.notes[0], Note::UnknownRoles { ids } if ids.len() == 25_000),
            "every unknown id, in one note"
        );
        assert_eq!(
            sel.notes[1],
            Note::ListedTwice {
                ids: ids(&["backend-developer"])
            }
        );
        assert_eq!(
            sel.notes[0].to_string(),
            "“x0”, “x1”, “x2” and 24997 more are not roles in this catalogue, so they were left out.",
            "named three at most"
        );
    }

    #[test]
    fn list_operations_respect_limits() {
        let two = ids(&["x", "y"]);
        assert_eq!(add(&two, "z"), ids(&["x", "y", "z"]));
        assert_eq!(add(&two, "x"), two);
        let four = ids(&["a", "b", "c", "d"]);
        assert_eq!(add(&four, "e"), four);
        assert_eq!(remove(&two, 0), ids(&["y"]));
        assert_eq!(remove(&two, 5), two);
        assert_eq!(shift(&two, 0, 1), ids(&["y", "x"]));
        assert_eq!(shift(&two, 0, -1), two);
        assert_eq!(shift(&two, 1, 1), two);
        assert_eq!(to_query(&two), "x,y");
    }

    #[test]
    fn matrix_marks_shared_and_unique_skills_and_differences() {
        let cat = fixture();
        let roles = [
            cat.role("backend-developer").unwrap(),
            cat.role("frontend-developer").unwrap(),
        ];
        let matrix = skill_matrix(&cat, &roles);
        assert_eq!(matrix.len(), 1);
        let rows = &matrix[0].1;
        let css = rows.iter().find(|r| r.skill.id == "css").unwrap();
        assert_eq!(css.levels, vec![Some(Level::Basic), Some(Level::Strong)]);
        assert_eq!(css.spread, Spread::Shared);
        assert!(css.differs());
        let sql = rows.iter().find(|r| r.skill.id == "sql").unwrap();
        assert_eq!(sql.spread, Spread::Unique(0));
        assert_eq!(sql.levels, vec![Some(Level::Strong), None]);
        // Sorted by name: CSS before SQL.
        assert_eq!(rows[0].skill.id, "css");
    }

    #[test]
    fn a_row_with_equal_levels_does_not_differ() {
        let cat = fixture();
        let be = cat.role("backend-developer").unwrap();
        let matrix = skill_matrix(&cat, &[be, be]);
        assert!(matrix[0]
            .1
            .iter()
            .all(|r| !r.differs() && r.spread == Spread::Shared));
    }

    #[test]
    fn overlap_counts_covered_skills_and_orders_gaps_by_size() {
        let cat = fixture();
        let be = cat.role("backend-developer").unwrap();
        let fe = cat.role("frontend-developer").unwrap();
        // A front-end developer moving to back-end: has CSS (strong ≥ basic), lacks SQL.
        let o = overlap(&cat, fe, be);
        assert_eq!(o.ratio(), (1, 2));
        assert_eq!(o.covered[0].id, "css");
        assert_eq!(o.gaps[0].skill.id, "sql");
        assert_eq!(o.gaps[0].have, None);
        assert_eq!(o.gaps[0].need, Level::Strong);
        // The other way: back-end has CSS only at basic, front-end needs strong.
        let o = overlap(&cat, be, fe);
        assert_eq!(o.ratio(), (0, 1));
        assert_eq!(o.gaps[0].have, Some(Level::Basic));
    }

    #[test]
    fn salary_bars_scale_to_a_tidy_maximum() {
        let cat = fixture();
        let roles = [
            cat.role("backend-developer").unwrap(),
            cat.role("frontend-developer").unwrap(),
        ];
        let (bars, scale) = salary_bars(&roles, "au");
        assert_eq!(scale, 120_000);
        assert_eq!(bars.len(), 1);
        assert_eq!(bars[0].column, 0);
        assert!((bars[0].start - 0.75).abs() < 1e-6);
        assert!((bars[0].end - 1.0).abs() < 1e-6);
        assert_eq!(salary_bars(&roles, "us").0.len(), 0);
        assert_eq!(tidy_ceiling(0), 20_000);
        assert_eq!(tidy_ceiling(100_376), 120_000);
        assert_eq!(tidy_ceiling(u32::MAX), u32::MAX);
        assert_eq!(regions_with_salaries(&cat, &roles), vec!["au"]);
    }

    #[test]
    fn the_chart_cites_each_source_and_year_once() {
        let mut cat = fixture();
        let be = cat
            .roles
            .iter_mut()
            .find(|r| r.id == "backend-developer")
            .unwrap();
        let first = be.salaries[0].clone();
        let mut same = first.clone();
        same.seniority = Seniority::Senior;
        let mut other_year = first.clone();
        other_year.seniority = Seniority::Entry;
        other_year.year = first.year.map(|y| y - 1);
        be.salaries.extend([same, other_year]);
        let roles = [cat.role("backend-developer").unwrap()];
        let (bars, _) = salary_bars(&roles, "au");
        assert_eq!(bars.len(), 3);
        let cited: Vec<Option<u16>> = cited_salaries(&bars).iter().map(|s| s.year).collect();
        // Bars run entry, mid, senior: the entry figure's year first.
        assert_eq!(cited, vec![first.year.map(|y| y - 1), first.year]);
    }
}
