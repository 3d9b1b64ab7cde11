// Trunk post-build step (scripts/post-build.mjs runs it after csp.mjs, before offline.mjs):
// writes every view's own page (crates/build/src/page.rs, `view_pages`: the province and each
// division in both languages, `zhuzhou.en.html`) from the finished index.html, putting the view's
// head (title, description, canonical, alternates, share card) and body (masthead, map with the
// division marked, prerendered panel) in place of index.html's, and its language on <html>; and
// stages sitemap.xml and robots.txt. The pages carry index.html's policy: their inline styles are
// the same, which it checks.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { metaPolicy } from './csp.mjs';

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const styleHashes = (html) => [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => `'${sha256(m[1])}'`);

export function stage(staging) {
  const index = readFileSync(join(staging, 'index.html'), 'utf8');
  const head = readFileSync('build/prerendered-head.html', 'utf8');
  const body = readFileSync('build/prerendered-body.html', 'utf8');
  for (const [what, part] of [['head', head], ['body', body]]) {
    if (index.split(part).length !== 2) throw new Error(`pages: index.html does not hold the prerendered ${what} once`);
  }
  if (!index.includes('<html lang="en">')) throw new Error('pages: index.html has no <html lang="en">');
  const policy = metaPolicy(index);
  const pages = JSON.parse(readFileSync('build/pages.json', 'utf8'));
  for (const page of pages) {
    const html = index
      .replace('<html lang="en">', () => `<html lang="${page.lang}">`)
      .replace(head, () => page.head)
      .replace(body, () => page.body);
    // A development build has no policy; a release build's must allow every inline style.
    if (policy !== null) {
      for (const h of styleHashes(html)) {
        if (!policy.includes(h)) throw new Error(`pages: ${page.file} has an inline style (${h}) its policy does not allow`);
      }
    }
    writeFileSync(join(staging, page.file), html);
  }
  for (const file of ['sitemap.xml', 'robots.txt']) cpSync(join('build', file), join(staging, file));
  console.log(`pages: ${pages.length} views' pages, sitemap.xml and robots.txt`);
}
