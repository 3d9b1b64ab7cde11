// The performance benchmark (`make bench`): the atlas (dist/, release build) against a plain
// ECharts reference page (bench/reference/build.mjs), both served with gzip on 127.0.0.1, in
// alternating headless-Chromium runs. Writes docs/performance.md, and beside it
// docs/performance.json: every run's raw values, from which each number of the report can be
// recomputed; and docs/sizes.md: the sizes of the very build it measured (scripts/sizes.mjs), so
// that the two cannot name different builds. It reads every file of dist/ before the runs and
// again after them, and writes nothing if a build changed it meanwhile. Not a test: timings are
// noisy.
// Usage: node bench/run.mjs [--pairs N] [--out DIR]   (after `trunk build --release`; DIR is
// docs unless given: another keeps docs/ as it is, for trying the benchmark out)
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { cpus, totalmem, platform, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launch, COUNT_INSTANCES, chartsDrawnSince } from '../e2e/support.mjs';
import { endurance, launchFor, NO_MACHINE_CODE } from './endurance.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { buildReference } from './reference/build.mjs';
import { traceClick, traceKey, observeEventTiming } from './click.mjs';
import { DIVISIONS, CLICKS, PAGES, pointOf } from './pages.mjs';
import { nextPaintRun, NEXT_PAINT_CLICKS, UNREPORTED_MS } from './next-paint.mjs';
import { sum, median, groupedMedian, paired, nextPaintComparison, signed } from './stats.mjs';
import { check as checkSizes, markdown as sizesMarkdown } from '../scripts/sizes.mjs';

const PAIRS = Number(process.argv[process.argv.indexOf('--pairs') + 1]) || 7;
/** Where the report, its raw values and the sizes go. */
const OUT = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'docs';
if (!OUT) throw new Error('usage: node bench/run.mjs [--pairs N] [--out DIR]');
const OUTPUTS = ['performance.md', 'performance.json', 'sizes.md'].map((f) => join(OUT, f));
/** The build measured. */
const DIST = 'dist';
const KIB = 1024;
/** A phone on a decent mobile network: 100 ms round trips, 5 Mbit/s down, 2 Mbit/s up. */
const NETWORK = { offline: false, latency: 100, downloadThroughput: 5e6 / 8, uploadThroughput: 2e6 / 8 };

/** Records, in page time, the frame after the map is first painted (window.__mapVisible). */
const mapVisibleScript = (painted) => `(() => {
  const painted = ${painted};
  const poll = () => painted() ? requestAnimationFrame(() => { window.__mapVisible = performance.now(); }) : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
})()`;

/** Clicks `d`; see bench/click.mjs for what is measured. Also how long until every chart the
 * click redraws has finished drawing (ECharts' 'finished' event): the atlas's charts near the
 * viewport follow the click's frame, one task each; the reference redraws its bar chart. */
async function timedClick(page, cdp, kind, d) {
  await page.evaluate(() => addEventListener('click', () => { window.__clickAt = performance.now(); }, { capture: true, once: true }));
  const click = await traceClick(page, cdp, await pointOf(page, kind, d), PAGES[kind].updated, d, { shown: PAGES[kind].updated });
  await page.waitForTimeout(400);
  const clickAt = await page.evaluate(() => window.__clickAt);
  // The atlas's wrapped charts are read now, after the click's frame (see chartsDrawnSince); the
  // reference notes its own.
  const drawn = kind === 'atlas'
    ? await page.evaluate(chartsDrawnSince, clickAt)
    : await page.evaluate(() => window.__chartsDrawn ?? 0);
  return { ...click, charts: drawn > clickAt ? drawn - clickAt : null };
}

/** The language switches of a run, one measure each. */
const SWITCHES = ['zh-CN', 'en', 'zh-CN', 'en', 'zh-CN', 'en'];

/** Switches the atlas's language with a click on the header's switch (`tag`: zh-CN or en); the
 * same measure as a click on the map (bench/click.mjs): the click and the frame that shows it. */
async function timedSwitch(page, cdp, tag) {
  const box = await page.locator(`.masthead .lang-switch a[hreflang="${tag}"]`).boundingBox();
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return traceClick(page, cdp, point, (t) => document.documentElement.lang === t, tag);
}

/** What the keystroke row types into the search field, one key a measure. */
const TYPED = 'aero engine';

/** Types TYPED into the search field, key by key, once its texts are in (the field's first focus
 * fetches them): the same measure as a click (bench/click.mjs) for each key's input event, until
 * the results and the map show that query. Escape then ends the search. */
async function timedKeystrokes(page, cdp) {
  const texts = page.waitForResponse((r) => r.url().endsWith('/search.txt'));
  await page.locator('#search-field').focus();
  await texts;
  const keys = [];
  for (let i = 1; i <= TYPED.length; i++) {
    const typed = TYPED.slice(0, i);
    // Shown: the status names the query's results, as the core counts them, for this very text.
    const updated = ((q) => document.querySelector('#search-field').value === q && new URL(location).search.includes('q=')
      && !document.querySelector('.search-results').hidden && document.querySelector('.results-count').textContent !== '');
    keys.push({ typed, ...(await traceKey(page, cdp, TYPED[i - 1], updated, typed)) });
  }
  await page.keyboard.press('Escape');
  return keys;
}

/** A phone on a slow mobile network, for the interactive row. */
const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
/** When a page answers clicks in full: the atlas once the app has mounted (its panel heading is
 * the app's; the prerendered page has none), the reference once its map has finished drawing. */
const READY = {
  atlas: () => !!document.querySelector('.panel-head h2'),
  reference: () => document.body?.dataset.mapPainted === '1',
};

/** The division the shared-link row opens, and when its figures count as shown: the atlas's
 * view page (its prerendered panel, or the app's) names it in the panel's heading and shows the
 * official statistics' cards; the reference, which reads \`?city=\` and selects it as it loads,
 * has drawn its map and its bar chart with it selected. */
const SHARED = { id: 'zhuzhou', en: 'Zhuzhou' };
const SHOWN = {
  atlas: `() => document.querySelector('.panel-head h2')?.textContent.startsWith('${SHARED.en}') && !!document.querySelector('.card.official .card-value')`,
  reference: `() => !!document.body?.dataset.shared`,
};

/** One cold load on the phone network: navigation to the frame after `ready` holds, in page
 * time; and when the atlas's wasm had arrived (its response's end, once the network is idle;
 * null for a page with none). */
async function coldLoad(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  await page.addInitScript(`(() => {
    const ready = ${ready};
    const poll = () => ready() ? requestAnimationFrame(() => { window.__ready = performance.now(); }) : requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const at = await page.evaluate(() => ({
    ready: window.__ready,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.responseEnd ?? null,
  }));
  await context.close();
  return at;
}

/** One cold run of a page: map-visible time, median click time, bytes per asset. */
async function run(browser, kind, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.addInitScript(mapVisibleScript(PAGES[kind].painted.toString()));
  await observeEventTiming(page);
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
  // Clicks are not throttled: the network has done its part by now.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  for (const d of CLICKS) clicks.push(await timedClick(page, cdp, kind, d));
  // The atlas's language switch, on the last division clicked: to Chinese and back three times,
  // measured as the clicks are (the median of several, the first of which finds the page cold).
  const switches = [];
  if (kind === 'atlas') for (const tag of SWITCHES) switches.push(await timedSwitch(page, cdp, tag));
  // The atlas's search, key by key.
  const keys = kind === 'atlas' ? await timedKeystrokes(page, cdp) : [];
  // Everything fetched by the end of the run (the atlas fetches ECharts once a chart comes near).
  const later = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname.split('/').pop(), bytes: e.encodedBodySize })));
  await context.close();
  const before = assets.filter((a) => a.end <= mapVisible);
  return {
    // Raw: every click (see bench/click.mjs) and everything fetched by the end of the run.
    clicks: clicks.map((c, i) => ({ place: CLICKS[i].id, ...c })),
    switches,
    langSwitch: switches.length ? median(switches.map((c) => c.cost)) : null,
    firstSwitch: switches.length ? switches[0].cost : null,
    keys,
    keystroke: keys.length ? median(keys.map((k) => k.cost)) : null,
    keystrokeMax: keys.length ? Math.max(...keys.map((k) => k.cost)) : null,
    later,
    mapVisible,
    click: median(clicks.map((c) => c.cost)),
    clickPaint: median(clicks.map((c) => c.paint ?? UNREPORTED_MS)),
    clickParts: ['handler', 'forced', 'frame', 'later'].map((k) => median(clicks.map((c) => c[k]))),
    chartsAfterClick: clicks.map((c) => c.charts).filter((c) => c != null),
    total: sum(assets.map((a) => a.bytes)),
    afterClicks: (assets.find((a) => a.name === 'index.html')?.bytes ?? 0) + sum(later.map((a) => a.bytes)),
    fetchedLater: later.filter((l) => !assets.some((a) => a.name === l.name)).map((l) => l.name),
    beforeMap: sum(before.map((a) => a.bytes)),
    assets: assets.map((a) => ({ ...a, beforeMap: a.end <= mapVisible })),
  };
}

const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (x) => `${(x / KIB).toFixed(1)} KiB`;

/** Every file of `dir` (precompressed copies included), with its bytes and sha256. */
function fingerprint(dir) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files[relative(dir, path).split('\\').join('/')] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
      }
    }
  };
  walk(dir);
  return files;
}

/** The commit measured, and whether the work tree had changes (null outside a git checkout),
 * read as the runs begin, just after the build. */
const git = (...args) => { try { return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };
const commit = git('rev-parse', 'HEAD');
// This run's own outputs do not count as changes.
const source = commit && { commit, changed: git('status', '--porcelain', '--', '.', ...OUTPUTS.map((f) => `:!${f}`)) !== '' };
/** The build, read before the runs (and compared with dist/ after them), and its sizes. */
const build = fingerprint(DIST);
const wasm = Object.keys(build).find((f) => f.endsWith('_bg.wasm'));
if (!wasm) throw new Error(`no wasm in ${DIST}/: run trunk build --release first`);
const sizes = checkSizes(DIST);

const browser = await launch();
const atlasServer = await serve('dist', 0, { gzip: true });
const referenceServer = await serve(buildReference(), 0, { gzip: true });
const URLS = {
  atlas: `http://127.0.0.1:${atlasServer.address().port}/`,
  reference: `http://127.0.0.1:${referenceServer.address().port}/`,
};

const results = { atlas: [], reference: [] };
let warmUp;
for (let i = 0; i <= PAIRS; i++) {
  const pair = { atlas: await run(browser, 'atlas', URLS.atlas), reference: await run(browser, 'reference', URLS.reference) };
  if (i === 0) { warmUp = pair; continue; } // warm-up: kept in docs/performance.json only
  // Click to next paint: each page opened afresh after the pair's runs, a reader's clicks, no
  // trace (bench/next-paint.mjs).
  for (const kind of ['atlas', 'reference']) pair[kind].nextPaint = await nextPaintRun(browser, URLS[kind], kind, PAGES[kind], pointOf, CLICKS);
  results.atlas.push(pair.atlas);
  results.reference.push(pair.reference);
  console.log(`pair ${i}: map visible ${ms(pair.atlas.mapVisible)} vs ${ms(pair.reference.mapVisible)}, click ${ms(pair.atlas.click)} vs ${ms(pair.reference.click)}, next paint (plain median) ${ms(median(pair.atlas.nextPaint.map((c) => c.duration)))} vs ${ms(median(pair.reference.nextPaint.map((c) => c.duration)))}, first view ${kib(pair.atlas.total)} vs ${kib(pair.reference.total)}`);
}
// Interactive on a phone network: alternating cold loads.
const interactives = { atlas: [], reference: [] };
for (let i = 0; i < PAIRS; i++) {
  for (const kind of ['atlas', 'reference']) interactives[kind].push((await coldLoad(browser, URLS[kind], READY[kind].toString())).ready);
  console.log(`interactive ${i + 1}: ${ms(interactives.atlas[i])} vs ${ms(interactives.reference[i])}`);
}
// A shared division link on the same phone network: the atlas's view page, the reference's
// query; alternating cold loads.
const SHARED_URLS = { atlas: `${URLS.atlas}${SHARED.id}.en.html`, reference: `${URLS.reference}?city=${SHARED.id}` };
const shared = { atlas: [], reference: [] };
for (let i = 0; i < PAIRS; i++) {
  for (const kind of ['atlas', 'reference']) shared[kind].push(await coldLoad(browser, SHARED_URLS[kind], SHOWN[kind]));
  console.log(`shared link ${i + 1}: figures shown ${ms(shared.atlas[i].ready)} (wasm in at ${ms(shared.atlas[i].wasm)}) vs ${ms(shared.reference[i].ready)}`);
}
// Heap after 10 and after 300 selections, three alternating runs a page both ways, each way a
// budget on the median ratio: in a browser whose V8 runs everything in its interpreter (what the
// page keeps alive), and with V8's machine code, as readers' browsers run (what a reader's heap
// holds, the code V8 compiles as functions get hot included).
const ENDURANCE_RUNS = 3;
const enduranceArgs = { ids: DIVISIONS.map((d) => d.id), names: DIVISIONS.map((d) => d.zh) };
const endureIn = async (interpreted, runs) => {
  const b = await launchFor(interpreted);
  const out = { atlas: [], reference: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of ['atlas', 'reference']) {
      const [after10, after300] = await endurance(b, kind, URLS[kind], [10, 300], enduranceArgs);
      out[kind].push({ after10, after300 });
    }
  }
  await b.close();
  return out;
};
const endurances = await endureIn(true, ENDURANCE_RUNS);
const compiled = await endureIn(false, ENDURANCE_RUNS);
const heapRatio = (e) => e.after300.heap / e.after10.heap;
/** The run with the median heap ratio, for each page. */
const medianRun = (runsByKind) => Object.fromEntries(Object.entries(runsByKind).map(([kind, runs]) => {
  const sorted = [...runs].sort((a, b) => heapRatio(a) - heapRatio(b));
  return [kind, sorted[(sorted.length - 1) >> 1]];
}));
const endure = medianRun(endurances);
const endureCompiled = medianRun(compiled);
/** Every endurance run of a page, both ways: the wasm memory and instance rows count them all. */
const allRuns = (kind) => [...endurances[kind], ...compiled[kind]];
const maxInstances = (kind) => Math.max(...allRuns(kind).map((e) => e.after300.instances - e.after10.instances));
await browser.close();
atlasServer.close();
referenceServer.close();
// The sizes and timings must be of one build: none may have replaced it during the runs.
if (JSON.stringify(fingerprint(DIST)) !== JSON.stringify(build)) {
  console.error(`${DIST}/ changed during the benchmark (a build ran meanwhile): nothing written. Run it again.`);
  process.exit(1);
}

const med = (kind, key) => median(results[kind].map((r) => r[key]));
const ratio = (key) => median(results.atlas.map((a, i) => a[key] / results.reference[i][key]));
const lastAssets = (kind) => results[kind].at(-1).assets;
const chartClicks = results.atlas.flatMap((r) => r.chartsAfterClick);
const referenceChartClicks = results.reference.flatMap((r) => r.chartsAfterClick);
const switchVsSelection = paired(results.atlas.map((r) => r.langSwitch - r.click));
const chartPairs = results.atlas.map((a, i) => [a, results.reference[i]]).filter(([a, r]) => a.chartsAfterClick.length && r.chartsAfterClick.length);
const chartsVsReference = chartPairs.length
  ? paired(chartPairs.map(([a, r]) => median(a.chartsAfterClick) - median(r.chartsAfterClick)))
  : null;
const interactiveRatio = median(interactives.atlas.map((a, i) => a / interactives.reference[i]));
const sharedRatio = median(shared.atlas.map((a, i) => a.ready / shared.reference[i].ready));
const beforeWasm = shared.atlas.filter((a) => a.wasm !== null && a.ready < a.wasm).length;
/** Click to next paint: every run's clicks, paired by run. */
const nextPaint = nextPaintComparison(results.atlas.map((a, i) => ({
  atlas: a.nextPaint.map((c) => c.duration),
  reference: results.reference[i].nextPaint.map((c) => c.duration),
})));
const nextPaintVerdict = nextPaint.high < 0 ? 'the atlas measurably faster' : nextPaint.low > 0 ? 'the atlas measurably slower' : 'not resolved at this run\'s precision';
/** Per page, how its interactions' durations were set: by which entry (the largest), or none reported. */
const longestEntry = (kind) => {
  const counts = {};
  for (const c of results[kind].flatMap((r) => r.nextPaint)) {
    const top = c.entries.length ? c.entries.reduce((a, b) => (b.duration > a.duration ? b : a)).name : 'none reported';
    counts[top] = (counts[top] ?? 0) + 1;
  }
  return Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
};
const parts = (kind) => [0, 1, 2, 3].map((i) => median(results[kind].map((r) => r.clickParts[i])).toFixed(1)).join(' / ') + ' ms';

const budgets = [
  ['map visible, median of per-pair ratios atlas/reference', ratio('mapVisible').toFixed(2), ratio('mapVisible') <= 0.5, '<= 0.5'],
  ['click to updated map and panel: main-thread time of the click and its frame, and of the work and frames after it until the panel shows, median', ms(med('atlas', 'click')), med('atlas', 'click') <= 16, '<= 16 ms'],
  [`keystroke in the search (typing "${TYPED}"): main-thread time of the input event and its frame (results, map and legend updated), median; the slowest key of each run beside it`, `${ms(med('atlas', 'keystroke'))} (slowest ${results.atlas.map((r) => r.keystrokeMax.toFixed(1)).join(', ')} ms) vs a click's ${ms(med('atlas', 'click'))}`, med('atlas', 'keystroke') <= 16, '<= 16 ms'],
  [`language switch (${SWITCHES.length} a run, to Chinese and back, on a division): main-thread time of the click and its frame, median, against a selection's (5 clicks a run), compared run by run; the first switch of each run (a page that has not yet laid out its text in the other language) beside it`, `${ms(med('atlas', 'langSwitch'))} vs ${ms(med('atlas', 'click'))}; ${switchVsSelection.text}; first switches ${results.atlas.map((r) => r.firstSwitch.toFixed(1)).join(', ')} ms`, switchVsSelection.ok, "<= a selection's (not measurably dearer)"],
  ['first view, gzip on the wire', kib(med('atlas', 'total')), med('atlas', 'total') <= 220 * KIB, '<= 220 KiB'],
  ['before the map is visible, gzip', kib(med('atlas', 'beforeMap')), med('atlas', 'beforeMap') <= 180 * KIB, '<= 180 KiB'],
  [`click to next paint: the Event Timing duration of a reader's click on a division (the largest of its pointerdown, pointerup and click entries; rounded to 8 ms by the browser; ${UNREPORTED_MS} ms when none reached the 16 ms threshold), grouped median of ${results.atlas.length} runs x ${NEXT_PAINT_CLICKS} clicks against the reference's, paired by run (bench/README.md)`, `${ms(nextPaint.atlas)} vs ${ms(nextPaint.reference)} (ratio ${nextPaint.ratio.toFixed(2)}; aim 0.75); difference ${signed(nextPaint.difference)} ms, 95% interval ${signed(nextPaint.low)} to ${signed(nextPaint.high)}: ${nextPaintVerdict}`, nextPaint.difference <= 0, "<= the reference's"],
  [`heap after 300 selections / after 10, what the page keeps alive (V8 interpreting only: no compiled code in the heap), median of ${ENDURANCE_RUNS} runs (${endurances.atlas.map((e) => heapRatio(e).toFixed(3)).join(', ')}; the reference's ${endurances.reference.map((e) => heapRatio(e).toFixed(3)).join(', ')})`, heapRatio(endure.atlas).toFixed(3), heapRatio(endure.atlas) <= 1.2, '<= 1.2'],
  [`heap after 300 selections / after 10 with V8's machine code, as a reader's browser runs (the code V8 compiles as functions get hot included), median of ${ENDURANCE_RUNS} runs (${compiled.atlas.map((e) => heapRatio(e).toFixed(3)).join(', ')}; the reference's ${compiled.reference.map((e) => heapRatio(e).toFixed(3)).join(', ')})`, heapRatio(endureCompiled.atlas).toFixed(3), heapRatio(endureCompiled.atlas) <= 1.2, '<= 1.2'],
  ['interactive on a phone network (150 ms round trips, 1.6 Mbit/s): atlas mounted / reference map drawn, median of per-pair ratios', interactiveRatio.toFixed(2), interactiveRatio <= 0.6, '<= 0.6'],
  [`a shared division link (${SHARED.id}.en.html; the reference's ?city=${SHARED.id}) on a phone network (150 ms round trips, 1.6 Mbit/s): the view's heading and figures shown, atlas / reference, median of per-pair ratios; and the runs in which the atlas showed them before its wasm had arrived`, `${sharedRatio.toFixed(2)} (${ms(median(shared.atlas.map((a) => a.ready)))} vs ${ms(median(shared.reference.map((r) => r.ready)))}); before the wasm in ${beforeWasm} of ${PAIRS} runs`, sharedRatio <= 0.5 && beforeWasm === PAIRS, '<= 0.5, and before the wasm in every run'],
  ['click to charts drawn (every chart in the viewport the click redraws has fired "finished"), median of clicks that drew one, compared pair by pair (the pairs whose atlas run drew one)', `${chartClicks.length ? ms(median(chartClicks)) : 'none'} vs ${referenceChartClicks.length ? ms(median(referenceChartClicks)) : 'none'}${chartsVsReference ? `; ${chartsVsReference.text}` : ''}`, chartsVsReference?.ok === true, "<= the reference's (not measurably dearer)"],
  ['wasm memory after 10 / after 300 selections (every run): no growth beyond one 64 KiB page', allRuns('atlas').map((e) => `${kib(e.after10.wasm)} / ${kib(e.after300.wasm)}`).join(', '), allRuns('atlas').every((e) => e.after300.wasm - e.after10.wasm <= 64 * KIB), 'flat'],
  ['live ECharts instances after 10 / after 300 (every run)', allRuns('atlas').map((e) => `${e.after10.instances} / ${e.after300.instances}`).join(', '), maxInstances('atlas') <= 0, 'bounded'],
];

/** The ECharts both pages use (npm). */
const ECHARTS_VERSION = JSON.parse(readFileSync('node_modules/echarts/package.json', 'utf8')).version;
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const date = new Date().toISOString();
const command = ['node', 'bench/run.mjs', ...process.argv.slice(2)].join(' ');
/** `make bench` runs the command without arguments. */
const byMake = process.argv.length === 2;
const madeBy = `\`${command}\`${byMake ? ' (\`make bench\`)' : ''} on ${date.slice(0, 16).replace('T', ' ')} UTC${source ? `, commit ${commit.slice(0, 12)}${source.changed ? ' with uncommitted changes' : ''}` : ''}`;
/** The build, as the reports name it. */
const buildName = `${DIST}/, whose wasm is ${wasm} (sha256 ${build[wasm].sha256.slice(0, 16)})`;
const report = `# Performance

Measured by ${madeBy}:
${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromium}, Node ${process.version}.
The build measured: ${buildName}.
Its assets' sizes are in \`${OUTPUTS[2]}\`, written by the same run from the same files.
Every run's raw values (each click, each asset's bytes, each heap and instance count) are in
\`${OUTPUTS[1]}\`, written by the same run: every number below can be recomputed from it.
${PAIRS} alternating pairs (atlas, reference) after one warm-up pair, each run in a fresh browser
context with an empty cache; both pages served by scripts/serve-static.mjs with gzip -9 on
127.0.0.1, through Chromium's network emulation of a phone on a decent mobile network (100 ms
round trips, 5 Mbit/s down) for loading; clicks and the 300-selection runs are not throttled,
and the 300 selections run inside the page, so that the test harness adds nothing to the heap.
The heap has two budgets, both on the median of ${ENDURANCE_RUNS} runs: in a browser whose V8 only
interprets (\`${NO_MACHINE_CODE}\`), what the page keeps alive; and with V8's compilers on, as
readers' browsers run, where both pages' heaps also grow by the machine code V8 makes of functions
as they get hot (\`node bench/endure-probe.mjs\` follows it to 900 selections, kept in
\`docs/heap-tiers.txt\`; \`node bench/heap-diff.mjs\` lists what grows, kept in
\`docs/heap-growth.txt\`). The reference is
the usual way to build this page: the full \`echarts.min.js\` (ECharts ${ECHARTS_VERSION}), the same geometry
registered with \`registerMap\`, a map series and a bar chart that updates on a map click.

## Budgets

| budget | measured | target | |
|---|---|---|---|
${budgets.map(([what, value, ok, target]) => `| ${what} | ${value} | ${target} | ${ok ? 'PASS' : 'FAIL'} |`).join('\n')}

## Medians

| | atlas | reference | atlas/reference (median of pairs) |
|---|---|---|---|
| map visible (navigation to the frame after all 14 divisions are painted) | ${ms(med('atlas', 'mapVisible'))} | ${ms(med('reference', 'mapVisible'))} | ${ratio('mapVisible').toFixed(2)} |
| click to map and panel updated: the main thread's work for the click and its frame (median of 5 clicks a run) | ${ms(med('atlas', 'click'))} | ${ms(med('reference', 'click'))} | ${ratio('click').toFixed(2)} |
| of which: click handler / forced style and layout / the frame's rendering / the work and frames after it until the panel shows | ${parts('atlas')} | ${parts('reference')} | |
| click to next paint, a reader's click (the budget's row: grouped median of every click; which entry was the longest: atlas ${longestEntry('atlas')}; reference ${longestEntry('reference')}) | ${ms(nextPaint.atlas)} | ${ms(nextPaint.reference)} | ${nextPaint.ratio.toFixed(2)} |
| click to next paint of the traced clicks above (the largest Event Timing entry of the interaction, rounded to 8 ms; under a trace, the pointer arriving in the click's frame; median of the runs' medians) | ${ms(med('atlas', 'clickPaint'))} | ${ms(med('reference', 'clickPaint'))} | |
| click to charts drawn: until every chart the click redraws has fired 'finished' (atlas: the ${chartClicks.length} of ${results.atlas.length * 5} clicks that redrew a chart in the viewport; the reference: its bar chart, ${referenceChartClicks.length} clicks) | ${chartClicks.length ? ms(median(chartClicks)) : 'none'} | ${referenceChartClicks.length ? ms(median(referenceChartClicks)) : 'none'} | |
| interactive on a phone network (150 ms round trips, 1.6 Mbit/s down, 390x844): the atlas's app mounted and answering clicks; the reference's map drawn (${PAIRS} cold loads each) | ${ms(median(interactives.atlas))} | ${ms(median(interactives.reference))} | ${interactiveRatio.toFixed(2)} |
| a shared division link on the same network (${PAIRS} cold loads each): its heading and figures shown (the atlas's view page; the reference's map and bar chart with it selected); the atlas's wasm arrived at ${ms(median(shared.atlas.map((a) => a.wasm)))} (median) | ${ms(median(shared.atlas.map((a) => a.ready)))} | ${ms(median(shared.reference.map((r) => r.ready)))} | ${sharedRatio.toFixed(2)} |
| bytes on the wire (gzip bodies), first view: until the map, the panel and any chart in the viewport are shown and the network is idle | ${kib(med('atlas', 'total'))} | ${kib(med('reference', 'total'))} | ${ratio('total').toFixed(2)} |
| bytes by the end of the 5 clicks (the atlas fetched ${[...new Set(results.atlas.flatMap((r) => r.fetchedLater))].join(', ') || 'nothing more'} when a chart came near) | ${kib(med('atlas', 'afterClicks'))} | ${kib(med('reference', 'afterClicks'))} | |
| bytes before the map is visible | ${kib(med('atlas', 'beforeMap'))} | ${kib(med('reference', 'beforeMap'))} | ${ratio('beforeMap').toFixed(2)} |
| JS heap after 10 / 300 selections, V8 interpreting only (the median run; reference ratios ${endurances.reference.map((e) => heapRatio(e).toFixed(3)).join(', ')}) | ${kib(endure.atlas.after10.heap)} / ${kib(endure.atlas.after300.heap)} | ${kib(endure.reference.after10.heap)} / ${kib(endure.reference.after300.heap)} | |
| JS heap after 10 / 300 selections with V8's machine code (the median run; the growth is mostly code compiled as functions get hot, in both pages: \`docs/heap-growth.txt\`) | ${kib(endureCompiled.atlas.after10.heap)} / ${kib(endureCompiled.atlas.after300.heap)} | ${kib(endureCompiled.reference.after10.heap)} / ${kib(endureCompiled.reference.after300.heap)} | |
| live ECharts instances after 10 / 300 selections | ${endure.atlas.after10.instances} / ${endure.atlas.after300.instances} | ${endure.reference.after10.instances} / ${endure.reference.after300.instances} | |

What the click measures (bench/click.mjs, from a Chromium trace of each click): the main
thread's work for the click and for the first frame after it, that is the click's handlers with
the updates they cause, style and layout, the frame's animation-frame callbacks (where ECharts
paints), pre-paint, paint and commit; and when that frame does not yet show the page's whole
update (the atlas shows a new place on the map in it, and in the panel in the frame after, unless
a chart is near the viewport), the work after it through the frame that shows the update (the
page polled in each animation frame). "One frame" means this fits in 16 ms. Left out is the time
the page does not spend on its main thread: waiting in the input queue and for the display's next
frame, and the raster and compositing of that frame on other threads. The click to next paint
measures what the reader waits for, all of that included. The atlas shows a selection at once (map, heading, cards, chart frames and titles)
and writes it to the address after that frame; its charts in the viewport are redrawn in that
click and drawn in its frame (the row above gives when the last is done), the others in the tasks
after it, one chart a task. A mouse first coming over the map prefetches ECharts and the chart
file; ECharts runs when a chart comes near. The reference redraws its one bar chart within its
click.

What click to next paint measures (bench/next-paint.mjs; the design fixed before the row was
first measured, bench/README.md and \`docs/click-plan.txt\`): after each pair's runs, each page
opened afresh (no trace, its first view complete, the network idle) and clicked ${NEXT_PAINT_CLICKS} times
as a reader clicks, the five divisions over and over: trusted mouse input, the pointer resting on
the division 100 ms before a press of 100 ms. A click's duration is the largest Event Timing entry
of its interaction (pointerdown, pointerup, click), which the browser rounds to 8 ms; each page's
median is that of grouped data (every value spread over the 8 ms it was rounded from). The budget
passes when the atlas's median is not above the reference's; the 95% interval of the difference
(its standard error from the pairs resampled, 10,000 times from a fixed seed, times Student's t
for pairs - 1 degrees of freedom) does not decide it, but says whether the run resolved the
difference.

Per pair (ms): next paint (grouped medians) ${results.atlas.map((a, i) => `${groupedMedian(a.nextPaint.map((c) => c.duration)).toFixed(1)}/${groupedMedian(results.reference[i].nextPaint.map((c) => c.duration)).toFixed(1)}`).join(', ')};
map visible ${results.atlas.map((a, i) => `${a.mapVisible.toFixed(0)}/${results.reference[i].mapVisible.toFixed(0)}`).join(', ')};
click ${results.atlas.map((a, i) => `${a.click.toFixed(1)}/${results.reference[i].click.toFixed(1)}`).join(', ')}.

## Bytes per asset (last run, gzip bodies)

| page | asset | bytes | before the map is visible |
|---|---|---|---|
${['atlas', 'reference'].flatMap((k) => lastAssets(k).map((a) => `| ${k} | ${a.name} | ${kib(a.bytes)} | ${a.beforeMap ? 'yes' : 'no'} |`)).join('\n')}

Instances are counted by wrapping \`echarts.init\`/\`dispose\` in the atlas and by the ECharts
instances attached to the DOM in the reference (its UMD build cannot be wrapped the same way).
`;

/** The raw values behind the report: per pair, per page, per run, as measured. */
const raw = {
  command,
  make: byMake ? 'make bench' : null,
  date,
  source,
  machine: {
    cpu, cores: cpus().length, memoryBytes: totalmem(), os: `${platform()} ${release()}`, chromium, node: process.version,
  },
  settings: {
    pairs: PAIRS, network: NETWORK, viewport: { width: 1280, height: 900 }, clicks: CLICKS.map((d) => d.id), nextPaintClicks: NEXT_PAINT_CLICKS, enduranceRuns: ENDURANCE_RUNS,
  },
  units: {
    time: 'ms, page time (map visible) or main-thread time from a trace (clicks); nextPaint: Event Timing durations (rounded to 8 ms by the browser)',
    bytes: 'encoded body bytes (gzip) from Resource Timing',
    heap: 'bytes used after a forced GC (Runtime.getHeapUsage); endurance.interpreted: in a browser run with NO_MACHINE_CODE (bench/endurance.mjs)',
    wasm: 'bytes of the wasm linear memory (WebAssembly.Memory buffer)',
  },
  build: { dist: DIST, files: build, sizes: sizes.rows, sizeFailures: sizes.failures },
  warmUp,
  pairs: results.atlas.map((atlas, i) => ({ atlas, reference: results.reference[i] })),
  endurance: { interpreted: { flags: NO_MACHINE_CODE, ...endurances }, compiled },
  interactive: { network: PHONE_NETWORK, viewport: { width: 390, height: 844 }, ...interactives },
  sharedLink: { network: PHONE_NETWORK, viewport: { width: 390, height: 844 }, urls: { atlas: `${SHARED.id}.en.html`, reference: `?city=${SHARED.id}` }, ...shared },
  budgets: budgets.map(([what, value, pass, target]) => ({ what, value, target, pass })),
};

mkdirSync(OUT, { recursive: true });
writeFileSync(OUTPUTS[0], report);
writeFileSync(OUTPUTS[1], `${JSON.stringify(raw, null, 1)}\n`);
writeFileSync(OUTPUTS[2], sizesMarkdown(sizes, `Made by ${madeBy}, from ${buildName}: the build whose timings are in \`${OUTPUTS[0]}\` (the same run; every file's bytes and sha256 are in \`${OUTPUTS[1]}\`, \`build\`).`));
console.log(`\n${report}`);
console.log(`wrote ${OUTPUTS.join(', ')}`);
