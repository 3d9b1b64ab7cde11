// Screenshots of the built page for a human to look at: node scripts/screenshot.mjs <query> <name>
// writes shots/<name>-desktop.png (1280x900) and shots/<name>-phone.png (390x844).
import { launch, serveDist } from '../e2e/support.mjs';
import { mkdirSync } from 'node:fs';

const [query = '', name = 'home', ...actions] = process.argv.slice(2);
const browser = await launch();
const { server, url } = await serveDist();
mkdirSync('shots', { recursive: true });
for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'error') console.error('console error:', m.text()); });
  await page.goto(url + query);
  await page.locator('.panel-head h2').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((el) => window.echarts?.getInstanceByDom(el)));
  for (const a of actions) await page.click(a);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `shots/${name}-${label}.png`, fullPage: true });
  await page.screenshot({ path: `shots/${name}-${label}-top.png` });
  await page.close();
}
await browser.close();
server.close();
