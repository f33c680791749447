#!/usr/bin/env bash
# Release build of the static site, every page pre-rendered:
#   scripts/build.sh [PUBLIC_URL] [DIST_DIR] [CATALOGUE] [SITE_URL]
# PUBLIC_URL is the path the site is served under (default "/", or the path
# of SITE_URL); DIST_DIR defaults to dist/; CATALOGUE is the catalogue the
# pages are rendered from and that the site serves (default
# data/catalogue.json: a host's own catalogue goes here); SITE_URL is the
# site's absolute address, which adds canonical links, sitemap.xml and
# robots.txt (docs/hosting.md). The variables of the same names work too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
site_url="${4:-${SITE_URL:-}}"
default_base=/
if [[ -n "$site_url" ]]; then
  default_base=$(node -e 'console.log(new URL(process.argv[1]).pathname)' "$site_url")
fi
public_url="${1:-${PUBLIC_URL:-$default_base}}"
dist="${2:-dist}"
catalogue="${3:-${CATALOGUE:-data/catalogue.json}}"

# 1. The browser's app (wasm, JS, CSS) and the page template, by Trunk:
#    the entry with every page, then the reading pages' smaller one
#    (career_core::pages::Entry), built by its own bin from the same
#    template; the pre-render step starts each page with its entry and
#    removes the second template.
trunk build --release --quiet --public-url "$public_url" --dist "$dist"
sed 's/data-bin="career-guide"/data-bin="career-guide-reading"/' index.html >reading.html
trunk build --release --quiet --public-url "$public_url" --dist "$dist/.reading" reading.html
mv "$dist/.reading/index.html" "$dist/reading.html"
mv "$dist/.reading/"career-guide-reading-* "$dist/"
rm -rf "$dist/.reading" reading.html
# 2. Every page rendered natively by the same components, from the catalogue.
cargo run --quiet --profile prerender --features ssr --bin prerender -- \
  --dist "$dist" --catalogue "$catalogue" --base "$public_url" --site-url "$site_url"
# 3. The Content-Security-Policy in every page, and the service worker's
#    precache list of this build's files.
node scripts/postbuild.mjs "$dist"
