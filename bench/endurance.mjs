// The endurance run of bench/run.mjs and bench/endure-probe.mjs: one page, selections run inside
// it (bench/selections.mjs), and after each checkpoint the JS heap after a forced GC, the wasm
// memory and the live ECharts instances.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, COUNT_INSTANCES, KEEP_WASM_MEMORY } from '../e2e/support.mjs';
import { SELECT_IN_PAGE } from './selections.mjs';

/** V8 without its compilers to machine code (Sparkplug, Maglev, TurboFan): every function runs
 * in the interpreter, so the heap holds no compiled code and grows only by what the page keeps.
 * With them on, both pages' heaps keep growing by the code V8 compiles as functions get hot
 * (about 1 KiB a selection even after 300 in both pages: bench/endure-probe.mjs). */
export const NO_MACHINE_CODE = '--js-flags=--no-opt --no-maglev --no-sparkplug';

/** A browser for endurance runs, with V8's machine code on (`interpreted = false`) or off. */
export const launchFor = (interpreted) => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: interpreted ? [...CHROMIUM_ARGS, NO_MACHINE_CODE] : CHROMIUM_ARGS,
});

/** Live ECharts instances: the atlas's wrapped `init`/`dispose` (COUNT_INSTANCES); the reference's
 * full build's UMD wrapper defeats that wrapping, so its instances are counted in the DOM. */
const INSTANCES = {
  atlas: () => window.__charts.size,
  reference: () => document.querySelectorAll('[_echarts_instance_]').length,
};
const READY = {
  atlas: () => document.querySelector('.panel-head h2'),
  reference: () => document.body?.dataset.mapPainted === '1',
};

/** Opens `url` (the `kind` page) and runs its selections up to each of `checkpoints`; returns,
 * for each, `{ selections, heap, wasm, instances }`. `args` name the divisions (`ids`, `names`). */
export async function endurance(browser, kind, url, checkpoints, args) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (kind === 'atlas') await page.addInitScript(COUNT_INSTANCES);
  if (kind === 'atlas') await page.addInitScript(KEEP_WASM_MEMORY);
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(READY[kind]);
  const measure = async () => {
    // Back to the atlas's province view with all its charts drawn (each is drawn when it comes
    // near the viewport: bring each into view), so every count is of the same view.
    if (kind === 'atlas') {
      await page.evaluate(async () => {
        document.querySelector('path.division').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        await frame();
        for (const el of document.querySelectorAll('.chart-canvas')) {
          el.scrollIntoView();
          for (let k = 0; k < 200 && !window.echarts?.getInstanceByDom(el); k++) await frame();
        }
        window.scrollTo(0, 0);
      });
      await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((el) => window.echarts?.getInstanceByDom(el)));
    }
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
    return { heap: usedSize, wasm, instances: await page.evaluate(INSTANCES[kind]) };
  };
  const out = [];
  let from = 0;
  for (const to of checkpoints) {
    await page.evaluate(SELECT_IN_PAGE[kind], { from, to, ...args });
    from = to;
    out.push({ selections: to, ...(await measure()) });
  }
  await context.close();
  return out;
}
