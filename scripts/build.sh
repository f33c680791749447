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

# 1. The browser's app (wasm, JS, CSS) and the page template, by Trunk.
trunk build --release --quiet --public-url "$public_url" --dist "$dist"
# 2. Every page rendered natively by the same components, from the catalogue.
cargo run --quiet --profile prerender --features ssr --bin prerender -- \
  --dist "$dist" --catalogue "$catalogue" --base "$public_url" --site-url "$site_url"
# 3. The Content-Security-Policy in every page, and the service worker's
#    precache list of this build's files.
node scripts/postbuild.mjs "$dist"
