// Where a reader's click spends its time until the next paint, from a Chromium trace: the clicks of
// the next-paint row (bench/next-paint.mjs: the pointer resting on the division, then a press of
// 100 ms), in the atlas and the reference, each under a trace from just before the press to after
// the view shows. A tool for finding the time, not a benchmark: tracing slows both pages.
//
// For each of the interaction's two frames, the press's (pointerdown) and the release's
// (pointerup and click), from the trace's own Event Timing records (not rounded):
//   wait      the event's time stamp to its handlers' start (the input queue)
//   handlers  the handlers' start to the last one's end (for the release: pointerup to click)
//   to commit the handlers' end to the frame's commit: the style, layout and paint the frame
//             needs on the main thread (forced in the handler's task, or in the frame's), and
//             waiting for the frame to begin
//   to paint  the commit to the frame's presentation: raster of the changed tiles on the worker
//             threads, activation, drawing and the display compositor
//   duration  what Event Timing reports before rounding: time stamp to presentation
// and what the main thread did in that frame (style recalculations with their element counts,
// layout, pre-paint, paint, commit), the raster tasks (count and time on the workers), and
// when the page wrote its address (history.pushState / replaceState) against the presentation.
// Usage: node bench/click-trace.mjs [DIST] [--clicks N] [--out FILE]
//   (DIST: the atlas's build, dist unless given; writes docs/click-trace.txt unless --out)
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { buildReference } from './reference/build.mjs';
import { CLICKS, PAGES, pointOf } from './pages.mjs';
import { median } from './stats.mjs';
import { madeBy } from './made-by.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const OUTPUT = option('--out', 'docs/click-trace.txt');
const N = Number(option('--clicks', '10'));
const DIST = args.find((a, i) => !a.startsWith('--') && !['--out', '--clicks'].includes(args[i - 1])) ?? 'dist';
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'cc', 'viz', 'blink',
].join(',');
const MAIN_WORK = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'FireAnimationFrame', 'HitTest'];

/** Notes every address write: when (page time) and how long it took. */
const WATCH_HISTORY = `(() => {
  window.__history = [];
  for (const name of ['pushState', 'replaceState']) {
    const write = history[name].bind(history);
    history[name] = (...a) => { const at = performance.now(); write(...a); window.__history.push({ name, at, took: performance.now() - at }); };
  }
})()`;

async function traced(cdp, act) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await act();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The phases of one frame of the interaction: `entries` are the trace's Event Timing records of
 * the events that frame presented. */
function frame(events, entries, main, toPage) {
  const first = entries[0];
  const presented = first.timeStamp + first.duration;
  const start = Math.min(...entries.map((e) => e.processingStart));
  const end = Math.max(...entries.map((e) => e.processingEnd));
  const commit = first.commitFinishTime;
  // Main-thread work from the handlers' start to the commit, outermost events only.
  const inside = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && MAIN_WORK.includes(e.name)
    && toPage(e.ts) >= start - 0.05 && toPage(e.ts + e.dur) <= commit + 0.05).sort((a, b) => a.ts - b.ts);
  const work = {};
  let until = -Infinity;
  const styles = [];
  for (const e of inside) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    work[e.name] = (work[e.name] ?? 0) + e.dur / 1000;
    if (e.name === 'UpdateLayoutTree') styles.push(e.args?.elementCount ?? '?');
  }
  const raster = events.filter((e) => e.ph === 'X' && e.name === 'RasterTask' && toPage(e.ts) >= commit - 0.05 && toPage(e.ts) <= presented);
  return {
    duration: first.duration,
    wait: start - first.timeStamp,
    handlers: end - start,
    toCommit: commit - end,
    toPaint: presented - commit,
    presented,
    work,
    styles,
    raster: raster.reduce((n, e) => n + e.dur / 1000, 0),
    tiles: raster.length,
  };
}

async function clicks(browser, kind, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_HISTORY);
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(PAGES[kind].firstViewDone);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const out = [];
  for (let i = 0; i < N; i++) {
    const d = CLICKS[i % CLICKS.length];
    const { x, y } = await pointOf(page, kind, d);
    await page.mouse.move(x, y);
    await page.waitForTimeout(100);
    const writes = await page.evaluate(() => window.__history.length);
    const events = await traced(cdp, async () => {
      await page.mouse.down();
      await page.waitForTimeout(100);
      await page.mouse.up();
      await page.waitForFunction(PAGES[kind].updated, d);
      await page.waitForTimeout(400);
    });
    const history = await page.evaluate((n) => window.__history.slice(n), writes);
    const threadName = (name) => events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === name);
    const main = threadName('CrRendererMain');
    const timing = events.filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.pid === main.pid && e.args?.data?.interactionId > 0).map((e) => ({ ...e.args.data, ts: e.ts }));
    const id = timing.find((e) => e.type === 'click')?.interactionId;
    const mine = timing.filter((e) => e.interactionId === id);
    // trace time (us) -> page time (ms), from the Event Timing records, which carry both.
    const offset = mine[0].ts / 1000 - mine[0].timeStamp;
    const toPage = (ts) => ts / 1000 - offset;
    const press = mine.filter((e) => e.type === 'pointerdown');
    const release = mine.filter((e) => e.type !== 'pointerdown');
    const up = frame(events, release, main, toPage);
    out.push({
      place: d.id,
      press: press.length ? frame(events, press, main, toPage) : null,
      release: up,
      history: history.map((h) => ({ name: h.name, afterPaint: h.at - up.presented, took: h.took })),
    });
  }
  await context.close();
  return out;
}

const fixed = (x) => (x == null ? '-' : x.toFixed(1));
const workText = (w) => Object.entries(w).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
const frameText = (f) => (f
  ? `duration ${fixed(f.duration)} = wait ${fixed(f.wait)} + handlers ${fixed(f.handlers)} + to commit ${fixed(f.toCommit)} + to paint ${fixed(f.toPaint)} (raster ${fixed(f.raster)} in ${f.tiles} tasks); main thread: ${workText(f.work)}; style recalcs (elements) ${f.styles.join(' ') || 'none'}`
  : 'not presented apart');

const atlasServer = await serve(DIST, 0, { gzip: true });
const referenceServer = await serve(buildReference(), 0, { gzip: true });
const urls = { atlas: `http://127.0.0.1:${atlasServer.address().port}/`, reference: `http://127.0.0.1:${referenceServer.address().port}/` };
const browser = await launch();
const lines = [
  madeBy(['node', 'bench/click-trace.mjs', ...args].join(' '), OUTPUT),
  `# atlas: ${DIST}; ${N} clicks a page (${CLICKS.map((d) => d.id).join(', ')}, over and over), each under a trace; ms, page time; not rounded`,
];
for (const kind of ['atlas', 'reference']) {
  const results = await clicks(browser, kind, urls[kind]);
  lines.push(`\n## ${kind}`);
  for (const r of results) {
    lines.push(`${r.place}: press: ${frameText(r.press)}`);
    lines.push(`${' '.repeat(r.place.length)}  release: ${frameText(r.release)}`);
    if (r.history.length) lines.push(`${' '.repeat(r.place.length)}  address: ${r.history.map((h) => `${h.name} ${h.afterPaint >= 0 ? `${fixed(h.afterPaint)} ms after` : `${fixed(-h.afterPaint)} ms before`} the paint, took ${h.took.toFixed(2)} ms`).join('; ')}`);
  }
  const of = (f, key) => fixed(median(results.map((r) => r[f]).filter(Boolean).map((x) => x[key])));
  const work = (f, name) => fixed(median(results.map((r) => r[f]).filter(Boolean).map((x) => x.work[name] ?? 0)));
  for (const f of ['press', 'release']) {
    lines.push(`median ${f}: duration ${of(f, 'duration')} = wait ${of(f, 'wait')} + handlers ${of(f, 'handlers')} + to commit ${of(f, 'toCommit')} + to paint ${of(f, 'toPaint')} (raster ${of(f, 'raster')}); main thread: ${MAIN_WORK.map((n) => `${n} ${work(f, n)}`).join(', ')}`);
  }
  lines.push(`median interaction (the larger frame): ${fixed(median(results.map((r) => Math.max(r.press?.duration ?? 0, r.release.duration))))}`);
}
await browser.close();
atlasServer.close();
referenceServer.close();
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
process.exit(0);
