//! The catalogue format as JSON Schema (feature `schema`).

use crate::model::Catalogue;

/// The schema document, pretty-printed, with the published id and title.
pub fn catalogue_schema_json() -> String {
    let mut schema = schemars::schema_for!(Catalogue);
    schema.insert(
        "title".into(),
        "Career Guide catalogue, schema_version 2".into(),
    );
    schema.insert(
        "description".into(),
        "Roles, skills, providers, courses and quiz questions for Career Guide. See docs/catalogue.md. \
         Rules JSON Schema cannot express (unique ids, references between entries, min <= max) are checked by the validate-catalogue command."
            .into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema always serialises")
}
