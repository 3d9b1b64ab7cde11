// Two builds of the atlas, one click against the other, in alternating fresh contexts at
// 1280x900: for telling whether a change made clicks dearer or cheaper, which the benchmark's runs
// (each against the reference page) are too noisy for. Each round, for each build:
//   - 5 clicks under a trace: the main-thread cost of a click (bench/click.mjs: the handler, the
//     style and layout it forces, and its frame);
//   - the next-paint row's clicks, with no trace (bench/next-paint.mjs: a reader's click, the
//     interaction's Event Timing duration, rounded to 8 ms by the browser), each build opened
//     afresh.
//   node bench/click-ab.mjs BEFORE_DIST AFTER_DIST [rounds] [what-each-is] [--out FILE]
// Writes docs/click-ab.txt unless --out: what it compared, every click, and the medians; for the
// next paint, the difference of the grouped medians (after - before) with its 95% interval over
// the rounds resampled (bench/stats.mjs, as the benchmark compares the atlas with the reference).
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { traceClick } from './click.mjs';
import { nextPaintRun, NEXT_PAINT_CLICKS } from './next-paint.mjs';
import { CLICKS, PAGES, pointOf } from './pages.mjs';
import { nextPaintComparison, signed } from './stats.mjs';
import { madeBy } from './made-by.mjs';

const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const OUTPUT = outAt >= 0 ? argv[outAt + 1] : 'docs/click-ab.txt';
const positional = argv.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
const [before, after, rounds = '8', what = ''] = positional;
if (!before || !after) {
  console.error('usage: node bench/click-ab.mjs BEFORE_DIST AFTER_DIST [rounds] [what-each-is] [--out FILE]');
  process.exit(2);
}
const builds = { before, after };
const urls = {};
for (const [k, dir] of Object.entries(builds)) urls[k] = `http://127.0.0.1:${(await serve(dir, 0, { gzip: true })).address().port}/`;
const browser = await launch();
const clicks = { before: [], after: [] };
/** Per round, each build's next-paint durations. */
const paints = [];
for (let r = 0; r < Number(rounds); r++) {
  const round = {};
  for (const k of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(urls[k]);
    await page.waitForFunction(PAGES.atlas.firstViewDone);
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    for (const d of CLICKS) {
      clicks[k].push(await traceClick(page, cdp, await pointOf(page, 'atlas', d), PAGES.atlas.updated, d, { shown: PAGES.atlas.updated }));
      await page.waitForTimeout(300);
    }
    await context.close();
    round[k] = (await nextPaintRun(browser, urls[k], 'atlas', PAGES.atlas, pointOf, CLICKS)).map((c) => c.duration);
  }
  paints.push(round);
  console.log(`round ${r + 1}: next paint ${['before', 'after'].map((k) => `${k} ${round[k].join(' ')}`).join('; ')}`);
}
await browser.close();
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const fixed = (v) => v.toFixed(1);
const lines = [
  madeBy(`node bench/click-ab.mjs ${argv.join(' ')}`, OUTPUT),
  `# before: ${before}; after: ${after}${what ? `; ${what}` : ''}`,
  '# ms: cost = handler + forced + frame + later (bench/click.mjs: through the frame that shows the panel), one line a click, rounds alternating',
];
for (const k of ['before', 'after']) {
  for (const c of clicks[k]) lines.push(`${k} cost ${fixed(c.cost)} handler ${fixed(c.handler)} forced ${fixed(c.forced)} frame ${fixed(c.frame)} later ${fixed(c.later)}`);
}
lines.push(`# next paint (bench/next-paint.mjs, no trace): ${NEXT_PAINT_CLICKS} clicks a build a round, ms as reported (rounded to 8 ms)`);
paints.forEach((p, i) => {
  for (const k of ['before', 'after']) lines.push(`round ${i + 1} ${k} next paint ${p[k].join(' ')}`);
});
for (const k of ['before', 'after']) {
  const of = (f) => fixed(median(clicks[k].map((c) => c[f])));
  lines.push(`median ${k} (${clicks[k].length} clicks): cost ${of('cost')} handler ${of('handler')} forced ${of('forced')} frame ${of('frame')} later ${of('later')}`);
}
const c = nextPaintComparison(paints.map((p) => ({ atlas: p.after, reference: p.before })));
lines.push(`next paint, grouped medians: before ${fixed(c.reference)} ms, after ${fixed(c.atlas)} ms (after/before ${c.ratio.toFixed(2)}); after - before ${signed(c.difference)} ms, 95% interval ${signed(c.low)} to ${signed(c.high)} (${paints.length} rounds of ${NEXT_PAINT_CLICKS} clicks a build)`);
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
console.log(lines.slice(-3).join('\n'));
process.exit(0);
