// The explorer: every division's panel against data/figures.csv, cross-city charts that select
// on the map, keyboard use, and exactly one live ECharts instance over 300 selections.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

/** Figures per place id, read from data/figures.csv. */
function figureCounts() {
  const counts = {};
  for (const { place } of readCsv('data/figures.csv')) counts[place] = (counts[place] ?? 0) + 1;
  return counts;
}
/** The 14 divisions (data/places.csv without the province). */
const PLACES = readCsv('data/places.csv')
  .filter((p) => p.kind !== 'province')
  .map((p) => ({ id: p.id, kind: p.kind, en: p.name_en, zh: p.name_zh }));

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

/** 2022 GDP of each division in 亿元 as its source states it, and its rank of 14, written by
 * hand from the pages of data/baseline-sources.csv (not read from the data files). */
const GDP_2022 = {
  changsha: ['13,966.11亿元', '1st'], yueyang: ['4,710.67亿元', '2nd'], changde: ['4,274.52亿元', '3rd'],
  hengyang: ['4,089.69亿元', '4th'], zhuzhou: ['3,616.81亿元', '5th'], chenzhou: ['2,980.49亿元', '6th'],
  xiangtan: ['2,697.54亿元', '7th'], shaoyang: ['2,599.18亿元', '8th'], yongzhou: ['2,410.28亿元', '9th'],
  yiyang: ['2,108.02亿元', '10th'], loudi: ['1,929.5亿元', '11th'], huaihua: ['1,877.64亿元', '12th'],
  xiangxi: ['817.5亿元', '13th'], zhangjiajie: ['592.39亿元', '14th'],
};

test('every division opens on its official 2022 GDP and rank, then the articles\' figures or where to look instead', async () => {
  const counts = figureCounts();
  const atlas = await openAtlas(browser, served.url);
  assert.equal(PLACES.length, 14);
  assert.equal(Object.keys(GDP_2022).length, 14);
  for (const p of PLACES) {
    await atlas.clickDivision(p.id);
    await atlas.heading().filter({ hasText: p.en }).waitFor();
    const n = counts[p.id] ?? 0;
    const summary = atlas.page.locator('.panel .summary');
    assert.equal(await summary.getAttribute('data-figures'), String(n), p.id);
    // First the official statistics: GDP as the source states it, its rank, marked official.
    const gdp = atlas.page.locator('.panel .baseline .card.official').first();
    assert.match(await atlas.page.locator('.panel .baseline h3').textContent(), /^Official statistics, 2022$/, p.id);
    const [stated, rank] = GDP_2022[p.id];
    assert.equal(await gdp.locator('.card-stated span[lang="zh-CN"]').textContent(), stated, p.id);
    assert.match(await gdp.locator('.card-label').textContent(), /GDP/, p.id);
    const ranked = rank === '1st' ? 'the largest of 14 divisions' : `${rank} largest of 14 divisions`;
    assert.equal(await gdp.locator('.card-computed').first().textContent(), ranked, p.id);
    assert.match(await gdp.locator('summary').textContent(), /^Source: Official statistics: /, p.id);
    // Then the articles' figures, each a card; and every division has the chart of all 14.
    assert.equal(await atlas.page.locator('.panel .card:not(.official)').count(), n, `${p.id} cards`);
    await atlas.chartsReady();
    assert.ok(await atlas.page.locator('.panel .chart[data-chart="baseline"] .chart-canvas canvas').count() >= 1, `${p.id} has the chart of all 14`);
    if (n === 0) {
      // No "0 figures": it says the articles are silent and points to its neighbours.
      assert.match(await summary.textContent(), /The (five )?articles give no figures/, p.id);
      assert.ok(await atlas.page.locator('.panel .neighbours button[data-select]').count() >= 2, `${p.id} points to its neighbours`);
    }
  }
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('a neighbour named in a silent division\'s view opens that neighbour', async () => {
  const atlas = await openAtlas(browser, `${served.url}?city=hengyang`);
  await atlas.heading().filter({ hasText: 'Hengyang' }).waitFor();
  // Hengyang borders Zhuzhou (data/hunan.geojson; any map of Hunan shows it).
  await atlas.page.locator('.panel .neighbours button[data-select="zhuzhou"]').click();
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  await eventually('the address to follow', () => /[?&]city=zhuzhou\b/.test(atlas.page.url()));
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('clicking a city bar in a cross-city chart selects that city on the map', async () => {
  const atlas = await openAtlas(browser, served.url);
  await atlas.chartsReady();
  // Where ECharts drew the Loudi bar of the chart of all 14 divisions' GDP.
  const point = await atlas.page.evaluate(() => {
    const el = document.querySelector('.chart[data-chart="baseline"] .chart-canvas');
    el.scrollIntoView({ block: 'center' });
    const chart = window.echarts.getInstanceByDom(el);
    const option = chart.getOption();
    const i = option.yAxis[0].data.indexOf('Loudi');
    const value = option.series[0].data[i].value;
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [value / 2, i]);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await atlas.page.mouse.move(point.x, point.y);
  await eventually('the map to emphasise Loudi on hover', () => atlas.page.locator('path.division.hovered[data-place="loudi"]').count());
  await atlas.page.mouse.click(point.x, point.y);
  await atlas.heading().filter({ hasText: 'Loudi' }).waitFor();
  assert.equal(await atlas.selected().getAttribute('data-place'), 'loudi');
  await eventually('the address to follow the selection', () => /[?&]city=loudi\b/.test(atlas.page.url()));
  // The same chart in the next division's view is redrawn with its bar marked, and only it:
  // the accent of style/main.css (--accent), as ECharts now holds and draws the chart.
  const marked = () => atlas.page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('.chart[data-chart="baseline"] .chart-canvas'));
    const option = chart.getOption();
    return option.yAxis[0].data.filter((_, i) => option.series[0].data[i].itemStyle?.color === '#c2410c');
  });
  await eventually('Loudi\'s bar to be marked', async () => JSON.stringify(await marked()) === '["Loudi"]');
  for (const [id, name] of [['yueyang', 'Yueyang'], ['chenzhou', 'Chenzhou'], ['loudi', 'Loudi']]) {
    await atlas.clickDivision(id);
    await atlas.heading().filter({ hasText: name }).waitFor();
    await eventually(`${name}'s bar, and only it, to be marked`, async () => JSON.stringify(await marked()) === JSON.stringify([name]));
  }
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('keyboard alone: Tab to the map, arrows between divisions, Enter and Space select, Escape returns', async () => {
  const atlas = await openAtlas(browser, served.url);
  // Tab until a division has focus.
  for (let i = 0; i < 10; i++) {
    await atlas.page.keyboard.press('Tab');
    if (await atlas.page.evaluate(() => document.activeElement?.matches('path.division'))) break;
  }
  const focused = () => atlas.page.evaluate(() => document.activeElement?.dataset.place);
  assert.equal(await focused(), 'changsha');
  await atlas.page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'zhuzhou');
  await atlas.page.keyboard.press('ArrowLeft');
  await atlas.page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'xiangxi');
  await atlas.page.keyboard.press('Enter');
  await atlas.heading().filter({ hasText: 'Xiangxi' }).waitFor();
  // Space used to be pressed here with nothing asserted after it. Now it must select too: move
  // to the previous division (adcode order: ..., loudi, xiangxi) and select it with Space.
  await atlas.page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'loudi');
  await atlas.page.keyboard.press('Space');
  await atlas.heading().filter({ hasText: 'Loudi' }).waitFor();
  await eventually('Loudi to be selected on the map', async () => (await atlas.selected().getAttribute('data-place')) === 'loudi');
  await atlas.page.keyboard.press('Escape');
  await atlas.heading().filter({ hasText: 'Hunan' }).waitFor();
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('300 selections in a row keep exactly one live ECharts instance, the view\'s one chart', async () => {
  // With no topic open, every view (the province's and each division's) holds one chart: the
  // official statistics' 2022 GDP of all 14 divisions (data/baseline.csv has GDP for all 14 and
  // the province; the topics' charts are in their closed sections). One chart, one instance: a
  // chart left undisposed by a selection shows as a second.
  const atlas = await openAtlas(browser, served.url);
  await atlas.chartsReady();
  const ids = PLACES.map((p) => p.id);
  const live = () => atlas.page.evaluate(() => window.__charts.size);
  const onPage = () => atlas.page.locator('.chart-canvas').count();
  const samples = [];
  for (let i = 0; i < 300; i++) {
    // Every fifth step returns to the province; the others walk all 14 divisions (3 is prime to 14).
    const id = i % 5 === 4 ? null : ids[(i * 3) % ids.length];
    if (id) await atlas.clickDivision(id);
    else await atlas.page.keyboard.press('Escape');
    if (i % 25 === 0) {
      await atlas.page.waitForTimeout(50);
      samples.push(await live());
    }
  }
  assert.deepEqual(samples, Array(12).fill(1), 'live instances every 25 selections');
  await atlas.page.keyboard.press('Escape');
  await atlas.heading().filter({ hasText: 'Hunan' }).waitFor();
  await atlas.chartsReady();
  assert.equal(await onPage(), 1, 'charts in the province view');
  await eventually('one live instance', async () => (await live()) === 1);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

// Regression: the chart file's loader kept its state in the owner of the chart that asked first;
// leaving that view before the file arrived panicked ("accessed a disposed reactive value").
test('leaving a view while the charts are still loading is harmless', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/charts-*.json', async (route) => { await held; await route.continue(); });
  await page.goto(`${served.url}?city=zhuzhou`);
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  // Zhuzhou's charts are in view at 1280x900: they ask for ECharts and the chart file.
  await page.locator('.chart').first().waitFor();
  await page.keyboard.press('Tab');
  await page.locator('path.division[data-place="zhuzhou"]').focus();
  await page.keyboard.press('Escape');
  await page.locator('.panel-head h2', { hasText: 'Hunan' }).waitFor();
  release();
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  await page.locator('.chart canvas').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await page.close();
});
