#!/usr/bin/env bash
# Runs every check and test. Assumes scripts/setup.sh --test has run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

say "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "Lints (clippy, warnings are errors)"
cargo clippy --quiet -p career-core --all-targets --all-features -- -D warnings
cargo clippy --quiet -p career-guide -p career-bench-engine --target wasm32-unknown-unknown -- -D warnings

say "Native unit tests (pure core)"
cargo test --quiet -p career-core --all-features

say "Validating the bundled catalogue"
cargo run --quiet -p career-core --bin validate-catalogue -- data/catalogue.json

say "Release builds (site root, and under /careers/ for the sub-path tests)"
bash scripts/build.sh / dist
bash scripts/build.sh /careers/ target/dist-subpath

say "Byte budget (gzip of wasm + JS + CSS)"
node scripts/budget.mjs dist

say "Browser tests (Playwright, Debian Chromium)"
npx playwright test
