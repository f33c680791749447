#!/usr/bin/env bash
# Installs whatever is missing to build and serve the app; with --test, also
# what the test suite needs (Debian's Chromium and its driver, and nginx for
# the hosting tests). Idempotent:
# tools already at the right version are left alone. Downloads only from the
# package registries (Debian, crates.io, npm, rustup components).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate pinned in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

if ! command -v cargo >/dev/null; then
  echo "Rust is required: install it with rustup first." >&2
  exit 1
fi
if ! command -v npm >/dev/null; then
  echo "Node.js 20+ and npm are required." >&2
  exit 1
fi

if $want_test && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  say "Installing Debian's chromium and chromium-driver"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The hosting tests also serve the build with Debian's own nginx, as it comes
# (tests/nginx.sh). Installing it does not start a server here.
if $want_test && ! [[ -x /usr/sbin/nginx ]]; then
  say "Installing Debian's nginx (for the hosting tests)"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if $want_test; then
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "Installing trunk $TRUNK_VERSION (takes a while the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Reinstall npm packages only when package-lock.json has changed since the last install.
lock_stamp=node_modules/.career-guide-lock.sha256
if [[ ! -x node_modules/.bin/wasm-opt ]] || ! sha256sum --status -c "$lock_stamp" 2>/dev/null; then
  say "Installing npm packages (wasm-opt from binaryen, test tools)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json > "$lock_stamp"
fi

say "Fetching crates"
cargo fetch --quiet
