//! The course finder's engine (`career_core::finder`) alone, compiled to
//! wasm with the app's release profile, so `bench/engines.mjs` can time it
//! against Orama and itemsjs on the same catalogue in the same page. The
//! work per query is what the app does per keystroke: text match, facet
//! filter, every facet's counts, relevance sort, first page.
//!
//! Also the plan's cover (`career_core::plan`), for `bench/run.mjs`'s
//! "propose a plan" timings: a role's gap and the courses proposed for it.

use career_core::finder::{CourseIndex, CourseQuery, Facet};
use career_core::plan::{self, Constraints, Objective, PlanIndex};
use career_core::roadmap::Progress;
use career_core::{parse_catalogue, Catalogue};
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

/// A catalogue to propose plans over, for one role, with its plan index
/// built once (as the app keeps it).
#[wasm_bindgen]
pub struct Planner {
    catalogue: Catalogue,
    index: PlanIndex,
    role: String,
}

#[wasm_bindgen]
impl Planner {
    /// Parses and validates `json` (as the app does) and indexes it; `role`
    /// must be one of its roles.
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str, role: &str) -> Result<Planner, String> {
        let catalogue = parse_catalogue(json).map_err(|e| e.to_string())?;
        if catalogue.role(role).is_none() {
            return Err(format!("no role {role:?}"));
        }
        Ok(Planner {
            index: PlanIndex::new(&catalogue),
            catalogue,
            role: role.to_string(),
        })
    }

    /// What the plan page does when its constraints change: the role's gap
    /// (nothing done yet) and the courses proposed for it, with no
    /// constraints or, when `constrained`, courses in NSW or online with a
    /// published fee up to A$20,000. Returns the number of courses proposed.
    pub fn propose(&self, constrained: bool) -> u32 {
        let constraints = if constrained {
            Constraints {
                state: Some("NSW".into()),
                max_fee: Some(20_000),
                ..Constraints::default()
            }
        } else {
            Constraints::default()
        };
        let cat = &self.catalogue;
        let role = cat.role(&self.role).expect("checked in new");
        let gap = plan::gap(cat, role, &Progress::default());
        let proposal = self
            .index
            .propose(cat, &gap, &constraints, Objective::Fewest);
        std::hint::black_box(proposal.untaught.len() + proposal.out_of_reach.len());
        proposal.picks.len() as u32
    }
}
