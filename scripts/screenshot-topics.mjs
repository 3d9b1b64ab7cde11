// Screenshots of every topic section of some views, opened one at a time through the URL, for a
// human to look at: node scripts/screenshot-topics.mjs [place ...]   (default: the province,
// Changsha, Zhuzhou and Hengyang). Writes shots/topics/<place>-<topic>-<desktop|phone>.png: the
// open section with its charts drawn (and, first, what the reader sees on arrival).
import { launch, serveDist } from '../e2e/support.mjs';
import { mkdirSync } from 'node:fs';

const places = process.argv.slice(2).length ? process.argv.slice(2) : ['hunan', 'changsha', 'zhuzhou', 'hengyang'];
const browser = await launch();
const { server, url } = await serveDist();
mkdirSync('shots/topics', { recursive: true });
const VIEWPORTS = [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]];
for (const place of places) {
  const city = place === 'hunan' ? '' : `city=${place}`;
  for (const [label, viewport] of VIEWPORTS) {
    // The page's CSP refuses the style sheet added below for the full-page capture.
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, bypassCSP: true });
    page.on('console', (m) => { if (m.type() === 'error') console.error(`${place} ${label}: console error:`, m.text()); });
    await page.goto(`${url}?${city}`);
    await page.locator('.panel-head h2').first().waitFor();
    const topics = await page.locator('details.topic').evaluateAll((els) => els.map((e) => e.dataset.topic));
    for (const topic of topics) {
      await page.goto(`${url}?${[city, `topic=${topic}`].filter(Boolean).join('&')}`);
      const section = page.locator('details.topic[open]');
      await section.waitFor();
      // Its charts draw once near the viewport: bring each there.
      const charts = section.locator('.chart-canvas');
      for (let i = 0; i < await charts.count(); i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await page.waitForFunction(([t, i]) => window.echarts?.getInstanceByDom(
          document.querySelectorAll(`details.topic[data-topic="${t}"] .chart-canvas`)[i]), [topic, i]);
      }
      await page.addStyleTag({ content: '.chart, .highlights, .topic { content-visibility: visible !important; }' });
      await page.waitForTimeout(300);
      await section.screenshot({ path: `shots/topics/${place}-${topic}-${label}.png` });
    }
    console.log(`${place} ${label}: ${topics.length} topics (${topics.join(', ')})`);
    await page.close();
  }
}
await browser.close();
server.close();
