//! What each page says about itself to search engines and link previews:
//! its tab title (`full_title`), its meta description, and its structured
//! data (schema.org JSON-LD: `Occupation`, `Course`, `ItemList`,
//! `BreadcrumbList`), gathered in a [`Head`] by [`Page::head`]. The
//! components set each page's title themselves; the pre-render step reads
//! it back from the render. Which pages exist, their addresses and whether
//! they are listed at all (`Page::indexed`) is in the parent module.

use serde_json::{json, Value};

use super::Page;
use crate::format;
use crate::model::{Catalogue, Course, FeeBasis, PayPeriod, ProviderKind, Role, StudyMode};

/// The site's name, the end of every tab title.
pub const SITE_NAME: &str = "Career Guide";

/// A page's title as the tab and search results show it.
pub fn full_title(title: &str) -> String {
    format!("{title} — {SITE_NAME}")
}

/// Longest meta description written; search engines cut longer ones.
const DESCRIPTION_CHARS: usize = 160;

/// What a page says about itself beyond its title.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// The meta description (also the link preview's text).
    pub description: String,
    /// JSON-LD objects (schema.org), each for its own `<script>`.
    pub structured_data: Vec<Value>,
    /// Whether it is one entry's page (an article) rather than an index.
    pub article: bool,
}

impl Page {
    /// What the page says about itself to search engines and link previews.
    /// `site` is the site's absolute address or base path, without a
    /// trailing slash, for the links in structured data.
    pub fn head(&self, cat: &Catalogue, site: &str) -> Head {
        let link = |path: &str| format!("{site}{path}");
        let (description, mut data, article) = match self {
            Page::Home => (
                format!(
                    "Decide whether, and how, to become a back-end web developer: what the work is, what it pays, the skills it needs, and {} courses in {} that teach them.",
                    cat.courses.len(),
                    cat.meta.region
                ),
                vec![role_list(cat, &link)],
                false,
            ),
            Page::Roles => (
                format!(
                    "Guides to {} roles in and around back-end web development: the work, the skills, pay, outlook and how to get there.",
                    cat.roles.len()
                ),
                vec![role_list(cat, &link)],
                false,
            ),
            Page::Role(id) => match cat.role(id) {
                Some(role) => (role.summary.clone(), vec![occupation(cat, role)], true),
                None => (String::new(), Vec::new(), false),
            },
            Page::Roadmap(id) => match cat.role(id) {
                Some(role) => (
                    roadmap_summary(cat, role),
                    Vec::new(),
                    true,
                ),
                None => (String::new(), Vec::new(), false),
            },
            Page::Compare => (
                "Put two to four roles side by side: the work, the skills, the pay and the way in.".into(),
                Vec::new(),
                false,
            ),
            Page::Quiz => (
                format!(
                    "{} short questions about what you enjoy and what you know, then the roles that suit you, the skills to build and the courses that teach them.",
                    cat.quiz.len()
                ),
                Vec::new(),
                false,
            ),
            Page::QuizResults => (
                "Your skills quiz results: the roles that suit you, your skill gap and the courses that close it.".into(),
                Vec::new(),
                false,
            ),
            Page::Courses => (
                format!(
                    "Search and filter {} courses from universities, TAFEs, colleges and online providers in {}: study type, qualification, location, length and cost.",
                    cat.courses.len(),
                    cat.meta.region
                ),
                vec![course_list(cat, cat.courses.iter().take(20), &link)],
                false,
            ),
            Page::Course(id) => match cat.course(id) {
                Some(course) => (
                    course_summary(cat, course),
                    vec![course_data(cat, course, &link)],
                    true,
                ),
                None => (String::new(), Vec::new(), false),
            },
            Page::Providers => (
                format!(
                    "Every course in the guide by provider: {} providers and {} courses.",
                    cat.providers.len(),
                    cat.courses.len()
                ),
                vec![course_list(cat, cat.courses.iter(), &link)],
                false,
            ),
            Page::Shortlist => (
                "Courses you have starred, side by side.".into(),
                Vec::new(),
                false,
            ),
            Page::Plan => (
                "Your plan: the courses that close the gap between what you know and what a role needs, with their time and cost.".into(),
                Vec::new(),
                false,
            ),
            Page::About => (
                format!(
                    "What Career Guide is, how it keeps your answers private, and the {} published sources its facts come from.",
                    cat.meta.sources.len()
                ),
                Vec::new(),
                false,
            ),
            Page::WaysIn => (
                format!(
                    "Degree, TAFE, bootcamp or self-study: what each way into back-end development costs a domestic student, how long it takes full-time and part-time, who gets in and where it leads, from {} courses and national surveys.",
                    cat.courses.len()
                ),
                Vec::new(),
                true,
            ),
            Page::Embedding => (
                "Universities and colleges: put the course finder, a role guide, a comparison or the quiz on your own site, in your colours.".into(),
                Vec::new(),
                false,
            ),
            Page::NotFound | Page::EmbedFrame => {
                ("There is no page at this address.".into(), Vec::new(), false)
            }
        };
        if let Some(trail) = self.breadcrumbs(cat) {
            data.push(breadcrumb_list(&trail, &link));
        }
        Head {
            description: shorten(&description, DESCRIPTION_CHARS),
            structured_data: data,
            article,
        }
    }

    /// The trail from the home page to this one: (name, path), this page last.
    fn breadcrumbs(&self, cat: &Catalogue) -> Option<Vec<(String, String)>> {
        let home = ("Home".to_string(), "/".to_string());
        let here = |name: &str| (name.to_string(), self.path());
        let trail = match self {
            Page::Home | Page::NotFound | Page::EmbedFrame => return None,
            Page::Role(id) => vec![
                home,
                ("Roles".into(), Page::Roles.path()),
                here(&cat.role(id)?.title),
            ],
            Page::Roadmap(id) => {
                let role = cat.role(id)?;
                vec![
                    home,
                    ("Roles".into(), Page::Roles.path()),
                    (role.title.clone(), Page::Role(id.clone()).path()),
                    here("Roadmap"),
                ]
            }
            Page::QuizResults => vec![
                home,
                ("Skills quiz".into(), Page::Quiz.path()),
                here("Results"),
            ],
            Page::Course(id) => vec![
                home,
                ("Courses".into(), Page::Courses.path()),
                here(&cat.course(id)?.title),
            ],
            Page::Roles => vec![home, here("Roles")],
            Page::Compare => vec![home, here("Compare roles")],
            Page::Quiz => vec![home, here("Skills quiz")],
            Page::Courses => vec![home, here("Courses")],
            Page::Providers => vec![home, here("Course providers")],
            Page::Shortlist => vec![home, here("Your shortlist")],
            Page::Plan => vec![home, here("Your plan")],
            Page::About => vec![home, here("About")],
            Page::Embedding => vec![home, here("Embed")],
            Page::WaysIn => vec![home, here("Ways in")],
        };
        Some(trail)
    }
}

/// `text` cut at a word boundary to at most `max` characters, with "…".
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.']))
}

/// A roadmap's description line: how many stages, from the first to the last.
fn roadmap_summary(cat: &Catalogue, role: &Role) -> String {
    let map = crate::roadmap::roadmap(cat, role);
    let first = map.stages.first().map_or("", |s| s.title.as_ref());
    let last = map.stages.last().map_or("", |s| s.title.as_ref());
    format!(
        "The order to learn the skills of a {} in: {} stages from {} to {}, ticked off as you go, with the courses that teach each skill.",
        role.title.to_lowercase(),
        map.stages.len(),
        first.to_lowercase(),
        last.to_lowercase()
    )
}

/// A course's description line: where, what and how long, then what it is.
fn course_summary(cat: &Catalogue, course: &Course) -> String {
    let provider = cat
        .provider(&course.provider)
        .map_or("", |p| p.name.as_str());
    format!(
        "{} at {provider}: {}, {}. {}",
        course.level.label(),
        course
            .modes
            .iter()
            .map(|m| m.label().to_lowercase())
            .collect::<Vec<_>>()
            .join(" or "),
        format::weeks(course.duration_weeks),
        course.description
    )
}

fn role_list(cat: &Catalogue, link: &dyn Fn(&str) -> String) -> Value {
    let entries = cat
        .roles
        .iter()
        .map(|r| (r.title.as_str(), link(&Page::Role(r.id.clone()).path())));
    item_list("Role guides", entries)
}

fn course_list<'a>(
    cat: &Catalogue,
    courses: impl Iterator<Item = &'a Course>,
    link: &dyn Fn(&str) -> String,
) -> Value {
    let entries = courses.map(|c| (c.title.as_str(), link(&Page::Course(c.id.clone()).path())));
    item_list(&format!("Courses in {}", cat.meta.region), entries)
}

/// A schema.org `ItemList` of (name, address) entries, in order.
fn item_list<'a>(name: &str, entries: impl Iterator<Item = (&'a str, String)>) -> Value {
    let items: Vec<Value> = entries
        .enumerate()
        .map(|(i, (entry, url))| {
            json!({ "@type": "ListItem", "position": i + 1, "name": entry, "url": url })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": name,
        "numberOfItems": items.len(),
        "itemListElement": items,
    })
}

fn breadcrumb_list(trail: &[(String, String)], link: &dyn Fn(&str) -> String) -> Value {
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, path))| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": name,
                "item": link(path),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
}

/// A role as a schema.org `Occupation`: what it is, pay by region (each
/// figure with its currency and year), skills, ways in and duties.
fn occupation(cat: &Catalogue, role: &Role) -> Value {
    let salaries: Vec<Value> = role
        .salaries
        .iter()
        .filter_map(|s| {
            let region = cat.region(&s.region)?;
            // The figures as the source gives them, for the period it gives.
            let mut salary = json!({
                "@type": "MonetaryAmountDistribution",
                "name": format!(
                    "{}, {}: {}",
                    s.seniority.label(),
                    region.name,
                    format::salary_measure(s)
                ),
                "currency": s.currency,
                "duration": match s.per {
                    PayPeriod::Year => "P1Y",
                    PayPeriod::Week => "P1W",
                },
                "minValue": s.min,
                "maxValue": s.max,
            });
            if let Some(year) = s.year {
                salary["validFrom"] = json!(year.to_string());
            }
            Some(salary)
        })
        .collect();
    let mut regions: Vec<&str> = Vec::new();
    for s in &role.salaries {
        if let Some(region) = cat.region(&s.region) {
            if !regions.contains(&region.name.as_str()) {
                regions.push(&region.name);
            }
        }
    }
    let skills: Vec<&str> = role
        .skills
        .iter()
        .filter_map(|s| cat.skill(&s.skill))
        .map(|s| s.name.as_str())
        .collect();
    let qualifications: Vec<&str> = role
        .education
        .iter()
        .map(|e| e.title.as_str())
        .chain(role.certifications.iter().map(|c| c.name.as_str()))
        .collect();
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": role.title,
        "description": role.summary,
        "skills": skills.join(", "),
        "qualifications": qualifications.join("; "),
        "responsibilities": role.tasks,
        "occupationLocation": regions
            .iter()
            .map(|name| json!({ "@type": "Country", "name": name }))
            .collect::<Vec<_>>(),
    });
    if !salaries.is_empty() {
        data["estimatedSalary"] = Value::Array(salaries);
    }
    data
}

/// A course as a schema.org `Course`, with its provider, study modes,
/// locations, length and — only when the catalogue knows it — its price.
fn course_data(cat: &Catalogue, course: &Course, link: &dyn Fn(&str) -> String) -> Value {
    let provider = cat.provider(&course.provider).map(|p| {
        let kind = match p.kind {
            ProviderKind::University => "CollegeOrUniversity",
            _ => "EducationalOrganization",
        };
        json!({ "@type": kind, "name": p.name, "url": p.url })
    });
    let modes: Vec<&str> = course
        .modes
        .iter()
        .map(|m| match m {
            StudyMode::Online => "online",
            StudyMode::OnCampus => "onsite",
            StudyMode::Blended => "blended",
        })
        .collect();
    let places: Vec<Value> = course
        .states
        .iter()
        .map(|state| {
            json!({
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressRegion": state,
                    "addressCountry": cat.meta.region,
                },
            })
        })
        .collect();
    let mut instance = json!({
        "@type": "CourseInstance",
        "courseMode": modes,
        "courseSchedule": {
            "@type": "Schedule",
            "duration": format!("P{}W", course.duration_weeks),
            "repeatFrequency": "P1W",
        },
    });
    if !places.is_empty() {
        instance["location"] = Value::Array(places);
    }
    let skills = course.skill_names(cat);
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": course.description,
        "url": link(&Page::Course(course.id.clone()).path()),
        "sameAs": course.url,
        "educationalCredentialAwarded": course.level.label(),
        "timeRequired": format!("P{}W", course.duration_weeks),
        "teaches": skills,
        "hasCourseInstance": [instance],
    });
    if let Some(provider) = provider {
        data["provider"] = provider;
    }
    if let Some(fee) = &course.fee {
        let mut offer = json!({
            "@type": "Offer",
            "category": if fee.is_free() { "Free" } else { "Paid" },
            "priceCurrency": fee.currency,
        });
        if fee.is_whole_course() && fee.max == Some(fee.min) {
            // One price for the whole course.
            offer["price"] = json!(fee.min);
        } else {
            // A range, a "from" price, or a price per year or unit: never
            // one made-up total.
            let mut spec = json!({
                "@type": "UnitPriceSpecification",
                "minPrice": fee.min,
                "priceCurrency": fee.currency,
            });
            if let Some(max) = fee.max {
                spec["maxPrice"] = json!(max);
            }
            match fee.basis {
                Some(FeeBasis::PerYear) => spec["unitText"] = json!("per year"),
                Some(FeeBasis::PerUnit) => spec["unitText"] = json!("per unit"),
                Some(FeeBasis::Total) => spec["unitText"] = json!("whole course"),
                None => {}
            }
            offer["priceSpecification"] = spec;
        }
        if let Some(year) = fee.year {
            offer["validFrom"] = json!(year.to_string());
        }
        data["offers"] = json!([offer]);
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture;

    #[test]
    fn descriptions_are_cut_at_a_word() {
        let long = "word ".repeat(60);
        let short = shorten(&long, DESCRIPTION_CHARS);
        assert!(short.chars().count() <= DESCRIPTION_CHARS);
        assert!(short.ends_with("word…"));
        assert_eq!(shorten(" Short. ", 160), "Short.");
    }

    #[test]
    fn a_course_page_carries_course_data_and_a_price_only_when_known() {
        let mut cat = test_fixture();
        let id = cat.courses[0].id.clone();
        let head = Page::Course(id.clone()).head(&cat, "https://example.edu/careers");
        let course = &head.structured_data[0];
        assert_eq!(course["@type"], "Course");
        assert_eq!(course["name"], cat.courses[0].title.as_str());
        assert_eq!(
            course["url"],
            format!("https://example.edu/careers/courses/{id}/")
        );
        assert!(course["provider"]["name"].is_string());
        assert!(course["hasCourseInstance"][0]["courseMode"].is_array());
        assert_eq!(course.get("offers").is_some(), cat.courses[0].fee.is_some());
        // One whole-course price is a price; a range or a price per year is
        // a price specification, never a total.
        let mut fee = crate::model::Fee {
            year: Some(2026),
            ..crate::model::Fee::whole_course(9_000, 9_000, "AUD", "src")
        };
        cat.courses[0].fee = Some(fee.clone());
        let offer = |cat: &Catalogue| {
            Page::Course(id.clone()).head(cat, "").structured_data[0]["offers"][0].clone()
        };
        assert_eq!(offer(&cat)["price"], 9_000);
        fee.basis = Some(FeeBasis::PerYear);
        cat.courses[0].fee = Some(fee.clone());
        assert!(offer(&cat).get("price").is_none());
        assert_eq!(offer(&cat)["priceSpecification"]["unitText"], "per year");
        fee.basis = Some(FeeBasis::Total);
        fee.max = Some(12_000);
        cat.courses[0].fee = Some(fee);
        assert_eq!(offer(&cat)["priceSpecification"]["maxPrice"], 12_000);
        cat.courses[0].fee = None;
        let head = Page::Course(id).head(&cat, "");
        assert!(head.structured_data[0].get("offers").is_none());
        assert_eq!(head.structured_data[1]["@type"], "BreadcrumbList");
    }

    #[test]
    fn a_role_guide_carries_its_salaries_with_currency_and_year() {
        let cat = test_fixture();
        let role = cat.roles.iter().find(|r| !r.salaries.is_empty()).unwrap();
        let head = Page::Role(role.id.clone()).head(&cat, "");
        let occupation = &head.structured_data[0];
        assert_eq!(occupation["@type"], "Occupation");
        let first = &occupation["estimatedSalary"][0];
        let salary = &role.salaries[0];
        assert_eq!(first["minValue"], salary.min);
        assert_eq!(first["validFrom"], salary.year.unwrap().to_string());
        assert_eq!(first["duration"], "P1Y");
        assert_eq!(
            first["currency"],
            cat.region(&salary.region).unwrap().currency.as_str()
        );
        assert!(head.article);
    }
}
