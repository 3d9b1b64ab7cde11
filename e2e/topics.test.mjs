// The topics of the panel: one list of sections, one a topic (the one navigation of the topics),
// the open one in the URL (Back and Forward walk them), and a bad topic falls back with a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openAtlas, eventually } from './support.mjs';

let browser, served;
before(async () => { browser = await launch(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

const open = (atlas) => atlas.page.locator('details.topic[open]').evaluateAll((els) => els.map((e) => e.dataset.topic));

test('the first screen shows the map and the official statistics; the topics are one list, none open', async () => {
  const atlas = await openAtlas(browser, served.url);
  const bottom = async (selector) => {
    const box = await atlas.page.locator(selector).first().boundingBox();
    return box.y + box.height;
  };
  assert.ok((await bottom('svg.map')) <= 900, 'the map');
  const firstCard = await atlas.page.locator('.panel .card.official').first().boundingBox();
  assert.ok(firstCard.y < 900, 'the official statistics begin');
  // The province leads with no cards of the articles (66 figures of six years): they are in
  // their topics' sections, nine (the official statistics have their own place), none open.
  assert.equal(await atlas.page.locator('.panel .card:not(.official)').count(), 0);
  assert.equal(await atlas.page.locator('details.topic').count(), 9);
  assert.equal(await atlas.page.locator('.topic-index').count(), 0, 'no second list of the topics');
  assert.deepEqual(await open(atlas), []);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

/** Opens the section of the topic named `name` by its summary. */
const openTopic = (atlas, name) => atlas.page.locator('details.topic > summary', { hasText: name }).click();

test('a topic opens from the index, is in the URL, and Back and Forward walk the topics', async () => {
  const atlas = await openAtlas(browser, `${served.url}?topic=towns`);
  assert.deepEqual(await open(atlas), ['towns']);
  // Its chart (the one comparison across divisions, of this topic) is drawn once it is open.
  await atlas.page.locator('details.topic[open] .chart canvas').first().waitFor();
  await openTopic(atlas, 'Clusters and chains');
  await eventually('the clusters section to open alone', async () => JSON.stringify(await open(atlas)) === '["clusters"]');
  await eventually('the address to name it', () => new URL(atlas.page.url()).search === '?topic=clusters');
  // The class it names is a list of members, not a chart.
  assert.equal(await atlas.page.locator('details.topic[open] .membership li').count(), 5);
  await atlas.page.goBack();
  await eventually('Back to reopen towns', async () => JSON.stringify(await open(atlas)) === '["towns"]');
  await atlas.page.goForward();
  await eventually('Forward to reopen clusters', async () => JSON.stringify(await open(atlas)) === '["clusters"]');
  // Closing the open section removes the key.
  await atlas.page.locator('details.topic[open] > summary').click();
  await eventually('the key to leave the address', () => new URL(atlas.page.url()).search === '');
  // A division keeps the open topic.
  await openTopic(atlas, 'Characteristic towns');
  await atlas.clickDivision('zhuzhou');
  await atlas.heading().filter({ hasText: 'Zhuzhou' }).waitFor();
  await eventually('the division to keep the topic', () => new URL(atlas.page.url()).search === '?city=zhuzhou&topic=towns');
  assert.deepEqual(await open(atlas), ['towns']);
  assert.deepEqual(atlas.page.errors, []);
  await atlas.page.close();
});

test('an unknown or repeated topic falls back with a notice', async () => {
  for (const query of ['?topic=weather', '?topic=towns&topic=parks', '?topic=%3Cb%3Ex%3C%2Fb%3E']) {
    const atlas = await openAtlas(browser, served.url + query);
    await atlas.page.locator('.notice').waitFor();
    assert.deepEqual(await open(atlas), [], query);
    await eventually('the link to be replaced', () => new URL(atlas.page.url()).search === '');
    assert.deepEqual(atlas.page.errors, [], query);
    await atlas.page.close();
  }
});

test('every topic section of a view says what it holds and, opened, shows it', async () => {
  for (const city of ['', 'changsha', 'zhuzhou']) {
    const atlas = await openAtlas(browser, `${served.url}${city ? `?city=${city}` : ''}`);
    const summaries = await atlas.page.locator('details.topic > summary').allTextContents();
    assert.ok(summaries.length > 0, city);
    for (const s of summaries) assert.match(s, /\(\d+ \w+(, \d+ \w+)*\)$/, `${city || 'province'}: "${s}"`);
    const topics = await atlas.page.locator('details.topic').evaluateAll((els) => els.map((e) => e.dataset.topic));
    for (const topic of topics) {
      const section = atlas.page.locator(`details.topic[data-topic="${topic}"]`);
      await section.locator(':scope > summary').click();
      await eventually(`${city} ${topic} to show something`, () =>
        section.locator('.card, .chart, .membership li, .highlights li').count().then((n) => n > 0));
    }
    assert.deepEqual(atlas.page.errors, [], city);
    await atlas.page.close();
  }
});
