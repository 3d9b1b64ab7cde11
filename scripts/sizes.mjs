// Size guard (part of `make test`): the gzip sizes of what a reader downloads, against limits.
// A regression fails CI here; timings stay in the benchmark (bench/). Usage:
//   node scripts/sizes.mjs [dist]                    checks dist/ against LIMITS
//   node scripts/sizes.mjs --markdown FILE [dist]    the same, and writes the table to FILE (not
//                                                   docs/sizes.md: the benchmark writes that one,
//                                                   bench/run.mjs, from the very build it measures)
//   node scripts/sizes.mjs --self-test [dist]        shows that every limit fails when exceeded
// Brotli sizes are printed beside gzip for information; the limits are on gzip.
import { readdirSync, readFileSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';

/** gzip -9 bytes allowed per asset kind (KiB). */
export const LIMITS = {
  wasm: 180, // issue 11's budget
  'app js': 12,
  echarts: 180,
  css: 4,
  html: 12, // includes the prerendered map
  page: 24, // a view's own page (zhuzhou.en.html): the map and its panel prerendered, every figure with its quote and source
  charts: 8, // every chart's option, one file a language (each within the limit), loaded with ECharts
  data: 32, // the validated dataset in both languages, fetched as the wasm starts
  search: 24, // the search's folded texts (both languages), fetched when the reader first searches
  passages: 12, // the verbatim passages (both languages), fetched after the first view
  icon: 2, // the favicon, which the browser fetches with the page
};

/** What the first view downloads (ECharts waits until a chart comes into view): its budget in
 * KiB gzip, from issue 11. Its page is index.html or a view's own page, whichever is larger. */
export const FIRST_VIEW = { kinds: ['html', 'app js', 'css', 'wasm', 'data', 'icon'], limit: 220 };

function kind(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file === 'echarts.min.js') return 'echarts';
  if (/^charts-(en|zh)\.json$/.test(file)) return 'charts';
  if (file === 'dataset.txt') return 'data';
  if (file === 'search.txt') return 'search';
  if (file === 'passages.txt') return 'passages';
  // The glue, and the boot script that loads it (scripts/csp.mjs).
  if (/^(hunan-atlas|boot)-.*\.js$/.test(file)) return 'app js';
  if (file.endsWith('.css')) return 'css';
  if (file === 'index.html') return 'html';
  if (/^[a-z-]+\.(en|zh)\.html$/.test(file)) return 'page';
  if (file === 'icon.svg') return 'icon';
  return null;
}

const brotli = (raw) => brotliCompressSync(raw, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
}).length;

/** Returns { rows, failures } for the assets of `dir`. */
export function check(dir, limits = LIMITS, firstView = FIRST_VIEW) {
  const rows = [];
  const failures = [];
  const seen = new Set();
  for (const file of readdirSync(dir).sort()) {
    const k = kind(file);
    if (!k) continue;
    seen.add(k);
    const raw = readFileSync(join(dir, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    const ok = gz <= limits[k] * 1024;
    rows.push({ file, kind: k, raw: raw.length, gzip: gz, brotli: brotli(raw), limit: limits[k] * 1024, ok });
    if (!ok) failures.push(`${file}: ${(gz / 1024).toFixed(1)} KiB gzip is over the ${k} limit of ${limits[k]} KiB`);
  }
  for (const k of Object.keys(limits)) if (!seen.has(k)) failures.push(`no ${k} asset in ${dir}`);
  // The page the reader opens (index.html or a view's page), and what every page loads.
  const isPage = (r) => r.kind === 'html' || r.kind === 'page';
  const rest = rows.filter((r) => firstView.kinds.includes(r.kind) && !isPage(r));
  const [page] = rows.filter(isPage).sort((a, b) => b.gzip - a.gzip);
  const first = [page, ...rest].filter(Boolean);
  const total = (key) => first.reduce((n, r) => n + r[key], 0);
  const ok = total('gzip') <= firstView.limit * 1024;
  rows.push({ file: `first view (${page?.file ?? 'no page'} + ${firstView.kinds.filter((k) => k !== 'html').join(' + ')})`, kind: 'total', raw: 0, gzip: total('gzip'), brotli: total('brotli'), limit: firstView.limit * 1024, ok });
  if (!ok) failures.push(`the first view of ${page?.file} is ${(total('gzip') / 1024).toFixed(1)} KiB gzip, over its budget of ${firstView.limit} KiB`);
  return { rows, failures };
}

const k1 = (bytes) => (bytes / 1024).toFixed(1);
const COLUMNS = ['asset', 'raw KiB', 'gzip KiB', 'brotli KiB', 'limit KiB', 'ok'];
const cells = (r) => [r.file, r.raw ? k1(r.raw) : '', k1(r.gzip), k1(r.brotli), (r.limit / 1024).toFixed(0), r.ok ? 'ok' : 'OVER'];

function print(rows) {
  const widths = [46, 8, 9, 11, 10, 0];
  const line = (cs) => cs.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' ');
  console.log(line(COLUMNS));
  for (const r of rows) console.log(line(cells(r)));
}

/** docs/sizes.md, which only the benchmark writes (bench/run.mjs: from the build it measures). */
export const SIZES_MD = 'docs/sizes.md';

/** The table of `check`'s result as Markdown, under `madeBy`: the line that says what made it
 * (the command, the date, the build). */
export function markdown({ rows, failures }, madeBy) {
  return `${madeBy}

# Sizes

What a reader downloads: gzip -9 and brotli (quality 11) sizes of each asset; the limits, in
\`scripts/sizes.mjs\`, are on gzip. The first view is what the page needs before any chart comes
into view (ECharts is fetched then).

| ${COLUMNS.join(' | ')} |
|${COLUMNS.map((_, i) => (i ? '---:' : '---')).join('|')}|
${rows.map((r) => `| ${cells(r).join(' | ')} |`).join('\n')}
${failures.length ? `\nThe size guard failed:\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
}

/** Copies the assets of `dist` into a fresh directory; returns it. */
function copyAssets(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sizes-'));
  for (const f of readdirSync(dist)) if (kind(f)) copyFileSync(join(dist, f), join(dir, f));
  return dir;
}

/** Appends `kib` KiB of random bytes to the first asset of kind `k` in `dir`; returns its name.
 * Random bytes do not compress: the grown file is over a limit however small it was. */
function grow(dir, k, kib) {
  const file = readdirSync(dir).sort().find((f) => kind(f) === k);
  if (!file) throw new Error(`no ${k} asset to grow in ${dir}`);
  writeFileSync(join(dir, file), Buffer.concat([readFileSync(join(dir, file)), randomBytes(kib * 1024)]));
  return file;
}

function selfTest(dist) {
  let failed = false;
  const expect = (what, failures, wanted) => {
    if (failures.length === 1 && wanted(failures[0])) {
      console.log(`size guard self-test ok: ${what}: ${failures[0]}`);
    } else {
      console.error(`size guard self-test FAILED: ${what}: reported ${JSON.stringify(failures)}`);
      failed = true;
    }
  };
  // Each per-kind limit, alone: one asset grown past its own limit, the first-view budget lifted
  // (a grown wasm, html, css or app js would also push the first view over it).
  const noFirstView = { ...FIRST_VIEW, limit: Infinity };
  for (const [k, limit] of Object.entries(LIMITS)) {
    const dir = copyAssets(dist);
    const file = grow(dir, k, limit + 20);
    expect(`the ${k} limit (${limit} KiB)`, check(dir, LIMITS, noFirstView).failures,
      (f) => f.startsWith(`${file}: `) && f.includes(`over the ${k} limit`));
    rmSync(dir, { recursive: true });
  }
  // The first-view budget, alone: every per-kind limit lifted, the wasm grown past the budget.
  const noKinds = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, Infinity]));
  const dir = copyAssets(dist);
  grow(dir, 'wasm', FIRST_VIEW.limit + 20);
  expect(`the first-view budget (${FIRST_VIEW.limit} KiB, per-kind limits lifted)`, check(dir, noKinds).failures,
    (f) => f.startsWith('the first view of '));
  rmSync(dir, { recursive: true });
  // A view's page counts: one grown past the budget, every limit lifted, fails it by name.
  const pages = copyAssets(dist);
  const grown = grow(pages, 'page', FIRST_VIEW.limit + 20);
  expect(`the first-view budget on a view's page (${grown})`, check(pages, noKinds).failures,
    (f) => f.startsWith(`the first view of ${grown} is `));
  rmSync(pages, { recursive: true });
  // Whether the budget can fire while the per-kind limits hold (one asset of each kind).
  const parts = FIRST_VIEW.kinds.map((k) => `${k} ${LIMITS[k]}`).join(' + ');
  const sum = FIRST_VIEW.kinds.reduce((n, k) => n + LIMITS[k], 0);
  console.log(sum <= FIRST_VIEW.limit
    ? `note: the first-view budget of ${FIRST_VIEW.limit} KiB is implied by the per-kind limits (${parts} = ${sum} KiB): with one asset of each kind, it cannot fail while they pass`
    : `note: the per-kind limits of the first view sum to ${sum} KiB (${parts}), over its budget of ${FIRST_VIEW.limit} KiB: the budget is a limit of its own`);
  if (failed) process.exit(1);
}

/** Run as a script (not when bench/run.mjs imports it). */
const main = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
const args = main ? process.argv.slice(2) : null;
if (!main) {
  // Imported: nothing to run.
} else if (args[0] === '--self-test') {
  selfTest(args[1] ?? 'dist');
} else {
  const md = args[0] === '--markdown' ? args[1] : null;
  if (args[0] === '--markdown' && !md) throw new Error('usage: node scripts/sizes.mjs --markdown FILE [dist]');
  if (md && resolve(md) === resolve(SIZES_MD)) {
    console.error(`${SIZES_MD} is written by the benchmark (make bench: bench/run.mjs), from the build it measures, so that it and docs/performance.md name the same build; write the table elsewhere`);
    process.exit(2);
  }
  const dist = (md ? args[2] : args[0]) ?? 'dist';
  const result = check(dist);
  const { rows, failures } = result;
  print(rows);
  if (md) {
    const command = ['node', 'scripts/sizes.mjs', ...args].join(' ');
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    mkdirSync(dirname(md), { recursive: true });
    writeFileSync(md, markdown(result, `Made by \`${command}\` on ${date} UTC, from the assets in ${dist}/.`));
    console.log(`\nwrote ${md}`);
  }
  if (failures.length) {
    console.error(`\nsize guard failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}
