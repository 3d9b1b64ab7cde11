// Where the atlas's JS heap grows over the benchmark's endurance run (bench/run.mjs): the heap
// after 10, 300 and 600 selections, with and without drawing charts, so that growth that levels
// off (code V8 compiles as functions get hot) can be told from growth that does not (a leak).
// A tool for investigating the heap row, not a benchmark. Usage: node bench/endure-probe.mjs
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve-static.mjs';
import { readCsv } from '../scripts/csv.mjs';
import { SELECT_IN_PAGE } from './selections.mjs';

const IDS = readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id);
const server = await serve('dist', 0, { gzip: true });
const url = `http://127.0.0.1:${server.address().port}/`;

async function run(label, args, { charts = true } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForSelector('.panel-head h2');
  const heap = async () => {
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024;
  };
  const select = (from, to) => charts
    ? page.evaluate(SELECT_IN_PAGE.atlas, { from, to, ids: IDS })
    : page.evaluate(async ({ from, to, ids }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (let i = from; i < to; i++) {
        document.querySelector(`path.division[data-place="${ids[(i * 5) % ids.length]}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await frame();
      }
    }, { from, to, ids: IDS });
  await select(0, 10);
  const h10 = await heap();
  await select(10, 300);
  const h300 = await heap();
  await select(300, 600);
  const h600 = await heap();
  console.log(`${label.padEnd(40)} heap KiB after 10 / 300 / 600: ${h10.toFixed(0)} / ${h300.toFixed(0)} / ${h600.toFixed(0)}; ratio 300/10 ${(h300 / h10).toFixed(3)}; growth 10..300 ${(h300 - h10).toFixed(0)}, 300..600 ${(h600 - h300).toFixed(0)}`);
  await browser.close();
}

const base = ['--no-sandbox'];
await run('as benchmarked', base);
await run('no charts drawn', base, { charts: false });
await run('no optimising JIT (--no-opt --no-maglev)', [...base, '--js-flags=--no-opt --no-maglev']);
server.close();
