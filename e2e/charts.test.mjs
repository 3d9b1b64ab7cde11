// Every chart of every view, as ECharts drew it: the text in its zrender display list (axis
// labels, bar labels, legends) and its option, against what the chart grammar promises.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

const VIEWS = [null, ...readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id)];

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

/** Opens every topic section in turn, brings each chart near, and reads what it drew. */
async function drawnCharts(atlas) {
  const page = atlas.page;
  const topics = await page.locator('details.topic').evaluateAll((els) => els.map((e) => e.dataset.topic));
  const charts = [];
  for (const topic of [null, ...topics]) {
    if (topic) {
      const section = page.locator(`details.topic[data-topic="${topic}"]`);
      if (!(await section.evaluate((d) => d.open))) await section.locator(':scope > summary').click();
      await eventually(`the ${topic} section to open`, () => section.evaluate((d) => d.open));
      // Its body is built once the app has opened it.
      await section.locator('.charts').waitFor({ state: 'attached' });
    }
    const scope = topic ? `details.topic[data-topic="${topic}"] ` : '.panel > .charts ';
    const n = await page.locator(`${scope}.chart-canvas`).count();
    for (let i = 0; i < n; i++) {
      const canvas = page.locator(`${scope}.chart-canvas`).nth(i);
      await canvas.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => window.echarts?.getInstanceByDom(el)?.getOption()?.series?.length, await canvas.elementHandle());
      charts.push(await canvas.evaluate((el) => {
        const chart = window.echarts.getInstanceByDom(el);
        const option = chart.getOption();
        const drawn = chart.getZr().storage.getDisplayList().filter((d) => d.style?.text != null && d.style.text !== '');
        const texts = drawn.map((d) => String(d.style.text));
        // Where each text is drawn, in the canvas's pixels; pairs that overlap by more than a
        // sliver (2 px each way) are drawn over each other.
        const boxes = drawn.map((d) => {
          const r = d.getBoundingRect().clone();
          if (d.transform) r.applyTransform(d.transform);
          return { text: String(d.style.text), x: r.x, y: r.y, w: r.width, h: r.height };
        });
        const overlaps = [];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
          const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
          const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
          if (dx > 2 && dy > 2) overlaps.push(`${a.text} / ${b.text}`);
        }));
        return {
          key: el.closest('.chart').dataset.chart,
          description: el.getAttribute('aria-label'),
          texts,
          overlaps,
          series: option.series.map((s) => ({ type: s.type, values: s.data.map((d) => (Array.isArray(d.value) ? d.value : [d.value])) })),
          categories: option.yAxis?.[0]?.type === 'category' ? option.yAxis[0].data : [],
          valueLabels: option.series.flatMap((s) => s.data.map((d) => d.label?.formatter).filter(Boolean)),
        };
      }));
    }
  }
  return charts;
}

/** Visits the 15 views in turn and reads every chart each draws: [{ view, chart }]. */
async function chartsOfEveryView(atlas) {
  const all = [];
  for (const view of VIEWS) {
    if (view) await atlas.clickDivision(view);
    else await atlas.page.keyboard.press('Escape');
    await atlas.page.locator('.panel-head h2').filter({ hasText: view ? '' : 'Hunan' }).first().waitFor();
    for (const chart of await drawnCharts(atlas)) all.push({ view: view ?? 'province', chart });
  }
  return all;
}

// The province's coverage and timeline, and its one comparison; each of the seven divisions
// with figures its coverage chart, and Changsha and Zhuzhou their comparison too.
const CHARTS_IN_ALL_VIEWS = 3 + 7 + 2;

test('every chart of the 15 views draws plain years, whole labels, unequal bars and a full description', async () => {
  const atlas = await openAtlas(browser, served.url);
  const all = await chartsOfEveryView(atlas);
  for (const { view, chart: c } of all) {
    const where = `${view} ${c.key}`;
    assert.ok(c.texts.length > 0, `${where} draws text`);
    assert.deepEqual(c.overlaps, [], `${where}: texts drawn over each other`);
    for (const t of c.texts) {
      assert.doesNotMatch(t, /\b2,0[12]\d\b/, `${where}: a year with a thousands separator: ${t}`);
      assert.ok(!t.includes('\u2026') && !t.includes('...'), `${where}: a label cut with an ellipsis: ${t}`);
    }
    for (const s of c.series.filter((s) => s.type === 'bar')) {
      const values = s.values.map((v) => v[0]);
      assert.ok(values.length < 2 || values.some((v) => v !== values[0]), `${where}: all bars equal (${values})`);
    }
    // The description names every bar and says every value drawn; the timeline counts its points.
    for (const name of c.categories) assert.ok(c.description.includes(name), `${where}: ${name} is not described`);
    for (const label of c.valueLabels) assert.ok(c.description.includes(label), `${where}: ${label} is not described`);
    if (c.key === 'timeline') {
      const [figures, events] = c.series.map((s) => s.values.length);
      assert.ok(c.description.startsWith(`${figures} figures (circles) and ${events} dated events (diamonds)`), where);
      assert.ok(c.texts.includes('Figures') && c.texts.includes('Events'), `${where}: the legend names both shapes`);
    }
  }
  assert.equal(all.length, CHARTS_IN_ALL_VIEWS);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('on a phone, no chart draws a text over another', async () => {
  const atlas = await openAtlas(browser, served.url, { viewport: { width: 390, height: 844 } });
  const all = await chartsOfEveryView(atlas);
  for (const { view, chart: c } of all) assert.deepEqual(c.overlaps, [], `${view} ${c.key}: texts drawn over each other`);
  assert.equal(all.length, CHARTS_IN_ALL_VIEWS);
  await atlas.page.close();
});
