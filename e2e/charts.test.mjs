// Every chart of every view, in both languages, as ECharts drew it: the text in its zrender
// display list (axis labels, bar labels, legends) and its option, against what the chart grammar
// promises; in Chinese, every text it draws and says is Chinese.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually, latinInChineseData } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

const PLACES = readCsv('data/places.csv');
const VIEWS = [null, ...PLACES.filter((p) => p.kind !== 'province').map((p) => p.id)];
const PROVINCE = PLACES.find((p) => p.kind === 'province');
/** Chinese characters and punctuation. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** A place's name in `lang` (data/places.csv). */
const nameOf = (id, lang) => PLACES.find((p) => p.id === (id ?? PROVINCE.id))[`name_${lang}`];

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
    const scope = topic ? `details.topic[data-topic="${topic}"] ` : '.overview > .charts ';
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
        // Texts drawn (partly) outside the canvas are cut off.
        const width = chart.getWidth();
        const outside = boxes.filter((b) => b.x < -1 || b.x + b.w > width + 1).map((b) => b.text);
        return {
          key: el.closest('.chart').dataset.chart,
          description: el.getAttribute('aria-label'),
          texts,
          overlaps,
          outside,
          series: option.series.map((s) => ({ type: s.type, values: s.data.map((d) => (Array.isArray(d.value) ? d.value : [d.value])) })),
          categories: option.yAxis?.[0]?.type === 'category' ? option.yAxis[0].data : [],
          valueLabels: option.series.flatMap((s) => s.data.map((d) => d.label?.formatter).filter(Boolean)),
          // How many of each component the instance holds now (it may have drawn others before).
          parts: Object.fromEntries(['grid', 'legend', 'series', 'xAxis', 'yAxis'].map((t) => [t, option[t]?.length ?? 0])),
        };
      }));
    }
  }
  return charts;
}

/** Opens the atlas in `lang` (`?lang=zh`, `?lang=en`), visits the 15 views in turn and reads
 * every chart each draws: [{ view, chart }]. */
async function chartsOfEveryView(lang, options) {
  const atlas = await openAtlas(browser, `${served.url}?lang=${lang}`, options);
  const all = [];
  for (const view of VIEWS) {
    if (view) await atlas.clickDivision(view);
    else await atlas.page.keyboard.press('Escape');
    await atlas.heading().filter({ hasText: nameOf(view, lang) }).first().waitFor();
    for (const chart of await drawnCharts(atlas)) all.push({ view: view ?? 'province', chart });
  }
  // Charts are drawn into the instances of the view before: each holds exactly the components
  // of its own option in the build's chart file, nothing left of the chart drawn there before.
  const file = await (await fetch(`${served.url}charts-${lang}.json`)).json();
  for (const { view, chart } of all) {
    const option = file[view === 'province' ? PROVINCE.id : view][chart.key].option;
    const parts = Object.fromEntries(Object.keys(chart.parts).map((t) => [t, option[t] == null ? 0 : [option[t]].flat().length]));
    assert.deepEqual(chart.parts, parts, `${view} ${chart.key}: the components drawn`);
  }
  return { atlas, all };
}

// The province's official statistics, its comparison of the towns' industries and the editor's
// 11 comparisons (data/charts.csv); each of the 14 divisions the official statistics of all 14,
// and Changsha and Zhuzhou their comparison of the towns too.
const CHARTS_IN_ALL_VIEWS = 2 + 11 + 14 + 2;

/** What a bar may be named in `lang`: a place, a town or park the figures name (`subplace`), or
 * a bar of an editor's comparison (data/charts.csv). */
function barNames(lang) {
  const suffix = lang === 'en' ? '' : '_zh';
  const figures = readCsv('data/figures.csv').map((f) => f[`subplace${suffix}`]).filter(Boolean);
  const editors = readCsv('data/charts.csv').flatMap((c) => c[`labels${suffix}`].split('|'));
  return new Set([...PLACES.map((p) => p[`name_${lang}`]), ...figures, ...editors]);
}

/** What every chart promises in either language: plain years, whole labels, unequal bars, a
 * description that names every bar and says every value drawn. */
function checkChart(where, c) {
  assert.ok(c.texts.length > 0, `${where} draws text`);
  assert.deepEqual(c.overlaps, [], `${where}: texts drawn over each other`);
  assert.deepEqual(c.outside, [], `${where}: texts cut off at the edge`);
  for (const t of c.texts) {
    assert.doesNotMatch(t, /\b2,0[12]\d\b/, `${where}: a year with a thousands separator: ${t}`);
    assert.ok(!t.includes('\u2026') && !t.includes('...'), `${where}: a label cut with an ellipsis: ${t}`);
  }
  for (const s of c.series.filter((s) => s.type === 'bar')) {
    const values = s.values.map((v) => v[0]);
    assert.ok(values.length < 2 || values.some((v) => v !== values[0]), `${where}: all bars equal (${values})`);
  }
  for (const name of c.categories) assert.ok(c.description.includes(name), `${where}: ${name} is not described`);
  for (const label of c.valueLabels) assert.ok(c.description.includes(label), `${where}: ${label} is not described`);
}

test('every chart of the 15 views draws plain years, whole labels, unequal bars and a full description', async () => {
  const { atlas, all } = await chartsOfEveryView('en');
  for (const { view, chart: c } of all) {
    const where = `${view} ${c.key}`;
    checkChart(where, c);
    for (const name of c.categories) assert.ok(barNames('en').has(name), `${where}: ${name} is not an English name of the data`);
    for (const t of [...c.texts, c.description]) assert.doesNotMatch(t, CJK, `${where}: Chinese in an English chart: ${t}`);
  }
  assert.equal(all.length, CHARTS_IN_ALL_VIEWS);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

/** The English words left in `text` once the data's own Latin runs are taken out. */
function englishWords(text, allowed) {
  const rest = allowed.reduce((t, run) => t.replaceAll(run, ' '), text);
  return rest.match(/[A-Za-z]+/g) ?? [];
}

test('in Chinese, every chart of the 15 views draws and describes itself in Chinese', async () => {
  const allowed = latinInChineseData();
  const { atlas, all } = await chartsOfEveryView('zh');
  for (const { view, chart: c } of all) {
    const where = `${view} ${c.key}`;
    checkChart(where, c);
    // What it draws: Chinese words (names, units, topics, the legend) or numbers (ticks, years).
    for (const t of c.texts) {
      assert.ok(CJK.test(t) || !/\p{L}/u.test(t), `${where}: a drawn text that is not Chinese: ${t}`);
      assert.deepEqual(englishWords(t, allowed), [], `${where}: English in the drawn text ${t}`);
    }
    assert.match(c.description, CJK, `${where}: the description is not Chinese`);
    assert.deepEqual(englishWords(c.description, allowed), [], `${where}: English in the description ${c.description}`);
    for (const name of c.categories) assert.ok(barNames('zh').has(name), `${where}: ${name} is not a Chinese name of the data`);
  }
  assert.equal(all.length, CHARTS_IN_ALL_VIEWS);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('a link in Chinese and one in English draw the same charts, each in its language', async () => {
  const read = async (lang) => {
    const atlas = await openAtlas(browser, `${served.url}?lang=${lang}&city=zhuzhou`);
    await atlas.heading().filter({ hasText: nameOf('zhuzhou', lang) }).first().waitFor();
    const charts = await drawnCharts(atlas);
    assert.deepEqual(atlas.page.errors, [], lang);
    await atlas.page.close();
    return charts;
  };
  const [en, zh] = [await read('en'), await read('zh')];
  assert.deepEqual(zh.map((c) => c.key), en.map((c) => c.key));
  en.forEach((e, i) => {
    const z = zh[i];
    // The same values; the official statistics' 亿元 are billions in English, the decimal point
    // moved by one place (13966.11 亿元 is 1,396.611 billion CNY: data/baseline.csv, row 6).
    const inEnglish = e.key === 'baseline'
      ? z.series.map((s) => ({ ...s, values: s.values.map((v) => v.map((n) => Number((n / 10).toFixed(4)))) }))
      : z.series;
    assert.deepEqual(inEnglish, e.series, `${e.key}: the same values`);
    if (e.key === 'baseline') assert.equal(z.series[0].values[0][0], 13966.11);
    // The same places or towns, named in Chinese (data/places.csv; data/figures.csv, subplace).
    const towns = readCsv('data/figures.csv').map((f) => ({ name_en: f.subplace, name_zh: f.subplace_zh }));
    const inChinese = e.categories.map((name) => [...PLACES, ...towns].find((p) => p.name_en === name)?.name_zh);
    assert.deepEqual(z.categories, inChinese, e.key);
    assert.match(z.description, CJK, e.key);
  });
});

test('on a phone, no chart draws a text over another or cuts one off, in either language', async () => {
  for (const lang of ['en', 'zh']) {
    const { atlas, all } = await chartsOfEveryView(lang, { viewport: { width: 390, height: 844 } });
    for (const { view, chart: c } of all) {
      assert.deepEqual(c.overlaps, [], `${lang} ${view} ${c.key}: texts drawn over each other`);
      assert.deepEqual(c.outside, [], `${lang} ${view} ${c.key}: texts cut off at the edge`);
    }
    assert.equal(all.length, CHARTS_IN_ALL_VIEWS);
    await atlas.page.close();
  }
});
