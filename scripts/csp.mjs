// Trunk post-build step (scripts/post-build.mjs runs it after prerender.mjs): makes the staged
// page run under a strict Content-Security-Policy that it brings with it.
//   - Trunk's inline module loader, which `script-src 'self'` refuses, gives way to static/boot.js
//     (staged under a content hash), told the glue's and the wasm's names on its tag.
//   - The policy goes into a <meta http-equiv> at the top of <head>, with the sha256 of every
//     inline <style> left in the page (the prerendered map's fills); a page with an inline
//     <script> left fails the build.
//   - `_headers` (read by Netlify and Cloudflare Pages; see README, "Hosting") carries the same
//     policy as a header, plus `frame-ancestors`, which a meta tag cannot.
// `policy()` is exported for the browser tests, which send the header version themselves.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** The policy, given the hashes ('sha256-...') of the page's inline styles. */
export function policy(styleHashes) {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    // The icon; charts are canvases (a PNG export is a download, not an image the page loads).
    "img-src 'self'",
    // The dataset, the chart files and the wasm.
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The header version: the meta policy and what only a header can carry. The atlas is made to
 * be embedded anywhere; a host that wants to limit who may frame it narrows `frame-ancestors`. */
export const headerPolicy = (meta) => `${meta}; frame-ancestors *`;

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The policy in a page's <meta http-equiv>, if it has one. */
export function metaPolicy(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? null;
}

/** The page with its loader replaced by `bootFile` and the policy in its head. A development
 * build (`dev`: `trunk serve`, which adds inline auto-reload scripts to the page, some only as it
 * serves it) gets the loader but no policy; the release build is the one tested under it. */
export function secure(html, bootFile, { dev = false } = {}) {
  const loader = html.match(/<script type="module">([^]*?)<\/script>/);
  if (!loader) throw new Error('csp: no Trunk loader (<script type="module">) in the page');
  const glue = loader[1].match(/from '(\.\/[^']+\.js)'/)?.[1];
  const wasm = loader[1].match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
  if (!glue || !wasm) throw new Error(`csp: cannot read the glue and wasm names in Trunk's loader:\n${loader[1]}`);
  let page = html.replace(loader[0], () => `<script type="module" src="./${bootFile}" data-glue="${glue}" data-wasm="${wasm}"></script>`);
  if (dev) return { page, meta: null };
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error('csp: an inline <script> is left in the page');
  const styles = [...page.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => sha256(m[1]));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(styles)}" />`;
  // Before anything it governs, after the charset (which must come first).
  page = page.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
  if (!page.includes(meta)) throw new Error('csp: no <meta charset="utf-8" /> to put the policy after');
  return { page, meta: policy(styles) };
}

/** The build step: stages static/boot.js, secures the staged page, writes `_headers`. */
export function stage(staging) {
  // Minified: it is part of the first view (its comments stay in static/boot.js).
  const boot = transformSync(readFileSync('static/boot.js', 'utf8'), { minify: true, format: 'esm', target: 'es2020' }).code;
  const bootFile = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, bootFile), boot);
  const file = join(staging, 'index.html');
  const { page, meta } = secure(readFileSync(file, 'utf8'), bootFile, { dev: process.env.TRUNK_PROFILE === 'debug' });
  writeFileSync(file, page);
  if (!meta) {
    console.log(`csp: ${bootFile} loads the app; a development build, so no policy (see secure)`);
    return;
  }
  writeFileSync(join(staging, '_headers'), `/*\n  Content-Security-Policy: ${headerPolicy(meta)}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`);
  console.log(`csp: ${bootFile} loads the app; policy in the page and in _headers`);
}
