//! The sitemap a build writes when it knows the site's address: one
//! `sitemap.xml` while every indexed page fits the protocol's limits for a
//! file (50,000 addresses, 50 MB uncompressed), and otherwise numbered
//! files (`sitemap-1.xml`, …) with `sitemap.xml` as their index, so
//! `robots.txt` names one address at any catalogue size.

use crate::format::escape_html;

/// The most addresses one sitemap file may list (sitemaps.org).
pub const MAX_URLS: usize = 50_000;

/// The largest a sitemap file may be, uncompressed (sitemaps.org).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// The file `robots.txt` names: the sitemap, or the index of several.
pub const FILE: &str = "sitemap.xml";

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const URLSET_OPEN: &str = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// The sitemap files for `paths` (app paths such as `/roles/x/`, in order)
/// on the site at `site_url` (no trailing slash), each last changed on
/// `lastmod`: (file name, XML).
pub fn files(site_url: &str, paths: &[String], lastmod: &str) -> Vec<(String, String)> {
    split(site_url, paths, lastmod, MAX_URLS, MAX_BYTES)
}

/// [`files`] with the limits given, so a test can reach them.
fn split(
    site_url: &str,
    paths: &[String],
    lastmod: &str,
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(String, String)> {
    let lastmod = escape_html(lastmod);
    let entry = |path: &String| {
        format!(
            "  <url><loc>{}</loc><lastmod>{lastmod}</lastmod></url>\n",
            escape_html(&format!("{site_url}{path}"))
        )
    };
    // Files filled in order, each closed once the next entry would pass a
    // limit.
    let room = max_bytes.saturating_sub(HEAD.len() + URLSET_OPEN.len() + URLSET_CLOSE.len());
    let mut bodies: Vec<(String, usize)> = vec![(String::new(), 0)];
    for path in paths {
        let line = entry(path);
        let (body, count) = bodies.last_mut().expect("never empty");
        if *count > 0 && (*count == max_urls || body.len() + line.len() > room) {
            bodies.push((line, 1));
        } else {
            body.push_str(&line);
            *count += 1;
        }
    }
    let urlset = |body: &str| format!("{HEAD}{URLSET_OPEN}{body}{URLSET_CLOSE}");
    if bodies.len() == 1 {
        return vec![(FILE.to_string(), urlset(&bodies[0].0))];
    }
    let numbered: Vec<(String, String)> = bodies
        .iter()
        .enumerate()
        .map(|(i, (body, _))| (format!("sitemap-{}.xml", i + 1), urlset(body)))
        .collect();
    let mut index =
        format!("{HEAD}<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (file, _) in &numbered {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc><lastmod>{lastmod}</lastmod></sitemap>\n",
            escape_html(&format!("{site_url}/{file}"))
        ));
    }
    index.push_str("</sitemapindex>\n");
    let mut all = vec![(FILE.to_string(), index)];
    all.extend(numbered);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("/courses/c{i}")).collect()
    }

    fn locs(xml: &str) -> Vec<&str> {
        xml.split("<loc>")
            .skip(1)
            .map(|rest| rest.split("</loc>").next().unwrap_or_default())
            .collect()
    }

    #[test]
    fn one_file_while_everything_fits() {
        let written = files("https://x.edu", &paths(3), "2026-12-01");
        assert_eq!(written.len(), 1);
        let (file, xml) = &written[0];
        assert_eq!(file, "sitemap.xml");
        assert!(xml.contains("<urlset"), "{xml}");
        assert_eq!(
            locs(xml),
            [
                "https://x.edu/courses/c0",
                "https://x.edu/courses/c1",
                "https://x.edu/courses/c2"
            ]
        );
        assert!(xml.contains("<lastmod>2026-12-01</lastmod>"));
    }

    #[test]
    fn past_the_count_an_index_lists_numbered_files_of_every_address_once() {
        let written = split("https://x.edu", &paths(5), "2026-12-01", 2, MAX_BYTES);
        let names: Vec<&str> = written.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        let index = &written[0].1;
        assert!(index.contains("<sitemapindex"), "{index}");
        assert_eq!(
            locs(index),
            [
                "https://x.edu/sitemap-1.xml",
                "https://x.edu/sitemap-2.xml",
                "https://x.edu/sitemap-3.xml"
            ]
        );
        let listed: Vec<&str> = written[1..].iter().flat_map(|(_, xml)| locs(xml)).collect();
        let expected: Vec<String> = paths(5)
            .iter()
            .map(|p| format!("https://x.edu{p}"))
            .collect();
        assert_eq!(listed, expected);
        assert!(written[1..].iter().all(|(_, xml)| locs(xml).len() <= 2));
    }

    #[test]
    fn past_the_size_a_file_is_closed_before_it_grows_too_big() {
        let one = split(
            "https://x.edu",
            &paths(1),
            "2026-12-01",
            MAX_URLS,
            MAX_BYTES,
        );
        let per_file = one[0].1.len() * 2; // room for about two entries
        let written = split("https://x.edu", &paths(6), "2026-12-01", MAX_URLS, per_file);
        assert!(written.len() > 2, "split by size");
        assert!(written[1..].iter().all(|(_, xml)| xml.len() <= per_file));
        let listed: usize = written[1..].iter().map(|(_, xml)| locs(xml).len()).sum();
        assert_eq!(listed, 6);
    }

    #[test]
    fn addresses_are_escaped() {
        let written = files("https://x.edu", &["/courses/a&b".to_string()], "2026");
        assert_eq!(locs(&written[0].1), ["https://x.edu/courses/a&amp;b"]);
    }
}
