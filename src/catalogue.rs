//! Fetching the catalogue at start-up and sharing it with every page.

use std::sync::Arc;

use career_core::{parse_catalogue, Catalogue, LoadError};
use gloo_net::http::Request;
use leptos::prelude::*;

/// Where the catalogue is fetched from unless the host's deploy-time
/// `<meta name="career-guide:catalogue" content="…">` says otherwise.
const DEFAULT_CATALOGUE_URL: &str = "catalogue.json";

/// The loaded, validated catalogue, provided as context to every page.
pub type SharedCatalogue = Arc<Catalogue>;

/// A catalogue ready for the pages, with what the footer says about it.
#[derive(Clone)]
pub struct Loaded {
    /// What the pages show: in an embed with a provider preset, only that
    /// provider's courses.
    pub catalogue: SharedCatalogue,
    /// When this copy was downloaded (the response's `Date`), in the
    /// visitor's local time. Offline, the service worker serves the saved
    /// copy with its original date, so this says how fresh it is.
    pub downloaded: Option<String>,
    /// Why an embed's provider preset could not be applied, if it could not.
    pub preset_note: Option<String>,
}

/// The catalogue for this page: fetched, validated, and restricted to the
/// embed's provider preset if there is one.
pub async fn load_catalogue() -> Result<Loaded, LoadError> {
    let (catalogue, downloaded) = fetch_catalogue(catalogue_url()).await?;
    let (restricted, preset_note) = match crate::embed::embed_mode() {
        Some(embed) => embed.restrict(&catalogue),
        None => (None, None),
    };
    Ok(Loaded {
        catalogue: restricted.map_or(catalogue, Arc::new),
        downloaded,
        preset_note,
    })
}

/// The catalogue's address: the deploy-time meta tag if present, else the
/// bundled file. Deliberately not a URL parameter, so a visitor-supplied
/// link cannot show forged courses under a host's domain.
fn catalogue_url() -> String {
    document()
        .query_selector(r#"meta[name="career-guide:catalogue"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| DEFAULT_CATALOGUE_URL.to_string())
}

/// Downloads and validates the catalogue at `url`; also returns when it was
/// downloaded, if the server said.
async fn fetch_catalogue(url: String) -> Result<(SharedCatalogue, Option<String>), LoadError> {
    let response = Request::get(&url)
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
    parse_catalogue(&text).map(|c| (Arc::new(c), downloaded))
}

/// An HTTP date as the visitor's local date and time, e.g. "22 Nov 2026, 2:05 pm".
fn local_date_time(http_date: &str) -> Option<String> {
    let date = js_sys::Date::new(&http_date.into());
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    Some(date.to_locale_string("en-AU", &options).into())
}
