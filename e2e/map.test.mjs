// The walking skeleton: the map's 14 named divisions, selection by click and keyboard, and the
// linked chart, in real Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';

const DIVISIONS = [
  'Changsha 长沙', 'Zhuzhou 株洲', 'Xiangtan 湘潭', 'Hengyang 衡阳', 'Shaoyang 邵阳', 'Yueyang 岳阳', 'Changde 常德',
  'Zhangjiajie 张家界', 'Yiyang 益阳', 'Chenzhou 郴州', 'Yongzhou 永州', 'Huaihua 怀化', 'Loudi 娄底', 'Xiangxi 湘西',
];

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

test('the page loads with 14 named, focusable divisions and no console error', async () => {
  const atlas = await openAtlas(browser, served.url);
  assert.equal(await atlas.divisions().count(), 14);
  for (const name of DIVISIONS) {
    const d = atlas.division(name);
    assert.equal(await d.count(), 1, name);
    assert.equal(await d.getAttribute('tabindex'), '0', name);
  }
  await atlas.chartsReady();
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('the first view needs no ECharts; the first chart to come near the viewport loads it, and the charts out of sight are drawn after it', async () => {
  // A window 600 px high, whose first view ends well above the first chart (the chart of the
  // official statistics, under their cards; a chart 240 px below the window is drawn already).
  const first = await browser.newPage({ viewport: { width: 1280, height: 600 } });
  const asked = [];
  first.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await first.goto(served.url);
  await first.locator('.panel-head h2').waitFor();
  await first.waitForLoadState('networkidle');
  await first.waitForTimeout(300);
  // The view opens with its map and official statistics; its chart is below the fold.
  assert.equal(await first.locator('.chart-canvas canvas').count(), 0);
  assert.ok(!asked.some((p) => p.endsWith('echarts.min.js')), `no ECharts yet: ${asked.join(' ')}`);
  await first.close();
  // The innovation section open: three charts far under the official statistics' chart. The
  // first chart to come near loads ECharts (a very short window keeps the others out of reach).
  const page = await browser.newPage({ viewport: { width: 1280, height: 100 } });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${served.url}?topic=innovation`);
  await page.locator('.panel-head h2').waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.chart').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator('.chart').first().locator('canvas').waitFor();
  assert.equal(requested.filter((p) => p.endsWith('echarts.min.js')).length, 1);
  // Once ECharts is in, the chart out of reach is drawn too, after the frame: a reader who
  // scrolls to it finds it drawn.
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((el) => el.querySelector('canvas')));
  const far = await page.locator('.chart-canvas').evaluateAll((els) => els.map((el) => {
    const box = el.closest('.chart').getBoundingClientRect();
    return box.top > innerHeight + 240 || box.bottom < -240;
  }));
  assert.ok(far.some((f) => f), `a chart is out of reach: ${JSON.stringify(far)}`);
  assert.equal(requested.filter((p) => p.endsWith('echarts.min.js')).length, 1);
  // A chart in a closed topic section is not even built; opening the section draws it.
  await page.setViewportSize({ width: 1280, height: 900 });
  const towns = page.locator('details.topic[data-topic="towns"]');
  assert.equal(await towns.locator('.chart').count(), 0);
  await towns.locator(':scope > summary').click();
  await towns.locator('.chart canvas').first().waitFor();
  await page.close();
});

test('a mouse coming over the map fetches ECharts, ahead of the click; a tap does not', async () => {
  for (const touch of [false, true]) {
    // A window whose first view holds no chart (nor one 240 px below it).
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 }, hasTouch: touch });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(served.url);
    await page.locator('.panel-head h2').waitFor();
    await page.waitForLoadState('networkidle');
    // The map's top left corner is outside Hunan: a tap there selects nothing, so no chart
    // comes into view and only the pointer itself can have asked for ECharts.
    const box = await page.locator('svg.map').boundingBox();
    if (touch) await page.touchscreen.tap(box.x + 3, box.y + 3);
    else await page.mouse.move(box.x + 3, box.y + 3);
    await page.waitForTimeout(600);
    const fetched = requested.some((p) => p.endsWith('echarts.min.js'));
    assert.equal(fetched, !touch, `${touch ? 'tap' : 'mouse'}: ${requested.join(' ')}`);
    await page.close();
  }
});

test('clicking one division and pressing Enter on another updates panel, chart and highlight', async () => {
  const atlas = await openAtlas(browser, served.url);
  await atlas.chartsReady();
  const selectedBar = async () => {
    const o = await atlas.chartOption('baseline');
    const i = o.series[0].data.findIndex((d) => d.itemStyle?.color === '#c2410c');
    return i < 0 ? null : o.yAxis[0].data[i];
  };
  assert.equal(await selectedBar(), null);

  await atlas.division('Changsha 长沙').click();
  await assert.doesNotReject(atlas.heading().filter({ hasText: 'Changsha' }).waitFor());
  await atlas.page.waitForFunction(() => document.querySelector('path.division.selected')?.dataset.place === 'changsha');
  assert.equal(await atlas.division('Changsha 长沙').getAttribute('aria-pressed'), 'true');
  await eventually('the Changsha bar to be highlighted', async () => (await selectedBar()) === 'Changsha');

  await atlas.division('Zhuzhou 株洲').focus();
  await atlas.page.keyboard.press('Enter');
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await atlas.selected().count(), 1);
  assert.equal(await atlas.selected().getAttribute('data-place'), 'zhuzhou');
  assert.equal(await atlas.division('Changsha 长沙').getAttribute('aria-pressed'), 'false');
  await eventually('the Zhuzhou bar to be highlighted', async () => (await selectedBar()) === 'Zhuzhou');

  await atlas.page.keyboard.press('Escape');
  await atlas.heading().filter({ hasText: 'Hunan' }).waitFor();
  assert.equal(await atlas.selected().count(), 0);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('on a phone, a tap on the map shows the chosen division in view, with a way to its figures', async () => {
  const atlas = await openAtlas(browser, served.url, { viewport: { width: 390, height: 844 } });
  await atlas.clickDivision('zhuzhou');
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  const summary = atlas.page.locator('.map-summary');
  await summary.waitFor();
  const box = await summary.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 844, `the summary is in view: ${JSON.stringify(box)}`);
  // What the articles say of it (data/figures.csv and data/highlights.csv, counted by hand).
  assert.match(await summary.textContent(), /Zhuzhou.*6 figures, 8 highlights/);
  // Zhuzhou's first figure in data/figures.csv: 90 % of the domestic market for aero-engines.
  assert.match(await summary.textContent(), /90% Domestic market share of small and medium-sized aero-engines/);
  await summary.locator('a').click();
  await eventually('the panel heading to come into view', async () => {
    const h = await atlas.heading().boundingBox();
    return h.y >= 0 && h.y < 844;
  });
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
  // Where map and panel stand side by side, the panel itself is in view: no summary.
  const desktop = await openAtlas(browser, `${served.url}?city=zhuzhou`);
  assert.equal(await desktop.page.locator('.map-summary').isVisible(), false);
  await desktop.page.close();
});
