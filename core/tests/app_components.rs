//! The app's components, checked from its source: every `#[component]` in
//! `src/` has a `///` doc comment saying what it is for, and so has each of
//! its props, which is what a newcomer reads (and what the generated prop
//! docs show) before changing one. (The app crate's own tests are not run
//! by `make test`; this one is.)

mod app_source;

use app_source::{app_dir, rust_files};

/// A component as its source declares it.
#[derive(Debug, PartialEq)]
struct Component {
    /// The function's name.
    name: String,
    /// The line of its `#[component]`, counting from 1.
    line: usize,
    /// Whether a `///` comment is right above it (other attributes between
    /// are fine).
    documented: bool,
    /// Its parameters, each with whether it has a `///` comment.
    props: Vec<(String, bool)>,
}

fn is_attribute(line: &str) -> bool {
    line.starts_with("#[") || line.starts_with("#![")
}

/// Every `#[component]` in a file's text.
fn components(text: &str) -> Vec<Component> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if !line.starts_with("#[component") {
            continue;
        }
        let documented = lines[..at]
            .iter()
            .rev()
            .find(|l| !is_attribute(l))
            .is_some_and(|l| l.starts_with("///"));
        // The signature starts at the first line after the attributes.
        let rest = lines[at + 1..].join("\n");
        let Some(fn_at) = rest.find("fn ") else {
            continue;
        };
        let signature = &rest[fn_at + 3..];
        let name: String = signature
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // The parameter list's `(`, past any generics (`<F: Fn(u8)>`).
        let mut angle = 0;
        let mut last = ' ';
        let Some(open) = signature.char_indices().find_map(|(i, c)| {
            match c {
                '<' => angle += 1,
                '>' if last != '-' => angle -= 1,
                '(' if angle == 0 => return Some(i),
                _ => {}
            }
            last = c;
            None
        }) else {
            continue;
        };
        found.push(Component {
            name,
            line: at + 1,
            documented,
            props: params(&signature[open + 1..]),
        });
    }
    found
}

/// The parameters of a parameter list (the text after its `(`), each with
/// whether a `///` comment precedes it.
fn params(list: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut documented = false;
    let mut code = String::new();
    for line in list.lines().map(str::trim) {
        if line.starts_with("///") {
            if code.trim().is_empty() {
                documented = true;
            }
            continue;
        }
        if line.starts_with("//") {
            continue;
        }
        let mut chars = line.chars().peekable();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            if in_string {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => in_string = false,
                    _ => {}
                }
                code.push(c);
                continue;
            }
            match c {
                '"' => in_string = true,
                '/' if chars.peek() == Some(&'/') => break,
                '-' if chars.peek() == Some(&'>') => {
                    code.push(c);
                    code.push(chars.next().unwrap());
                    continue;
                }
                '(' | '[' | '{' | '<' => depth += 1,
                ')' | ']' | '}' | '>' => {
                    depth -= 1;
                    if depth < 0 {
                        push_param(&mut out, &code, documented);
                        return out;
                    }
                }
                ',' if depth == 0 => {
                    push_param(&mut out, &code, documented);
                    code.clear();
                    documented = false;
                    continue;
                }
                _ => {}
            }
            code.push(c);
        }
        code.push('\n');
    }
    out
}

/// Adds the parameter whose code (attributes, then `name: Type`) is `code`.
fn push_param(out: &mut Vec<(String, bool)>, code: &str, documented: bool) {
    let mut depth = 0i32;
    let mut rest = String::new();
    // Leave out the attributes (`#[prop(…)]`), which may span lines.
    let mut chars = code.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' if depth == 0 && chars.peek() == Some(&'[') => depth = 0,
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    let rest = rest.trim();
    if rest.is_empty() {
        return;
    }
    let name = rest
        .split(':')
        .next()
        .unwrap_or_default()
        .trim()
        .trim_start_matches("mut ")
        .trim()
        .to_string();
    out.push((name, documented));
}

#[test]
fn every_component_and_prop_has_a_doc_comment() {
    let files = rust_files();
    assert!(files.len() > 20, "found the app's files");
    let mut count = 0;
    let mut missing = Vec::new();
    for file in files {
        let name = file.strip_prefix(app_dir()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        for component in components(&text) {
            count += 1;
            let at = format!("src/{name}:{}: {}", component.line, component.name);
            if !component.documented {
                missing.push(format!("{at}: the component"));
            }
            for (prop, documented) in &component.props {
                if !documented {
                    missing.push(format!("{at}: prop `{prop}`"));
                }
            }
        }
    }
    assert!(count > 50, "found the app's components ({count})");
    assert!(
        missing.is_empty(),
        "say in a /// comment what these are for:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_check_reads_docs_attributes_and_props() {
    let text = r#"
/// What it is for.
#[component]
#[allow(clippy::too_many_arguments)]
pub fn Documented(
    /// The role (its id), if any.
    #[prop(optional, into)]
    role: Option<String>,
    /// Called with the id, <or> "nothing, here".
    on_pick: impl Fn(String) -> bool + 'static,
    #[prop(default = "a, b")]
    undocumented: &'static str,
    /// Several
    /// lines.
    #[prop(
        default = vec![1, 2],
    )]
    mut list: Vec<Vec<u8>>,
) -> impl IntoView {
    view! { <p>"(" {role} "</p>"</p> }
}

// Not a doc comment.
#[component]
fn Bare<F: Fn(u8) -> u8>(count: u8, f: F) -> impl IntoView {}

/// Has none.
#[component]
fn NoProps() -> impl IntoView {}
"#;
    let found = components(text);
    let props = |list: &[(&str, bool)]| -> Vec<(String, bool)> {
        list.iter().map(|(n, d)| (n.to_string(), *d)).collect()
    };
    assert_eq!(
        found,
        [
            Component {
                name: "Documented".into(),
                line: 3,
                documented: true,
                props: props(&[
                    ("role", true),
                    ("on_pick", true),
                    ("undocumented", false),
                    ("list", true)
                ]),
            },
            Component {
                name: "Bare".into(),
                line: 24,
                documented: false,
                props: props(&[("count", false), ("f", false)]),
            },
            Component {
                name: "NoProps".into(),
                line: 28,
                documented: true,
                props: vec![],
            },
        ]
    );
}
