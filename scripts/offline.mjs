// Trunk post-build step (scripts/post-build.mjs runs it after csp.mjs, before precompressing):
// writes the service worker (static/sw.js) into the staged dist/ with the list of every file a
// view may need (the page, the app, ECharts, the chart files, the dataset, the downloads, the
// icon and manifest) and a version that is the hash of all their contents, so a deploy that
// changes any file is a new cache and one that changes none is not.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every view's own page (`zhuzhou.en.html`, scripts/pages.mjs): the worker keeps the ones a
 * reader opens, and opens any other on index.html offline, where the app reads the view from the
 * page's name; precaching all 30 would send each reader every view's figures. */
const VIEW_PAGE = /^[a-z-]+\.(en|zh)\.html$/;

/** What no reader's view needs: the precompressed copies, the worker itself, the host's header
 * file, what is for crawlers and link previews (the share cards' images, the sitemap and
 * robots.txt), and the views' pages (VIEW_PAGE). */
const NOT_CACHED = (path) => /\.(gz|br)$/.test(path) || ['sw.js', '_headers', 'sitemap.xml', 'robots.txt'].includes(path)
  || path.startsWith('previews/') || VIEW_PAGE.test(path);

/** Files of `dir`, recursively, relative to it, sorted, but those NOT_CACHED. */
export function precached(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!NOT_CACHED(relative(dir, path).split('\\').join('/'))) out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The worker's source for the files of `dir`. */
export function worker(dir, template = readFileSync('static/sw.js', 'utf8')) {
  const files = precached(dir);
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  if (!template.includes("'__VERSION__'") || !template.includes('/* FILES */ []')) throw new Error('offline: static/sw.js lost its markers');
  return {
    version,
    files,
    source: template.replace("'__VERSION__'", `'${version}'`).replace('/* FILES */ []', JSON.stringify(files.map((f) => `./${f}`))),
  };
}

/** The build step. */
export function stage(staging) {
  const { version, files, source } = worker(staging);
  writeFileSync(join(staging, 'sw.js'), source);
  console.log(`offline: sw.js precaches ${files.length} files, version ${version}`);
}
