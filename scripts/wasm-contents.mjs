// What the wasm holds, from the function names of the linked wasm (before wasm-bindgen and
// wasm-opt strip them; part of `make test`, after the release build). Everything that only
// prepares data (the CSV reader and validation, projection, chart specs, the search's index, the
// downloads) lives in crates/build, which the app cannot link: the crate boundary keeps it out.
// This is the second guard: it fails if the build crate, charming, serde_json, the router or
// float formatting got in, or a string sliced by `[..]` (its panic's message), or if the shipped wasm in dist/ holds the map's geometry (the paths of
// build/prerendered-body.html: the page carries them, the app adopts them). Usage:
//   node scripts/wasm-contents.mjs [file.wasm]          check
//   node scripts/wasm-contents.mjs [file.wasm] --top N  also list the N crates with most functions
//   node scripts/wasm-contents.mjs --self-test          shows the check refusing build code
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const file = process.argv[2]?.endsWith('.wasm') ? process.argv[2] : 'target/wasm32-unknown-unknown/release/hunan-atlas.wasm';

/** Code that must not ship: what each pattern finds in a mangled Rust symbol. */
export const FORBIDDEN = [
  [/11atlas_build/, 'the build crate (crates/build)'],
  [/9prerender/, 'the prerendered page (once a module of the app)'],
  [/8charming/, 'charming, the chart builder'],
  [/10serde_json/, 'serde_json: the chart options are built by the build; the app reads them through the browser'],
  [/13leptos_router/, 'leptos_router (src/address.rs does what the page needs)'],
  [/float_to_decimal/, 'float formatting: numbers are shown as the data files write them'],
  [/slice_error_fail/, "a string sliced by [..], whose panic message brings Debug formatting of a char and Unicode's tables (3.8 KiB gzip): use str::get"],
];
/** Code that must be there, so that an empty or stripped name list cannot pass. */
export const EXPECTED = [[/10atlas_core10view_state/, 'the view-state reducer (atlas_core::view_state)']];

/** Function names from the wasm's "name" custom section (subsection 1). */
export function functionNames(bytes) {
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'name');
  if (!section) return [];
  const b = new Uint8Array(section);
  let at = 0;
  const leb = () => { let n = 0, shift = 0, byte; do { byte = b[at++]; n += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return n; };
  const names = [];
  while (at < b.length) {
    const id = b[at++];
    const size = leb();
    const end = at + size;
    if (id === 1) {
      for (let count = leb(); count > 0; count--) {
        leb();
        const length = leb();
        names.push(new TextDecoder().decode(b.subarray(at, at + length)));
        at += length;
      }
    }
    at = end;
  }
  return names;
}

/** The problems with `names`: forbidden code found, expected code missing. */
export function problems(names) {
  const out = [];
  for (const [pattern, what] of FORBIDDEN) {
    const found = names.filter((n) => pattern.test(n));
    if (found.length) out.push(`${what} is in the wasm: ${found.length} function(s), e.g. ${found[0]}`);
  }
  for (const [pattern, what] of EXPECTED) {
    if (!names.some((n) => pattern.test(n))) out.push(`${what} is not among the wasm's function names: are they stripped?`);
  }
  return out;
}

if (process.argv.includes('--self-test')) {
  const ok = '_ZN10atlas_core10view_state9ViewState6update17h0123456789abcdefE';
  const cases = [
    [[ok, '_ZN11atlas_build4page7map_svg17h0123456789abcdefE'], 'the build crate'],
    [[ok, '_ZN11hunan_atlas9prerender8map_html17h0123456789abcdefE'], 'the prerendered page'],
    [[ok, '_ZN8charming5Chart3new17h0123456789abcdefE'], 'charming'],
    [[ok, '_ZN10serde_json5value2to17h0123456789abcdefE'], 'serde_json'],
    [[ok, '_ZN13leptos_router10components6Router17h0123456789abcdefE'], 'leptos_router'],
    [[ok, '_RNvNtNtCs1_4core3fmt5float29float_to_decimal_common_exact'], 'float formatting'],
    [[ok, '_RNvNtCs1_4core3str16slice_error_fail'], 'a string sliced'],
    [[], 'not among the wasm'],
  ];
  for (const [names, expected] of cases) {
    const found = problems(names);
    if (!found.some((p) => p.includes(expected))) {
      console.error(`wasm-contents self-test FAILED: ${names.join(', ') || 'no names'} passed`);
      process.exit(1);
    }
  }
  // What the app links of the charts: the index, a chart's reference, a source's words.
  const clean = [
    ok,
    '_ZN10atlas_core6charts10ChartIndex7of_view17h0123456789abcdefE',
    '_ZN10atlas_core6charts10IndexEntry9chart_ref17h0123456789abcdefE',
    '_ZN10atlas_core8citation12source_label17h0123456789abcdefE',
    '_ZN10atlas_core8citation6period17h0123456789abcdefE',
    '_ZN10atlas_core8explorer9PlaceView3new17h0123456789abcdefE',
  ];
  const refused = problems(clean);
  if (refused.length) { console.error(`wasm-contents self-test FAILED: a clean list was refused: ${refused.join('; ')}`); process.exit(1); }
  console.log(`wasm-contents self-test ok: ${cases.length} kinds of build code refused, a clean list accepted`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const names = functionNames(readFileSync(file));
  const found = problems(names);
  console.log(`${file}: ${names.length} named functions`);
  const top = process.argv.indexOf('--top');
  if (top > 0) {
    const crates = {};
    for (const n of names) {
      const m = /^_ZN(?:\d+_?\$LT\$)?(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(n);
      const krate = m ? m[2].slice(0, Number(m[1])) : '(other)';
      crates[krate] = (crates[krate] ?? 0) + 1;
    }
    for (const [k, n] of Object.entries(crates).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[top + 1] ?? 15))) console.log(`${String(n).padStart(6)}  ${k}`);
  }
  // The geometry: the start of each division's path, as the prerendered page has it.
  const body = 'build/prerendered-body.html';
  const shipped = existsSync('dist') ? readdirSync('dist').filter((f) => f.endsWith('.wasm')) : [];
  if (existsSync(body) && shipped.length) {
    const paths = [...readFileSync(body, 'utf8').matchAll(/ d="(M[^"]{40})/g)].map((m) => m[1]);
    if (paths.length < 14) found.push(`${body} has ${paths.length} division paths, not 14`);
    for (const wasm of shipped) {
      const bytes = readFileSync(`dist/${wasm}`).toString('latin1');
      const inside = paths.filter((p) => bytes.includes(p));
      if (inside.length) found.push(`dist/${wasm} holds ${inside.length} of the map's ${paths.length} paths: the geometry ships twice`);
      else console.log(`ok: dist/${wasm} holds none of the map's ${paths.length} paths`);
    }
  }
  if (found.length) {
    console.error(`the wasm holds code that belongs to the build:\n- ${found.join('\n- ')}`);
    process.exit(1);
  }
  console.log('ok: no build code (crates/build, charming, serde_json), router or float formatting in the wasm');
}
