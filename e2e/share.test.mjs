// Share and embed: the URL is the state (Back walks selections), hostile links fall back safely,
// the embed snippet works in a page of another origin and resizes, downloads hold all the data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveDist, serveDistUnderSubPath, openAtlas, eventually } from './support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { parseCsv } from '../scripts/csv.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

test('the URL is the state: open a city, select another, go Back', async () => {
  const atlas = await openAtlas(browser, `${served.url}?city=zhuzhou`);
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await atlas.selected().getAttribute('data-place'), 'zhuzhou');
  await atlas.clickDivision('changsha');
  await atlas.heading().filter({ hasText: 'Changsha' }).waitFor();
  // The selection reaches the address once its frame is painted.
  await eventually('the address to follow the selection', () => new URL(atlas.page.url()).search === '?city=changsha');
  await atlas.page.goBack();
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await atlas.selected().getAttribute('data-place'), 'zhuzhou');
  await atlas.page.goForward();
  await atlas.heading().filter({ hasText: 'Changsha' }).waitFor();
  // The measure and the table view are in the URL too. (Measures are named by the short
  // indicator_id of data/figures.csv since the long slugs of their labels could exceed the
  // URL's value limit; the test used the old slug.)
  await atlas.page.selectOption('.legend select', 'cluster-100bn');
  await atlas.page.getByRole('button', { name: 'Table' }).click();
  await eventually('measure and view in the URL', () => /measure=cluster-100bn&view=table/.test(atlas.page.url()));
  await atlas.page.reload();
  await atlas.page.locator('table.figures').waitFor();
  assert.equal(await atlas.page.locator('.legend select').inputValue(), 'cluster-100bn');
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('a link with the old name of a measure opens that measure, and is rewritten without a notice', async () => {
  const atlas = await openAtlas(browser, `${served.url}?measure=industrial-cluster-of-the-100-billion-yuan-class&city=loudi`);
  await atlas.heading().filter({ hasText: 'Loudi' }).waitFor();
  assert.equal(await atlas.page.locator('.legend select').inputValue(), 'cluster-100bn');
  await eventually('the link to be rewritten', () => new URL(atlas.page.url()).search === '?city=loudi&measure=cluster-100bn');
  assert.equal(await atlas.page.locator('.notice:visible').count(), 0);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

const HOSTILE = [
  '?city=atlantis',
  '?city=<script>alert(1)</script>',
  '?city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  `?city=${'x'.repeat(10000)}`,
  '?city=zhuzhou&city=changsha',
  '?city=%E0%A4%A',
  '?measure=%ZZ&view=%FF',
];

test('hostile links give the default view with a notice, no error, no dialog', async () => {
  for (const query of HOSTILE) {
    const atlas = await openAtlas(browser, served.url + query);
    await atlas.heading().filter({ hasText: 'Hunan' }).waitFor();
    assert.equal(await atlas.selected().count(), 0, query);
    await atlas.page.locator('.notice').waitFor();
    const html = await atlas.page.content();
    assert.ok(!html.includes('<script>alert') && !html.includes('<img src="x"'), `${query} was injected`);
    await eventually('the link to be replaced by the valid one', () => new URL(atlas.page.url()).search === '');
    await atlas.chartsReady();
    assert.deepEqual(atlas.page.errors, [], query);
    await atlas.page.close();
  }
});

test('the embed snippet works in a page of another origin, which it resizes', async () => {
  const atlas = await openAtlas(browser, `${served.url}?city=zhuzhou`);
  await atlas.page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await atlas.page.locator('.embed-snippet').inputValue();
  await atlas.page.close();
  assert.match(snippet, /^<iframe src="[^"]*\/zhuzhou\.en\.html\?measure=gdp-2022&amp;embed=1" title="[^"]+" width="100%" height="760" loading="lazy"/);

  const dir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
    <style>body{font-family:sans-serif;max-width:900px;margin:20px auto}</style></head><body>
    <h1>A news article</h1><p>Some text before the chart.</p>${snippet}<p>Text after the chart.</p></body></html>`);
  const host = await serve(dir, 0);
  const hostUrl = `http://127.0.0.1:${host.address().port}/`;
  assert.notEqual(new URL(hostUrl).origin, new URL(served.url).origin);
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe');
  await frame.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await frame.locator('.masthead').count(), 0, 'no page header in an embed');
  assert.equal(await frame.locator('.embed-bar > a').count(), 1, 'a link back to the full view');
  const contentHeight = () => frame.locator('body').evaluate((el) => el.scrollHeight);
  const frameHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  await eventually('the iframe to take the content height', async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 2);
  const before = await frameHeight();
  assert.ok(before > 760, `resized from 760 to ${before}`);
  // Another view inside the frame, with none of Zhuzhou's six cards of the articles: the height
  // follows, also down.
  await frame.locator('path.division[data-place="hengyang"]').dispatchEvent('click');
  await frame.locator('.panel-head h2', { hasText: 'Hengyang' }).waitFor();
  await eventually('the iframe to follow the new height', async () => {
    const [f, c] = [await frameHeight(), await contentHeight()];
    return Math.abs(f - c) <= 2 && before - f > 50;
  });
  await page.screenshot({ path: 'shots/embedded-in-host.png' }).catch(() => {});
  assert.deepEqual(errors, []);
  await page.close();
  host.close();
});

test('the CSV download holds every row of data/figures.csv, with sources', async () => {
  const atlas = await openAtlas(browser, served.url);
  await atlas.page.locator('.menu summary').click();
  const [download] = await Promise.all([
    atlas.page.waitForEvent('download'),
    atlas.page.locator('[data-download="all-csv"]').click(),
  ]);
  // Compared as parsed records, whole header against whole header: never by column position.
  const got = parseCsv(readFileSync(await download.path(), 'utf8'));
  const file = parseCsv(readFileSync('data/figures.csv', 'utf8'));
  assert.deepEqual(got.header, [...file.header, 'source_title', 'source_title_zh', 'source_publisher', 'source_publisher_zh', 'source_date', 'source_site', 'source_site_zh', 'source_type', 'source_address']);
  // Then the 33 rows of data/baseline.csv (counted by hand), marked as official statistics.
  assert.equal(got.rows.length, file.rows.length + 33);
  const type = got.header.indexOf('source_type');
  assert.ok(got.rows.slice(0, file.rows.length).every((r) => r[type] === 'article'));
  assert.ok(got.rows.slice(file.rows.length).every((r) => r[type] === 'official statistics'));
  file.rows.forEach((record, i) => {
    assert.equal(got.rows[i].length, got.header.length, `record ${i + 1} has a field per column`);
    assert.deepEqual(got.rows[i].slice(0, record.length), record, `record ${i + 1}`);
  });
  // The current view's JSON holds its figures only.
  await atlas.clickDivision('zhuzhou');
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  await atlas.page.locator('.menu summary').click();
  const [json] = await Promise.all([
    atlas.page.waitForEvent('download'),
    atlas.page.locator('[data-download="view-json"]').click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.ok(data.figures.length > 0 && data.figures.every((f) => f.place === 'zhuzhou'));
  assert.ok(data.sources.length > 0);
  // A chart saves as PNG.
  await atlas.chartsReady();
  const [png] = await Promise.all([atlas.page.waitForEvent('download'), atlas.page.locator('.chart .png').first().click()]);
  assert.equal(readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('works under a sub-path of a static host', async () => {
  const { server: host, url: base } = await serveDistUnderSubPath();
  const atlas = await openAtlas(browser, `${base}?city=zhuzhou`);
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  await atlas.chartsReady();
  await atlas.clickDivision('changsha');
  await atlas.heading().filter({ hasText: 'Changsha' }).waitFor();
  await eventually('the address to follow the selection', () => atlas.page.url() === `${base}?city=changsha`);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
  host.close();
});
