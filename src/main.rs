//! Entry point in the browser for every page but the reading pages (which
//! start `src/bin/reading.rs`): everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    career_guide::browser::start(career_guide::routes::Pages::EVERY);
}
