// The performance benchmark (`make bench`): the atlas (dist/, release build) against a plain
// ECharts reference page (bench/reference/build.mjs), both served with gzip on 127.0.0.1, in
// alternating headless-Chromium runs. Writes docs/performance.md. Not a test: timings are noisy.
// Usage: node bench/run.mjs [--pairs N]   (after `trunk build --release`)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launch, COUNT_INSTANCES } from '../e2e/support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { buildReference } from './reference/build.mjs';

const PAIRS = Number(process.argv[process.argv.indexOf('--pairs') + 1]) || 7;
const KIB = 1024;
/** A phone on a decent mobile network: 100 ms round trips, 5 Mbit/s down, 2 Mbit/s up. */
const NETWORK = { offline: false, latency: 100, downloadThroughput: 5e6 / 8, uploadThroughput: 2e6 / 8 };

// The divisions clicked, with where to click: their label point, in lon/lat from the geometry.
const GEO = JSON.parse(readFileSync('data/hunan.geojson', 'utf8'));
const PLACES = Object.fromEntries(
  readFileSync('data/places.csv', 'utf8').trim().split('\n').slice(1).map((l) => {
    const [id, adcode, , en] = l.split(',');
    return [adcode, { id, en }];
  }),
);
const DIVISIONS = GEO.features.map((f) => ({ ...PLACES[f.properties.adcode], zh: f.properties.name, label: f.properties.label }));
const CLICKS = ['hengyang', 'changsha', 'zhuzhou', 'loudi', 'yueyang'].map((id) => DIVISIONS.find((d) => d.id === id));

/** Per page: when its map counts as painted, and when a click's update is done. */
const PAGES = {
  atlas: {
    painted: () => document.querySelectorAll('svg.map path.division').length === 14,
    updated: (d) => document.querySelector('.panel-head h2')?.textContent.startsWith(d.en)
      && document.querySelector('path.division.selected')?.dataset.place === d.id,
    firstViewDone: () => {
      const els = [...document.querySelectorAll('.chart-canvas')];
      return els.length > 0 && els.every((el) => window.echarts?.getInstanceByDom(el));
    },
    instances: () => window.__liveCharts,
  },
  reference: {
    painted: () => document.body?.dataset.mapPainted === '1',
    updated: (d) => document.body.dataset.selected === d.zh,
    firstViewDone: () => document.body?.dataset.mapPainted === '1',
    // The full build's UMD wrapper defeats COUNT_INSTANCES: count the instances in the DOM.
    instances: () => document.querySelectorAll('[_echarts_instance_]').length,
  },
};

/** Records, in page time, the frame after the map is first painted (window.__mapVisible). */
const mapVisibleScript = (painted) => `(() => {
  const painted = ${painted};
  const poll = () => painted() ? requestAnimationFrame(() => { window.__mapVisible = performance.now(); }) : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
})()`;

/** Where to click a division: atlas at its label; reference at its label point on the map. */
async function pointOf(page, kind, d) {
  if (kind === 'atlas') {
    const box = await page.locator(`g.label[data-place="${d.id}"]`).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return page.evaluate((lonlat) => {
    const el = document.getElementById('map');
    const [x, y] = window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, lonlat);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, d.label);
}

/** Clicks `d` and returns ms from the click event to the frame after the update showed. */
async function timedClick(page, kind, d) {
  const point = await pointOf(page, kind, d);
  await page.evaluate(() => {
    // From the click event: a real click's press and release are apart by tens of ms.
    addEventListener('click', (e) => { window.__t0 = e.timeStamp; }, { capture: true, once: true });
  });
  await page.mouse.click(point.x, point.y);
  return page.evaluate(async ({ updated, d }) => {
    const done = new Function('d', `return (${updated})(d)`);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    while (!done(d)) await frame();
    await frame();
    return performance.now() - window.__t0;
  }, { updated: PAGES[kind].updated.toString(), d });
}

/** One cold run of a page: map-visible time, median click time, bytes per asset. */
async function run(browser, kind, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.addInitScript(mapVisibleScript(PAGES[kind].painted.toString()));
  if (kind === 'atlas') await page.addInitScript(COUNT_INSTANCES);
  await page.goto(url);
  await page.waitForFunction(() => window.__mapVisible !== undefined);
  await page.waitForFunction(PAGES[kind].firstViewDone);
  await page.waitForLoadState('networkidle');
  const { mapVisible, assets } = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      mapVisible: window.__mapVisible,
      assets: entries.map((e) => ({ name: new URL(e.name).pathname.split('/').pop() || 'index.html', bytes: e.encodedBodySize, end: e.responseEnd })),
    };
  });
  const clicks = [];
  for (const d of CLICKS) clicks.push(await timedClick(page, kind, d));
  await context.close();
  const before = assets.filter((a) => a.end <= mapVisible);
  return {
    mapVisible,
    click: median(clicks),
    total: sum(assets.map((a) => a.bytes)),
    beforeMap: sum(before.map((a) => a.bytes)),
    assets: assets.map((a) => ({ ...a, beforeMap: a.end <= mapVisible })),
  };
}

/** Heap and live instances after 10 and after 300 selections in one page. */
async function endurance(browser, kind, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (kind === 'atlas') await page.addInitScript(COUNT_INSTANCES);
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(PAGES[kind].firstViewDone);
  const measure = async () => {
    // Back to the atlas's province view (its 18 charts), so both counts compare the same view.
    if (kind === 'atlas' && (await page.locator('.back').count())) {
      await page.locator('.back').click();
      await page.locator('.panel-head h2', { hasText: 'Hunan' }).waitFor();
    }
    // Charts are drawn (and old ones disposed) a frame after a selection: let that happen.
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((el) => window.echarts?.getInstanceByDom(el)));
    await page.waitForTimeout(200);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { heap: usedSize, instances: await page.evaluate(PAGES[kind].instances) };
  };
  const select = async (i) => {
    const d = DIVISIONS[(i * 5) % DIVISIONS.length];
    const point = await pointOf(page, kind, d);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(PAGES[kind].updated, d);
  };
  for (let i = 0; i < 10; i++) await select(i);
  const after10 = await measure();
  for (let i = 10; i < 300; i++) await select(i);
  const after300 = await measure();
  await context.close();
  return { after10, after300 };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (x) => `${(x / KIB).toFixed(1)} KiB`;

const browser = await launch();
const atlasServer = await serve('dist', 0, { gzip: true });
const referenceServer = await serve(buildReference(), 0, { gzip: true });
const URLS = {
  atlas: `http://127.0.0.1:${atlasServer.address().port}/`,
  reference: `http://127.0.0.1:${referenceServer.address().port}/`,
};

const results = { atlas: [], reference: [] };
for (let i = 0; i <= PAIRS; i++) {
  const pair = { atlas: await run(browser, 'atlas', URLS.atlas), reference: await run(browser, 'reference', URLS.reference) };
  if (i === 0) continue; // warm-up
  results.atlas.push(pair.atlas);
  results.reference.push(pair.reference);
  console.log(`pair ${i}: map visible ${ms(pair.atlas.mapVisible)} vs ${ms(pair.reference.mapVisible)}, click ${ms(pair.atlas.click)} vs ${ms(pair.reference.click)}`);
}
const endure = { atlas: await endurance(browser, 'atlas', URLS.atlas), reference: await endurance(browser, 'reference', URLS.reference) };
await browser.close();
atlasServer.close();
referenceServer.close();

const med = (kind, key) => median(results[kind].map((r) => r[key]));
const ratio = (key) => median(results.atlas.map((a, i) => a[key] / results.reference[i][key]));
const lastAssets = (kind) => results[kind].at(-1).assets;

const budgets = [
  ['map visible, median of per-pair ratios atlas/reference', ratio('mapVisible').toFixed(2), ratio('mapVisible') <= 0.5, '<= 0.5'],
  ['click to updated map and panel, median', ms(med('atlas', 'click')), med('atlas', 'click') <= 16, '<= 16 ms'],
  ['first view, gzip on the wire', kib(med('atlas', 'total')), med('atlas', 'total') <= 300 * KIB, '<= 300 KiB'],
  ['before the map is visible, gzip', kib(med('atlas', 'beforeMap')), med('atlas', 'beforeMap') <= 180 * KIB, '<= 180 KiB'],
  ['heap after 300 selections / after 10', (endure.atlas.after300.heap / endure.atlas.after10.heap).toFixed(2), endure.atlas.after300.heap <= 1.2 * endure.atlas.after10.heap, '<= 1.2'],
  ['live ECharts instances after 10 / after 300', `${endure.atlas.after10.instances} / ${endure.atlas.after300.instances}`, endure.atlas.after300.instances <= endure.atlas.after10.instances, 'bounded'],
];

const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = `# Performance

Measured by \`make bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromium}, Node ${process.version}.
${PAIRS} alternating pairs (atlas, reference) after one warm-up pair, each run in a fresh browser
context with an empty cache; both pages served by scripts/serve-static.mjs with gzip -9 on
127.0.0.1, through Chromium's network emulation of a phone on a decent mobile network (100 ms
round trips, 5 Mbit/s down) for the load runs; the 300-selection runs are not throttled. The reference is
the usual way to build this page: the full \`echarts.min.js\` (ECharts 6.1.0), the same geometry
registered with \`registerMap\`, a map series and a bar chart that updates on a map click.

## Budgets

| budget | measured | target | |
|---|---|---|---|
${budgets.map(([what, value, ok, target]) => `| ${what} | ${value} | ${target} | ${ok ? 'PASS' : 'FAIL'} |`).join('\n')}

## Medians

| | atlas | reference | atlas/reference (median of pairs) |
|---|---|---|---|
| map visible (navigation to the frame after all 14 divisions are painted) | ${ms(med('atlas', 'mapVisible'))} | ${ms(med('reference', 'mapVisible'))} | ${ratio('mapVisible').toFixed(2)} |
| click event to the frame after map and panel updated (median of 5 clicks a run) | ${ms(med('atlas', 'click'))} | ${ms(med('reference', 'click'))} | ${ratio('click').toFixed(2)} |
| bytes on the wire (gzip bodies), first view | ${kib(med('atlas', 'total'))} | ${kib(med('reference', 'total'))} | ${ratio('total').toFixed(2)} |
| bytes before the map is visible | ${kib(med('atlas', 'beforeMap'))} | ${kib(med('reference', 'beforeMap'))} | ${ratio('beforeMap').toFixed(2)} |
| JS heap after 10 / 300 selections | ${kib(endure.atlas.after10.heap)} / ${kib(endure.atlas.after300.heap)} | ${kib(endure.reference.after10.heap)} / ${kib(endure.reference.after300.heap)} | |
| live ECharts instances after 10 / 300 selections | ${endure.atlas.after10.instances} / ${endure.atlas.after300.instances} | ${endure.reference.after10.instances} / ${endure.reference.after300.instances} | |

Per pair (ms): map visible ${results.atlas.map((a, i) => `${a.mapVisible.toFixed(0)}/${results.reference[i].mapVisible.toFixed(0)}`).join(', ')};
click ${results.atlas.map((a, i) => `${a.click.toFixed(1)}/${results.reference[i].click.toFixed(1)}`).join(', ')}.

## Bytes per asset (last run, gzip bodies)

| page | asset | bytes | before the map is visible |
|---|---|---|---|
${['atlas', 'reference'].flatMap((k) => lastAssets(k).map((a) => `| ${k} | ${a.name} | ${kib(a.bytes)} | ${a.beforeMap ? 'yes' : 'no'} |`)).join('\n')}

Instances are counted by wrapping \`echarts.init\`/\`dispose\` in the atlas and by the ECharts
instances attached to the DOM in the reference (its UMD build cannot be wrapped the same way).
`;

mkdirSync('docs', { recursive: true });
writeFileSync('docs/performance.md', report);
console.log(`\n${report}`);
