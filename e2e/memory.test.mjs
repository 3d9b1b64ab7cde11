// No leak in the wasm: once warm, hundreds of selections (divisions, topics, charts brought into
// view) leave the app's linear memory as it was. Reactive_graph keeps a dropped effect among the
// subscribers of the memos it read for as long as they live; views that every selection rebuilds
// once read long-lived memos that way, and the memory grew with every selection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, KEEP_WASM_MEMORY } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

const DIVISIONS = readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id);

/** Selections `from`..`to` inside the page: a division by a click on the map, every third time a
 * topic from the list of topics, and the first chart brought into view (so that it is drawn). */
const select = (page, from, to) => page.evaluate(async ({ from, to, ids }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = from; i < to; i++) {
    document.querySelector(`path.division[data-place="${ids[(i * 5) % ids.length]}"]`)
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await frame();
    const topics = document.querySelectorAll('details.topic > summary');
    if (i % 3 === 0 && topics.length) {
      topics[i % topics.length].click();
      await frame();
    }
    document.querySelector('.chart')?.scrollIntoView();
    for (let k = 0; k < 4; k++) await frame();
    window.scrollTo(0, 0);
    await frame();
  }
}, { from, to, ids: DIVISIONS });

test('hundreds of selections leave the wasm memory as it was once warm', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(KEEP_WASM_MEMORY);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(served.url);
  await page.locator('.panel-head h2').first().waitFor();
  const memory = () => page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  await select(page, 0, 60);
  const warm = await memory();
  await select(page, 60, 360);
  const after300 = await memory();
  // Memory grows by 64 KiB pages: one page of slack for the allocator, none for a leak.
  assert.ok(after300 - warm <= 64 * 1024,
    `the wasm memory grew from ${warm / 1024} KiB to ${after300 / 1024} KiB over 300 selections`);
  assert.deepEqual(errors, []);
  await page.close();
});
