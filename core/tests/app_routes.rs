//! The app's routes and links, checked from its source: the router's
//! patterns (`src/routes.rs`) are exactly the paths `career_core::links`
//! writes, and no other file of `src/` writes a path of its own, so a route
//! is renamed in `links` and the router, and the compiler finds the rest.
//! (The app crate's own tests are not run by `make test`; this one is.)

mod app_source;

use app_source::{app_dir, rust_files};

use career_core::links;

/// The string literals of a line of code that begin with "/" and a letter:
/// paths (comments are skipped).
fn path_literals(line: &str) -> Vec<&str> {
    if line.trim_start().starts_with("//") {
        return Vec::new();
    }
    line.split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            let mut chars = text.chars();
            chars.next() == Some('/') && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        })
        .collect()
}

#[test]
fn the_routers_patterns_are_the_paths_links_writes() {
    let source = std::fs::read_to_string(app_dir().join("routes.rs")).unwrap();
    let mut patterns: Vec<String> = source
        .split("path!(\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().replace(":id", "x"))
        .collect();
    patterns.sort();
    let mut paths: Vec<String> = [
        links::HOME,
        links::ROLES,
        links::COMPARE,
        links::QUIZ,
        links::QUIZ_RESULTS,
        links::COURSES,
        links::PROVIDERS,
        links::SHORTLIST,
        links::PLAN,
        links::ABOUT,
        links::EMBEDDING,
        links::WAYS_IN,
    ]
    .map(String::from)
    .into_iter()
    .chain([links::role("x"), links::roadmap("x"), links::course("x")])
    // The router matches an address with or without its trailing slash;
    // its patterns are written without.
    .map(|path| match path.trim_end_matches('/') {
        "" => "/".to_string(),
        trimmed => trimmed.to_string(),
    })
    .collect();
    paths.sort();
    assert_eq!(patterns, paths);
}

#[test]
fn the_pages_that_need_every_course_wait_for_them() {
    let source = std::fs::read_to_string(app_dir().join("routes.rs")).unwrap();
    let routes: Vec<&str> = source.lines().filter(|l| l.contains("path!(\"")).collect();
    assert_eq!(routes.len(), 15);
    for route in routes {
        let pattern = route
            .split("path!(\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let path = pattern.replace(":id", "x");
        // The finder's own component shows its first page and otherwise
        // wraps it in WithCourses.
        let finder = route.contains("view=Finder/>");
        assert_eq!(finder, career_core::pages::is_finder(&path), "{pattern}");
        assert_eq!(
            route.contains("<WithCourses>") || finder,
            career_core::pages::needs_every_course(&path),
            "{pattern}: a page that needs every course is wrapped in WithCourses, and only such a page"
        );
    }
}

#[test]
fn the_reading_entry_has_exactly_the_reading_pages() {
    use career_core::pages::Entry;
    let source = std::fs::read_to_string(app_dir().join("routes.rs")).unwrap();
    let reading_at = source.find("fn ReadingPages()").unwrap();
    let reading_end = reading_at + source[reading_at..].find("\n}\n").unwrap();
    let mut checked = 0;
    for (at, _) in source.match_indices("path!(\"") {
        let pattern = source[at + 7..].split('"').next().unwrap();
        let in_reading = (reading_at..reading_end).contains(&at);
        assert_eq!(
            Entry::of(&pattern.replace(":id", "x")) == Entry::Reading,
            in_reading,
            "{pattern}: a reading page is in ReadingPages, and only such a page"
        );
        checked += 1;
    }
    assert_eq!(checked, 15);
}

#[test]
fn no_view_writes_a_path_of_its_own() {
    let files = rust_files();
    assert!(files.len() > 20, "found the app's files");
    let mut found = Vec::new();
    for file in files {
        let name = file.strip_prefix(app_dir()).unwrap().display().to_string();
        // The router's patterns are the one other copy.
        if name == "routes.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for literal in path_literals(line) {
                found.push(format!("src/{name}:{}: \"{literal}\"", n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "build these with career_core::links:\n{}",
        found.join("\n")
    );
}

/// Whether a line of code reads an address parameter named by a literal
/// (`first_param(&query, "role")`, `params.get("id")`) rather than by
/// `links::param` (comments are skipped).
fn names_a_param_itself(line: &str) -> bool {
    let code = line.trim_start();
    !code.starts_with("//")
        && [
            "first_param(&query.read(), \"",
            "params.read().get(\"",
            "first_param(&map, \"",
        ]
        .iter()
        .any(|call| code.contains(call))
}

#[test]
fn no_view_names_a_parameter_of_its_own() {
    let files = rust_files();
    let found: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let name = file.strip_prefix(app_dir()).unwrap().display().to_string();
            let text = std::fs::read_to_string(file).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, line)| names_a_param_itself(line))
                .map(|(n, _)| format!("src/{name}:{}", n + 1))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "name these with career_core::links::param:\n{}",
        found.join("\n")
    );
    assert!(names_a_param_itself(r#"first_param(&query.read(), "a")"#));
    assert!(!names_a_param_itself(
        "first_param(&query.read(), param::ANSWERS)"
    ));
}

#[test]
fn the_check_finds_a_path_and_ignores_comments() {
    assert_eq!(
        path_literals(r#"<Link href="/roles">"Roles"</Link>"#),
        ["/roles"]
    );
    assert_eq!(
        path_literals(r#"format!("/courses/{}", id)"#),
        ["/courses/{}"]
    );
    assert!(path_literals(r#"// <Link href="/roles">"#).is_empty());
    assert!(path_literals(r#""text/plain" and "a/b""#).is_empty());
}
