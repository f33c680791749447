//! The reading entry in the browser: the app with the reading pages only
//! (`career_core::pages::Entry::Reading`), which their HTML starts; a move
//! to any other page loads it whole, with the main entry (`src/main.rs`).

fn main() {
    console_error_panic_hook::set_once();
    career_guide::browser::start(career_guide::routes::Pages::READING);
}
