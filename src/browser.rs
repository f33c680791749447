//! The browser's entry point. Fetches the catalogue, then takes over the
//! pre-rendered page (hydration) when the page was rendered for this
//! address from this very catalogue; otherwise — an embedded view, an
//! address with no page of its own, a catalogue other than the one the page
//! was rendered from, or one that failed — renders the app afresh in its
//! place, so a visitor never sees one catalogue's content presented as
//! another's. What only the browser knows is applied after that.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::catalogue::{self, CatalogueLoad, Loaded};
use crate::hydration;
use career_core::pages::{self, Page};
use career_core::{embed, links};

use crate::routes::Pages;
use crate::site::{report_height_to_host, EmbedMode};
use crate::site::{SharedSite, Site};
use crate::App;

/// The `<meta>` names the pre-render build writes into each page.
const PAGE_META: &str = "career-guide:page";
const FINGERPRINT_META: &str = "career-guide:catalogue-fingerprint";

/// Starts the app; called once from `main`, in the task that finished
/// compiling the wasm. The start's own code (compiled by the browser when
/// first called) runs in the next task, so the two never add up to one
/// long task.
pub fn start(pages: Pages) {
    hydration::init();
    wasm_bindgen_futures::spawn_local(async move {
        hydration::yield_to_browser().await;
        run(pages).await;
    });
}

/// Everything the start does, from reading the address to marking the page
/// as started.
async fn run(pages: Pages) {
    open_framed_view();
    let site = Arc::new(site_from_document());
    let rendered = RenderedPage::from_document();
    if let Some(embed) = &site.embed {
        embed.apply_to_document();
        report_height_to_host();
    }
    // The fingerprint of the catalogue this page was rendered from, which
    // the build validated.
    let built = rendered.as_ref().map(|r| r.fingerprint.as_str());
    // A page that does not need every course was rendered from the
    // catalogue without them and reads that (a course's page adds the
    // course it carries, the finder its first page); if that is not the
    // very file it was rendered from, it is rendered afresh from the whole
    // catalogue, as any other.
    let without = match rendered.as_ref().filter(|r| r.is_at(&site)) {
        Some(r) if r.without_courses => catalogue::fetch_without_courses(&r.fingerprint)
            .await
            .and_then(|fetched| {
                match (
                    element_text(pages::OWN_COURSE_ELEMENT),
                    element_text(pages::FIRST_PAGE_COURSES_ELEMENT),
                    element_text(pages::FINDER_START_ELEMENT),
                ) {
                    (Some(course), _, _) => fetched.with_course(&course),
                    (None, Some(courses), Some(start)) => fetched.with_first_page(&courses, &start),
                    _ => Some(fetched),
                }
            }),
        _ => None,
    };
    let fetched = match without {
        Some(fetched) => Ok(fetched),
        None => catalogue::fetch(built).await,
    };
    let downloaded = fetched.as_ref().ok().and_then(|f| f.downloaded.clone());
    hydration::yield_to_browser().await;
    match fetched {
        Ok(fetched)
            if rendered
                .as_ref()
                .is_some_and(|r| r.is_for(&site, &fetched.fingerprint)) =>
        {
            let loaded = Loaded {
                courses_fingerprint: meta(pages::COURSES_FINGERPRINT_META),
                ..Loaded::fetched(fetched)
            };
            hydrate(site.clone(), pages, loaded, downloaded).await;
        }
        Ok(fetched) => {
            let loaded = Loaded::new(fetched.catalogue, site.embed.as_ref());
            render_afresh(
                site.clone(),
                pages,
                CatalogueLoad::Ready(loaded),
                downloaded,
            );
        }
        Err(error) => render_afresh(site.clone(), pages, CatalogueLoad::Failed(error), None),
    }
    let origin = window().location().origin().unwrap_or_default();
    site.url.set(Some(format!("{origin}{}", site.base)));
    if let Some(root) = document().document_element() {
        // Marks the page as live (for the embed styles and for tests).
        let _ = root.set_attribute("data-started", "");
    }
    prefetch_every_page_entry();
}

/// On a reading page, once its entry has started: fetches the entry with
/// every page at the lowest priority (`<link rel="prefetch">`), so that a
/// move to a page the reading entry does not have, which loads that page
/// whole, finds its code in the browser's cache.
fn prefetch_every_page_entry() {
    let (Some(files), Some(head)) = (meta(pages::EVERY_PAGE_ENTRY_META), document().head()) else {
        return;
    };
    for file in files.split_whitespace() {
        if let Ok(link) = document().create_element("link") {
            let _ = link.set_attribute("rel", "prefetch");
            let _ = link.set_attribute("href", file);
            let _ = head.append_child(&link);
        }
    }
}

/// In the file a host's frame opens (`embed.html?view=embed;…/courses`),
/// moves to the embedded view's own address, so the router and every link
/// inside the frame work from there.
fn open_framed_view() {
    let location = window().location();
    let base = base_path();
    let path = location.pathname().unwrap_or_default();
    if path.strip_prefix(base.trim_end_matches('/')) != Some(&Page::EmbedFrame.path()) {
        return;
    }
    let search = location.search().unwrap_or_default();
    // A refused view still moves into the embed segment, so the frame shows
    // the embedded "not found" and never the full site.
    let target =
        embed::frame_target_in_query(&search).unwrap_or_else(|| embed::REFUSED_VIEW.to_string());
    if let Ok(history) = window().history() {
        let url = format!("{}/{target}", base.trim_end_matches('/'));
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The path `<base href>` names (Trunk writes it from `--public-url`).
fn base_path() -> String {
    let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new(&base_uri)
        .map(|url| url.pathname())
        .unwrap_or_default()
}

/// The site as this document says: the base path from `<base href>` (Trunk
/// writes it from `--public-url`), the embed options from the address.
fn site_from_document() -> Site {
    let base = base_path();
    let path = current_path();
    let within = path
        .strip_prefix(base.trim_end_matches('/'))
        .unwrap_or(&path);
    let embed = EmbedMode::from_path(within);
    Site::new(&base, embed, path)
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// The text of the element with `id`: what a page carries for its own
/// use (a course's page its course, the finder its first page).
fn element_text(id: &str) -> Option<String> {
    document().get_element_by_id(id)?.text_content()
}

fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!(r#"meta[name="{name}"]"#))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// What the pre-render build wrote into this document's `<meta>` tags: the
/// page it is and the catalogue it was rendered from.
struct RenderedPage {
    /// The app path the page was rendered for, e.g. `/courses`.
    page: String,
    /// The fingerprint of the catalogue it was rendered from.
    fingerprint: String,
    /// Whether it was rendered from the catalogue without its courses.
    without_courses: bool,
}

impl RenderedPage {
    /// Read once, at the start; `None` for a document the build did not
    /// render as a page of its own (the not-found page, the frame file).
    fn from_document() -> Option<RenderedPage> {
        Some(RenderedPage {
            page: meta(PAGE_META)?,
            fingerprint: meta(FINGERPRINT_META)?,
            without_courses: meta(pages::CATALOGUE_META).as_deref()
                == Some(pages::CATALOGUE_WITHOUT_COURSES_FILE),
        })
    }

    /// Whether this is the page for the current address (however the host
    /// showed it: `/roles/x`, `/roles/x/` or `/roles/x/index.html`), outside
    /// an embedded view.
    fn is_at(&self, site: &Site) -> bool {
        let path = current_path();
        site.embed.is_none() && links::page_address(site.within(&path)) == self.page
    }

    /// Whether this is the page for the current address, rendered from the
    /// catalogue with `fingerprint`.
    fn is_for(&self, site: &Site, fingerprint: &str) -> bool {
        self.is_at(site) && self.fingerprint == fingerprint
    }
}

/// Takes over the pre-rendered page. The router first sees the address as
/// the page was rendered (no query string, in the form the site links to),
/// then moves to the real one once the takeover is done. The takeover runs in several tasks
/// (the page, then each part left for later); input in between is held and
/// replayed at the end. Returns once the effects it created have had their
/// first run and held input has been replayed.
async fn hydrate(site: SharedSite, pages: Pages, loaded: Loaded, downloaded: Option<String>) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let rendered_path = format!("{}{}", site.base, links::page_address(site.within(&path)));
    let deferred_url = (!search.is_empty()).then(|| format!("{rendered_path}{search}{hash}"));
    if rendered_path != path || deferred_url.is_some() {
        if let Ok(history) = window().history() {
            let url = format!("{rendered_path}{hash}");
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    let catalogue = RwSignal::new(CatalogueLoad::Ready(loaded));
    let input = hydration::HeldInput::start();
    hydration::holding_tasks(move || {
        leptos::mount::hydrate_body(move || {
            view! { <App site=site catalogue=catalogue pages=pages downloaded=downloaded deferred_url=deferred_url/> }
        });
    })
    .await;
    input.replay();
}

/// Replaces whatever the document holds with the app rendered here. Input
/// the page held before the start went to elements that are replaced, so
/// it is dropped (and the page stops holding).
fn render_afresh(site: SharedSite, pages: Pages, state: CatalogueLoad, downloaded: Option<String>) {
    drop(hydration::take_page_held());
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    let catalogue = RwSignal::new(state);
    leptos::mount::mount_to_body(move || {
        view! { <App site=site catalogue=catalogue pages=pages downloaded=downloaded/> }
    });
}
