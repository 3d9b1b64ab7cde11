#!/usr/bin/env bash
# Regenerates data/hunan.geojson: simplified boundaries of Hunan's 14 prefecture-level
# divisions, derived from map/json/province/hunan.json in the npm package echarts@4.9.0.
# See data/README.md ("Boundaries") for provenance, licence and caveats.
#
# Usage: scripts/make-geometry.sh
# Needs node >= 20.11 and npm with access to the npm registry. Installs the pinned tools
# into a temporary directory; nothing is added to the repo's package.json or node_modules.
# Set GEOMETRY_TOOLS_DIR=/some/dir to keep (and reuse) the tool install between runs.
set -euo pipefail

ECHARTS_VERSION=4.9.0     # source data (Apache-2.0 package licence)
MAPSHAPER_VERSION=0.7.70  # topology-aware simplification (MPL-2.0)
POLYLABEL_VERSION=2.1.0   # label points (ISC)
SOURCE_SHA256=ffaa44ddd9bd361cf23cc002b0ae595a4b446c49f4b67a3f6ef7395c2b39f426
# The source's neighbours mostly share identical vertices, but ~215 narrow slivers (gaps and
# overlaps up to ~200 m wide) exist where they do not; -clean removes them so that every inner
# border becomes one shared arc. gap-width is explicit (not mapshaper's automatic ~760 m) so that
# the larger 11 km2 gap the source leaves near 109.5E 26.7N (Huaihua, Guizhou border) is kept.
CLEAN=(-clean gap-width=200m)
SIMPLIFY=(-simplify dp interval=500m keep-shapes)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
out="$repo/data/hunan.geojson"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tools=${GEOMETRY_TOOLS_DIR:-$work/tools}
mkdir -p "$tools"
tools=$(cd "$tools" && pwd)

installed() { # name version
  [[ -f "$tools/node_modules/$1/package.json" ]] &&
    [[ $(node -p "require('$tools/node_modules/$1/package.json').version") == "$2" ]]
}

if installed echarts "$ECHARTS_VERSION" && installed mapshaper "$MAPSHAPER_VERSION" &&
  installed polylabel "$POLYLABEL_VERSION"; then
  echo "== using tools already installed in $tools"
else
  echo "== installing echarts@$ECHARTS_VERSION mapshaper@$MAPSHAPER_VERSION polylabel@$POLYLABEL_VERSION into $tools"
  (cd "$tools" && npm install --prefix "$tools" --no-save --no-audit --no-fund --ignore-scripts \
    --loglevel=error \
    "echarts@$ECHARTS_VERSION" "mapshaper@$MAPSHAPER_VERSION" "polylabel@$POLYLABEL_VERSION")
fi
for p in "echarts $ECHARTS_VERSION" "mapshaper $MAPSHAPER_VERSION" "polylabel $POLYLABEL_VERSION"; do
  # shellcheck disable=SC2086
  installed $p || { echo "error: $p not installed in $tools" >&2; exit 1; }
done

src="$tools/node_modules/echarts/map/json/province/hunan.json"
sha=$(sha256sum "$src" | cut -d' ' -f1)
echo "== source: echarts@$ECHARTS_VERSION map/json/province/hunan.json ($(wc -c <"$src") bytes, sha256 $sha)"
[[ $sha == "$SOURCE_SHA256" ]] || { echo "error: unexpected sha256 of $src" >&2; exit 1; }

echo "== 1/3 decode ECharts UTF8Encoding -> plain GeoJSON"
node "$here/make-geometry.mjs" decode "$src" "$work/decoded.geojson"

echo "== 2/3 mapshaper ${CLEAN[*]} ${SIMPLIFY[*]} (shared borders stay shared)"
"$tools/node_modules/.bin/mapshaper" -i "$work/decoded.geojson" "${CLEAN[@]}" "${SIMPLIFY[@]}" \
  -o format=geojson "$work/simplified.geojson"

echo "== 3/3 round to 3 decimals, drop degenerate parts, label points (polylabel), write"
mkdir -p "$(dirname "$out")"
node "$here/make-geometry.mjs" finish "$work/simplified.geojson" "$out" "$tools"
