//! Every address the site links to, built in one place: the paths of its
//! pages, the query parameters that carry shareable state, and the
//! addresses with a query (the finder filtered, a comparison, quiz
//! results, a plan). Views and core build links only through these, so a
//! route is renamed here and the compiler finds every use; the router's
//! patterns (`src/routes.rs`) are the one other copy, checked against
//! these by a test there.
//!
//! Every page's address ends in a slash (`/roles/x/`): the build writes it
//! as `roles/x/index.html`, which every static host serves at that address
//! by default, with no rewrite rule (docs/hosting.md).

use crate::model::catalogue_name;

pub const HOME: &str = "/";
pub const ROLES: &str = "/roles/";
pub const COMPARE: &str = "/compare/";
pub const QUIZ: &str = "/quiz/";
pub const QUIZ_RESULTS: &str = "/quiz/results/";
pub const COURSES: &str = "/courses/";
pub const PROVIDERS: &str = "/providers/";
pub const SHORTLIST: &str = "/shortlist/";
pub const PLAN: &str = "/plan/";
pub const ABOUT: &str = "/about/";
pub const EMBEDDING: &str = "/embedding/";
pub const WAYS_IN: &str = "/ways-in/";
/// The id of the About page's section on using the site offline, where
/// every course can be saved; [`about_offline`] links to it.
pub const ABOUT_OFFLINE_SECTION: &str = "offline";

/// The About page's section on using the site offline.
pub fn about_offline() -> String {
    format!("{ABOUT}#{ABOUT_OFFLINE_SECTION}")
}

/// The loader a host's page includes to embed a view (docs/embedding.md).
pub const EMBED_SCRIPT: &str = "/embed.js";

/// The query parameters that carry shareable state, by what they hold.
/// Every reader and writer of an address names its parameters from here.
pub mod param {
    /// The roles compared (`/compare`).
    pub const ROLES: &str = "roles";
    /// One role: the finder's role facet, the results page's gap role, the
    /// plan's role.
    pub const ROLE: &str = "role";
    /// The quiz's answers code (`/quiz/results`).
    pub const ANSWERS: &str = "a";
    /// Where the quiz's results look for courses (`/quiz/results`).
    pub const WHERE: &str = "where";
    /// The finder's skill facet.
    pub const SKILL: &str = "skill";
    /// The finder's qualification facet.
    pub const LEVEL: &str = "level";
    /// The finder's study-type facet; the plan's study types.
    pub const MODE: &str = "mode";
    /// The finder's campus-state facet; the plan's state.
    pub const STATE: &str = "state";
    /// The finder's provider-type facet; the plan's provider types.
    pub const TYPE: &str = "type";
    /// The finder's course-length facet.
    pub const DURATION: &str = "duration";
    /// The finder's cost-and-places facet.
    pub const COST: &str = "cost";
    /// The finder's study-load facet; the plan's study load.
    pub const LOAD: &str = "load";
    /// The finder's entry facet.
    pub const ENTRY: &str = "entry";
    /// The finder's intake-month facet.
    pub const INTAKE: &str = "intake";
    /// The finder's search words.
    pub const TEXT: &str = "q";
    /// The highest fee: the finder's cost limit, the plan's fee limit.
    pub const MAX_FEE: &str = "max_fee";
    /// The finder's order of results.
    pub const SORT: &str = "sort";
    /// The finder's page of results.
    pub const PAGE: &str = "page";
    /// The plan's courses.
    pub const COURSES: &str = "courses";
    /// The id in a role's or a course's path (`/roles/:id`).
    pub const ID: &str = "id";
    /// The embedded view an embed frame opens (`embed.html?view=…`; embed.js
    /// writes the same name).
    pub const VIEW: &str = "view";
    /// The plan's highest qualification.
    pub const MAX_LEVEL: &str = "max_level";
    /// The plan's online-only limit.
    pub const ONLINE: &str = "online";
    /// What the plan's proposal makes small.
    pub const GOAL: &str = "goal";
    /// Roadmap progress shared in a link (`roadmap::Progress::to_param`).
    pub const PROGRESS: &str = "progress";
    /// Quiz answers a roadmap offers to take over as progress.
    pub const QUIZ: &str = "quiz";
}

/// A role's guide: `/roles/backend-developer/`.
pub fn role(id: &str) -> String {
    format!("{ROLES}{id}/")
}

/// A role's roadmap: `/roles/backend-developer/roadmap/`.
pub fn roadmap(id: &str) -> String {
    format!("{ROLES}{id}/roadmap/")
}

/// A role's roadmap carrying progress to take over (`encoded` as
/// `roadmap::Progress` writes it for a link).
pub fn roadmap_with_progress(id: &str, encoded: &str) -> String {
    format!("{}?{}={encoded}", roadmap(id), param::PROGRESS)
}

/// A role's roadmap offering the self-ratings of quiz answers `code`.
pub fn roadmap_with_quiz(id: &str, code: &str) -> String {
    format!("{}?{}={code}", roadmap(id), param::QUIZ)
}

/// A course's page: `/courses/rmit-bachelor-it/`.
pub fn course(id: &str) -> String {
    format!("{COURSES}{id}/")
}

/// The finder with a query string as `finder::CourseQuery` writes it
/// (none: the finder's first page).
pub fn courses_where(query: &str) -> String {
    if query.is_empty() {
        COURSES.to_string()
    } else {
        format!("{COURSES}?{query}")
    }
}

/// The finder showing the courses that teach any of `skills`.
pub fn courses_teaching(skills: &[&str]) -> String {
    courses_where(&format!("{}={}", param::SKILL, skills.join(",")))
}

/// The finder showing the courses that lead to `role`.
pub fn courses_for_role(role: &str) -> String {
    courses_where(&format!("{}={role}", param::ROLE))
}

/// The finder showing the courses of `levels` that lead to `role`.
pub fn courses_of_levels(levels: &[crate::model::QualificationLevel], role: &str) -> String {
    let levels: Vec<String> = levels.iter().map(|&l| catalogue_name(l)).collect();
    courses_where(&format!(
        "{}={}&{}={role}",
        param::LEVEL,
        levels.join(","),
        param::ROLE
    ))
}

/// A comparison of `ids`, in order: `/compare/?roles=a,b`.
pub fn compare(ids: &[String]) -> String {
    format!(
        "{COMPARE}?{}={}",
        param::ROLES,
        crate::compare::to_query(ids)
    )
}

/// The quiz's results for answers `code`, optionally with the skill gap of
/// `role` open, and `extra` query pairs (`&where=VIC`) after them.
pub fn quiz_results(code: &str, role: Option<&str>, extra: &str) -> String {
    let role = role
        .map(|r| format!("&{}={r}", param::ROLE))
        .unwrap_or_default();
    format!("{QUIZ_RESULTS}?{}={code}{role}{extra}", param::ANSWERS)
}

/// A plan for `role`: `/plan/?role=backend-developer`.
pub fn plan_for(role: &str) -> String {
    format!("{PLAN}?{}={role}", param::ROLE)
}

/// A plan with its whole state in `query` (`plan::Plan::to_query`).
pub fn plan_with(query: &str) -> String {
    format!("{PLAN}?{query}")
}

/// A part of the ways-in page: `/ways-in/#csp`.
pub fn ways_in_part(anchor: &str) -> String {
    format!("{WAYS_IN}#{anchor}")
}

/// The address of the page a host served for `path` (an address without
/// its query), in the form the site links to: hosts may show the file's
/// name (`/roles/x/index.html`) or, like nginx, serve a folder's page
/// without its trailing slash (`/roles/x`).
pub fn page_address(path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualificationLevel;

    #[test]
    fn links_are_the_paths_the_pages_are_rendered_for() {
        use crate::pages::Page;
        assert_eq!(role("x"), Page::Role("x".into()).path());
        assert_eq!(roadmap("x"), Page::Roadmap("x".into()).path());
        assert_eq!(course("x"), Page::Course("x".into()).path());
        assert_eq!(course("x"), "/courses/x/");
        assert_eq!(roadmap("x"), "/roles/x/roadmap/");
        for (link, page) in [
            (HOME, Page::Home),
            (ROLES, Page::Roles),
            (COMPARE, Page::Compare),
            (QUIZ, Page::Quiz),
            (QUIZ_RESULTS, Page::QuizResults),
            (COURSES, Page::Courses),
            (PROVIDERS, Page::Providers),
            (SHORTLIST, Page::Shortlist),
            (PLAN, Page::Plan),
            (ABOUT, Page::About),
            (EMBEDDING, Page::Embedding),
            (WAYS_IN, Page::WaysIn),
        ] {
            assert_eq!(link, page.path());
        }
    }

    #[test]
    fn a_served_path_is_read_as_the_address_linked_to() {
        assert_eq!(page_address("/"), "/");
        // The site's base path without its slash (`/careers`), less the base.
        assert_eq!(page_address(""), "/");
        assert_eq!(page_address("/index.html"), "/");
        assert_eq!(page_address("/roles/x"), "/roles/x/");
        assert_eq!(page_address("/roles/x/"), "/roles/x/");
        assert_eq!(page_address("/roles/x/index.html"), "/roles/x/");
        assert_eq!(page_address("/careers/roles"), "/careers/roles/");
    }

    #[test]
    fn queries_are_written_with_the_parameter_names() {
        assert_eq!(courses_teaching(&["sql", "css"]), "/courses/?skill=sql,css");
        assert_eq!(courses_for_role("r"), "/courses/?role=r");
        assert_eq!(courses_where(""), "/courses/");
        assert_eq!(
            courses_of_levels(&[QualificationLevel::Bachelor], "r"),
            "/courses/?level=bachelor&role=r"
        );
        assert_eq!(compare(&["a".into(), "b".into()]), "/compare/?roles=a,b");
        assert_eq!(quiz_results("C1", None, ""), "/quiz/results/?a=C1");
        assert_eq!(
            quiz_results("C1", Some("r"), "&where=VIC"),
            "/quiz/results/?a=C1&role=r&where=VIC"
        );
        assert_eq!(plan_for("r"), "/plan/?role=r");
        assert_eq!(ways_in_part("csp"), "/ways-in/#csp");
    }
}
