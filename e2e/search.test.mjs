// Find in the sources: a search in the URL colours the map by results and lists them, a result
// opens its division with the figure marked, Escape returns, Back walks searches, and hostile
// searches fall back with a notice. Expected results come from data/*.csv, read here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

const figures = readCsv('data/figures.csv');
const highlights = readCsv('data/highlights.csv');
/** The ids of the figures and highlights whose own texts hold `word` (any case). */
function holding(word) {
  const w = word.toLowerCase();
  return [...figures, ...highlights]
    .filter((r) => [r.indicator, r.indicator_zh, r.text, r.text_zh, r.subplace, r.subplace_zh, r.quote, r.quote_zh]
      .some((t) => t?.toLowerCase().includes(w)))
    .map((r) => r.id);
}
/** A page opened on a search shows its results, not the panel. */
const SEARCHING = { ready: '.search-results .results-count' };
const results = (page) => page.locator('.result').evaluateAll((els) => els.map((e) => e.dataset.item));
const fill = (page, id) => page.locator(`path.division[data-place="${id}"]`).evaluate((p) => p.style.fill);

test('?q=aero colours Zhuzhou, lists its figures with the word marked, and choosing one opens it', async () => {
  const atlas = await openAtlas(browser, `${served.url}?q=aero&lang=en`, SEARCHING);
  const page = atlas.page;
  const aero = holding('aero');
  assert.ok(aero.includes('zhuzhou-2020-aero-engine-market-share'), 'the data names the aero-engine figure');
  await page.locator('.result').first().waitFor();
  const listed = await results(page);
  for (const id of aero) assert.ok(listed.includes(id), `${id} is not among ${listed}`);
  assert.equal(await page.locator('#search-field').inputValue(), 'aero');
  // The map: Zhuzhou coloured by its results, a division without results left blank.
  assert.notEqual(await fill(page, 'zhuzhou'), '');
  assert.equal(await fill(page, 'huaihua'), '');
  assert.ok(await page.locator('path.division[data-place="huaihua"].no-data').count());
  await page.locator('.search-legend').waitFor();
  assert.ok(await page.locator('.result-group[data-place="zhuzhou"]').count());
  // The word is marked, as text.
  const marks = await page.locator('.result mark').allTextContents();
  assert.ok(marks.length && marks.every((m) => m.toLowerCase() === 'aero'), marks.join('|'));

  const id = 'zhuzhou-2020-aero-engine-market-share';
  await page.locator(`.result[data-item="${id}"] a`).click();
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  const card = page.locator(`.card.marked[data-figure="${id}"]`);
  await card.waitFor();
  assert.equal(await card.locator('details.quote').evaluate((d) => d.open), true);
  const quote = figures.find((f) => f.id === id).quote;
  assert.equal(await card.locator('blockquote').textContent(), `\u201c${quote}\u201d`);
  await eventually('the card to have the focus', () => card.evaluate((c) => document.activeElement === c));
  await eventually('the choice in the address', () => new URL(page.url()).search === `?city=zhuzhou&lang=en&mark=${id}`);
  assert.equal(await page.locator('.search-results:visible').count(), 0);
  // Back to its measure, 2022 GDP: Huaihua in the second lightest class (#a6c8e0).
  assert.equal(await fill(page, 'huaihua'), 'rgb(166, 200, 224)', 'the map is back to its measure');
  // Back returns to the results.
  await page.goBack();
  await page.locator(`.result[data-item="${id}"]`).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('fireworks finds Dayao under Changsha; a Chinese substring finds it in Chinese', async () => {
  const atlas = await openAtlas(browser, `${served.url}?q=fireworks&lang=en`, SEARCHING);
  await atlas.page.locator('.result').first().waitFor();
  const listed = await results(atlas.page);
  const dayao = holding('fireworks');
  assert.ok(dayao.length >= 3);
  for (const id of dayao) assert.ok(listed.includes(id), id);
  assert.deepEqual(await atlas.page.locator('.result-group').evaluateAll((g) => g.map((e) => e.dataset.place)), ['changsha']);
  await atlas.page.close();

  const zh = await openAtlas(browser, `${served.url}?q=${encodeURIComponent('花炮')}&lang=zh`, SEARCHING);
  await zh.page.locator('.result').first().waitFor();
  const found = await results(zh.page);
  for (const id of holding('花炮')) assert.ok(found.includes(id), id);
  assert.ok((await zh.page.locator('.result mark').allTextContents()).includes('花炮'));
  assert.match(await zh.page.locator('.results-count').textContent(), /条结果/);
  assert.deepEqual(zh.page.errors, []);
  await zh.page.close();
});

test('/ focuses the field, which fetches the texts; typing searches; Escape restores the view', async () => {
  const atlas = await openAtlas(browser, `${served.url}?city=changsha&lang=en`);
  const page = atlas.page;
  const asked = [];
  page.on('request', (r) => { if (r.url().endsWith('/search.txt')) asked.push(r.url()); });
  await atlas.heading().filter({ hasText: 'Changsha' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(asked.length, 0, 'the first view does not fetch the search texts');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-field');
  await eventually('the texts to be asked for', () => asked.length === 1);
  await page.keyboard.type('aero');
  await page.locator('.result').first().waitFor();
  await eventually('the search in the address', () => new URL(page.url()).search === '?city=changsha&lang=en&q=aero');
  assert.equal(await page.locator('.place-view').getAttribute('hidden'), '');
  await page.keyboard.press('Escape');
  await eventually('the view searched from', () => new URL(page.url()).search === '?city=changsha&lang=en');
  await page.locator('.search-results').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#search-field').inputValue(), '');
  assert.ok(await atlas.heading().filter({ hasText: 'Changsha' }).isVisible());
  assert.equal(await page.locator('.place-view').getAttribute('hidden'), null);
  // Escape ends a search from anywhere on the page, not only in the field.
  await page.locator('#search-field').fill('aero');
  await page.locator('.result').first().waitFor();
  await page.locator('.search-results h2').click();
  await page.keyboard.press('Escape');
  await eventually('the view searched from', () => new URL(page.url()).search === '?city=changsha&lang=en');
  // The clear button ends a search too.
  await page.locator('#search-field').fill('steel');
  await page.locator('.result').first().waitFor();
  await page.locator('.search .clear').click();
  await eventually('the view searched from', () => new URL(page.url()).search === '?city=changsha&lang=en');
  assert.equal(asked.length, 1, 'the texts are fetched once');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('Back returns to the previous search, and each search is one history entry', async () => {
  const atlas = await openAtlas(browser, `${served.url}?q=aero&lang=en`, SEARCHING);
  const page = atlas.page;
  await page.locator('.result').first().waitFor();
  const field = page.locator('#search-field');
  await field.fill('');
  await field.pressSequentially('fireworks');
  await field.press('Enter');
  await eventually('the new search in the address', () => new URL(page.url()).search === '?lang=en&q=fireworks');
  await page.locator('.result-group[data-place="changsha"]').waitFor();
  await page.goBack();
  await eventually('the previous search', async () => (await field.inputValue()) === 'aero');
  await page.locator('.result[data-item="zhuzhou-2020-aero-engine-market-share"]').waitFor();
  await page.goForward();
  await eventually('the next search', async () => (await field.inputValue()) === 'fireworks');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('texts that cannot load are said so, and asked for again when the field is focused', async () => {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const blocked = (route) => route.abort('internetdisconnected');
  await page.route('**/search.txt', blocked);
  await page.goto(`${served.url}?q=aero&lang=en`);
  const status = page.locator('.search-results .results-count');
  await eventually('the failure said', async () => /could not load/.test(await status.textContent()));
  assert.equal(await page.locator('.result').count(), 0);
  await page.unroute('**/search.txt', blocked);
  await page.locator('#search-field').focus();
  await page.locator('.result[data-item="zhuzhou-2020-aero-engine-market-share"]').waitFor();
  assert.match(await status.textContent(), /results? in/);
  assert.deepEqual(errors, []);
  await page.close();
});

const HOSTILE = [
  '?q=<script>alert(1)</script>',
  '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  `?q=${'a'.repeat(10000)}`,
  '?q=%E0%A4%A',
  '?q=%ZZ&city=zhuzhou',
];

test('hostile searches fall back with a notice and no error', async () => {
  for (const link of HOSTILE) {
    const atlas = await openAtlas(browser, `${served.url}${link}`);
    const page = atlas.page;
    await page.locator('.notice').waitFor();
    assert.match(await page.locator('.notice p').textContent(), /\bq\b/, link);
    assert.equal(await page.locator('.search-results:visible').count(), 0, link);
    assert.equal(await page.locator('#search-field').inputValue(), '', link);
    assert.equal(await page.locator('img[src="x"], body script:not([src])').count(), 0, link);
    await eventually('the link replaced by its fallback', () => !new URL(page.url()).search.includes('q='));
    assert.deepEqual(page.errors, [], link);
    await page.close();
  }
});
