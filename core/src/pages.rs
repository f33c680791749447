//! The site's pages: which ones the build renders for a catalogue, each
//! page's app path and the file it is written to, whether search engines
//! should list it and whether the browser takes it over, which catalogue
//! file it reads (the whole catalogue, or the one without courses for a
//! page that shows none) and the fingerprint of the one it was rendered
//! from.
//!
//! What a page tells search engines and link previews about itself (its
//! tab title, meta description and structured data) is in [`seo`].

use crate::links;
use crate::model::Catalogue;

pub mod seo;
pub mod sitemap;

/// A fingerprint of the catalogue's exact bytes (64-bit FNV-1a, hex). A
/// page records the one it was rendered from, so the browser can tell when
/// the catalogue it downloaded is another one.
pub fn fingerprint(catalogue_text: &str) -> String {
    let hash = catalogue_text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// Every page that is rendered at build time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Roles,
    /// A role's guide, by role id.
    Role(String),
    /// A role's learning roadmap, by role id.
    Roadmap(String),
    /// The comparison with its default selection.
    Compare,
    /// The quiz's start page.
    Quiz,
    /// The results page; the answers come from its link, in the browser.
    QuizResults,
    /// The course finder's first page.
    Courses,
    /// A course's page, by course id.
    Course(String),
    /// Every course, by provider, as plain links.
    Providers,
    Shortlist,
    /// The visitor's plan of courses for a role; filled in the browser.
    Plan,
    About,
    Embedding,
    /// The ways into the role compared, and how study is paid for.
    WaysIn,
    /// Served by static hosts for any address without a file of its own.
    NotFound,
    /// The file embed.js opens in a host's frame (`embed.html?view=…`).
    EmbedFrame,
}

impl Page {
    /// Every page for `cat`, home first.
    pub fn all(cat: &Catalogue) -> Vec<Page> {
        let mut pages = vec![Page::Home, Page::Roles];
        pages.extend(cat.roles.iter().map(|r| Page::Role(r.id.clone())));
        pages.extend(cat.roles.iter().map(|r| Page::Roadmap(r.id.clone())));
        pages.extend([
            Page::Compare,
            Page::WaysIn,
            Page::Quiz,
            Page::QuizResults,
            Page::Courses,
        ]);
        pages.extend(cat.courses.iter().map(|c| Page::Course(c.id.clone())));
        pages.extend([
            Page::Providers,
            Page::Shortlist,
            Page::Plan,
            Page::About,
            Page::Embedding,
            Page::NotFound,
            Page::EmbedFrame,
        ]);
        pages
    }

    /// The app path the page is rendered for, e.g. `/roles/backend-developer/`.
    pub fn path(&self) -> String {
        match self {
            Page::Home => links::HOME.into(),
            Page::Roles => links::ROLES.into(),
            Page::Role(id) => links::role(id),
            Page::Roadmap(id) => links::roadmap(id),
            Page::Compare => links::COMPARE.into(),
            Page::Quiz => links::QUIZ.into(),
            Page::QuizResults => links::QUIZ_RESULTS.into(),
            Page::Courses => links::COURSES.into(),
            Page::Course(id) => links::course(id),
            Page::Providers => links::PROVIDERS.into(),
            Page::Shortlist => links::SHORTLIST.into(),
            Page::Plan => links::PLAN.into(),
            Page::About => links::ABOUT.into(),
            Page::Embedding => links::EMBEDDING.into(),
            Page::WaysIn => links::WAYS_IN.into(),
            // Rendered for an address that has no page.
            Page::NotFound => "/404".into(),
            Page::EmbedFrame => format!("/{}", crate::embed::FRAME_FILE),
        }
    }

    /// The file it is written to in the build, relative to its root:
    /// `roles/backend-developer/index.html`, which every static host serves
    /// for `/roles/backend-developer/` without a rule of its own
    /// (docs/hosting.md). The not-found page is `404.html`, the name hosts
    /// look for.
    pub fn file(&self) -> String {
        match self {
            Page::NotFound => "404.html".into(),
            Page::EmbedFrame => crate::embed::FRAME_FILE.into(),
            other => format!("{}index.html", &other.path()[1..]),
        }
    }

    /// Whether search engines should list it: not the pages that only show
    /// what a visitor brings (their results, their shortlist) or nothing.
    pub fn indexed(&self) -> bool {
        !matches!(
            self,
            Page::QuizResults | Page::Shortlist | Page::Plan | Page::NotFound | Page::EmbedFrame
        )
    }

    /// Whether the browser takes this page over as it is. The not-found
    /// page is served for every unknown address, and the frame file stands
    /// for every embedded view, so for those the browser renders whatever
    /// the address asks for in their place.
    pub fn hydrated(&self) -> bool {
        !matches!(self, Page::NotFound | Page::EmbedFrame)
    }

    /// The catalogue file the page is rendered from and reads in the
    /// browser: the one without courses when it does not need every course
    /// ([`needs_every_course`]; a course's page carries its own, the
    /// finder its first page, [`FIRST_PAGE_COURSES_ELEMENT`]). The
    /// pages the browser renders afresh (not found, the frame file) read
    /// the whole catalogue, since they may stand for any page.
    pub fn catalogue_file(&self) -> &'static str {
        let carries_its_courses = matches!(self, Page::Course(_) | Page::Courses);
        if self.hydrated() && (carries_its_courses || !needs_every_course(&self.path())) {
            CATALOGUE_WITHOUT_COURSES_FILE
        } else {
            CATALOGUE_FILE
        }
    }
}

/// The `<meta>` name under which a page names the catalogue file it was
/// rendered from and reads ([`Page::catalogue_file`]).
pub const CATALOGUE_META: &str = "career-guide:catalogue";

/// The `<meta>` name under which a page read without every course names
/// the fingerprint of the whole catalogue the build validated
/// ([`CATALOGUE_FILE`]), so that the browser, downloading it later for a
/// page that needs it, does not validate it again.
pub const COURSES_FINGERPRINT_META: &str = "career-guide:courses-fingerprint";

/// The whole catalogue, as the build writes it for the browser: what a page
/// that needs every course reads.
pub const CATALOGUE_FILE: &str = "catalogue.json";

/// The catalogue without its courses, and their summary
/// ([`crate::summary::WithoutCourses`]): what a page that does not need
/// every course reads, so that a guide, a roadmap, the quiz or a course's
/// page costs the same with 90 courses or 50,000.
pub const CATALOGUE_WITHOUT_COURSES_FILE: &str = "catalogue-base.json";

/// Whether the page at app path `path` (with or without its trailing
/// slash; any address, not only a pre-rendered page's) needs every course
/// of the catalogue to render: the finder, the providers, shortlist,
/// ways-in, quiz results and embedding pages, and a course's page (which
/// needs its own, and carries it). Every other page shows only roles,
/// skills, providers, the quiz and the courses' summary
/// ([`crate::summary::CourseSummary`]: how many, when checked, the first
/// few that teach each skill, which a roadmap lists) — or, as the plan
/// does, downloads every course for a part of itself once it has started.
pub fn needs_every_course(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    let is = |page: &str| path == page.trim_end_matches('/');
    path.starts_with(links::COURSES)
        || [
            links::COURSES,
            links::PROVIDERS,
            links::SHORTLIST,
            links::WAYS_IN,
            links::QUIZ_RESULTS,
            links::EMBEDDING,
        ]
        .into_iter()
        .any(is)
}

/// Whether app path `path` (with or without its trailing slash) is the
/// finder's, which shows its first page ([`FIRST_PAGE_COURSES_ELEMENT`])
/// until every course is there.
pub fn is_finder(path: &str) -> bool {
    path.trim_end_matches('/') == links::COURSES.trim_end_matches('/')
}

/// Whether the page at app path `path` (with or without its trailing
/// slash), read without every course, downloads them as soon as its code
/// is here for a part of itself: the finder, to search them, and the plan,
/// to propose courses. Such a page names the file
/// ([`EVERY_COURSE_SOON_META`]) and the start script fetches it the moment
/// the app's code has arrived, so that the download overlaps the app's
/// start instead of following it; the app's own request for the file then
/// finds it under way or done.
pub fn downloads_every_course(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    is_finder(path) || path == links::PLAN.trim_end_matches('/')
}

/// The files the page at app path `path` names for the start script to
/// fetch the moment the app's code has arrived, in order: for the finder,
/// its early courses first when the build wrote them (`early_courses`), as
/// they answer a first search sooner; then every course, for a page that
/// [`downloads_every_course`].
pub fn fetched_soon(path: &str, early_courses: bool) -> Vec<&'static str> {
    let early = (early_courses && is_finder(path)).then_some(EARLY_COURSES_FILE);
    let every = downloads_every_course(path).then_some(CATALOGUE_FILE);
    early.into_iter().chain(every).collect()
}

/// The `<meta>` name under which a page names the files it fetches soon
/// ([`fetched_soon`], relative to the base, separated by spaces) for the
/// start script.
pub const EVERY_COURSE_SOON_META: &str = "career-guide:every-course-soon";

/// The app's two entries (its code, as the browser downloads it): the
/// reading pages' — home, the role index, the guides, roadmaps, course
/// pages, providers and about, where most visitors arrive from a search —
/// which holds only those pages and so is about a third smaller, and the
/// one with every page. A move from a reading page to another page loads
/// that page whole, with the entry that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Reading,
    Every,
}

impl Entry {
    /// The entry that shows the page at app path `path` (any address, with
    /// or without its trailing slash).
    pub fn of(path: &str) -> Entry {
        let trimmed = path.trim_matches('/');
        let segments: Vec<&str> = trimmed.split('/').collect();
        let reading = match segments.as_slice() {
            [""] => true,
            ["roles"] | ["roles", _] | ["roles", _, "roadmap"] => true,
            ["providers"] | ["about"] => true,
            _ => course_page_id(path).is_some(),
        };
        if reading {
            Entry::Reading
        } else {
            Entry::Every
        }
    }
}

impl Page {
    /// The entry the page's HTML starts: its own path's, or the one with
    /// every page for the pages the browser renders afresh (they may stand
    /// for any page).
    pub fn entry(&self) -> Entry {
        if self.hydrated() {
            Entry::of(&self.path())
        } else {
            Entry::Every
        }
    }
}

/// The `<meta>` name under which a reading page names the code of the
/// entry with every page (its JS and wasm files, relative to the base,
/// space-separated): the reading entry fetches them at the lowest priority
/// once it has started, so that a move to a page it does not have (a whole
/// page load) finds them in the browser's cache.
pub const EVERY_PAGE_ENTRY_META: &str = "career-guide:every-page-entry";

/// The id of the course whose page is at app path `path`, if it is one.
pub fn course_page_id(path: &str) -> Option<&str> {
    let id = path.strip_prefix(links::COURSES)?.trim_end_matches('/');
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

/// Whether `cat`, read without all its courses, holds what the page at app
/// path `path` shows: it does not need every course, or it is a course page
/// and `cat` holds its course (which the page carries,
/// [`OWN_COURSE_ELEMENT`]).
pub fn holds_what_it_shows(path: &str, cat: &Catalogue) -> bool {
    match course_page_id(path) {
        Some(id) => cat.course(id).is_some(),
        None => !needs_every_course(path),
    }
}

/// The id of the `<script type="application/json">` in which a course's
/// page carries its course, as `catalogue.json` has it: the page reads
/// that with the catalogue without courses, so that opening one course
/// costs the same whatever the number of courses.
pub const OWN_COURSE_ELEMENT: &str = "career-guide-course";

/// The ids of the `<script type="application/json">` elements in which
/// the finder's page carries its first page: the courses on it, as
/// `catalogue.json` has them, and the rest of what it shows
/// ([`crate::finder::FinderStart::to_strings`]). The page reads them with
/// the catalogue without courses, so that it starts as soon at 50,000
/// courses as at 90, and downloads the courses once it has.
pub const FIRST_PAGE_COURSES_ELEMENT: &str = "career-guide-first-page";
pub const FINDER_START_ELEMENT: &str = "career-guide-finder-start";

/// The finder's first page as a file beside the pages
/// ([`crate::finder::FirstPageFile`]): what a visitor who moves to the
/// finder from another page of the app reads first, a few kilobytes
/// whatever the number of courses, so that the finder shows its first page
/// at once there too while every course downloads.
pub const FINDER_START_FILE: &str = "finder-start.json";

/// The finder's early courses as a file beside the pages
/// ([`crate::finder::EarlyCoursesFile`]), written only for a catalogue of
/// more than [`crate::finder::EARLY_COURSES`] courses: the finder downloads
/// it before every course, and answers from it the first searches it can.
pub const EARLY_COURSES_FILE: &str = "finder-early.json";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture;

    #[test]
    fn the_reading_pages_start_the_reading_entry_and_every_other_page_the_whole_one() {
        let cat = test_fixture();
        let reading: Vec<Page> = Page::all(&cat)
            .into_iter()
            .filter(|page| page.entry() == Entry::Reading)
            .collect();
        let mut expected = vec![Page::Home, Page::Roles];
        expected.extend(cat.roles.iter().map(|r| Page::Role(r.id.clone())));
        expected.extend(cat.roles.iter().map(|r| Page::Roadmap(r.id.clone())));
        expected.extend(cat.courses.iter().map(|c| Page::Course(c.id.clone())));
        expected.extend([Page::Providers, Page::About]);
        assert_eq!(reading, expected);
        for path in [
            "",
            "/roles",
            "/roles/x/",
            "/roles/x/roadmap",
            "/courses/x/",
            "/about",
        ] {
            assert_eq!(Entry::of(path), Entry::Reading, "{path}");
        }
        for path in [
            "/courses/",
            "/courses",
            "/quiz/",
            "/quiz/results",
            "/compare/",
            "/plan/",
            "/shortlist/",
            "/ways-in/",
            "/embedding/",
            "/roles/x/other",
            "/nowhere",
        ] {
            assert_eq!(Entry::of(path), Entry::Every, "{path}");
        }
        assert_eq!(Page::NotFound.entry(), Entry::Every);
        assert_eq!(Page::EmbedFrame.entry(), Entry::Every);
    }

    #[test]
    fn pages_that_need_no_other_course_or_carry_their_own_read_the_catalogue_without_courses() {
        let cat = test_fixture();
        let without: Vec<Page> = Page::all(&cat)
            .into_iter()
            .filter(|page| page.catalogue_file() == CATALOGUE_WITHOUT_COURSES_FILE)
            .collect();
        let role = cat.roles[0].id.clone();
        let mut expected = vec![Page::Home, Page::Roles];
        expected.extend(cat.roles.iter().map(|r| Page::Role(r.id.clone())));
        expected.extend(cat.roles.iter().map(|r| Page::Roadmap(r.id.clone())));
        expected.extend([Page::Compare, Page::Quiz, Page::Courses]);
        expected.extend(cat.courses.iter().map(|c| Page::Course(c.id.clone())));
        expected.extend([Page::Plan, Page::About]);
        assert_eq!(without, expected);
        // Any address, however written, by the same rule.
        for path in [
            "/courses",
            "/courses/x",
            "/courses/x/",
            "/quiz/results/",
            "/ways-in",
        ] {
            assert!(needs_every_course(path), "{path}");
        }
        for path in [
            "/",
            "/roles/x",
            "/roles/x/roadmap",
            "/quiz",
            "/compare/",
            "/about/",
            "/plan/",
            "/nowhere",
        ] {
            assert!(!needs_every_course(path), "{path}");
        }
        // A course page holds what it shows with its own course only.
        let course = cat.courses[0].id.clone();
        let mut own = crate::summary::WithoutCourses::of(&cat).catalogue;
        assert!(!holds_what_it_shows(&links::course(&course), &own));
        own.courses.push(cat.courses[0].clone());
        assert!(holds_what_it_shows(&links::course(&course), &own));
        assert!(holds_what_it_shows(&format!("/courses/{course}"), &own));
        assert!(!holds_what_it_shows(links::COURSES, &own));
        assert!(holds_what_it_shows(&links::roadmap(&role), &own));
        assert_eq!(course_page_id("/courses/"), None);
        assert!(is_finder("/courses") && is_finder(links::COURSES));
        assert!(!is_finder("/courses/x") && !is_finder("/"));
        assert_eq!(course_page_id("/courses/a/b/"), None);
    }

    #[test]
    fn every_role_and_course_has_a_page_and_files_are_unique() {
        let cat = test_fixture();
        let pages = Page::all(&cat);
        for role in &cat.roles {
            assert!(pages.contains(&Page::Role(role.id.clone())));
        }
        for course in &cat.courses {
            assert!(pages.contains(&Page::Course(course.id.clone())));
        }
        let mut files: Vec<String> = pages.iter().map(Page::file).collect();
        let n = files.len();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), n, "two pages share a file");
        assert_eq!(Page::Home.file(), "index.html");
        assert_eq!(Page::Role("x".into()).file(), "roles/x/index.html");
        assert_eq!(
            Page::Roadmap("x".into()).file(),
            "roles/x/roadmap/index.html"
        );
        assert_eq!(Page::Courses.file(), "courses/index.html");
        assert_eq!(Page::NotFound.file(), "404.html");
    }

    #[test]
    fn private_and_empty_pages_are_not_indexed() {
        assert!(!Page::Shortlist.indexed());
        assert!(!Page::QuizResults.indexed());
        assert!(!Page::NotFound.indexed());
        assert!(Page::Course("x".into()).indexed());
        assert!(!Page::NotFound.hydrated());
        assert!(Page::Home.hydrated());
    }

    #[test]
    fn fingerprints_differ_for_different_bytes() {
        assert_eq!(fingerprint("{}"), fingerprint("{}"));
        assert_ne!(fingerprint("{}"), fingerprint("{ }"));
        assert_eq!(fingerprint("").len(), 16);
    }

    #[test]
    fn the_finder_and_the_plan_download_every_course_they_were_read_without() {
        let cat = test_fixture();
        let soon: Vec<Page> = Page::all(&cat)
            .into_iter()
            .filter(|page| downloads_every_course(&page.path()))
            .collect();
        assert_eq!(soon, [Page::Courses, Page::Plan]);
        // Only a page read without every course has them to download.
        for page in &soon {
            assert_eq!(page.catalogue_file(), CATALOGUE_WITHOUT_COURSES_FILE);
        }
        for path in ["/courses", "/plan"] {
            assert!(downloads_every_course(path), "{path}");
        }
        for path in ["/courses/x/", "/plan/x", "/quiz/", "/"] {
            assert!(!downloads_every_course(path), "{path}");
            assert!(fetched_soon(path, true).is_empty(), "{path}");
        }
    }

    #[test]
    fn the_finder_fetches_its_early_courses_first_when_the_build_wrote_them() {
        let early_first = [EARLY_COURSES_FILE, CATALOGUE_FILE];
        assert_eq!(fetched_soon("/courses/", true), early_first);
        assert_eq!(fetched_soon("/courses/", false), [CATALOGUE_FILE]);
        assert_eq!(fetched_soon("/plan/", true), [CATALOGUE_FILE]);
    }
}
