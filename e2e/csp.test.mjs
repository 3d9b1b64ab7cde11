// The strict Content-Security-Policy the page brings (scripts/csp.mjs): what it allows, and that
// the atlas runs under it, with the policy also sent as a header, in every view, in its charts,
// its downloads and embedded in a page of another origin, with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openAtlas, eventually } from './support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { readCsv } from '../scripts/csv.mjs';

const PAGE = readFileSync('dist/index.html', 'utf8');
const META = PAGE.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
/** The header version, as dist/_headers gives it to hosts that read it. */
const HEADER = readFileSync('dist/_headers', 'utf8').match(/^\s*Content-Security-Policy: (.+)$/m)?.[1];
const DIVISIONS = readCsv('data/places.csv').filter((p) => p.kind !== 'province');
/** Directive name -> its sources. */
const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

/** Every `securitypolicyviolation` of every frame, kept in the frame's window. */
const RECORD_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__violations ||= []).push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});`;

let browser, served, url;
before(async () => {
  browser = await launch();
  served = await serve('dist', 0, { headers: { 'content-security-policy': HEADER } });
  url = `http://127.0.0.1:${served.address().port}/`;
});
after(async () => { await browser?.close(); served?.close(); });

test('the built page brings a strict policy, and the same as a header with frame-ancestors', () => {
  assert.ok(META, 'a <meta http-equiv="Content-Security-Policy"> in dist/index.html');
  const meta = directives(META);
  assert.deepEqual(meta['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  for (const [name, sources] of Object.entries(meta)) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), `${name}: ${sources}`);
  }
  for (const name of ['default-src', 'object-src', 'base-uri', 'form-action']) assert.deepEqual(meta[name], ["'none'"], name);
  for (const name of ['connect-src', 'worker-src', 'manifest-src']) assert.deepEqual(meta[name], ["'self'"], name);
  // It comes before anything it governs.
  assert.ok(PAGE.indexOf('Content-Security-Policy') < PAGE.search(/<(script|style|link)\b/));
  // No inline script is left (Trunk's loader is a file now); every inline style is hashed.
  assert.deepEqual([...PAGE.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)], []);
  const styles = [...PAGE.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  assert.ok(styles.length > 0, 'the prerendered map brings its fills as a style sheet');
  assert.deepEqual(meta['style-src'], ["'self'", ...styles]);
  assert.doesNotMatch(PAGE, /\sstyle="/, 'no style attribute, which the policy refuses');
  assert.equal(HEADER, `${META}; frame-ancestors *`);
});

test('under its policy, also sent as a header, every view draws its charts and downloads work, with no violation', async () => {
  const atlas = await openAtlas(browser, `${url}?lang=en`, {});
  const page = atlas.page;
  // openAtlas has loaded the page already: record from the next document on.
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.reload();
  await atlas.heading().first().waitFor();
  // ECharts comes when a chart comes within 240 px of the viewport (src/browser.rs, NEAR_MARGIN),
  // not before: whether the province's first chart is that near at 1280x900 depends on the
  // fonts the machine has (its top was at 969 px here).
  const [loaded, firstChartTop] = await page.evaluate(() => [typeof window.echarts !== 'undefined', document.querySelector('.chart')?.getBoundingClientRect().top ?? Infinity]);
  assert.ok(!loaded || firstChartTop < 900 + 240, `ECharts loaded with the first chart's top at ${firstChartTop} px`);
  for (const d of [null, ...DIVISIONS]) {
    if (d) await atlas.clickDivision(d.id);
    else await page.keyboard.press('Escape');
    await atlas.heading().filter({ hasText: d ? d.name_en : 'Hunan' }).first().waitFor();
    if (await page.locator('.chart-canvas').count()) await atlas.chartsReady();
  }
  // The map's fills came through the style object: the divisions with figures are coloured.
  const fills = await page.locator('path.division:not(.no-data)').evaluateAll((ps) => ps.map((p) => getComputedStyle(p).fill));
  assert.ok(fills.length > 0 && fills.every((f) => /^rgb/.test(f)), `fills: ${fills}`);
  // A tooltip and the downloads, in the province view.
  await page.keyboard.press('Escape');
  await atlas.heading().filter({ hasText: 'Hunan' }).first().waitFor();
  await atlas.chartsReady();
  const bar = page.locator('.chart-canvas').first();
  await bar.scrollIntoViewIfNeeded();
  // Where the first bar is drawn: the pointer over it shows its tooltip (HTML, written by ECharts).
  const at = await bar.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const r = el.getBoundingClientRect();
    const shape = chart.getZr().storage.getDisplayList().find((d) => d.type === 'rect' && d.shape?.width > 4 && d.shape?.height > 4 && d.style?.fill && d.style.fill !== 'none' && d.shape.x > 0);
    const box = shape.getBoundingRect();
    return { x: r.left + box.x + box.width / 2, y: r.top + box.y + box.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  // The first chart of the province: the official statistics, the largest bar Changsha's GDP.
  const tip = bar.locator('div', { hasText: 'billion CNY' }).last();
  await tip.waitFor();
  assert.match(await tip.innerText(), /1,396\.611 billion CNY/);
  await page.locator('.menu summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="all-csv"]').click()]);
  assert.ok(readFileSync(await csv.path(), 'utf8').length > 1000);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('.chart .png').first().click()]);
  assert.ok((await png.suggestedFilename()).endsWith('.png'));
  assert.deepEqual(await page.evaluate(() => window.__violations ?? []), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('embedded in a page of another origin, the atlas runs under its policy and resizes its iframe', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-csp-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
    <body><h1>An article</h1><iframe src="${url}?city=zhuzhou&embed=1&lang=en" title="Atlas" width="100%" height="760"></iframe>
    <script src="${url}embed.js" async></script></body></html>`);
  const host = await serve(dir, 0);
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  await frame.locator('.chart-canvas').first().scrollIntoViewIfNeeded();
  const inner = page.frames().find((f) => f.url().startsWith(url));
  await inner.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('.chart-canvas'))?.getOption()?.series?.length);
  await eventually('the iframe to take its content height', async () => (await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)) > 760);
  assert.deepEqual(await inner.evaluate(() => window.__violations ?? []), []);
  assert.deepEqual(await page.evaluate(() => window.__violations ?? []), []);
  assert.deepEqual(errors, []);
  await page.close();
  host.close();
});
