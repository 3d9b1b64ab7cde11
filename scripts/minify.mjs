// Trunk post-build step (scripts/post-build.mjs runs it): minifies the staged stylesheet and
// wasm-bindgen's JS glue with esbuild, and puts each new file's hash in the `integrity`
// attribute of the page's link to it. (Trunk's own minification would also rewrite index.html,
// whose comments mark where the prerendered parts go.) Both are part of the first view: the
// glue as wasm-bindgen writes it is a third comments and indentation. The stylesheet's comments
// stay in style/main.css. The page's own comments (index.html's notes to its readers, and its
// markers, which prerender.mjs has used by now) leave the page too, with the lines they stood on:
// every view's page is written from this one, and they were 0.4 KiB gzip of each.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** The page's links to minify: a pattern whose groups are (file, integrity), and its loader. */
const LINKS = [
  { pattern: /<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="(sha384-[^"]+)"\/?>/, loader: 'css' },
  { pattern: /<link rel="modulepreload" href="\.\/([^"]+\.js)" crossorigin="anonymous" integrity="(sha384-[^"]+)"\/?>/, loader: 'js' },
];

export function stage(staging) {
  const file = join(staging, 'index.html');
  let html = readFileSync(file, 'utf8');
  for (const { pattern, loader } of LINKS) {
    const link = html.match(pattern);
    if (!link) throw new Error(`minify: no ${loader} link with an integrity attribute in the page`);
    const [tag, name, integrity] = link;
    const source = readFileSync(join(staging, name), 'utf8');
    const min = transformSync(source, { loader, minify: true, legalComments: 'none', ...(loader === 'js' ? { format: 'esm' } : {}) }).code;
    writeFileSync(join(staging, name), min);
    const hash = `sha384-${createHash('sha384').update(min, 'utf8').digest('base64')}`;
    html = html.replace(tag, () => tag.replace(integrity, hash));
    console.log(`minify: ${name} ${source.length} -> ${min.length} bytes`);
  }
  const comments = html.match(/\n[ \t]*<!--[^]*?-->|<!--[^]*?-->/g) ?? [];
  html = html.replace(/\n[ \t]*<!--[^]*?-->|<!--[^]*?-->/g, '');
  console.log(`minify: index.html without its ${comments.length} comments (${comments.join('').length} bytes)`);
  writeFileSync(file, html);
}
