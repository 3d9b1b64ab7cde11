// The accessibility audit: axe-core run in every view (the province and the 14 divisions), in the
// chart and the table view, at desktop and phone width, in the embed, in both languages. Zero
// violations of WCAG 2.0/2.1/2.2 A and AA and of axe's best practices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveDist } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

/** Injected with page.evaluate, as a strict CSP refuses an inline script tag. */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DIVISIONS = readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id);
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

/** The violations axe finds in the page as it is now, one line each. */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return violations;
}

/** Audits `query` at each width; `prepare(page)` brings the view to what is audited; `ready` is
 * what shows once the app has mounted (the panel's heading, or a search's results). */
async function auditView(query, prepare = async () => {}, ready = '.panel-head h2') {
  const found = [];
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, serviceWorkers: 'block' });
    await page.goto(`${served.url}${query}`);
    await page.locator(ready).first().waitFor();
    await prepare(page);
    // Charts near the viewport are drawn (their canvases carry their own text alternative).
    await page.waitForTimeout(300);
    for (const v of await audit(page)) found.push(`${query} ${name}: ${v}`);
    await page.close();
  }
  return found;
}

for (const lang of ['en', 'zh']) {
  test(`every view, in the chart and the table view, at both widths, has no violation (${lang})`, async () => {
    const found = [];
    for (const id of [null, ...DIVISIONS]) {
      const query = `?lang=${lang}${id ? `&city=${id}` : ''}`;
      found.push(...await auditView(query, async (page) => {
        // Every topic section open, as a reader may have them.
        for (const summary of await page.locator('details.topic > summary').all()) await summary.click();
      }));
    }
    found.push(...await auditView(`?lang=${lang}&city=zhuzhou&view=table`));
    found.push(...await auditView(`?lang=${lang}&city=zhuzhou&embed=1`));
    found.push(...await auditView(`?lang=${lang}&embed=1`));
    assert.deepEqual(found, []);
  });
}

test('a search, its results on the map and in the panel, and a chosen result have no violation', async () => {
  const results = '.search-results .result';
  const found = [
    ...await auditView('?lang=en&q=aero', async () => {}, results),
    ...await auditView(`?lang=zh&q=${encodeURIComponent('花炮')}`, async () => {}, results),
    ...await auditView('?lang=en&q=steel&embed=1', async () => {}, results),
    ...await auditView('?lang=en&q=nothing-matches-this', async () => {}, '.search-results .results-count:not(:empty)'),
    ...await auditView('?lang=en&city=zhuzhou&topic=parks&mark=zhuzhou-aero-engine-park'),
  ];
  assert.deepEqual(found, []);
});
