// Size guard (part of `make test`): the gzip sizes of what a reader downloads, against limits.
// A regression fails CI here; timings stay in the benchmark (bench/). Usage:
//   node scripts/sizes.mjs [dist]            checks dist/ against LIMITS
//   node scripts/sizes.mjs --self-test       shows the guard fails on a wasm over its limit
import { readdirSync, readFileSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';

/** gzip -9 bytes allowed per asset kind (KiB). */
export const LIMITS = {
  wasm: 260,
  'app js': 12,
  echarts: 180,
  css: 4,
  html: 12, // includes the prerendered map
};

/** What the first view downloads (ECharts waits until a chart comes into view): its budget in
 * KiB gzip, from issue 6. */
export const FIRST_VIEW = { kinds: ['html', 'app js', 'css', 'wasm'], limit: 300 };

function kind(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file === 'echarts.min.js') return 'echarts';
  if (/^hunan-atlas-.*\.js$/.test(file)) return 'app js';
  if (file.endsWith('.css')) return 'css';
  if (file === 'index.html') return 'html';
  return null;
}

/** Returns { rows, failures } for the assets of `dir`. */
export function check(dir, limits = LIMITS) {
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
    rows.push({ file, kind: k, raw: raw.length, gzip: gz, limit: limits[k] * 1024, ok });
    if (!ok) failures.push(`${file}: ${(gz / 1024).toFixed(1)} KiB gzip is over the ${k} limit of ${limits[k]} KiB`);
  }
  for (const k of Object.keys(limits)) if (!seen.has(k)) failures.push(`no ${k} asset in ${dir}`);
  const firstView = rows.filter((r) => FIRST_VIEW.kinds.includes(r.kind)).reduce((n, r) => n + r.gzip, 0);
  const ok = firstView <= FIRST_VIEW.limit * 1024;
  rows.push({ file: `first view (${FIRST_VIEW.kinds.join(' + ')})`, kind: 'total', raw: 0, gzip: firstView, limit: FIRST_VIEW.limit * 1024, ok });
  if (!ok) failures.push(`the first view is ${(firstView / 1024).toFixed(1)} KiB gzip, over its budget of ${FIRST_VIEW.limit} KiB`);
  return { rows, failures };
}

function print(rows) {
  console.log('asset                                          raw KiB   gzip KiB   limit KiB');
  for (const r of rows) {
    console.log(`${r.file.padEnd(46)} ${(r.raw ? (r.raw / 1024).toFixed(1) : '').padStart(8)} ${(r.gzip / 1024).toFixed(1).padStart(10)} ${(r.limit / 1024).toFixed(0).padStart(11)} ${r.ok ? 'ok' : 'OVER'}`);
  }
}

if (process.argv[2] === '--self-test') {
  // A copy of dist/ whose wasm grows by incompressible bytes past the limit must fail.
  const dist = process.argv[3] ?? 'dist';
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sizes-'));
  for (const f of readdirSync(dist)) if (kind(f)) copyFileSync(join(dist, f), join(dir, f));
  const wasm = readdirSync(dir).find((f) => f.endsWith('.wasm'));
  // Random bytes do not compress: the grown file is over the limit however small the wasm is.
  const grown = Buffer.concat([readFileSync(join(dir, wasm)), randomBytes((LIMITS.wasm + 20) * 1024)]);
  writeFileSync(join(dir, wasm), grown);
  const { failures } = check(dir);
  if (failures.some((f) => f.startsWith(wasm))) {
    console.log(`size guard self-test ok: a ${(grown.length / 1024).toFixed(0)} KiB wasm is refused`);
  } else {
    console.error('size guard self-test FAILED: an oversized wasm passed');
    process.exit(1);
  }
} else {
  const { rows, failures } = check(process.argv[2] ?? 'dist');
  print(rows);
  if (failures.length) {
    console.error(`\nsize guard failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}
