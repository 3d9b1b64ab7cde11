# The two commands of the README: `make serve` and `make test`. Both set everything up first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve test lint unit e2e release sizes bench geometry

setup:
	@scripts/setup.sh

## Builds and serves the app at http://127.0.0.1:8080, rebuilding on change.
serve: setup
	trunk serve

## Every lint and test: formatting, clippy (native and wasm), the workspace's native tests, the
## data-error checks, release build, what the wasm holds, size guard, browser end-to-end tests.
test: setup lint unit release sizes e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p hunan-atlas -p atlas-core -- -D warnings

unit:
	cargo test --workspace
	scripts/test-data-errors.sh

release:
	trunk build --release
	node scripts/wasm-contents.mjs
	node scripts/wasm-contents.mjs --self-test

sizes:
	node scripts/sizes.mjs
	node scripts/sizes.mjs --self-test

## Chromium, Firefox ESR and WebKitGTK; WebKit's MiniBrowser needs the X display xvfb-run gives.
## A test file whose failure left a server or browser open ends with its tests (--test-force-exit),
## and no test may hang the run (5 minutes each at most).
e2e:
	xvfb-run -a node --test --test-concurrency=1 --test-force-exit --test-timeout=300000 e2e/

## The performance benchmark (not part of `make test`: timings are noisy).
bench: setup release
	node bench/run.mjs

## Regenerates data/hunan.geojson from the npm registry.
geometry:
	scripts/make-geometry.sh
