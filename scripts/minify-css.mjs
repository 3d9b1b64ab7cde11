// Trunk post-build step (scripts/post-build.mjs runs it): minifies the staged stylesheet with
// esbuild (Trunk's own minification would also rewrite index.html, whose comments mark where the
// prerendered parts go), and puts the new file's hash in the page's `integrity` attribute. The
// stylesheet is part of the first view; its comments stay in style/main.css.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export function stage(staging) {
  const file = join(staging, 'index.html');
  const html = readFileSync(file, 'utf8');
  const link = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="(sha384-[^"]+)"\/?>/);
  if (!link) throw new Error('minify-css: no stylesheet link with an integrity attribute in the page');
  const [tag, name, integrity] = link;
  const css = readFileSync(join(staging, name), 'utf8');
  const min = transformSync(css, { loader: 'css', minify: true }).code;
  writeFileSync(join(staging, name), min);
  const hash = `sha384-${createHash('sha384').update(min, 'utf8').digest('base64')}`;
  writeFileSync(file, html.replace(tag, () => tag.replace(integrity, hash)));
  console.log(`minify-css: ${name} ${css.length} -> ${min.length} bytes`);
}
