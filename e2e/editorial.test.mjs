// The editor's pass (issue 25), measured in the browser: the table's width, overflow and
// columns; the embed on a phone; no italic Chinese; the map's names legible and each inside its
// own division on a phone; no text cut in the search field or the map's menu; no "12 rank", no
// three decimals of 亿, one date format and no space after full-width punctuation in Chinese;
// an open topic marks its divisions on the map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const DIVISIONS = readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id);

test('the table view is the page\'s width, on the first screen, with a Place column and a header that stays', async () => {
  for (const lang of ['en', 'zh']) {
    const atlas = await openAtlas(browser, `${served.url}?lang=${lang}&view=table`, { viewport: DESKTOP });
    const page = atlas.page;
    await page.locator('table.figures').waitFor();
    const m = await page.evaluate(() => {
      const table = document.querySelector('table.figures').getBoundingClientRect();
      const heads = [...document.querySelectorAll('table.figures th')].map((th) => th.textContent);
      const sticky = getComputedStyle(document.querySelector('table.figures th')).position;
      // A period's cell on one line: its text is one line box high.
      const periods = [...document.querySelectorAll('table.figures td.period')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return range.getClientRects().length;
      });
      const narrowest = Math.min(...[...document.querySelectorAll('table.figures th')].map((th) => th.getBoundingClientRect().width));
      return { top: table.top, width: table.width, scroll: document.scrollingElement.scrollWidth, heads, sticky, periods, narrowest };
    });
    // 1280 px less the page's and the panel's padding: well over 1,100 px.
    assert.ok(m.width > 1100, `${lang}: the table is ${m.width} px wide`);
    assert.ok(m.top < 900, `${lang}: the table starts at ${m.top} px, below the first screen`);
    assert.ok(m.scroll <= 1280, `${lang}: the page scrolls sideways (${m.scroll} px)`);
    assert.equal(m.heads[0], lang === 'en' ? 'Place' : '地区');
    assert.equal(m.sticky, 'sticky');
    assert.ok(m.periods.every((n) => n === 1), `${lang}: a period wraps: ${m.periods}`);
    // No column a character wide (主题 was one character wide): at least two characters.
    assert.ok(m.narrowest >= 28, `${lang}: a column is ${m.narrowest} px wide`);
    // The province's table is every figure of the atlas: the 14 divisions' official GDP among them.
    const places = new Set(await page.locator('table.figures td.place').evaluateAll((tds) => tds.map((td) => td.firstChild.textContent)));
    assert.equal(places.size, 15, `${lang}: ${[...places]}`);
    // The header stays at the top while the rows scroll under it.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('table.figures').getBoundingClientRect().top + scrollY + 800));
    const headTop = await page.locator('table.figures th').first().evaluate((th) => th.getBoundingClientRect().top);
    assert.ok(Math.abs(headTop) <= 1, `${lang}: the header scrolled away (${headTop})`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('on a phone, every row of the table keeps its place, value and source on the screen', async () => {
  for (const lang of ['en', 'zh']) {
    const atlas = await openAtlas(browser, `${served.url}?lang=${lang}&view=table&city=changsha`, { viewport: PHONE });
    await atlas.page.locator('table.figures').waitFor();
    const rows = await atlas.page.evaluate(() => [...document.querySelectorAll('table.figures tbody tr')].map((tr) => {
      const box = (sel) => tr.querySelector(sel).getBoundingClientRect();
      const [place, value, source] = [box('td.place'), box('td.num'), box('td.source')];
      return { left: Math.min(place.left, value.left, source.left), right: Math.max(place.right, value.right, source.right), visible: [place, value, source].every((b) => b.width > 0 && b.height > 0) };
    }));
    assert.ok(rows.length > 5, lang);
    for (const r of rows) assert.ok(r.visible && r.left >= 0 && r.right <= 390, `${lang}: a row reaches ${r.left}..${r.right}`);
    assert.ok(await atlas.page.evaluate(() => document.scrollingElement.scrollWidth) <= 390, lang);
    await atlas.page.close();
  }
});

test('the embed fits a phone: nothing wider than 390 px, the language switch on one line, the search and the full view on screen', async () => {
  for (const lang of ['en', 'zh']) {
    const atlas = await openAtlas(browser, `${served.url}?embed=1&lang=${lang}`, { viewport: PHONE });
    const m = await atlas.page.evaluate(() => {
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      const zh = document.querySelector('.lang-switch a[data-lang="zh"]');
      const range = document.createRange();
      range.selectNodeContents(zh);
      return {
        scroll: document.scrollingElement.scrollWidth,
        search: box('.search input'),
        full: box('.full-view'),
        title: box('h1'),
        zhLines: range.getClientRects().length,
        lineHeight: parseFloat(getComputedStyle(document.querySelector('h1')).lineHeight) || 24,
      };
    });
    assert.ok(m.scroll <= 390, `${lang}: the embed is ${m.scroll} px wide`);
    for (const what of ['search', 'full']) assert.ok(m[what].left >= 0 && m[what].right <= 390 && m[what].width > 0, `${lang}: ${what} at ${m[what].left}..${m[what].right}`);
    assert.equal(m.zhLines, 1, `${lang}: 中文 breaks`);
    assert.ok(m.title.height <= 2 * m.lineHeight + 1, `${lang}: the title takes ${m.title.height} px`);
    await atlas.page.close();
  }
});

/** Every element with Chinese text of its own, and its computed font style, in the page. */
const CHINESE_STYLES = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\\u4e00-\\u9fff]/.test(n.textContent) || !n.parentElement.getClientRects().length) continue;
    const s = getComputedStyle(n.parentElement);
    out.push({ text: n.textContent.trim().slice(0, 30), style: s.fontStyle, synthesis: s.fontSynthesisStyle });
  }
  return out;
})()`;

test('no Chinese text is set in italic, in the cards, sources, table and results', async () => {
  for (const query of ['?lang=zh&city=changsha', '?lang=zh&topic=innovation', '?lang=zh&view=table', '?lang=en&city=zhuzhou']) {
    const atlas = await openAtlas(browser, served.url + query, { viewport: DESKTOP });
    // Open every source, so that quotes and notes are laid out.
    await atlas.page.evaluate(() => document.querySelectorAll('details.quote').forEach((d) => { d.open = true; }));
    await atlas.page.waitForTimeout(300);
    const texts = await atlas.page.evaluate(CHINESE_STYLES);
    assert.ok(texts.length > 0, query);
    const italic = texts.filter((t) => t.style !== 'normal');
    assert.deepEqual(italic, [], `${query}: Chinese in italic`);
    await atlas.page.close();
  }
});

test('the map\'s names are at least 10 px at 1280x900, in both languages', async () => {
  for (const lang of ['en', 'zh']) {
    const atlas = await openAtlas(browser, `${served.url}?lang=${lang}`, { viewport: DESKTOP });
    const sizes = await atlas.page.evaluate(() => {
      const scale = document.querySelector('svg.map').getScreenCTM().a;
      return [...document.querySelectorAll('svg.map .label text')]
        .filter((t) => getComputedStyle(t).display !== 'none')
        .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
    });
    // Both names of each of the 14 divisions.
    assert.equal(sizes.length, 28, lang);
    const small = sizes.filter((s) => s.px < 10);
    assert.deepEqual(small, [], `${lang}: names under 10 px`);
    await atlas.page.close();
  }
});

test('on a phone every name on the map lies inside its own division and clear of the others', async () => {
  for (const lang of ['en', 'zh']) {
    const atlas = await openAtlas(browser, `${served.url}?lang=${lang}`, { viewport: PHONE });
    const found = await atlas.page.evaluate(() => {
      const out = [];
      const boxes = [];
      for (const g of document.querySelectorAll('svg.map g.label')) {
        for (const t of g.querySelectorAll('text')) {
          if (getComputedStyle(t).display === 'none') continue;
          const b = t.getBoundingClientRect();
          boxes.push({ place: g.dataset.place, b });
          // Along the middle of the name: the division under it (names let the pointer through).
          for (const f of [0.02, 0.25, 0.5, 0.75, 0.98]) {
            const hit = document.elementFromPoint(b.left + b.width * f, b.top + b.height / 2)?.closest('path.division');
            if (hit?.dataset.place !== g.dataset.place) out.push(`${g.dataset.place} over ${hit?.dataset.place ?? 'nothing'} at ${f}`);
          }
        }
      }
      for (const a of boxes) for (const c of boxes) {
        if (a.place < c.place && a.b.left < c.b.right && c.b.left < a.b.right && a.b.top < c.b.bottom && c.b.top < a.b.bottom) out.push(`${a.place} meets ${c.place}`);
      }
      return { out, names: boxes.length };
    });
    assert.equal(found.names, 14, lang);
    assert.deepEqual(found.out, [], lang);
    await atlas.page.close();
  }
});

/** The width of `text` in the font of `el`, measured with a canvas, and the width `el` gives it. */
const FITS = `(el, text, reserved) => {
  const s = getComputedStyle(el);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = s.font || [s.fontStyle, s.fontWeight, s.fontSize, s.fontFamily].join(' ');
  const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - reserved;
  return { text, width: ctx.measureText(text).width, room };
}`;

test('the search field\'s hint and every entry of the map\'s menu show whole, on a phone and a desktop', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    for (const lang of ['en', 'zh']) {
      const atlas = await openAtlas(browser, `${served.url}?lang=${lang}`, { viewport });
      const cut = await atlas.page.evaluate(`(() => {
        const fits = ${FITS};
        const out = [];
        const input = document.querySelector('.search input');
        out.push(fits(input, input.placeholder, 0));
        // A select draws its arrow inside its padding box: about 20 px.
        const select = document.querySelector('.legend select');
        for (const o of select.options) out.push(fits(select, o.textContent, 20));
        return out.filter((f) => f.width > f.room);
      })()`);
      assert.deepEqual(cut, [], `${lang} ${viewport.width}: cut texts`);
      await atlas.page.close();
    }
  }
});

test('no view says "12 rank" or writes 亿 with three decimals; Chinese has one date format and no space after its punctuation', async () => {
  for (const lang of ['en', 'zh']) {
    for (const city of [null, ...DIVISIONS]) {
      for (const view of ['table', 'charts']) {
        const query = `?lang=${lang}&view=${view}${city ? `&city=${city}` : ''}`;
        const atlas = await openAtlas(browser, served.url + query, { viewport: DESKTOP });
        await atlas.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        await atlas.page.waitForTimeout(100);
        // What a reader reads in the panel and under the map (not the verbatim quotes, which are
        // the sources' own words).
        const text = await atlas.page.evaluate(() => {
          const clone = document.querySelector('main').cloneNode(true);
          clone.querySelectorAll('blockquote, svg').forEach((q) => q.remove());
          return clone.textContent;
        });
        assert.doesNotMatch(text, /\d+ (rank|generation)\b/, `${query}: a bare rank`);
        assert.doesNotMatch(text, /\d\.\d{3,}亿/, `${query}: more than two decimals of 亿`);
        if (lang === 'zh') {
          assert.doesNotMatch(text, /\b(19|20)\d\d-\d\d\b/, `${query}: an ISO date in Chinese`);
          assert.doesNotMatch(text, /[：，。、；] /, `${query}: a space after full-width punctuation`);
        }
        await atlas.page.close();
      }
    }
  }
});

test('opening a topic marks on the map the divisions it has something about', async () => {
  const atlas = await openAtlas(browser, `${served.url}?topic=towns`, { viewport: DESKTOP });
  const faded = () => atlas.page.locator('path.division.off-topic').evaluateAll((ps) => ps.map((p) => p.dataset.place).sort());
  // data/figures.csv and data/highlights.csv: the towns of Changsha, Zhuzhou, Yueyang and
  // Chenzhou; the other ten divisions fade.
  const marked = ['changsha', 'chenzhou', 'yueyang', 'zhuzhou'];
  await eventually('the other divisions to fade', async () => (await faded()).length === 10);
  assert.deepEqual(await faded(), DIVISIONS.filter((d) => !marked.includes(d)).sort());
  // Closing it shows every division again.
  await atlas.page.locator('details.topic[open] > summary').click();
  await eventually('every division to show again', async () => (await faded()).length === 0);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('a Chinese date never breaks across lines, on a phone', async () => {
  for (const city of ['city=changsha', 'topic=innovation']) {
    const atlas = await openAtlas(browser, `${served.url}?lang=zh&${city}`, { viewport: PHONE });
    const broken = await atlas.page.evaluate(() => {
      const out = [];
      let dates = 0;
      const walker = document.createTreeWalker(document.querySelector('.panel'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of n.textContent.matchAll(/\d{4}年\d{1,2}月(\d{1,2}日)?/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          dates += tops.size > 0;
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return { out, dates };
    });
    assert.ok(broken.dates > 3, `${city}: ${broken.dates} dates laid out`);
    assert.deepEqual(broken.out, [], `${city}: dates broken across lines`);
    await atlas.page.close();
  }
});
