// Screenshots of the built page for a human to look at: node scripts/screenshot.mjs <query> <name>
// writes shots/<name>-desktop.png (1280x900) and shots/<name>-phone.png (390x844).
import { launch, serveDist } from '../e2e/support.mjs';
import { mkdirSync } from 'node:fs';

const [query = '', name = 'home', ...actions] = process.argv.slice(2);
const browser = await launch();
const { server, url } = await serveDist();
mkdirSync('shots', { recursive: true });
for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  // The page's CSP refuses the style sheet added below for the full-page capture.
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, bypassCSP: true });
  page.on('console', (m) => { if (m.type() === 'error') console.error('console error:', m.text()); });
  await page.goto(url + query);
  // The panel's heading, or the results of a search the link names.
  await page.locator('.panel-head h2:visible, .search-results:visible .results-count').first().waitFor();
  await page.waitForLoadState('networkidle');
  for (const a of actions) await page.click(a);
  await page.waitForTimeout(600);
  // What a reader sees on arrival, before any chart is drawn below the fold.
  await page.screenshot({ path: `shots/${name}-${label}-top.png` });
  // The whole page, with every chart drawn: charts draw as they come near, so visit each.
  const charts = page.locator('.chart-canvas:visible');
  for (let i = 0; i < await charts.count(); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => window.echarts?.getInstanceByDom(el), await charts.nth(i).elementHandle());
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  // Off-screen parts of the panel skip rendering (content-visibility: auto), which a full-page
  // capture would show as blank: render them all for it.
  await page.addStyleTag({ content: '.chart, .highlights, .topic { content-visibility: visible !important; }' });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `shots/${name}-${label}.png`, fullPage: true });
  await page.close();
}
await browser.close();
server.close();
