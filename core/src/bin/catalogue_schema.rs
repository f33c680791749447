//! Prints the catalogue format as JSON Schema, generated from the Rust model
//! so the two cannot drift apart. `public/catalogue.schema.json` is its output
//! (a test checks that the committed file is current).

fn main() {
    println!("{}", career_core::schema::catalogue_schema_json());
}
