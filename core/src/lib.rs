//! Career Guide's pure core: the catalogue model, its validation and loading,
//! and the logic behind every page. No web or UI dependencies, so all of it
//! is unit-tested natively with `cargo test`.

pub mod age;
pub mod audit;
pub mod compare;
#[cfg(feature = "fixtures")]
pub mod edge;
pub mod embed;
pub mod facts;
pub mod finder;
pub mod format;
pub mod guide;
pub mod handle;
pub mod links;
pub mod load;
pub mod model;
pub mod note;
pub mod offline;
pub mod order;
pub mod pages;
pub mod plan;
pub mod prefs;
pub mod quiz;
pub mod roadmap;
#[cfg(feature = "schema")]
pub mod schema;
pub mod stored;
pub mod summary;
#[cfg(feature = "fixtures")]
pub mod synthetic;
pub mod validate;
pub mod ways_in;

pub use load::{parse_catalogue, LoadError};
pub use model::*;
pub use stored::Decoded;
pub use validate::{validate, Problem};

/// The small hand-written catalogue the unit tests share.
#[cfg(test)]
pub(crate) fn test_fixture() -> Catalogue {
    parse_catalogue(include_str!("../tests/fixtures/minimal.json")).expect("fixture is valid")
}
