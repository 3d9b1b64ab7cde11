// Trunk post-build hook: puts the static map that build.rs wrote (build/prerendered-map.html) in
// place of the marker in the staged index.html, so the map paints before the wasm has loaded.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = '<!-- prerendered map -->';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
if (!html.includes(MARKER)) throw new Error(`${page} has no ${MARKER}`);
const map = readFileSync('build/prerendered-map.html', 'utf8');
writeFileSync(page, html.replace(MARKER, map));
console.log(`prerender: ${map.length} bytes of map into ${page}`);
