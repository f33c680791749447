//! Entry point in the browser: everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    career_guide::browser::start();
}
