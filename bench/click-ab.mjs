// Two builds of the atlas, one click against the other: the main-thread cost of a click on a
// division (bench/click.mjs: the handler, the style and layout it forces, and its frame), in
// alternating fresh contexts at 1280x900, 5 clicks a round. For telling whether a change made
// clicks dearer, which the benchmark's runs (each against the reference page) are too noisy for.
//   node bench/click-ab.mjs BEFORE_DIST AFTER_DIST [rounds] [what-each-is]
// Writes docs/click-ab.txt: what it compared, then every click and the medians.
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { traceClick } from './click.mjs';
import { madeBy } from './made-by.mjs';

const OUTPUT = 'docs/click-ab.txt';
const [before, after, rounds = '8', what = ''] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node bench/click-ab.mjs BEFORE_DIST AFTER_DIST [rounds] [what-each-is]');
  process.exit(2);
}
const CLICKS = [['hengyang', 'Hengyang'], ['changsha', 'Changsha'], ['zhuzhou', 'Zhuzhou'], ['loudi', 'Loudi'], ['yueyang', 'Yueyang']];
const builds = { before, after };
const urls = {};
for (const [k, dir] of Object.entries(builds)) urls[k] = `http://127.0.0.1:${(await serve(dir)).address().port}/`;
const browser = await launch();
const clicks = { before: [], after: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const k of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(urls[k]);
    await page.waitForFunction(() => document.querySelector('.panel-head h2'));
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    for (const [id, en] of CLICKS) {
      const box = await page.locator(`g.label[data-place="${id}"]`).boundingBox();
      const updated = (d) => document.querySelector('.panel-head h2')?.textContent.startsWith(d.en)
        && document.querySelector('path.division.selected')?.dataset.place === d.id;
      clicks[k].push(await traceClick(page, cdp, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, updated, { id, en }));
      await page.waitForTimeout(300);
    }
    await context.close();
  }
}
await browser.close();
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const fixed = (v) => v.toFixed(1);
const lines = [
  madeBy(`node bench/click-ab.mjs ${process.argv.slice(2).join(' ')}`, OUTPUT),
  `# before: ${before}; after: ${after}${what ? `; ${what}` : ''}`,
  '# ms: cost = handler + forced + frame (bench/click.mjs), one line a click, rounds alternating',
];
for (const k of ['before', 'after']) {
  for (const c of clicks[k]) lines.push(`${k} cost ${fixed(c.cost)} handler ${fixed(c.handler)} forced ${fixed(c.forced)} frame ${fixed(c.frame)}`);
}
for (const k of ['before', 'after']) {
  const of = (f) => fixed(median(clicks[k].map((c) => c[f])));
  lines.push(`median ${k} (${clicks[k].length} clicks): cost ${of('cost')} handler ${of('handler')} forced ${of('forced')} frame ${of('frame')}`);
}
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
console.log(lines.slice(-2).join('\n'));
process.exit(0);
