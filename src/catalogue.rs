//! The catalogue every page reads: its loading state, and fetching it in
//! the browser. At build time the pre-render step hands the same catalogue
//! in directly, so both sides render from identical data.

use std::sync::Arc;

use career_core::finder::{
    CourseIndex, EarlyCourses, EarlyCoursesFile, FinderStart, FirstPageFile,
};
use career_core::load::{checked_unless_built, read_catalogue};
use career_core::note::Note;
use career_core::pages::{
    CATALOGUE_FILE, CATALOGUE_WITHOUT_COURSES_FILE, EARLY_COURSES_FILE, FINDER_START_FILE,
};
use career_core::summary::{CourseSummary, Courses, WithoutCourses};
use career_core::{Catalogue, Course, LoadError};
use leptos::prelude::*;

use crate::site::{EmbedMode, SharedSite};

/// The loaded, validated catalogue, provided as context to every page.
pub type SharedCatalogue = Arc<Catalogue>;

/// A catalogue ready for the pages.
#[derive(Clone)]
pub struct Loaded {
    /// What the pages show: in an embed with a provider preset, only that
    /// provider's courses.
    pub catalogue: SharedCatalogue,
    /// Why an embed's provider preset could not be applied, if it could not.
    pub preset_note: Option<Note>,
    /// The course finder's index of `catalogue`, built on first use.
    pub index: LazyIndex,
    /// When `catalogue` was read without its courses
    /// (`pages::CATALOGUE_WITHOUT_COURSES_FILE`, by a page that does not
    /// need them all; a course's page adds its own), their summary; `None`
    /// when it holds every course.
    pub summary: Option<Arc<CourseSummary>>,
    /// When the page was the finder's, read without the courses: the
    /// first page it carried, which `catalogue` holds the courses of.
    pub finder: Option<Arc<FinderStart>>,
    /// Read without every course: the fingerprint of the whole catalogue
    /// the build validated, as the page names it
    /// (`pages::COURSES_FINGERPRINT_META`), so that it is not validated
    /// again when it is downloaded.
    pub courses_fingerprint: Option<String>,
}

impl Loaded {
    /// The catalogue as this page shows it: restricted to the embed's
    /// provider preset, if there is one.
    pub fn new(catalogue: SharedCatalogue, embed: Option<&EmbedMode>) -> Loaded {
        let (restricted, preset_note) = match embed {
            Some(embed) => embed.restrict(&catalogue),
            None => (None, None),
        };
        let catalogue = restricted.map_or(catalogue, Arc::new);
        Loaded {
            index: LazyIndex::new(catalogue.clone()),
            catalogue,
            preset_note,
            summary: None,
            finder: None,
            courses_fingerprint: None,
        }
    }

    /// The catalogue read without its courses, which `summary` sums up.
    pub fn without_courses(catalogue: SharedCatalogue, summary: Arc<CourseSummary>) -> Loaded {
        Loaded {
            summary: Some(summary),
            ..Loaded::new(catalogue, None)
        }
    }

    /// As downloaded: without courses, with their summary, if it was read so.
    pub fn fetched(fetched: Fetched) -> Loaded {
        match fetched.summary {
            Some(summary) => Loaded {
                finder: fetched.finder,
                ..Loaded::without_courses(fetched.catalogue, Arc::new(summary))
            },
            None => Loaded::new(fetched.catalogue, None),
        }
    }

    /// What the pages that do not need every course read of them.
    pub fn course_facts(&self) -> CourseFacts {
        CourseFacts {
            catalogue: self.catalogue.clone(),
            summary: self.summary.clone(),
        }
    }
}

/// What a page that does not need every course reads of them: every
/// course, or their summary when the catalogue was read without them
/// (`career_core::summary::Courses`, which answers the same either way).
#[derive(Clone)]
pub struct CourseFacts {
    catalogue: SharedCatalogue,
    summary: Option<Arc<CourseSummary>>,
}

impl CourseFacts {
    /// The courses, to ask how many there are, when they were checked and
    /// which teach a skill.
    pub fn courses(&self) -> Courses<'_> {
        match &self.summary {
            Some(summary) => Courses::Summary(summary),
            None => Courses::Every(&self.catalogue),
        }
    }
}

/// Provides what the pages read of `loaded`: the catalogue, its course
/// facts and index, and the finder's first page if it was read with it
/// (called by `App`, and by a page that reads every course where `App`
/// has fewer).
pub fn provide_loaded(loaded: Loaded) {
    provide_context(loaded.clone());
    provide_context(loaded.course_facts());
    provide_context(loaded.index);
    provide_context::<SharedCatalogue>(loaded.catalogue);
}

/// The course facts provided by `App`.
pub fn use_course_facts() -> CourseFacts {
    expect_context::<CourseFacts>()
}

/// The course search index, one per loaded catalogue and built on first
/// use, so visitors who never open the finder never pay for it.
#[derive(Clone)]
pub struct LazyIndex {
    catalogue: SharedCatalogue,
    index: Arc<std::sync::OnceLock<Arc<CourseIndex>>>,
}

impl LazyIndex {
    /// The index of `catalogue`, not built yet.
    pub fn new(catalogue: SharedCatalogue) -> LazyIndex {
        LazyIndex {
            catalogue,
            index: Arc::default(),
        }
    }

    /// The index, built now if it is not built yet.
    pub fn get(&self) -> Arc<CourseIndex> {
        self.index
            .get_or_init(|| Arc::new(CourseIndex::new(&self.catalogue)))
            .clone()
    }
}

/// The first page the finder's page carried, if the catalogue was read
/// with it, as `App` provides it.
pub fn use_finder_start() -> Option<Arc<FinderStart>> {
    expect_context::<Loaded>().finder
}

/// The course index, from the [`LazyIndex`] provided by `App`.
pub fn use_course_index() -> Arc<CourseIndex> {
    expect_context::<LazyIndex>().get()
}

/// Where the catalogue is up to.
#[derive(Clone)]
pub enum CatalogueLoad {
    Loading,
    Ready(Loaded),
    Failed(LoadError),
}

impl CatalogueLoad {
    /// Whether the catalogue was downloaded whole, every course in it.
    pub fn holds_every_course(&self) -> bool {
        matches!(self, CatalogueLoad::Ready(loaded) if loaded.summary.is_none())
    }

    /// Whether the catalogue was read without (all) its courses and lacks
    /// what the page at app path `path` shows.
    pub fn lacks_what_is_shown_at(&self, path: &str) -> bool {
        matches!(self, CatalogueLoad::Ready(loaded)
            if loaded.summary.is_some()
                && !(loaded.finder.is_some() && career_core::pages::is_finder(path))
                && !career_core::pages::holds_what_it_shows(path, &loaded.catalogue))
    }
}

/// Provides the app's catalogue state (called by `App`), so that a page
/// that needs every course can load them when it was read without.
pub fn provide_catalogue_state(state: RwSignal<CatalogueLoad>) {
    provide_context(state);
}

/// The app's catalogue state, from `App`.
pub fn use_catalogue_state() -> RwSignal<CatalogueLoad> {
    expect_context::<RwSignal<CatalogueLoad>>()
}

/// Every course, once a page that was read without them has downloaded
/// them for a part of its own (the finder or the plan, once it has
/// started, without taking the page apart): the pages the visitor moves on
/// to read them from here rather than downloading them again. Provided by
/// `App`.
#[derive(Clone, Copy)]
pub struct EveryCourse(RwSignal<Option<Loaded>>);

impl EveryCourse {
    /// Whether every course has been downloaded (tracked).
    pub fn is_here(self) -> bool {
        self.0.with(Option::is_some)
    }

    /// Every course, if already downloaded.
    pub fn downloaded(self) -> Option<Loaded> {
        self.0.get_untracked()
    }

    /// Every course: the copy already downloaded, or downloaded now (and
    /// kept; not validated again if its fingerprint is `built`, the one the
    /// build validated).
    pub async fn get(self, built: Option<&str>) -> Result<Loaded, LoadError> {
        if let Some(loaded) = self.downloaded() {
            return Ok(loaded);
        }
        let loaded = Loaded::new(fetch(built).await?.catalogue, None);
        self.0.set(Some(loaded.clone()));
        Ok(loaded)
    }
}

/// Provides [`EveryCourse`], nothing downloaded yet (called by `App`).
pub fn provide_every_course() {
    provide_context(EveryCourse(RwSignal::new(None)));
}

/// The [`EveryCourse`] provided by `App`.
pub fn use_every_course() -> EveryCourse {
    expect_context::<EveryCourse>()
}

/// Every course, for the part of a page that needs them on a page read
/// without them (the finder's search, the plan's proposals): at once when
/// the page holds them; otherwise downloaded once the app has started,
/// without taking the page apart, so nothing the visitor is doing there is
/// lost. Meanwhile the part says it waits, and if the download fails, why.
#[derive(Clone, Copy)]
pub struct CoursesForPage {
    /// Every course, when the page was read with them (never set again;
    /// a signal like `EveryCourse`'s, which costs less code than another
    /// kind of cell).
    held: RwSignal<Option<Loaded>>,
    /// The fingerprint of the whole catalogue the build validated.
    built: StoredValue<Option<String>>,
    /// Why they could not be downloaded, if they could not.
    pub failed: RwSignal<Option<LoadError>>,
    /// Where they are downloaded to, for every page.
    every: EveryCourse,
}

impl CoursesForPage {
    /// Every course as the page holds them, or their download, started
    /// once the app has (an effect, so never at build time).
    pub fn of_page() -> CoursesForPage {
        let read = expect_context::<Loaded>();
        let courses = CoursesForPage {
            built: StoredValue::new(read.courses_fingerprint.clone()),
            held: RwSignal::new(read.summary.is_none().then_some(read)),
            failed: RwSignal::new(None),
            every: use_every_course(),
        };
        if !courses.are_here() {
            Effect::new(move |_| courses.download());
        }
        courses
    }

    /// Downloads them (again, after a failure).
    pub fn download(self) {
        self.failed.set(None);
        leptos::task::spawn_local(async move {
            let built = self.built.get_value();
            if let Err(error) = self.every.get(built.as_deref()).await {
                self.failed.set(Some(error));
            }
        });
    }

    /// Every course, once here (tracked).
    pub fn get(self) -> Option<Loaded> {
        self.held.get_untracked().or_else(|| self.every.0.get())
    }

    /// Whether every course is here (tracked).
    pub fn are_here(self) -> bool {
        self.held.with_untracked(Option::is_some) || self.every.is_here()
    }
}

/// Puts the whole catalogue into `state`, where it replaces one read
/// without courses: every page reads it from then on.
pub async fn load_whole(
    state: RwSignal<CatalogueLoad>,
    every: EveryCourse,
) -> Result<(), LoadError> {
    let built = state.with_untracked(|state| match state {
        CatalogueLoad::Ready(loaded) => loaded.courses_fingerprint.clone(),
        _ => None,
    });
    let loaded = every.get(built.as_deref()).await?;
    state.set(CatalogueLoad::Ready(loaded));
    Ok(())
}

/// A catalogue as downloaded: validated, with the fingerprint of its exact
/// bytes (compared with the one the page was pre-rendered from) and when it
/// was downloaded, if the server said.
pub struct Fetched {
    pub catalogue: SharedCatalogue,
    pub fingerprint: String,
    pub downloaded: Option<String>,
    /// For the catalogue read without its courses, their summary.
    pub summary: Option<CourseSummary>,
    /// For the finder's page, the first page it carries.
    pub finder: Option<Arc<FinderStart>>,
}

impl Fetched {
    /// The catalogue read without courses, with the one course a course's
    /// page carries (`career_core::pages::OWN_COURSE_ELEMENT`), as its text;
    /// `None` if that cannot be read as a course.
    pub fn with_course(mut self, text: &str) -> Option<Fetched> {
        let course = serde_json::from_str(text).ok()?;
        Arc::make_mut(&mut self.catalogue).courses.push(course);
        Some(self)
    }

    /// The catalogue read without courses, with the first page the
    /// finder's page carries (`career_core::pages::FIRST_PAGE_COURSES_ELEMENT`
    /// and `FINDER_START_ELEMENT`), as their texts; `None` if those cannot
    /// be read as its courses and the rest of the page.
    pub fn with_first_page(mut self, courses: &str, start: &str) -> Option<Fetched> {
        let courses = serde_json::from_str(courses).ok()?;
        let start: Vec<String> = serde_json::from_str(start).ok()?;
        let (catalogue, start) = with_first_page(&self.catalogue, courses, &start)?;
        self.catalogue = catalogue;
        self.finder = Some(start);
        Some(self)
    }
}

/// `catalogue`, read without every course, holding the finder's first page
/// (`courses`, and the rest of it as `start` lists it) instead of what it
/// held; `None` if `start` does not read as the first page of `courses`.
fn with_first_page(
    catalogue: &Catalogue,
    courses: Vec<Course>,
    start: &[String],
) -> Option<(SharedCatalogue, Arc<FinderStart>)> {
    let start = FinderStart::read_for(start, courses.len())?;
    let catalogue = Catalogue {
        courses,
        ..catalogue.clone()
    };
    Some((Arc::new(catalogue), Arc::new(start)))
}

/// For a visitor who moves to the finder from another page of the app read
/// without every course (`loaded`): the catalogue with the finder's first
/// page, downloaded from `pages::FINDER_START_FILE` (a few kilobytes, so the
/// finder shows it at once while every course downloads, as on its own
/// page). `None` if it cannot be had or was not worked out from the
/// catalogue the page names (another build's).
pub async fn with_finder_start(loaded: &Loaded) -> Option<Loaded> {
    let built = loaded.courses_fingerprint.as_deref()?;
    let summary = loaded.summary.clone()?;
    let (text, _) = download(FINDER_START_FILE).await.ok()?;
    let file: FirstPageFile<Course> = serde_json::from_str(&text).ok()?;
    if file.catalogue != built {
        return None;
    }
    let (catalogue, start) = with_first_page(&loaded.catalogue, file.courses, &file.start)?;
    Some(Loaded {
        finder: Some(start),
        courses_fingerprint: loaded.courses_fingerprint.clone(),
        ..Loaded::without_courses(catalogue, summary)
    })
}

/// The finder's early courses (`pages::EARLY_COURSES_FILE`), with
/// `catalogue`'s roles, skills and providers, indexed: for the finder of a
/// page read without every course, so that it answers a first search
/// before they are here. `None` if they cannot be had or were not written
/// from the catalogue the page names (`built`, another build's); the
/// finder then waits for every course, as it would without them. Also
/// `None`, unread, if they are no longer `wanted` once downloaded (every
/// course came first).
pub async fn early_courses(
    catalogue: SharedCatalogue,
    built: Option<String>,
    wanted: impl Fn() -> bool,
) -> Option<(SharedCatalogue, Arc<EarlyCourses>)> {
    let (text, _) = download(EARLY_COURSES_FILE).await.ok()?;
    crate::hydration::yield_to_browser().await;
    if !wanted() {
        return None;
    }
    let file: EarlyCoursesFile<Course> = serde_json::from_str(&text).ok()?;
    if Some(&file.catalogue) != built.as_ref() {
        return None;
    }
    crate::hydration::yield_to_browser().await;
    let (courses, bounds) = file.into_parts();
    let catalogue = Arc::new(Catalogue {
        courses,
        ..(*catalogue).clone()
    });
    let early = Arc::new(EarlyCourses::new(&catalogue, bounds));
    Some((catalogue, early))
}

/// Downloads the whole catalogue (`pages::CATALOGUE_FILE`) and validates it,
/// unless it is the one the build validated: the one whose fingerprint the
/// page records (`built`).
pub async fn fetch(built: Option<&str>) -> Result<Fetched, LoadError> {
    let (text, downloaded) = download(CATALOGUE_FILE).await?;
    crate::hydration::yield_to_browser().await;
    let fingerprint = career_core::pages::fingerprint(&text);
    let catalogue = read_catalogue(&text)?;
    crate::hydration::yield_to_browser().await;
    let catalogue = checked_unless_built(catalogue, &fingerprint, built)?;
    Ok(Fetched {
        catalogue: Arc::new(catalogue),
        fingerprint,
        downloaded,
        summary: None,
        finder: None,
    })
}

/// Downloads the catalogue without its courses
/// (`pages::CATALOGUE_WITHOUT_COURSES_FILE`), if it is the very file the
/// page was rendered from (its fingerprint is `built`, so the build wrote
/// and validated it); `None` otherwise, or if it cannot be had, and the
/// page then reads the whole catalogue like any other.
pub async fn fetch_without_courses(built: &str) -> Option<Fetched> {
    let (text, downloaded) = download(CATALOGUE_WITHOUT_COURSES_FILE).await.ok()?;
    let fingerprint = career_core::pages::fingerprint(&text);
    if fingerprint != built {
        return None;
    }
    crate::hydration::yield_to_browser().await;
    let read = WithoutCourses::read(&text).ok()?;
    Some(Fetched {
        catalogue: Arc::new(read.catalogue),
        fingerprint,
        downloaded,
        summary: Some(read.courses),
        finder: None,
    })
}

/// The text of `file`, one of the catalogue files the build writes
/// beside the pages (relative to the site's base; deliberately never a URL
/// parameter, so a visitor-supplied link cannot show forged courses under
/// a host's domain), and when it was downloaded, if the server said.
async fn download(file: &'static str) -> Result<(String, Option<String>), LoadError> {
    let url = file.to_string();
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            url,
        });
    }
    let downloaded = response
        .headers()
        .get("date")
        .and_then(|d| local_date_time(&d));
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    Ok((text, downloaded))
}

/// Fetches the whole catalogue again into `state` (the error screen's
/// retry).
pub fn refetch(state: RwSignal<CatalogueLoad>, site: SharedSite) {
    state.set(CatalogueLoad::Loading);
    leptos::task::spawn_local(async move {
        state.set(match fetch(None).await {
            Ok(fetched) => {
                CatalogueLoad::Ready(Loaded::new(fetched.catalogue, site.embed.as_ref()))
            }
            Err(error) => CatalogueLoad::Failed(error),
        });
    });
}

/// An HTTP date as the visitor's local date and time, e.g. "22 November
/// 2026, 2:05 pm".
fn local_date_time(http_date: &str) -> Option<String> {
    let date = js_sys::Date::new(&http_date.into());
    if date.get_time().is_nan() {
        return None;
    }
    // The getters give local time; both are small in range by definition.
    let small = |n: u32| u8::try_from(n).unwrap_or(0);
    Some(career_core::format::date_time(
        i32::try_from(date.get_full_year()).unwrap_or(0),
        small(date.get_month() + 1),
        small(date.get_date()),
        small(date.get_hours()),
        small(date.get_minutes()),
    ))
}
