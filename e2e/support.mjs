// Shared by the browser tests: Debian's Chromium through playwright-core, the release build in
// dist/ served on 127.0.0.1, and a page object for the atlas.
import { chromium } from 'playwright-core';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/serve-static.mjs';
import { readCsv } from '../scripts/csv.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // playwright-core gives the browser a fresh, empty profile of its own.
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ on a free port; returns { server, url }. */
export async function serveDist(dir = 'dist') {
  const server = await serve(dir, 0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Serves dist/ under the sub-path /atlas/ of a static host, as a site that publishes it in a
 * folder would; returns { server, url } with url the folder's address. */
export async function serveDistUnderSubPath() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-subpath-'));
  symlinkSync(resolve('dist'), join(root, 'atlas'));
  const { server, url } = await serveDist(root);
  return { server, url: `${url}atlas/` };
}

/** Counts live ECharts instances and notes when each last drew: wraps echarts.init/dispose (and
 * each chart's setOption) as soon as the script defines them. */
export const COUNT_INSTANCES = `(() => {
  // The live instances (disposed ones leave it).
  window.__charts = new Set();
  let real;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get() { return real; },
    set(e) {
      const init = e.init;
      // The bundle's exports are getters: copy them into a plain object to replace init.
      const wrapped = { ...e };
      wrapped.init = (...a) => {
        const c = init.apply(e, a);
        window.__charts.add(c);
        // When the chart last finished drawing a new option (see chartsDrawnSince): a repaint for
        // hover emphasis is not a new option. Only the time: reading the chart's place here would
        // force a layout inside the page's own work, which ECharts finishes within setOption.
        let drawing = false;
        const setOption = c.setOption.bind(c);
        c.setOption = (...o) => { drawing = true; setOption(...o); };
        c.on('finished', () => {
          if (!drawing) return;
          drawing = false;
          c.__drawnAt = performance.now();
        });
        const dispose = c.dispose.bind(c);
        c.dispose = () => { window.__charts.delete(c); dispose(); };
        return c;
      };
      real = wrapped;
    },
  });
})()`;

/** Run in a page with COUNT_INSTANCES, once the page is still: when the last chart now in the
 * viewport finished drawing a new option after `since` (page time), or 0. A chart drawn ahead
 * out of sight is not one the reader waits for. */
export function chartsDrawnSince(since) {
  let last = 0;
  for (const c of window.__charts) {
    if (!(c.__drawnAt > since)) continue;
    const r = c.getDom().getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight) last = Math.max(last, c.__drawnAt);
  }
  return last;
}

/** An init script: keeps the app's wasm memory in `window.__wasmMemory`, where a test or the
 * benchmark can read its size. */
export const KEEP_WASM_MEMORY = `(() => {
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    window.__wasmMemory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...a) => streaming(...a).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => plain(...a).then(keep);
})()`;

/** Opens the atlas with console errors recorded; `page.errors` lists them. */
export async function openAtlas(browser, url, { viewport = { width: 1280, height: 900 }, ready = '.atlas:not(#prerendered) .panel-head h2' } = {}) {
  const page = await browser.newPage({ viewport });
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', (d) => { page.errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(COUNT_INSTANCES);
  await page.goto(url);
  // The app has mounted (and replaced the prerendered page, `#prerendered`, whose panel may have
  // a heading too) when its own panel has its heading (or, for a link that names a search, when
  // its results show: `ready`).
  await page.locator(ready).first().waitFor();
  return new AtlasPage(page);
}

export class AtlasPage {
  constructor(page) { this.page = page; }
  division(name) { return this.page.getByRole('button', { name }); }
  /** Clicks a division where its label is (inside it; the centre of its box may be a neighbour). */
  async clickDivision(id) {
    const label = this.page.locator(`g.label[data-place="${id}"]`);
    await label.scrollIntoViewIfNeeded();
    const box = await label.boundingBox();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  divisions() { return this.page.locator('svg.map path.division'); }
  heading() { return this.page.locator('.panel-head h2'); }
  selected() { return this.page.locator('path.division.selected'); }
  /** Brings every chart of the panel into view in turn (charts are drawn only near the viewport)
   * and waits for each to have an ECharts instance with data; then scrolls back to the top. */
  async chartsReady() {
    await this.page.waitForFunction(() => document.querySelectorAll('.chart-canvas').length > 0);
    const charts = this.page.locator('.chart-canvas');
    const n = await charts.count();
    for (let i = 0; i < n; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await this.page.waitForFunction((i) => {
        const el = document.querySelectorAll('.chart-canvas')[i];
        return window.echarts?.getInstanceByDom(el)?.getOption()?.series?.length;
      }, i);
    }
    await this.page.evaluate(() => window.scrollTo(0, 0));
  }
  /** The option of the chart with the given key (its data-chart attribute). */
  async chartOption(key) {
    return this.page.evaluate((key) => {
      const el = document.querySelector(`.chart[data-chart="${key}"] .chart-canvas`);
      // A chart out of sight keeps its last drawing: bring it near to have it drawn.
      el.scrollIntoView({ block: 'center' });
      const option = window.echarts.getInstanceByDom(el).getOption();
      return JSON.parse(JSON.stringify({ yAxis: option.yAxis, xAxis: option.xAxis, series: option.series }));
    }, key);
  }
}

/** Polls `check` (async, returns truthy) until it holds or `ms` pass; fails with `what`. */
export async function eventually(what, check, ms = 5000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try { last = await check(); if (last) return last; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/** The runs of Latin letters that the data's Chinese texts write on purpose (IGBT, 5G, km/h, a
 * company's Latin name, the English site name in brackets), read from data/*.csv, longest first. */
export function latinInChineseData() {
  const runs = new Set();
  for (const file of ['places', 'sources', 'figures', 'highlights', 'terms', 'baseline-sources', 'charts']) {
    for (const row of readCsv(`data/${file}.csv`)) {
      for (const [column, value] of Object.entries(row)) {
        if (!(column.endsWith('_zh') || (file === 'terms' && column === 'zh'))) continue;
        for (const [run] of value.matchAll(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[ .\-/'’&][A-Za-z0-9]+)*/g)) runs.add(run);
      }
    }
  }
  return [...runs].sort((a, b) => b.length - a.length);
}
