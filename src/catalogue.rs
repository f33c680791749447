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

/// The catalogue's address: the deploy-time meta tag if present, else the
/// bundled file. Deliberately not a URL parameter, so a visitor-supplied
/// link cannot show forged courses under a host's domain.
pub fn catalogue_url() -> String {
    document()
        .query_selector(r#"meta[name="career-guide:catalogue"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| DEFAULT_CATALOGUE_URL.to_string())
}

/// Downloads and validates the catalogue at `url`.
pub async fn fetch_catalogue(url: String) -> Result<SharedCatalogue, LoadError> {
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
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse_catalogue(&text).map(Arc::new)
}
