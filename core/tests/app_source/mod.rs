//! What the checks of the app's source share (`app_routes`, `app_layers`,
//! `app_components`): where `src/` is and its Rust files.

use std::path::{Path, PathBuf};

/// The app crate's `src/`.
pub fn app_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src")
}

/// Every Rust file under `src/`, binaries included.
pub fn rust_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&app_dir(), &mut files);
    files
}
