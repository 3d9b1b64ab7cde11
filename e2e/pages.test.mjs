// Every view a page of its own (issue 28; crates/build/src/page.rs, scripts/pages.mjs): what a
// shared link is, what a link preview and a search engine read in its HTML, what a reader without
// JavaScript sees, the sitemap, and old `?city=` links. The expected words and numbers are
// written here by hand from data/baseline.csv and data/figures.csv.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, serveDistUnderSubPath, openAtlas, eventually } from './support.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

/** The province and its 14 divisions, as data/places.csv names them. */
const PLACES = ['hunan', 'changsha', 'zhuzhou', 'xiangtan', 'hengyang', 'shaoyang', 'yueyang', 'changde',
  'zhangjiajie', 'yiyang', 'chenzhou', 'yongzhou', 'huaihua', 'loudi', 'xiangxi'];

/** Zhuzhou's page in each language: its title, and what its panel and its description state of
 * its 2022 GDP (data/baseline.csv: "5、株洲市:3616.81億元", the 5th of the list's 14; of the
 * province's 48,670.4亿元, 3,616.81 is 7.4%). */
const ZHUZHOU = {
  en: { title: 'Zhuzhou 株洲 · Hunan Industry Atlas', heading: 'Zhuzhou', gdp: '361.681 billion CNY', rank: '5th largest of 14 divisions',
    lead: 'Zhuzhou: Gross domestic product (GDP): 361.681 billion CNY; 5th largest of 14 divisions; 7.4% of Hunan. ' },
  zh: { title: '株洲 Zhuzhou · 湖南产业地图', heading: '株洲', gdp: '3,616.81亿元', rank: '14个市州中居第5位',
    lead: '株洲：地区生产总值3,616.81亿元；14个市州中居第5位；占湖南的7.4%。' },
};

/** The link the Share button gives on the atlas opened at `query`. */
async function sharedLink(query) {
  const atlas = await openAtlas(browser, `${served.url}${query}`);
  await atlas.page.evaluate(() => { navigator.share = async (data) => { window.__shared = data; }; });
  await atlas.page.locator('.sharebar button').first().click();
  const link = await eventually('the link to be shared', () => atlas.page.evaluate(() => window.__shared?.url));
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
  return link;
}

const meta = (html, key) => html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const lang of ['en', 'zh']) {
  const want = ZHUZHOU[lang];

  test(`${lang}: the share link is Zhuzhou's own page, with its title, share card and preview image`, async () => {
    const link = await sharedLink(`?city=zhuzhou&lang=${lang}`);
    assert.equal(link, `${served.url}zhuzhou.${lang}.html`);
    const response = await fetch(link);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, new RegExp(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`));
    assert.equal(html.match(/<title>([^<]*)<\/title>/)[1], want.title);
    assert.equal(meta(html, 'og:title'), want.title);
    assert.equal(meta(html, 'twitter:title'), want.title);
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
    assert.ok(meta(html, 'description').startsWith(want.lead), meta(html, 'description'));
    assert.equal(meta(html, 'og:description'), meta(html, 'description'));
    assert.match(html, new RegExp(`<link rel="canonical" href="zhuzhou\\.${lang}\\.html" />`));
    assert.match(html, /<link rel="alternate" hreflang="zh-CN" href="zhuzhou\.zh\.html" \/>/);
    assert.match(html, /<link rel="alternate" hreflang="en" href="zhuzhou\.en\.html" \/>/);
    // Relative addresses only: the folder works under any path of any host.
    assert.deepEqual(html.match(/(?:href|src|content)="\/(?!\/)[^"]*"/g), null);
    // The card's image: a PNG of the size the tags state, at least 1200x630.
    const image = meta(html, 'og:image');
    assert.equal(meta(html, 'twitter:image'), image);
    assert.equal(image, `previews/zhuzhou.${lang}.png`);
    const png = await fetch(new URL(image, link));
    assert.equal(png.headers.get('content-type'), 'image/png');
    const [width, height] = pngSize(Buffer.from(await png.arrayBuffer()));
    assert.deepEqual([width, height], [Number(meta(html, 'og:image:width')), Number(meta(html, 'og:image:height'))]);
    assert.ok(width >= 1200 && height >= 630, `${width}x${height}`);
  });

  test(`${lang}: without JavaScript, Zhuzhou's page shows its heading, figures and sources`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.url}zhuzhou.${lang}.html`);
    assert.match(await page.locator('.panel-head h2').innerText(), new RegExp(`^${want.heading}`));
    assert.equal(await page.locator('svg.map path.division.selected').getAttribute('data-place'), 'zhuzhou');
    const gdp = page.locator('.card.official').first();
    assert.ok((await gdp.innerText()).includes(want.gdp), await gdp.innerText());
    assert.ok((await gdp.innerText()).includes(want.rank), await gdp.innerText());
    // The source's own line, in the card's closed <details>.
    assert.ok((await gdp.locator('blockquote').textContent()).includes('5、株洲市:3616.81億元'));
    // Every figure with its source: the GDP and the six the articles give (data/figures.csv).
    assert.equal(await page.locator('table.figures tbody tr').count(), 7);
    assert.equal(await page.locator('table.figures tbody tr blockquote').count(), 7);
    await context.close();
  });
}

test('the sitemap lists the 30 pages, and robots.txt names it', async () => {
  const sitemap = await (await fetch(`${served.url}sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual([...locs].sort(), PLACES.flatMap((p) => [`${p}.en.html`, `${p}.zh.html`]).sort());
  for (const loc of locs) assert.equal((await fetch(new URL(loc, served.url))).status, 200, loc);
  const robots = await (await fetch(`${served.url}robots.txt`)).text();
  assert.match(robots, /^Sitemap: sitemap\.xml$/m);
});

test('an old ?city=zhuzhou link opens Zhuzhou, and stays an index.html link', async () => {
  const atlas = await openAtlas(browser, `${served.url}?city=zhuzhou`);
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await atlas.selected().getAttribute('data-place'), 'zhuzhou');
  await eventually('the address to stay a query', () => atlas.page.url() === `${served.url}?city=zhuzhou`);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('on a page under a sub-path the app mounts on its view; a click, Back and the language move between pages', async () => {
  const { server, url: base } = await serveDistUnderSubPath();
  const atlas = await openAtlas(browser, `${base}zhuzhou.en.html`);
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(await atlas.selected().getAttribute('data-place'), 'zhuzhou');
  assert.equal(await atlas.page.title(), ZHUZHOU.en.title);
  await atlas.clickDivision('changsha');
  await atlas.heading().filter({ hasText: 'Changsha' }).waitFor();
  await eventually('the address to be the new view\'s page', () => atlas.page.url() === `${base}changsha.en.html`);
  await eventually('the tab to name it', async () => (await atlas.page.title()) === 'Changsha 长沙 · Hunan Industry Atlas');
  await atlas.page.goBack();
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  assert.equal(atlas.page.url(), `${base}zhuzhou.en.html`);
  await atlas.page.locator('.masthead .lang-switch a[hreflang="zh-CN"]').click();
  await atlas.heading().filter({ hasText: '株洲' }).waitFor();
  await eventually('the address to be the page in Chinese', () => atlas.page.url() === `${base}zhuzhou.zh.html`);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
  server.close();
});
