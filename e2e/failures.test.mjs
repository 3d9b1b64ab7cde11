// No dead page when a download fails: with the wasm or its glue blocked, the prerendered page
// says so in its panel and offers Retry (static/boot.js, no wasm needed), the map's links still
// work, and a retry once the network is back mounts the view the address names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist } from './support.mjs';

// Without the service worker (e2e/offline.test.mjs has it): the page's own requests fail here,
// as on a first visit, which page.route cannot make a worker's requests do.

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

for (const [what, pattern, lang, words] of [
  ['the wasm', /_bg\.wasm$/, 'en', { failed: /could not load/, retry: 'Retry', heading: 'Zhuzhou' }],
  ['the glue', /hunan-atlas-[0-9a-f]+\.js(\?.*)?$/, 'zh', { failed: /未能加载/, retry: '重试', heading: '株洲' }],
]) {
  test(`when ${what} cannot load, the page says so with Retry, which recovers the view (${lang})`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const blocked = (route) => route.abort('internetdisconnected');
    await page.route(pattern, blocked);
    const started = Date.now();
    await page.goto(`${served.url}?city=zhuzhou&lang=${lang}`);
    const alert = page.locator('#prerendered .panel [role="alert"]');
    await alert.waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000);
    assert.match(await alert.innerText(), words.failed);
    // The prerendered map is still there, its divisions still links to their views.
    assert.equal(await page.locator('#prerendered svg.map a[href="?city=changsha"]').count(), 1);
    assert.match(page.url(), /\?city=zhuzhou&lang=/);
    // Back online: Retry mounts the app on the view the address names.
    await page.unroute(pattern, blocked);
    await alert.getByRole('button', { name: words.retry }).click();
    await page.locator('.panel-head h2', { hasText: words.heading }).waitFor({ timeout: 10000 });
    assert.equal(await page.locator('path.division.selected').getAttribute('data-place'), 'zhuzhou');
    assert.equal(await page.locator('#prerendered').count(), 0, 'the app replaced the prerendered page');
    await page.close();
  });
}

test('in a browser without WebAssembly, the page says so instead of loading forever', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(`${served.url}?city=zhuzhou&lang=en`);
  const alert = page.locator('#prerendered .panel [role="alert"]');
  await alert.waitFor({ timeout: 5000 });
  assert.match(await alert.innerText(), /WebAssembly/);
  await page.close();
});

test('when ECharts cannot load, each chart says so with Retry, the cards and the table still work, and Retry draws them', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const pattern = /echarts\.min\.js$/;
  const blocked = (route) => route.abort('internetdisconnected');
  await page.route(pattern, blocked);
  await page.goto(`${served.url}?city=zhuzhou&lang=en`);
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  const chart = page.locator('.chart').first();
  await chart.scrollIntoViewIfNeeded();
  const started = Date.now();
  await chart.locator('.error').waitFor({ timeout: 5000 });
  assert.ok(Date.now() - started < 5000, 'the message within 5 s');
  assert.match(await chart.locator('.error').innerText(), /charts could not be loaded/);
  assert.equal(await chart.locator('.chart-loading').count(), 1, 'nothing drawn');
  // The figures are all there without charts: cards, and the table view.
  assert.ok((await page.locator('.card').count()) > 0, 'the figure cards');
  await page.goto(`${served.url}?city=zhuzhou&lang=en&view=table`);
  await page.locator('table.figures tbody tr').first().waitFor();
  await page.goto(`${served.url}?city=zhuzhou&lang=en`);
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  const retry = page.locator('.chart').first().getByRole('button', { name: 'Retry' });
  await retry.waitFor({ timeout: 5000 });
  // The scroll reaches the page a frame later, and a scroll asks for ECharts again (which would
  // draw the charts by itself once back online): let that ask fail first.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  await retry.waitFor({ timeout: 5000 });
  // Back online: one Retry draws every chart in view.
  await page.unroute(pattern, blocked);
  await retry.click();
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].some((el) => window.echarts?.getInstanceByDom(el)?.getOption()?.series?.length));
  assert.equal(await page.locator('.chart .error:visible').count(), 0);
  assert.equal(await page.locator('.chart .retry:visible').count(), 0);
  assert.deepEqual(errors, [], 'no page error');
  await page.close();
});

test('a panic in the app (a trap of its wasm) shows a readable message and a reload that keeps the view', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await page.goto(`${served.url}?city=zhuzhou&lang=en`);
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  // What a panic ends in under panic = "abort": the wasm traps, and the call into it throws.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const notice = page.locator('.crash-notice[role="alert"]');
  await notice.waitFor({ timeout: 5000 });
  assert.match(await notice.innerText(), /Something went wrong/);
  assert.ok(await notice.isVisible());
  // A script error that is not the app's trap shows nothing.
  await page.reload();
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  await page.evaluate(() => setTimeout(() => { throw new TypeError('some script of the page'); }));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.crash-notice').count(), 0);
  // The trap in an async call (a promise the app's futures leave rejected).
  await page.evaluate(() => { setTimeout(() => Promise.reject(new WebAssembly.RuntimeError('unreachable'))); });
  await notice.waitFor({ timeout: 5000 });
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.locator('.panel-head h2', { hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await page.locator('.crash-notice').count(), 0);
  assert.match(page.url(), /\?city=zhuzhou&lang=en$/);
  await page.close();
});
