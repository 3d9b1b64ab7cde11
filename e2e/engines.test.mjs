// The reader's core journeys in Firefox ESR and WebKitGTK (the other tests drive Chromium):
// load, select on a map click, Back and Forward, share a link, embed in a page of another origin,
// switch language, search, Retry after a failed download, offline after one visit; and English
// punctuation drawn with Latin glyphs. Every click is a real mouse click at the element's place.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchEngine, PROBE } from './engines.mjs';
import { serve } from '../scripts/serve-static.mjs';

/** The atlas's dist/, served with the error probe; `failing` drops the wasm's requests while set. */
async function site({ failing = () => false } = {}) {
  const server = await serve('dist', 0, { probe: PROBE, fail: (path) => failing() && /_bg\.wasm$/.test(path) });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const heading = () => document.querySelector('.panel-head h2')?.textContent ?? '';
const headingIs = (start) => document.querySelector('.panel-head h2')?.textContent.startsWith(start)
  && !document.getElementById('prerendered');
const selected = () => document.querySelector('path.division.selected')?.dataset.place ?? null;

for (const engine of ['firefox', 'webkit']) {
  describe(engine, () => {
    let browser, served;
    before(async () => { browser = await launchEngine(engine); served = await site(); });
    after(async () => { await browser?.close(); served?.server.close(); });

    test(`${engine}: the province loads: its map of 14 divisions, its panel and a chart drawn`, async () => {
      const page = await browser.open(`${served.url}?lang=en`);
      await page.until('the app to mount', headingIs, ['Hunan']);
      assert.equal(await page.run(() => document.querySelectorAll('svg.map path.division').length), 14);
      // ECharts draws the chart of all 14 divisions into a canvas of its size.
      await page.run(() => document.querySelector('.chart[data-chart="baseline"]').scrollIntoView());
      const drawn = await page.until('the chart of all 14 to be drawn', () => {
        const c = document.querySelector('.chart[data-chart="baseline"] .chart-canvas canvas');
        return c && c.width > 100 && c.height > 100 && [c.width, c.height];
      });
      assert.ok(drawn[0] > 100, String(drawn));
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${engine}: a click on the map selects the division; Back and Forward walk the selections`, async () => {
      const page = await browser.open(`${served.url}?city=zhuzhou&lang=en`);
      await page.until('Zhuzhou', headingIs, ['Zhuzhou']);
      await page.clickOn('g.label[data-place="changsha"]');
      await page.until('Changsha', headingIs, ['Changsha']);
      assert.equal(await page.run(selected), 'changsha');
      await page.until('the address to follow', async () => location.search === '?city=changsha&lang=en');
      await page.back();
      await page.until('Back to Zhuzhou', headingIs, ['Zhuzhou']);
      assert.equal(await page.run(selected), 'zhuzhou');
      assert.equal(await page.search(), '?city=zhuzhou&lang=en');
      await page.forward();
      await page.until('Forward to Changsha', headingIs, ['Changsha']);
      assert.equal(await page.run(selected), 'changsha');
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${engine}: Share gives the link of the view, which opens it`, async () => {
      const page = await browser.open(`${served.url}?city=zhuzhou&lang=zh`);
      await page.until('株洲', headingIs, ['株洲']);
      // The system's share sheet, as a phone has it: record what it is given.
      await page.run(() => { navigator.share = async (data) => { window.__shared = data; }; });
      await page.clickOn('.sharebar button');
      const link = new URL(await page.until('the link shared', () => window.__shared?.url));
      // The view's own page (issue 28), which names its place and language.
      assert.equal(String(link), `${served.url}zhuzhou.zh.html`);
      await page.goto(String(link));
      await page.until('株洲 from the link', headingIs, ['株洲']);
      assert.equal(await page.run(selected), 'zhuzhou');
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${engine}: the embed code works in a page of another origin, which it resizes`, async () => {
      const page = await browser.open(`${served.url}?city=zhuzhou&lang=en`);
      await page.until('Zhuzhou', headingIs, ['Zhuzhou']);
      await page.clickOn('.sharebar button[aria-expanded]');
      const snippet = await page.until('the embed code', () => document.querySelector('.embed-snippet')?.value);
      assert.match(snippet, /^<iframe src="[^"]*\/zhuzhou\.en\.html\?measure=gdp-2022&amp;embed=1"/);
      const dir = mkdtempSync(join(tmpdir(), 'atlas-engine-host-'));
      writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
        <link rel="icon" href="data:,"></head><body><h1>An article</h1><p>Before the chart.</p>${snippet}<p>After.</p></body></html>`);
      const host = await serve(dir, 0);
      try {
        await page.goto(`http://127.0.0.1:${host.address().port}/`);
        await page.run(() => document.querySelector('iframe').scrollIntoView());
        await page.until('the atlas in the frame', () => true); // the frame's document is there
        const inFrame = (fn, ...a) => page.runInFrame('iframe', fn, ...a);
        const end = Date.now() + 15000;
        while (!(await inFrame(headingIs, 'Zhuzhou').catch(() => false))) {
          assert.ok(Date.now() < end, 'the embed shows Zhuzhou');
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.equal(await inFrame(() => document.querySelectorAll('.masthead').length), 0, 'no page header in an embed');
        const fits = async () => {
          const frame = await page.run(() => document.querySelector('iframe').getBoundingClientRect().height);
          const content = await inFrame(() => document.body.scrollHeight);
          return Math.abs(frame - content) <= 2 && frame;
        };
        let height;
        while (!(height = await fits())) {
          assert.ok(Date.now() < end, 'the iframe takes its content\'s height');
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.ok(height > 760, `resized from 760 to ${height}`);
        // A real click inside the frame selects there.
        await page.clickOn('g.label[data-place="hengyang"]', 'iframe');
        while (!(await inFrame(headingIs, 'Hengyang'))) {
          assert.ok(Date.now() < end + 5000, 'Hengyang selected in the embed');
          await new Promise((r) => setTimeout(r, 100));
        }
        // Firefox, alone, reports that the frame's body changed size again within the frame in
        // which its size was sent (the host's scrollbar comes as the frame grows, and the text
        // wraps anew): the new size is sent in the next frame, as the spec of ResizeObserver
        // says; no other error is allowed.
        const deferred = /^error: ResizeObserver loop completed with undelivered notifications\.$/;
        assert.deepEqual((await inFrame(() => window.__errors)).filter((e) => !(engine === 'firefox' && deferred.test(e))), []);
      } finally {
        host.close();
        await page.close();
      }
    });

    test(`${engine}: the language switch changes the page in place and names the language in the address`, async () => {
      const page = await browser.open(`${served.url}?city=zhuzhou&lang=en`);
      await page.until('Zhuzhou', headingIs, ['Zhuzhou']);
      await page.run(() => { window.__sameDocument = true; });
      await page.clickOn('.masthead nav.lang-switch a[hreflang="zh-CN"]');
      await page.until('the page in Chinese', () => document.documentElement.lang === 'zh-CN' && document.querySelector('.panel-head h2').textContent.startsWith('株洲'));
      // The address follows once the frame is painted.
      await page.until('the address to name Chinese', () => location.search === '?city=zhuzhou&lang=zh');
      assert.equal(await page.run(() => window.__sameDocument), true, 'no reload');
      await page.back();
      await page.until('Back to English', () => document.documentElement.lang === 'en' && document.querySelector('.panel-head h2').textContent.startsWith('Zhuzhou'));
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${engine}: typing in the search lists what matches; choosing a result opens its figure`, async () => {
      const page = await browser.open(`${served.url}?city=changsha&lang=en`);
      await page.until('Changsha', headingIs, ['Changsha']);
      await page.clickOn('#search-field');
      assert.equal(await page.run(() => document.activeElement.id), 'search-field');
      await page.type('aero');
      const id = 'zhuzhou-2020-aero-engine-market-share';
      await page.until('the aero-engine figure among the results', (id) => document.querySelector(`.result[data-item="${id}"]`) !== null, [id]);
      await page.until('the search in the address', () => location.search === '?city=changsha&lang=en&q=aero');
      await page.clickOn(`.result[data-item="${id}"] a`);
      await page.until('Zhuzhou', headingIs, ['Zhuzhou']);
      await page.until('the figure marked and open', (id) => document.querySelector(`.card.marked[data-figure="${id}"] details.quote`)?.open, [id]);
      await page.until('the choice in the address', (id) => location.search === `?city=zhuzhou&lang=en&mark=${id}`, [id]);
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${engine}: when the wasm cannot load, the page says so, and Retry recovers the view`, async () => {
      let failing = true;
      const flaky = await site({ failing: () => failing });
      try {
        const page = await browser.open(`${flaky.url}?city=zhuzhou&lang=en`);
        const said = await page.until('the failure said', () => document.querySelector('#prerendered .panel [role="alert"]')?.textContent);
        assert.match(said, /could not load/);
        failing = false;
        await page.clickOn('#prerendered .panel [role="alert"] button');
        await page.until('Zhuzhou mounted', headingIs, ['Zhuzhou']);
        assert.equal(await page.run(selected), 'zhuzhou');
        await page.close();
      } finally {
        flaky.server.close();
      }
    });

    test(`${engine}: after one visit, a division opens with no network`, async () => {
      // Its own origin, so that its service worker is new; then the server goes away.
      const own = await site();
      const page = await browser.open(`${own.url}?lang=en`);
      try {
        await page.until('Hunan', headingIs, ['Hunan']);
        await page.until('the service worker to control the page', () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, [], 30000);
        own.server.closeAllConnections();
        await new Promise((r) => own.server.close(r));
        await page.goto(`${own.url}?city=changde&lang=en`);
        await page.until('Changde offline', headingIs, ['Changde'], 15000);
        await page.run(() => document.querySelector('.chart[data-chart="baseline"]').scrollIntoView());
        await page.until('its chart drawn offline', () => document.querySelector('.chart[data-chart="baseline"] .chart-canvas canvas') !== null);
      } finally {
        own.server.close();
        await page.close();
      }
    });

    test(`${engine}: English text keeps Latin punctuation: the apostrophe of "Hunan’s" is narrow`, async () => {
      const page = await browser.open(`${served.url}?lang=en`);
      await page.until('Hunan', headingIs, ['Hunan']);
      const measured = await page.until('the apostrophe measured', () => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf('Hunan\u2019s');
          if (at < 0 || node.parentElement.closest('[lang]').lang !== 'en') continue;
          const range = document.createRange();
          range.setStart(node, at + 5);
          range.setEnd(node, at + 6);
          const width = range.getBoundingClientRect().width;
          if (!width) continue;
          return { width, em: parseFloat(getComputedStyle(node.parentElement).fontSize), text: node.data.slice(0, 60) };
        }
        return null;
      });
      // A Latin right single quotation mark is about a quarter of an em; a CJK font's is a whole em.
      assert.ok(measured.width < 0.45 * measured.em, `${measured.width} px at ${measured.em} px in "${measured.text}"`);
      await page.close();
    });
  });
}
