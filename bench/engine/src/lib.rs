//! The course finder's engine (`career_core::finder`) alone, compiled to
//! wasm with the app's release profile, so `bench/engines.mjs` can time it
//! against Orama and itemsjs on the same catalogue in the same page. The
//! work per query is what the app does per keystroke: text match, facet
//! filter, every facet's counts, relevance sort, first page.

use career_core::finder::{CourseIndex, CourseQuery, Facet};
use career_core::parse_catalogue;
use wasm_bindgen::prelude::*;

/// A course index built from catalogue JSON.
#[wasm_bindgen]
pub struct Engine {
    index: CourseIndex,
}

#[wasm_bindgen]
impl Engine {
    /// Parses and validates `json` (as the app does) and builds the index.
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str) -> Result<Engine, String> {
        let catalogue = parse_catalogue(json).map_err(|e| e.to_string())?;
        Ok(Engine {
            index: CourseIndex::new(&catalogue),
        })
    }

    /// Searches for `text`, limited to one provider type unless
    /// `provider_type` is empty. Returns the number of matches; the facet
    /// counts and the first page are computed and folded into `checksum`
    /// so none of the work can be skipped.
    pub fn search(&self, text: &str, provider_type: &str) -> u32 {
        let mut query = if provider_type.is_empty() {
            CourseQuery::cleared()
        } else {
            CourseQuery::cleared().toggled(Facet::Type, provider_type)
        };
        query.text = text.to_string();
        let result = self.index.search(&query);
        let checksum: u32 =
            result.counts.iter().flatten().sum::<u32>() + result.page(1).iter().sum::<u32>();
        std::hint::black_box(checksum);
        result.matches.len() as u32
    }
}
