//! Renders every page to its own HTML file at build time, with the same
//! components the browser runs, so each page can be read before (and
//! without) any script, and the browser takes it over (scripts/build.sh).
//!
//! ```text
//! prerender --dist DIR --catalogue FILE [--base /careers/] [--site-url https://example.edu/careers/]
//! ```
//!
//! It validates the catalogue (failing with the validator's messages),
//! writes it minified to `DIR/catalogue.json` and, without its courses, to
//! `DIR/catalogue-base.json` with their summary (read by the pages that do
//! not need every course; a course's page carries its own), and writes each
//! page into
//! Trunk's `DIR/index.html` template: the rendered body, the page's own
//! title, description, link-preview tags and JSON-LD, and the fingerprint
//! of the catalogue it was rendered from. With `--site-url` it also writes
//! canonical links, `sitemap.xml` and `robots.txt`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use career_core::finder::{EarlyCoursesFile, FinderStart, FirstPageFile};
use career_core::format::escape_html;
use career_core::pages::seo::{self, Head};
use career_core::pages::sitemap;
use career_core::pages::{self, Entry, Page};
use career_core::summary::WithoutCourses;
use career_core::validate::is_slug;
use career_core::{parse_catalogue, Catalogue, LoadError};
use career_guide::catalogue::{CatalogueLoad, Fetched, Loaded};
use career_guide::routes::Pages;
use career_guide::site::Site;
use career_guide::ui::page::RenderedTitle;
use career_guide::App;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// What the command line asked for.
struct Options {
    dist: PathBuf,
    catalogue: PathBuf,
    /// The path the site is served under, without a trailing slash.
    base: String,
    /// The site's absolute address, without a trailing slash.
    site_url: Option<String>,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(why) => {
            eprintln!("prerender: {why}");
            eprintln!(
                "usage: prerender --dist DIR --catalogue FILE [--base PATH] [--site-url URL]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(count) => {
            println!(
                "prerender: {count} pages written to {}{}",
                options.dist.display(),
                if options.site_url.is_some() {
                    ", with sitemap.xml and robots.txt"
                } else {
                    ""
                }
            );
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("prerender: {why}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let (mut dist, mut catalogue, mut base, mut site_url) = (None, None, None, None);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--dist" => dist = Some(PathBuf::from(value()?)),
            "--catalogue" => catalogue = Some(PathBuf::from(value()?)),
            "--base" => base = Some(value()?),
            "--site-url" => site_url = Some(value()?).filter(|u| !u.is_empty()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let site_url = site_url.map(|u| u.trim_end_matches('/').to_string());
    if let Some(url) = &site_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(format!(
                "--site-url must be an absolute http(s) address, not \"{url}\""
            ));
        }
    }
    Ok(Options {
        dist: dist.ok_or("--dist is required")?,
        catalogue: catalogue.ok_or("--catalogue is required")?,
        base: base.unwrap_or_default().trim_end_matches('/').to_string(),
        site_url,
    })
}

fn run(options: &Options) -> Result<usize, String> {
    let source = read(&options.catalogue)?;
    let catalogue = parse_catalogue(&source).map_err(|e| describe(&options.catalogue, &e))?;
    // What the browser downloads, byte for byte: the page records its
    // fingerprint, so the browser can tell when it got another catalogue.
    // In the current format version: the browser reads no other.
    let current = career_core::load::in_current_version(&source).map_err(|e| e.to_string())?;
    let mut value: serde_json::Value = serde_json::from_str(&current).map_err(|e| e.to_string())?;
    let served = value.to_string();
    write(&options.dist.join(pages::CATALOGUE_FILE), &served)?;
    let fingerprint_whole = pages::fingerprint(&served);
    // The same without its courses, with their summary, for the pages that
    // do not need them all: they are rendered from exactly that, so the
    // browser renders the same. A course's page carries its course as the
    // whole catalogue has it.
    let served_courses = value["courses"].take();
    let without = WithoutCourses::of(&catalogue);
    let served_without = without.write();
    write(
        &options.dist.join(pages::CATALOGUE_WITHOUT_COURSES_FILE),
        &served_without,
    )?;
    let fingerprint_without = pages::fingerprint(&served_without);

    // Each page starts its entry of the app (pages::Entry): the template
    // Trunk wrote with it (scripts/build.sh), the reading entry's removed
    // once every page is written.
    let every_template = Template::read(&options.dist.join("index.html"))?;
    let every_entry = entry_files(&read(&options.dist.join("index.html"))?)?;
    let reading_file = options.dist.join(READING_TEMPLATE);
    let reading_template = Template::read(&reading_file)?;
    let catalogue = Arc::new(catalogue);
    let catalogue_without = Arc::new(without.catalogue);
    let summary = Arc::new(without.courses);
    let course_at: std::collections::HashMap<&str, usize> = catalogue
        .courses
        .iter()
        .enumerate()
        .map(|(at, course)| (course.id.as_str(), at))
        .collect();
    // The finder's page carries its first page: the courses on it as
    // `catalogue.json` has them, and the rest of what it shows.
    let index = career_core::finder::CourseIndex::new(&catalogue);
    let (start, first_page) = FinderStart::of(&catalogue, &index);
    let first_page = [
        (
            pages::FIRST_PAGE_COURSES_ELEMENT,
            serde_json::Value::Array(
                first_page
                    .iter()
                    .map(|&at| served_courses[at as usize].clone())
                    .collect(),
            ),
        ),
        (
            pages::FINDER_START_ELEMENT,
            serde_json::Value::from(start.to_strings()),
        ),
    ];
    // And the same as a file, for a visitor who moves to the finder from
    // another page of the app.
    let first_page_file = FirstPageFile {
        catalogue: fingerprint_whole.clone(),
        courses: first_page[0].1.as_array().cloned().unwrap_or_default(),
        start: start.to_strings(),
    };
    write(
        &options.dist.join(pages::FINDER_START_FILE),
        &serde_json::to_string(&first_page_file).map_err(|e| e.to_string())?,
    )?;
    // A large catalogue's early courses (its first by title, by length and
    // by cost, and the first page of each common title word and its starts;
    // `finder::early`), which the finder downloads before every course to
    // answer a first search.
    let early = EarlyCoursesFile::new(&index, fingerprint_whole.clone(), |at| {
        &served_courses[at as usize]
    });
    let wrote_early = early.is_some();
    if let Some(file) = early {
        write(
            &options.dist.join(pages::EARLY_COURSES_FILE),
            &serde_json::to_string(&file).map_err(|e| e.to_string())?,
        )?;
    }
    drop(index);
    let all = Page::all(&catalogue);
    for page in &all {
        check_file_name(page)?;
        let reads_without = page.catalogue_file() == pages::CATALOGUE_WITHOUT_COURSES_FILE;
        let own_course = match page {
            Page::Course(id) => course_at.get(id.as_str()).copied(),
            _ => None,
        };
        let carried: Vec<(&str, serde_json::Value)> = match (page, own_course) {
            (Page::Courses, _) => first_page.to_vec(),
            (_, Some(at)) => vec![(pages::OWN_COURSE_ELEMENT, served_courses[at].clone())],
            _ => Vec::new(),
        };
        let (loaded, fingerprint) = match (reads_without, own_course) {
            (true, None) if *page == Page::Courses => {
                // Rendered from what the browser reads back, so the two match.
                let text = |at: usize| first_page[at].1.to_string();
                let fetched = Fetched {
                    catalogue: catalogue_without.clone(),
                    fingerprint: fingerprint_without.clone(),
                    downloaded: None,
                    summary: Some((*summary).clone()),
                    finder: None,
                }
                .with_first_page(&text(0), &text(1))
                .ok_or("the finder's first page cannot be read back")?;
                (Loaded::fetched(fetched), &fingerprint_without)
            }
            (true, Some(at)) => (
                Loaded::without_courses(
                    Arc::new(Catalogue {
                        courses: vec![catalogue.courses[at].clone()],
                        ..(*catalogue_without).clone()
                    }),
                    summary.clone(),
                ),
                &fingerprint_without,
            ),
            (true, None) => (
                Loaded::without_courses(catalogue_without.clone(), summary.clone()),
                &fingerprint_without,
            ),
            (false, _) => (Loaded::new(catalogue.clone(), None), &fingerprint_whole),
        };
        let (body, title) = render(page, &options.base, loaded);
        let title = title.ok_or(format!("{} set no title", page.path()))?;
        let head = page.head(
            &catalogue,
            options.site_url.as_deref().unwrap_or(&options.base),
        );
        let template = match page.entry() {
            Entry::Reading => &reading_template,
            Entry::Every => &every_template,
        };
        let html = template.page(&PageHtml {
            page,
            title: &title,
            head: &head,
            body: &body,
            fingerprint,
            courses_fingerprint: &fingerprint_whole,
            every_entry: (page.entry() == Entry::Reading).then_some(every_entry.as_str()),
            early_courses: wrote_early,
            carried: &carried,
            site_url: options.site_url.as_deref(),
        });
        write(&options.dist.join(page.file()), &html)?;
    }
    if let Some(site_url) = &options.site_url {
        let indexed: Vec<String> = all.iter().filter(|p| p.indexed()).map(Page::path).collect();
        for (file, xml) in sitemap::files(site_url, &indexed, &catalogue.meta.last_reviewed) {
            write(&options.dist.join(file), &xml)?;
        }
        write(
            &options.dist.join("robots.txt"),
            &format!(
                "User-agent: *\nAllow: /\n\nSitemap: {site_url}/{}\n",
                sitemap::FILE
            ),
        )?;
    }
    std::fs::remove_file(&reading_file)
        .map_err(|e| format!("cannot remove {}: {e}", reading_file.display()))?;
    Ok(all.len())
}

/// The files of the entry a page template starts, as its start script
/// names them (Trunk's `career-guide-<hash>.js` and `…_bg.wasm`),
/// space-separated.
fn entry_files(template: &str) -> Result<String, String> {
    let mut files: Vec<&str> = template
        .split(['\'', '"', '/'])
        .filter(|word| {
            word.starts_with("career-guide-")
                && (word.ends_with(".js") || word.ends_with("_bg.wasm"))
        })
        .collect();
    files.sort_unstable();
    files.dedup();
    match files.as_slice() {
        [js, wasm] if js.ends_with(".js") => Ok(format!("{js} {wasm}")),
        _ => Err(format!(
            "the page template starts {files:?}, not one JS and one wasm file"
        )),
    }
}

/// The page template Trunk wrote with the reading entry (scripts/build.sh).
const READING_TEMPLATE: &str = "reading.html";

fn describe(path: &Path, error: &LoadError) -> String {
    let mut text = format!("{} is not a usable catalogue: {error}", path.display());
    if let LoadError::Invalid(problems) = error {
        for problem in problems {
            text.push_str(&format!("\n  - {problem}"));
        }
    }
    text
}

/// Ids become file names; the validator keeps them to slugs, and this
/// makes sure no page could ever be written outside the build: every part
/// of the file's path is a slug, and it ends in `.html`.
fn check_file_name(page: &Page) -> Result<(), String> {
    let file = page.file();
    let safe = file
        .strip_suffix(".html")
        .is_some_and(|stem| stem.split('/').all(is_slug));
    if safe {
        Ok(())
    } else {
        Err(format!("{} cannot be a file name", page.path()))
    }
}

/// The page's body and the title it set, rendered by the app itself.
fn render(page: &Page, base: &str, loaded: Loaded) -> (String, Option<String>) {
    let owner = Owner::new();
    // The frame file shows the not-found page until its script has run.
    let path = match page {
        Page::EmbedFrame => Page::NotFound.path(),
        other => other.path(),
    };
    let rendered = owner.with(|| {
        let title = RenderedTitle::default();
        provide_context(title.clone());
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let site = Arc::new(Site::new(base, None, format!("{base}{path}")));
        let state = RwSignal::new(CatalogueLoad::Ready(loaded));
        let body = view! { <App site=site catalogue=state pages=Pages::EVERY/> }.to_html();
        let title = title.0.lock().ok().and_then(|t| t.clone());
        (body, title)
    });
    owner.cleanup();
    rendered
}

/// Trunk's `index.html`, cut where each page's own parts go.
struct Template {
    /// Up to `<title>`.
    start: String,
    /// From the description meta tag to `</head>`, without either.
    head_rest: String,
    /// `</head>` up to and including `<body>` (with its attributes).
    body_open: String,
    /// `</body>` to the end.
    end: String,
}

/// One page's parts, for [`Template::page`].
struct PageHtml<'a> {
    page: &'a Page,
    title: &'a str,
    head: &'a Head,
    body: &'a str,
    fingerprint: &'a str,
    /// The whole catalogue's, which a page read without it names too.
    courses_fingerprint: &'a str,
    /// For a reading page, the files of the entry with every page
    /// (`pages::EVERY_PAGE_ENTRY_META`).
    every_entry: Option<&'a str>,
    /// Whether the build wrote the finder's early courses
    /// (`pages::EARLY_COURSES_FILE`).
    early_courses: bool,
    /// What the page carries for its own use, by element id: a course
    /// page's course, the finder's first page.
    carried: &'a [(&'a str, serde_json::Value)],
    site_url: Option<&'a str>,
}

impl Template {
    fn read(path: &Path) -> Result<Template, String> {
        let html = read(path)?;
        let cut = |from: &str, marker: &str| {
            from.find(marker)
                .ok_or(format!("{} has no {marker}", path.display()))
        };
        let title_at = cut(&html, "<title>")?;
        let title_end = cut(&html, "</title>")? + "</title>".len();
        let after_title = &html[title_end..];
        // The template's own description is replaced by each page's.
        let description_at = cut(after_title, "<meta name=\"description\"")?;
        let description_end = description_at + cut(&after_title[description_at..], ">")? + 1;
        let head_end = cut(&html, "</head>")?;
        let body_at = cut(&html, "<body")?;
        let body_open_end = body_at + cut(&html[body_at..], ">")? + 1;
        let body_end = cut(&html, "</body>")?;
        Ok(Template {
            start: html[..title_at].to_string(),
            head_rest: format!(
                "{}{}",
                &after_title[..description_at],
                &html[title_end + description_end..head_end]
            ),
            body_open: html[head_end..body_open_end].to_string(),
            end: html[body_end..].to_string(),
        })
    }

    fn page(&self, p: &PageHtml) -> String {
        let title = escape_html(&seo::full_title(p.title));
        let description = escape_html(&p.head.description);
        let mut head = format!(
            "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\">"
        );
        let mut meta = |attr: &str, name: &str, content: &str| {
            head.push_str(&format!(
                "\n    <meta {attr}=\"{name}\" content=\"{}\">",
                escape_html(content)
            ));
        };
        if p.page.hydrated() {
            meta("name", "career-guide:page", &p.page.path());
            meta("name", pages::CATALOGUE_META, p.page.catalogue_file());
            meta("name", "career-guide:catalogue-fingerprint", p.fingerprint);
            if p.page.catalogue_file() == pages::CATALOGUE_WITHOUT_COURSES_FILE {
                meta(
                    "name",
                    pages::COURSES_FINGERPRINT_META,
                    p.courses_fingerprint,
                );
            }
            if let Some(files) = p.every_entry {
                meta("name", pages::EVERY_PAGE_ENTRY_META, files);
            }
            let soon = pages::fetched_soon(&p.page.path(), p.early_courses);
            if !soon.is_empty() {
                meta("name", pages::EVERY_COURSE_SOON_META, &soon.join(" "));
            }
        }
        if !p.page.indexed() {
            meta("name", "robots", "noindex");
        }
        meta("property", "og:site_name", seo::SITE_NAME);
        meta(
            "property",
            "og:type",
            if p.head.article { "article" } else { "website" },
        );
        meta("property", "og:title", p.title);
        meta("property", "og:description", &p.head.description);
        meta("name", "twitter:card", "summary");
        if let Some(site_url) = p.site_url {
            let url = format!("{site_url}{}", p.page.path());
            meta("property", "og:url", &url);
            meta(
                "property",
                "og:image",
                &format!("{site_url}/icons/icon-512.png"),
            );
            if p.page.indexed() {
                head.push_str(&format!(
                    "\n    <link rel=\"canonical\" href=\"{}\">",
                    escape_html(&url)
                ));
            }
        }
        for (id, value) in p.carried {
            head.push_str(&format!(
                "\n    <script type=\"application/json\" id=\"{id}\">{}</script>",
                json_in_html(value)
            ));
        }
        for data in &p.head.structured_data {
            head.push_str(&format!(
                "\n    <script type=\"application/ld+json\">{}</script>",
                json_in_html(data)
            ));
        }
        // The rendered app must be the body's first child: the browser's
        // takeover starts at `body.firstChild`.
        format!(
            "{}{head}{}{}{}{}",
            self.start, self.head_rest, self.body_open, p.body, self.end
        )
    }
}

/// JSON for a `<script>` element: `<` escaped so no text can close it.
fn json_in_html(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
