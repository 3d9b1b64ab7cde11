// Screenshots of the built page for a human to look at, at 1280x900 and 390x844:
//   node scripts/screenshot.mjs <query> <name> [selector to click ...]
//       writes shots/<name>-desktop.png and shots/<name>-phone.png (the whole page, every chart
//       drawn) and shots/<name>-<desktop|phone>-top.png (what a reader sees on arrival);
//   node scripts/screenshot.mjs --all
//       the same for every view: the province and each division, in English and Chinese, the
//       province's and Changsha's table, and the embed, in shots/views/ (the editor's review).
import { launch, serveDist } from '../e2e/support.mjs';
import { readCsv } from './csv.mjs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const VIEWPORTS = [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]];

async function shoot(browser, url, query, name, actions = []) {
  mkdirSync(dirname(`shots/${name}`), { recursive: true });
  for (const [label, viewport] of VIEWPORTS) {
    // The page's CSP refuses the style sheet added below for the full-page capture.
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, bypassCSP: true });
    page.on('console', (m) => { if (m.type() === 'error') console.error(`${name} ${label}: console error:`, m.text()); });
    await page.goto(url + query);
    // The panel's heading, or the results of a search the link names.
    await page.locator('.panel-head h2:visible, .search-results:visible .results-count').first().waitFor();
    await page.waitForLoadState('networkidle');
    for (const a of actions) await page.click(a);
    await page.evaluate(() => window.scrollTo(0, 0));
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
}

const browser = await launch();
const { server, url } = await serveDist();
if (process.argv[2] === '--all') {
  const places = readCsv('data/places.csv');
  for (const lang of ['en', 'zh']) {
    for (const p of places) {
      const city = p.kind === 'province' ? '' : `&city=${p.id}`;
      await shoot(browser, url, `?lang=${lang}${city}`, `views/${p.id}-${lang}`);
    }
    await shoot(browser, url, `?lang=${lang}&view=table`, `views/table-hunan-${lang}`);
    await shoot(browser, url, `?lang=${lang}&view=table&city=changsha`, `views/table-changsha-${lang}`);
    await shoot(browser, url, `?lang=${lang}&embed=1`, `views/embed-${lang}`);
    console.log(`${lang}: ${places.length + 3} views`);
  }
} else {
  const [query = '', name = 'home', ...actions] = process.argv.slice(2);
  await shoot(browser, url, query, name, actions);
}
await browser.close();
server.close();
