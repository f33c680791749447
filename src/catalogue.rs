//! The catalogue every page reads: its loading state, and fetching it in
//! the browser. At build time the pre-render step hands the same catalogue
//! in directly, so both sides render from identical data.

use std::sync::Arc;

use career_core::finder::CourseIndex;
use career_core::load::{checked_unless_built, read_catalogue};
use career_core::note::Note;
use career_core::pages::{CATALOGUE_FILE, CATALOGUE_WITHOUT_COURSES_FILE};
use career_core::summary::{CourseSummary, Courses, WithoutCourses};
use career_core::{Catalogue, LoadError};
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
            Some(summary) => Loaded::without_courses(fetched.catalogue, Arc::new(summary)),
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

/// Provides the loaded catalogue's course facts (called by `App`).
pub fn provide_course_facts(facts: CourseFacts) {
    provide_context(facts);
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

    /// Builds the index now, if it is not built yet: the browser does this
    /// in its own task before taking over the finder's page, so the two
    /// are not one long task.
    pub fn warm(&self) {
        self.get();
    }

    /// The index, built now if it is not built yet.
    pub fn get(&self) -> Arc<CourseIndex> {
        self.index
            .get_or_init(|| Arc::new(CourseIndex::new(&self.catalogue)))
            .clone()
    }
}

/// Provides the loaded catalogue's course index (called by `App`).
pub fn provide_course_index(index: LazyIndex) {
    provide_context(index);
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

/// Downloads the whole catalogue into `state`, where it replaces one read
/// without courses: every page reads it from then on.
pub async fn load_whole(state: RwSignal<CatalogueLoad>) -> Result<(), LoadError> {
    let fetched = fetch(None).await?;
    state.set(CatalogueLoad::Ready(Loaded::new(fetched.catalogue, None)));
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
    })
}

/// The text of `file`, one of the two catalogue files the build writes
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
