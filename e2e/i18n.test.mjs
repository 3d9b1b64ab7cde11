// The atlas in Chinese and in English (issue 12): the language comes from the link or else the
// browser, a switch changes it in place, every view reads in its language (Latin words in
// Chinese only where they belong, no Chinese in English outside marked names), quotes stay
// verbatim with their 译文 after them, and share links and embeds name their language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually, latinInChineseData } from './support.mjs';
import { readCsv } from '../scripts/csv.mjs';

const PLACES = readCsv('data/places.csv');
/** The 15 views: the province, then each of the 14 divisions. */
const VIEWS = [null, ...PLACES.filter((p) => p.kind !== 'province').map((p) => p.id)];
const FIGURES = readCsv('data/figures.csv');
const VIEWPORT = { width: 1280, height: 900 };

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

/** A page in a browser whose language is `locale` (navigator.languages and Accept-Language): its
 * own context, which openAtlas opens the page in like a browser (the context has the viewport). */
async function openIn(locale, query, initScript) {
  const context = await browser.newContext({ locale, viewport: VIEWPORT });
  if (initScript) await context.addInitScript(initScript);
  const atlas = await openAtlas(context, served.url + query);
  atlas.close = () => context.close();
  return atlas;
}
const htmlLang = (atlas) => atlas.page.evaluate(() => document.documentElement.lang);
const heading = (atlas) => atlas.heading().first().textContent();
const search = (atlas) => new URL(atlas.page.url()).search;

test('without a lang key the browser language decides; the key wins over it; an unknown one falls back with a notice', async () => {
  for (const [locale, tag, name, title] of [
    ['zh-CN', 'zh-CN', '湖南', '湖南产业地图'],
    ['en-US', 'en', 'Hunan', 'Hunan Industry Atlas'],
    ['fr-FR', 'en', 'Hunan', 'Hunan Industry Atlas'], // neither zh* nor en*: English
  ]) {
    const atlas = await openIn(locale, '');
    await eventually(`${locale}: <html lang="${tag}">`, async () => (await htmlLang(atlas)) === tag);
    assert.ok((await heading(atlas)).startsWith(name), `${locale}: heading "${await heading(atlas)}"`);
    await eventually(`${locale}: the title`, async () => (await atlas.page.title()).startsWith(title));
    const description = await atlas.page.locator('meta[name=description]').getAttribute('content');
    assert.equal(/[\u4e00-\u9fff]/.test(description), tag === 'zh-CN', `${locale}: description "${description}"`);
    // The map's label lines are each marked with their language.
    // (A name may have a second English line for phones, `.phone`, where it fits there.)
    const labels = await atlas.page.locator('svg.map g.label text').evaluateAll((ts) => ts.map((t) => [t.getAttribute('lang'), t.textContent]));
    const shown = await atlas.page.locator('svg.map g.label text:not(.phone)').count();
    assert.equal(shown, 28, `${locale}: two label lines a division`);
    for (const [lang, text] of labels) assert.equal(lang, /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en', `label "${text}"`);
    assert.deepEqual(atlas.page.errors, [], locale);
    await atlas.close();
  }
  // A link in English stays English in a Chinese browser.
  const english = await openIn('zh-CN', '?lang=en&city=zhuzhou');
  await eventually('the link\u2019s English', async () => (await htmlLang(english)) === 'en');
  assert.ok((await heading(english)).startsWith('Zhuzhou'), await heading(english));
  assert.deepEqual(english.page.errors, []);
  await english.close();
  // An unknown language: a notice, the browser's language, and the key leaves the address.
  const unknown = await openIn('zh-CN', '?lang=fr');
  await unknown.page.locator('.notice').waitFor();
  assert.equal(await htmlLang(unknown), 'zh-CN');
  assert.ok((await heading(unknown)).startsWith('湖南'), await heading(unknown));
  assert.match(await unknown.page.locator('.notice').textContent(), /[\u4e00-\u9fff]/, 'the notice is in Chinese');
  await eventually('the link to be replaced', () => search(unknown) === '');
  assert.deepEqual(unknown.page.errors, []);
  await unknown.close();
});

test('the switch changes the language in place, puts it in the address, and Back returns', async () => {
  const atlas = await openIn('en-US', '?city=zhuzhou');
  const page = atlas.page;
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  const zh = page.locator('.masthead nav.lang-switch a[hreflang="zh-CN"]');
  const en = page.locator('.masthead nav.lang-switch a[hreflang="en"]');
  assert.equal(await zh.textContent(), '中文');
  assert.equal(await en.textContent(), 'English');
  assert.equal(await en.getAttribute('aria-current'), 'true');
  assert.equal(await zh.getAttribute('aria-current'), null);
  // Real links, to this view's page in each language.
  assert.equal(await zh.getAttribute('href'), 'zhuzhou.zh.html');
  assert.equal(await en.getAttribute('href'), 'zhuzhou.en.html');
  await page.evaluate(() => { window.__sameDocument = true; });
  await zh.click();
  await eventually('the address to name Chinese', () => search(atlas) === '?city=zhuzhou&lang=zh');
  await eventually('<html lang="zh-CN">', async () => (await htmlLang(atlas)) === 'zh-CN');
  await eventually('the heading in Chinese', async () => (await heading(atlas)).startsWith('株洲'));
  assert.equal(await zh.getAttribute('aria-current'), 'true');
  assert.equal(await en.getAttribute('aria-current'), null);
  await eventually('the tab\'s title in Chinese', async () => (await page.title()) === '株洲 Zhuzhou · 湖南产业地图');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  await page.goBack();
  await eventually('Back to the address without the key', () => search(atlas) === '?city=zhuzhou');
  await eventually('Back to English', async () => (await htmlLang(atlas)) === 'en' && (await heading(atlas)).startsWith('Zhuzhou'));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload on Back');
  assert.deepEqual(page.errors, []);
  await atlas.close();
});

test('the embed bar has the switch too', async () => {
  const atlas = await openIn('en-US', '?city=zhuzhou&embed=1');
  const zh = atlas.page.locator('.embed-bar nav.lang-switch a[hreflang="zh-CN"]');
  assert.equal(await zh.textContent(), '中文');
  assert.equal(await atlas.page.locator('.embed-bar nav.lang-switch a[hreflang="en"]').getAttribute('aria-current'), 'true');
  await zh.click();
  await eventually('the embed in Chinese', async () => (await htmlLang(atlas)) === 'zh-CN' && (await heading(atlas)).startsWith('株洲'));
  await eventually('the address to keep the embed', () => search(atlas) === '?city=zhuzhou&embed=1&lang=zh');
  assert.deepEqual(atlas.page.errors, []);
  await atlas.close();
});

// ---- The walk: every view, every section, every source, the table and the embed. ----

/** Runs in the page: the texts a reader meets in the page's language (`prefix`, 'zh' or 'en'),
 * with where they are. Text nodes, and the aria-label, title and placeholder attributes, and an
 * svg `<title>` (a tooltip, like a title attribute). Skipped: what is marked as another language
 * (the closest [lang]), scripts, styles, <noscript>, the embed code, the map's hidden label group, and in Chinese the
 * verbatim (English) quotes. */
function readerTexts({ prefix, skipQuotes }) {
  // (A <noscript>'s text is a text node too, but with scripts on, as here, nobody sees it. The
  // embed snippet's <textarea> holds code.)
  const skip = ['script', 'style', 'noscript', 'textarea.embed-snippet', 'svg.map g.labels', ...(skipQuotes ? ['blockquote'] : [])].join(', ');
  const ours = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith(prefix);
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      let s = e.tagName.toLowerCase() + (e.classList.length ? `.${e.classList[0]}` : '');
      const key = e.dataset?.figure ?? e.dataset?.topic ?? e.dataset?.chart ?? e.dataset?.place;
      parts.unshift(key ? `${s}[${key}]` : s);
    }
    return parts.join(' > ');
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.replace(/\s+/g, ' ').trim();
    if (!text || !el || el.closest(skip) || !ours(el)) continue;
    out.push({ text, where: where(el), tooltip: el.matches('svg title') });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (el.closest(skip) || !ours(el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const text = el.getAttribute(attr)?.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, where: `${where(el)} @${attr}`, tooltip: true });
    }
  }
  return out;
}

/** Opens every folded source on the page (built when first opened) and waits for their quotes. */
async function openSources(page) {
  await page.waitForFunction(() => {
    let done = true;
    for (const d of document.querySelectorAll('details.quote')) {
      if (!d.open) { d.open = true; done = false; } else if (!d.querySelector('blockquote')) done = false;
    }
    return done;
  });
}

/** The texts of one view in every state: as opened (with the embed dialog open), with each topic section open in turn, as a
 * table, and as an embed; every folded source open. Returns [{ text, where, tooltip, state }]. */
async function walkView(lang, city) {
  const prefix = lang === 'zh' ? 'zh' : 'en';
  const query = `?lang=${lang}${city ? `&city=${city}` : ''}`;
  const name = city ?? 'hunan';
  const texts = [];
  const errors = [];
  const read = async (page, state) => {
    await openSources(page);
    for (const t of await page.evaluate(readerTexts, { prefix, skipQuotes: lang === 'zh' })) texts.push({ ...t, state: `${name}: ${state}` });
  };
  const ready = async (atlas) => {
    const tag = lang === 'zh' ? 'zh-CN' : 'en';
    await eventually(`${query}: <html lang="${tag}">`, async () => (await htmlLang(atlas)) === tag);
  };

  const atlas = await openAtlas(browser, served.url + query, { viewport: VIEWPORT });
  const page = atlas.page;
  await ready(atlas);
  // The embed dialog open too.
  await page.locator('.sharebar button[aria-expanded]').click();
  await page.locator('.embed-box').waitFor();
  await read(page, 'opened');
  const topics = await page.locator('details.topic').evaluateAll((els) => els.map((e) => e.dataset.topic));
  for (const topic of topics) {
    const section = page.locator(`details.topic[data-topic="${topic}"]`);
    await section.locator(':scope > summary').click();
    await eventually(`${query}: the ${topic} section in the address`, () => new URL(page.url()).searchParams.get('topic') === topic);
    await eventually(`${query}: the ${topic} section to show something`, () =>
      section.locator('.card, .chart, .membership li, .highlights li').count().then((n) => n > 0));
    await read(page, `topic ${topic}`);
  }
  // The table (views without figures have no charts and no tabs).
  const tabs = page.locator('.tabs button:visible');
  if (await tabs.count()) {
    await tabs.nth(1).click();
    await page.locator('table.figures').waitFor();
    await read(page, 'table');
  }
  errors.push(...page.errors);
  await page.close();

  // Switched to from the other language: what the switch keeps (the charts, their buttons) and
  // what follows it a frame later (tooltips, the credits) must be in this language too.
  const other = lang === 'zh' ? 'en' : 'zh';
  const switched = await openAtlas(browser, `${served.url}?lang=${other}${city ? `&city=${city}` : ''}`, { viewport: VIEWPORT });
  await switched.page.locator(`.masthead .lang-switch a[hreflang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).click();
  await ready(switched);
  // The charts are redrawn after the switch's frame, one a task (their descriptions with them).
  await switched.page.waitForLoadState('networkidle');
  await switched.page.waitForTimeout(1000);
  await read(switched.page, 'switched to');
  errors.push(...switched.page.errors);
  await switched.page.close();

  const embed = await openAtlas(browser, `${served.url}${query}&embed=1`, { viewport: VIEWPORT });
  await ready(embed);
  await embed.page.locator('.embed-bar').waitFor();
  await read(embed.page, 'embed');
  errors.push(...embed.page.errors);
  await embed.page.close();
  return { texts, errors: errors.map((e) => `${query}: ${e}`) };
}

/** Walks all 15 views in `lang`; `offending(text, tooltip)` lists what is wrong in one text.
 * Fails listing each offending text once, with where it is and the states it was seen in. */
async function walkAll(lang, offending) {
  const found = new Map();
  const errors = [];
  let read = 0;
  for (const city of VIEWS) {
    const view = await walkView(lang, city);
    errors.push(...view.errors);
    read += view.texts.length;
    for (const { text, where, tooltip, state } of view.texts) {
      const bad = offending(text, tooltip);
      if (!bad.length) continue;
      const key = `${text}\u0000${where}`;
      if (!found.has(key)) found.set(key, { bad, text, where, states: [] });
      found.get(key).states.push(state);
    }
  }
  assert.ok(read > 1000, `read ${read} texts`);
  const report = [...found.values()].map(({ bad, text, where, states }) => {
    const seen = states.length > 3 ? `${states.slice(0, 3).join('; ')} and ${states.length - 3} more` : states.join('; ');
    return `  ${bad.map((b) => JSON.stringify(b)).join(', ')} in ${JSON.stringify(text.slice(0, 120))} at ${where} (${seen})`;
  });
  assert.equal(report.length, 0, `${report.length} texts not in the page's language:\n${report.join('\n')}`);
  assert.deepEqual(errors, []);
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Removes whole-word occurrences of `words` from `text` (a digit may touch them: 250km/h). */
const without = (text, words) =>
  words.reduce((t, w) => t.replace(new RegExp(`(?<![A-Za-z])${escapeRegExp(w)}(?![A-Za-z])`, 'g'), ' '), text);

// Latin words the interface's Chinese uses as they are: file formats, named so in Chinese
// software too (CSV, JSON, PNG), and the chart library and its licence, which have no Chinese
// names (ECharts, Apache-2.0). The walk fails on an entry no page uses any more. (Units in Latin
// letters, km/h, come from the data's unit labels below; areas are written 平方千米.)
const LATIN_IN_CHINESE = ['CSV', 'JSON', 'PNG', 'ECharts', 'Apache'];

// An attribute or tooltip cannot mark part of itself as another language: there a division's
// name in the other language is allowed when its name in the page's language stands beside it
// ("株洲 Zhuzhou"), as the issue allows. Text nodes carry their own lang instead.
function otherNamesBeside(text, lang) {
  const names = [];
  for (const p of PLACES) {
    const [own, other] = lang === 'zh' ? [[p.name_zh, p.official_zh], [p.official_en, p.name_en]] : [[p.name_en, p.official_en], [p.official_zh, p.name_zh]];
    if (own.some((n) => text.includes(n))) names.push(...other);
  }
  return names;
}

test('all 15 views in Chinese, with every section and source open, the table and the embed, have no untranslated text', async () => {
  // What the data's Chinese texts write in Latin letters (names kept in Latin where no official
  // Chinese name is known, a domain after a site's Chinese name, abbreviations), words of two
  // letters or more.
  const allowed = [...latinInChineseData().filter((run) => /[A-Za-z]{2}/.test(run)), ...LATIN_IN_CHINESE];
  const used = new Set();
  await walkAll('zh', (text, tooltip) => {
    for (const w of LATIN_IN_CHINESE) if (without(text, [w]) !== text) used.add(w);
    let rest = without(text, allowed);
    if (tooltip) rest = without(rest, otherNamesBeside(text, 'zh'));
    return rest.match(/[A-Za-z]{2,}[A-Za-z0-9'’-]*/g) ?? [];
  });
  assert.deepEqual(LATIN_IN_CHINESE.filter((w) => !used.has(w)), [], 'allowed words no page uses: drop them');
});

test('all 15 views in English, with every section and source open, the table and the embed, have no Chinese outside marked names', async () => {
  await walkAll('en', (text, tooltip) => {
    let rest = text;
    if (tooltip) for (const n of otherNamesBeside(text, 'en')) rest = rest.replaceAll(n, ' ');
    return rest.match(/[\u3000-\u9fff\uff00-\uffef]+/g) ?? [];
  });
});

test('in Chinese a figure\u2019s source shows the verbatim English quote, then its translation marked 译文', async () => {
  const figures = FIGURES.filter((f) => f.place === 'zhuzhou');
  assert.ok(figures.length > 0);
  const atlas = await openAtlas(browser, `${served.url}?lang=zh&city=zhuzhou`, { viewport: VIEWPORT });
  await atlas.heading().filter({ hasText: '株洲' }).waitFor();
  for (const f of figures) {
    const card = atlas.page.locator(`.panel-top ~ * .cards .card[data-figure="${f.id}"]`).first();
    await card.locator('details.quote > summary').click();
    const quote = card.locator('details.quote blockquote');
    await quote.waitFor();
    assert.equal(await quote.getAttribute('lang'), 'en', f.id);
    assert.equal((await quote.textContent()).replace(/^\u201c|\u201d$/g, ''), f.quote, `${f.id}: the quote as data/figures.csv has it`);
    const after = await quote.evaluate((q) => {
      const next = q.nextElementSibling;
      return next && { className: next.className, mark: next.querySelector('.translation-mark')?.textContent, text: next.textContent, lang: next.closest('[lang]').lang };
    });
    assert.equal(after?.className, 'translation', `${f.id}: the translation follows the quote`);
    assert.equal(after.mark, '译文', f.id);
    assert.ok(after.text.includes(f.quote_zh), `${f.id}: "${after.text}" has the quote_zh of data/figures.csv`);
    assert.equal(after.lang, 'zh-CN', f.id);
  }
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
  // In English the quote stands alone.
  const english = await openAtlas(browser, `${served.url}?lang=en&city=zhuzhou`, { viewport: VIEWPORT });
  await english.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  await openSources(english.page);
  assert.ok((await english.page.locator('details.quote blockquote').count()) > 0);
  assert.equal(await english.page.locator('.translation').count(), 0, 'no translation in English');
  await english.page.close();
});

/** Records what the page shares (navigator.share), instead of a share sheet. */
const RECORD_SHARE = `navigator.share = async (data) => { window.__shared = data; };`;

/** The iframe src of the embed snippet, and the shared link, of a page. */
async function shared(atlas) {
  await atlas.page.locator('.sharebar button[aria-expanded]').click();
  const snippet = await atlas.page.locator('.embed-snippet').inputValue();
  const src = snippet.match(/<iframe src="([^"]*)"/)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(src, snippet);
  await atlas.page.locator('.sharebar button').first().click();
  const link = await eventually('the link to be shared', () => atlas.page.evaluate(() => window.__shared?.url));
  return { src: new URL(src), link: new URL(link) };
}

test('share links and embed snippets name the language, also when the browser chose it', async () => {
  const zh = await openIn('en-US', '?lang=zh&city=zhuzhou', RECORD_SHARE);
  await zh.heading().filter({ hasText: '株洲' }).waitFor();
  const inChinese = await shared(zh);
  assert.match(await zh.page.locator('.sharebar .status').textContent(), /^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/, 'the status in Chinese');
  // The view's own page names the place and the language (issue 28).
  assert.ok(inChinese.src.pathname.endsWith('/zhuzhou.zh.html'), String(inChinese.src));
  assert.equal(inChinese.src.searchParams.get('embed'), '1');
  assert.ok(inChinese.link.pathname.endsWith('/zhuzhou.zh.html'), String(inChinese.link));
  assert.deepEqual(zh.page.errors, []);
  await zh.close();
  // English because the browser is: the snippet and the link still say so.
  const en = await openIn('en-US', '?city=zhuzhou', RECORD_SHARE);
  await en.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  const inEnglish = await shared(en);
  assert.ok(inEnglish.src.pathname.endsWith('/zhuzhou.en.html'), String(inEnglish.src));
  assert.ok(inEnglish.link.pathname.endsWith('/zhuzhou.en.html'), String(inEnglish.link));
  assert.deepEqual(en.page.errors, []);
  await en.close();
});

test('in Chinese a chart file that cannot load gives a Chinese error message', async () => {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.route('**/charts-*.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${served.url}?lang=zh`);
  const error = page.locator('.chart .error').first();
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  await error.waitFor();
  // Only the technical detail in brackets (file name, HTTP status) may be in Latin letters.
  const words = (await error.textContent()).replace(/（[^）]*）/g, '');
  assert.match(words, /[\u4e00-\u9fff]/, words);
  assert.doesNotMatch(words, /[A-Za-z]{2,}/, words);
  await page.close();
});
