// Offline after the first visit (static/sw.js, written with its file list by scripts/offline.mjs):
// every view, its charts and the downloads with no network; a new deploy replaces the cache and
// offers a reload; never registered in an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { worker } from '../scripts/offline.mjs';

let browser;
/** Every server `deployed` started: closed at the end even when a test failed before closing
 * its own (an open server keeps node, and `make test`, waiting). */
const servers = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const s of servers) { s.closeAllConnections(); s.close(); }
});

/** A copy of dist/ served on its own port (so that a test may deploy a new version into it). */
async function deployed() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  cpSync('dist', dir, { recursive: true });
  const server = await serve(dir, 0);
  servers.push(server);
  return { dir, server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Opens `url` in a fresh context and waits until the service worker controls the page. */
async function visit(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.panel-head h2').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return { context, page };
}

const cacheKeys = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('hunan-atlas-')));

/** The places of data/places.csv (the province and its 14 divisions), each a download. */
const PLACES = ['hunan', 'changsha', 'zhuzhou', 'xiangtan', 'hengyang', 'shaoyang', 'yueyang', 'changde',
  'zhangjiajie', 'yiyang', 'chenzhou', 'yongzhou', 'huaihua', 'loudi', 'xiangxi'];
/** What the worker caches, written by hand from what a view may need (README, "Offline after the
 * first visit"): the page, the boot script, the app's glue and wasm and the stylesheet (named by
 * Trunk with a hash, written HASH here), the dataset, the passages and the search's texts,
 * ECharts and both chart files, the downloads (every place and all, CSV and JSON), the icon, the
 * manifest, and the embed script. Not the worker itself, the host's _headers or the .gz/.br
 * copies. */
const CACHED = [
  'index.html', 'boot-HASH.js', 'hunan-atlas-HASH.js', 'hunan-atlas-HASH_bg.wasm', 'main-HASH.css',
  'dataset.txt', 'passages.txt', 'search.txt', 'echarts.min.js', 'charts-en.json', 'charts-zh.json',
  ...['all', ...PLACES].flatMap((id) => [`downloads/hunan-atlas-${id}.csv`, `downloads/hunan-atlas-${id}.json`]),
  'icon.svg', 'manifest.webmanifest', 'embed.js',
].sort();
/** A file's name with Trunk's content hash written HASH. */
// Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, or fewer (seen: 15).
const unhashed = (f) => f.replace(/-[0-9a-f]{1,16}(?=(_bg)?\.(js|wasm|css)$)/, '-HASH');

test('after one visit, every view opens with no network: map, panel, charts and downloads', async () => {
  const site = await deployed();
  const { context, page } = await visit(`${site.url}?lang=en`);
  // One cache, named by the version the deployed worker carries.
  const [, version] = readFileSync(join(site.dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]{16})'/);
  assert.deepEqual(await cacheKeys(page), [`hunan-atlas-${version}`]);
  const cachedFiles = await page.evaluate(async (key) => (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname.slice(1)), `hunan-atlas-${version}`);
  assert.deepEqual(cachedFiles.map(unhashed).sort(), CACHED);
  // A view's own page opened once is kept (the worker does not precache the 30 pages).
  await page.goto(`${site.url}changsha.zh.html`);
  await page.locator('.panel-head h2', { hasText: '长沙' }).waitFor();

  await context.setOffline(true);
  // That page offline is its own copy: its title is the view's.
  await page.goto(`${site.url}changsha.zh.html`);
  assert.match(await page.title(), /^长沙 Changsha · /);
  await page.locator('.panel-head h2', { hasText: '长沙' }).waitFor();
  // A page never opened opens on index.html, where the app shows the view its name pins.
  await page.goto(`${site.url}yiyang.en.html`);
  await page.locator('.panel-head h2', { hasText: 'Yiyang' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/yiyang.en.html');
  await page.goto(`${site.url}?city=zhuzhou&lang=en`);
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await page.locator('svg.map path.division').count(), 14);
  const canvas = page.locator('.chart-canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('.chart-canvas'))?.getOption()?.series?.length);
  // The table view, another division in Chinese, and the province.
  await page.goto(`${site.url}?city=zhuzhou&lang=en&view=table`);
  await page.locator('table.figures tbody tr').first().waitFor();
  await page.goto(`${site.url}?city=changsha&lang=zh`);
  await page.locator('.panel-head h2', { hasText: '长沙' }).waitFor();
  await page.locator('.back').click();
  await page.locator('.panel-head h2', { hasText: '湖南' }).waitFor();
  await page.locator('.menu summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="all-csv"]').click()]);
  assert.equal(readFileSync(await csv.path(), 'utf8'), readFileSync(join(site.dir, 'downloads/hunan-atlas-all.csv'), 'utf8'));
  await context.close();
  site.server.close();
});

test('a new deploy replaces the cache, and an open page offers to reload', async () => {
  const site = await deployed();
  const { context, page } = await visit(`${site.url}?city=zhuzhou&lang=en`);
  const old = await cacheKeys(page);
  // The next build: one asset changed, and the worker the build writes for it.
  appendFileSync(join(site.dir, 'charts-en.json'), '\n');
  const next = worker(site.dir);
  writeFileSync(join(site.dir, 'sw.js'), next.source);
  assert.notDeepEqual(old, [`hunan-atlas-${next.version}`]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const notice = page.locator('.update-notice');
  await notice.waitFor({ timeout: 20000 });
  assert.match(await notice.innerText(), /A new version is available/);
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => !document.querySelector('.update-notice') && document.querySelector('.panel-head h2'), null, { timeout: 20000 });
  await page.waitForFunction(async (key) => JSON.stringify((await caches.keys()).filter((k) => k.startsWith('hunan-atlas-'))) === JSON.stringify([key]), `hunan-atlas-${next.version}`, { timeout: 20000 });
  assert.match(page.url(), /\?city=zhuzhou&lang=en/);
  await context.close();
  site.server.close();
});

test('an embed registers no worker', async () => {
  const site = await deployed();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}?city=zhuzhou&embed=1&lang=en`);
  await page.locator('.panel-head h2').waitFor();
  await page.waitForLoadState('load');
  await page.waitForTimeout(2500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
  site.server.close();
});
