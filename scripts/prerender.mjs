// Trunk post-build step (scripts/post-build.mjs runs it): puts the page parts that the build wrote
// (crates/build/src/page.rs: build/prerendered-head.html and build/prerendered-body.html) in place
// of their markers in the staged index.html, so the masthead and the map paint before the wasm has
// loaded; and stages the build's static files: every chart's option, one file a language
// (build/charts-en.json and build/charts-zh.json, crates/build/src/charts.rs), and every view's
// figures (build/downloads/, crates/build/src/downloads.rs). They are copied here, once cargo has
// run the build, because Trunk's copy-file runs beside cargo and could copy the previous build's
// files.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const page = join(staging, 'index.html');
let html = readFileSync(page, 'utf8');
for (const part of ['head', 'body']) {
  const marker = new RegExp(`<!-- prerendered ${part}\\b[^]*?-->`);
  if (!marker.test(html)) throw new Error(`${page} has no <!-- prerendered ${part} --> marker`);
  const content = readFileSync(`build/prerendered-${part}.html`, 'utf8');
  html = html.replace(marker, () => content);
  console.log(`prerender: ${content.length} bytes of the ${part} into ${page}`);
}
writeFileSync(page, html);
for (const file of ['dataset.txt', 'passages.txt', 'search.txt', 'charts-en.json', 'charts-zh.json', 'downloads', 'previews', 'icon.svg']) {
  cpSync(join('build', file), join(staging, file), { recursive: true });
  console.log(`prerender: build/${file} staged`);
}
