# The two commands in README.md: `make serve` and `make test`.
SHELL := /bin/bash

.PHONY: serve test build bench lighthouse

## Install what is missing, then build every page and serve the site on http://127.0.0.1:8080
serve:
	bash scripts/setup.sh
	PUBLIC_URL=/ bash scripts/build.sh
	node tests/serve.mjs dist 8080

## Install what is missing plus test tools, then run every check and test
test:
	bash scripts/setup.sh --test
	bash scripts/test.sh

## Release build into dist/, every page pre-rendered. Options (docs/hosting.md):
## PUBLIC_URL=/careers/ (a sub-path), SITE_URL=https://… (canonical links,
## sitemap.xml, robots.txt), CATALOGUE=our-catalogue.json (a host's own)
build:
	bash scripts/setup.sh
	PUBLIC_URL="$(PUBLIC_URL)" SITE_URL="$(SITE_URL)" CATALOGUE="$(CATALOGUE)" bash scripts/build.sh

## Benchmark: release build, then sizes, render times, finder latency, memory, Lighthouse, start-up on a phone profile, and the build's time and memory at 5,000 and 50,000 courses
bench:
	bash scripts/setup.sh --test
	bash scripts/build.sh / dist
	source scripts/env.sh && cargo build -q --release -p career-core --features fixtures --bin generate-catalogue && node bench/run.mjs dist
	node bench/startup.mjs dist
	source scripts/env.sh && node bench/build-scale.mjs

## Lighthouse 11 in Chromium: performance, LCP and the PWA/installability checks
lighthouse:
	bash scripts/setup.sh --test
	bash scripts/build.sh / dist
	source scripts/env.sh && node bench/lighthouse.mjs dist
