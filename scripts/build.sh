#!/usr/bin/env bash
# Release build of the static site: scripts/build.sh [PUBLIC_URL] [DIST_DIR]
# PUBLIC_URL is the path the site is served under (default "/"); DIST_DIR
# defaults to dist/. Adds 404.html (a copy of index.html) for static hosts
# that serve it for unknown paths, so deep links work without a rewrite rule.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
public_url="${1:-/}"
dist="${2:-dist}"
trunk build --release --quiet --public-url "$public_url" --dist "$dist"
cp "$dist/index.html" "$dist/404.html"
