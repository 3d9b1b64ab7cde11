#!/usr/bin/env bash
# Installs everything the atlas needs to build, serve and test, on a fresh Debian 12 machine with
# access to the package registries only. Idempotent: a second run checks and skips in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130 # = the wasm-bindgen pin in Cargo.toml and Trunk.toml
TRUNK_VERSION=0.21.14        # 0.22 needs a newer rustc than this machine has
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
# The other two engines of the browser tests (e2e/engines.test.mjs): Firefox ESR, and WebKitGTK's
# MiniBrowser with its WebDriver, which draws into the X display that xvfb-run gives it.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
# Chinese in screenshots and in the preview images, which the build draws (crates/build/src/preview.rs)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# English in the preview images
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -q
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: its lockfile names a webpki-roots version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (wasm-opt from binaryen, ECharts, esbuild, axe-core; the browser drivers playwright-core, puppeteer-core, selenium-webdriver)"
  npm ci --no-audit --no-fund
fi

step "cargo fetch"
cargo fetch --quiet
node scripts/build-echarts.mjs
step "ready"
