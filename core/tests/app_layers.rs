//! The app crate's modules, checked from its source: each top-level module
//! of `src/` belongs to a layer, uses only modules of its own layer or
//! those below, and no two modules use each other, directly or round a
//! longer loop. So a newcomer can read the app from the bottom up, and a
//! change low down is never tangled with a page that uses it.
//! (The app crate's own tests are not run by `make test`; this one is.)

mod app_source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use app_source::{app_dir, rust_files};

/// The layers, lowest first (docs/architecture.md says what each holds).
/// A new top-level module must be added here, at the layer it belongs to.
const LAYERS: [(&str, &[&str]); 5] = [
    // What every page stands on: the loaded catalogue, where and how the
    // site is served, and how the browser hydrates a pre-rendered page.
    ("foundation", &["catalogue", "site", "hydration"]),
    // Components and helpers any page may use.
    ("ui", &["ui"]),
    // One module per kind of page, and the router that maps paths to them.
    (
        "features",
        &[
            "about",
            "compare",
            "courses",
            "embed",
            "home",
            "offline",
            "plan",
            "providers",
            "quiz",
            "roadmap",
            "roles",
            "routes",
            "ways_in",
        ],
    ),
    // The app shell: `App` (in lib.rs) and its header and footer.
    ("app", &["lib", "layout"]),
    // The browser's entry point, which starts the app.
    ("start-up", &["browser"]),
];

/// The top-level module a file of `src/` belongs to (`lib` for lib.rs),
/// or `None` for the binaries, which sit outside the library.
fn module_of(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(app_dir()).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (name != "bin" && name != "main").then(|| name.to_string())
}

/// The identifier at the start of `text`.
fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The top-level modules `source` uses: every `crate::name`, including
/// those inside `use crate::{a, b::c}`, and in lib.rs (the crate root)
/// every `name::` of a module it declares. Comment lines are skipped.
fn uses(source: &str, in_root: bool, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in source.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for rest in line.split("crate::").skip(1) {
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or_default();
                found.extend(
                    group
                        .split(',')
                        .map(|part| identifier(part.trim()).to_string()),
                );
            } else {
                found.insert(identifier(rest).to_string());
            }
        }
        if in_root {
            for module in modules {
                let bare = format!("{module}::");
                // Not the end of a longer name or path (`a_plan::`, `x::plan::`).
                let at_start = |i: usize| {
                    i == 0 || {
                        let before = line.as_bytes()[i - 1];
                        !(before.is_ascii_alphanumeric() || before == b'_' || before == b':')
                    }
                };
                if line.match_indices(&bare).any(|(i, _)| at_start(i)) {
                    found.insert(module.clone());
                }
            }
        }
    }
    found.retain(|m| modules.contains(m));
    found
}

/// Each top-level module and the top-level modules it uses.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_files();
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(module) = module_of(file) else {
            continue;
        };
        let source = std::fs::read_to_string(file).expect("a source file");
        let mut used = uses(&source, module == "lib", &modules);
        used.remove(&module);
        graph.entry(module).or_default().extend(used);
    }
    graph
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, members)| members.contains(&module))
}

/// A loop of modules that use each other, if there is one.
fn a_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == module) {
            let mut cycle = path[start..].to_vec();
            cycle.push(module.to_string());
            return Some(cycle);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(module.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut Vec::new(), &mut done))
}

#[test]
fn every_module_has_a_layer() {
    let graph = graph();
    let unplaced: Vec<&String> = graph.keys().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "add these modules of src/ to a layer in core/tests/app_layers.rs (and docs/architecture.md): {unplaced:?}"
    );
}

#[test]
fn no_module_uses_a_layer_above_its_own() {
    let upward: Vec<String> = graph()
        .iter()
        .flat_map(|(module, used)| used.iter().map(move |u| (module, u)))
        .filter(|(module, used)| layer_of(used) > layer_of(module))
        .map(|(module, used)| {
            let name = |m: &str| layer_of(m).map_or("?", |l| LAYERS[l].0);
            format!("{module} ({}) uses {used} ({})", name(module), name(used))
        })
        .collect();
    assert!(upward.is_empty(), "{upward:#?}");
}

#[test]
fn no_modules_use_each_other() {
    let graph = graph();
    assert_eq!(a_cycle(&graph), None, "modules of src/ in a loop");
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let modules: BTreeSet<String> = ["plan", "roadmap", "ui"].map(String::from).into();
    let source = "use crate::{plan::Plan, ui::x};\n// crate::roadmap in a comment\nlet r = crate::roadmap::f();";
    assert_eq!(
        uses(source, false, &modules),
        ["plan", "roadmap", "ui"].map(String::from).into()
    );
    assert_eq!(
        uses("roadmap::provide();\nlet x = a_plan::y;", true, &modules),
        ["roadmap"].map(String::from).into()
    );
    let looped: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(m, used)| (m.to_string(), used.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        a_cycle(&looped),
        Some(["a", "b", "c", "a"].map(String::from).to_vec())
    );
}
