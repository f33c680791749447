//! The published JSON Schema matches the Rust model.
#![cfg(feature = "schema")]

#[test]
fn committed_schema_is_current() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/catalogue.schema.json"
    ))
    .expect("public/catalogue.schema.json exists");
    let generated = career_core::schema::catalogue_schema_json();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "public/catalogue.schema.json is stale: run `cargo run -q -p career-core --features schema --bin catalogue-schema > public/catalogue.schema.json`"
    );
}
