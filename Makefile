# The two commands in README.md: `make serve` and `make test`.
SHELL := /bin/bash

.PHONY: serve test build bench lighthouse

## Install what is missing, then serve the app on http://127.0.0.1:8080
serve:
	bash scripts/setup.sh
	source scripts/env.sh && trunk serve --address 127.0.0.1 --port 8080

## Install what is missing plus test tools, then run every check and test
test:
	bash scripts/setup.sh --test
	bash scripts/test.sh

## Release build into dist/ (PUBLIC_URL=/careers/ to host under a sub-path)
build:
	bash scripts/setup.sh
	bash scripts/build.sh $(or $(PUBLIC_URL),/) dist

## Benchmark: release build, then sizes, render times, finder latency, memory and Lighthouse
bench:
	bash scripts/setup.sh --test
	bash scripts/build.sh / dist
	source scripts/env.sh && cargo build -q --release -p career-core --bin generate-catalogue && node bench/run.mjs dist

## Lighthouse 11 in Chromium: performance, LCP and the PWA/installability checks
lighthouse:
	bash scripts/setup.sh --test
	bash scripts/build.sh / dist
	source scripts/env.sh && node bench/lighthouse.mjs dist
