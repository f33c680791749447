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
# The app twice, never with both features: rendering pages natively (ssr)
# and taking them over in the browser (hydrate).
cargo clippy --quiet -p career-guide --all-targets --features ssr -- -D warnings
cargo clippy --quiet -p career-guide --features hydrate --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet -p career-bench-engine --target wasm32-unknown-unknown -- -D warnings

say "Native unit tests (pure core)"
cargo test --quiet -p career-core --all-features

say "Validating the bundled catalogue"
cargo run --quiet -p career-core --bin validate-catalogue -- data/catalogue.json

say "Auditing the bundled catalogue (fails if any shown fact has no source)"
cargo run --quiet -p career-core --bin audit-catalogue -- --summary data/catalogue.json

say "Release builds, every page pre-rendered (site root with a site URL; under /careers/; a host's own catalogue)"
bash scripts/build.sh / dist data/catalogue.json https://careers.example.edu
bash scripts/build.sh /careers/ target/dist-subpath
bash scripts/build.sh / target/dist-host core/tests/fixtures/minimal.json

say "A site of 5,000 generated courses, for the scale tests"
cargo run --quiet -p career-core --features fixtures --bin generate-catalogue -- data/catalogue.json 5000 >target/catalogue-5000.json
# With its background download bounded at 1,200 KB, the courses do not fit
# and are left to be saved when needed, as at 50,000 with the default 2 MB.
OFFLINE_LIMIT_KB=1200 bash scripts/build.sh / target/dist-5000 target/catalogue-5000.json

say "Byte budget (gzip of wasm + JS + CSS)"
node scripts/budget.mjs dist

say "Edge catalogues for the browser tests (every one valid)"
cargo run --quiet -p career-core --features fixtures --bin edge-catalogues -- target/edge-catalogues

say "Browser tests (Playwright, Debian Chromium)"
npx playwright test
