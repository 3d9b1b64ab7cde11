#!/usr/bin/env bash
# Builds the release wasm with and without Leptos's `erase_components` cfg and prints each one's
# gzip -9 size as scripts/sizes.mjs measures it (after wasm-bindgen and wasm-opt -Oz, as Trunk
# runs them). Usage: bench/wasm-cfg.sh > docs/wasm-cfg.txt   (takes a few minutes: two builds)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
size() {
  local flags=$1 name=$2
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" cargo build --quiet --release --target wasm32-unknown-unknown -p hunan-atlas
  wasm-bindgen --target web --no-typescript --out-dir "$out/$name" target/wasm32-unknown-unknown/release/hunan-atlas.wasm
  wasm-opt -Oz "$out/$name/hunan-atlas_bg.wasm" -o "$out/$name/opt.wasm"
  node -e "const z=require('zlib');const b=require('fs').readFileSync(process.argv[1]);console.log(process.argv[2].padEnd(24), (b.length/1024).toFixed(1).padStart(7), 'KiB raw', (z.gzipSync(b,{level:9}).length/1024).toFixed(1).padStart(7), 'KiB gzip')" "$out/$name/opt.wasm" "$name"
}
echo "# the release wasm of $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'), $(date -u '+%Y-%m-%d %H:%M UTC')"
size "--cfg erase_components" "erase_components"
size "" "without (the build's)"
# Leave the target as the project builds it.
cargo build --quiet --release --target wasm32-unknown-unknown -p hunan-atlas
