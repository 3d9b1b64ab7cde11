// static/embed.js, the resize helper a host page includes: it sets an iframe's height only from
// the atlas's own message, sent by one of the page's iframes, with a height in range.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveDist, eventually } from './support.mjs';
import { serve } from '../scripts/serve-static.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

test('embed.js ignores messages from other windows, of other kinds, and heights out of range', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-embedjs-'));
  // Two iframes of the atlas's origin, which send what the test tells them, as the atlas inside
  // them would (the message's source is the iframe's window).
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
    <body><h1>Host</h1><iframe id="a" src="${served.url}embed.js" height="300"></iframe><iframe id="b" src="${served.url}embed.js" height="300"></iframe>
    <script src="${served.url}embed.js"></script></body></html>`);
  const host = await serve(dir, 0);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  await page.waitForFunction(() => window.__hunanAtlasEmbed === true);
  const heights = () => page.evaluate(() => ['a', 'b'].map((id) => Number(document.getElementById(id).getAttribute('height'))));
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  const [a] = frames;
  const send = (frame, message) => frame.evaluate((m) => parent.postMessage(m, '*'), message);
  const settle = () => page.waitForTimeout(150);

  // Hostile or wrong messages change nothing.
  for (const message of [
    { type: 'hunan-atlas:resize', height: Number.NaN },
    { type: 'hunan-atlas:resize', height: Number.POSITIVE_INFINITY },
    { type: 'hunan-atlas:resize', height: -500 },
    { type: 'hunan-atlas:resize', height: 150 },
    { type: 'hunan-atlas:resize', height: 1e9 },
    { type: 'hunan-atlas:resize', height: '900' },
    { type: 'hunan-atlas:resize' },
    { type: 'other', height: 900 },
    'hunan-atlas:resize',
    null,
  ]) {
    await send(a, message);
    await settle();
    assert.deepEqual(await heights(), [300, 300], JSON.stringify(message) ?? String(message));
  }
  // From the host's own window, not one of its iframes: ignored.
  await page.evaluate(() => window.postMessage({ type: 'hunan-atlas:resize', height: 900 }, '*'));
  await settle();
  assert.deepEqual(await heights(), [300, 300], 'a message of the host window itself');
  // The atlas's message from an iframe resizes that iframe only.
  await send(a, { type: 'hunan-atlas:resize', height: 900.2 });
  await eventually('iframe a to take 901 px', async () => JSON.stringify(await heights()) === JSON.stringify([901, 300]));
  await page.close();
  host.close();
});
