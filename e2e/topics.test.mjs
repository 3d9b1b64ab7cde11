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

/** What each topic section of three views holds, written by hand from the data: per topic (in
 * the order of data/README.md's table), the summary's counts; the figures of data/figures.csv of
 * that place and topic (each a card, a threshold's too: the province's are counted, a division's
 * named); its charts: the editor's comparisons of data/charts.csv (`chart-<id>`, all of the
 * province) and the comparison of an indicator_id that more than one division has
 * (`compare-industry-history`: Changsha's and Zhuzhou's towns); the members of a class the
 * province lists (`cluster-100bn`: the five rows of that indicator_id, the province's own
 * included); and its highlights of data/highlights.csv. A topic with nothing of the place has
 * no section. */
const SECTIONS = {
  province: [
    ['industry', 'Industry (4 figures, 1 highlight)', { cards: 4, highlights: ['hunan-2019-manufacturing-conference'] }],
    ['parks', 'Industrial parks (12 figures, 3 charts, 1 highlight)', {
      cards: 12, charts: ['chart-parks-concentration', 'chart-parks-intensity', 'chart-parks-shares'], highlights: ['hunan-cyber-security-park'],
    }],
    ['clusters', 'Clusters and chains (6 figures, 5 members, 3 highlights)', {
      cards: 6,
      members: ['changsha', 'hunan', 'loudi', 'yueyang', 'zhuzhou'],
      highlights: ['hunan-cluster-plan-2025', 'hunan-industrial-chain-leaders-mechanism', 'hunan-world-class-cluster-goal'],
    }],
    ['towns', 'Characteristic towns (7 figures, 3 charts, 1 highlight)', {
      cards: 7, charts: ['chart-towns-batches', 'chart-towns-growth', 'compare-industry-history'], highlights: ['hunan-characteristic-towns-policy'],
    }],
    ['innovation', 'Innovation (15 figures, 3 charts, 3 highlights)', {
      cards: 15,
      charts: ['chart-innovation-money', 'chart-innovation-patents', 'chart-innovation-projects'],
      highlights: ['hunan-bogie-intelligent-workshop', 'hunan-graphite-anode-technology', 'hunan-product-innovation-press-conference'],
    }],
    ['investment', 'Projects and investment (3 figures, 1 highlight)', { cards: 3, highlights: ['hunan-construction-machinery-projects'] }],
    ['trade', 'Foreign trade (9 figures, 1 chart)', { cards: 9, charts: ['chart-trade-enterprises'] }],
    ['vehicles', 'New-energy vehicles (3 figures)', { cards: 3 }],
    ['electronics', 'Electronics (7 figures, 2 charts, 2 highlights)', {
      cards: 7, charts: ['chart-electronics-money', 'chart-electronics-projects'], highlights: ['hunan-battery-chain', 'hunan-sanan-semiconductor-phase-two'],
    }],
  ],
  changsha: [
    ['industry', 'Industry (1 highlight)', { highlights: ['changsha-shanhe-intelligent-line'] }],
    ['parks', 'Industrial parks (2 figures)', { cards: ['changsha-2019-ningxiang-battery-value-added', 'changsha-2019-ningxiang-battery-value-added-growth'] }],
    ['clusters', 'Clusters and chains (2 figures, 1 highlight)', {
      cards: ['changsha-2018-contracting-industrial-chains', 'changsha-edz-automobile-100-billion-cluster'],
      highlights: ['changsha-construction-machinery-national-cluster'],
    }],
    ['towns', 'Characteristic towns (3 figures, 1 chart, 2 highlights)', {
      cards: ['changsha-dayao-fireworks-history', 'changsha-dayao-fireworks-market-share', 'changsha-dayao-fireworks-market-share-increase'],
      charts: ['compare-industry-history'],
      highlights: ['changsha-dayao-distribution-centre', 'changsha-dayao-fireworks-hometown'],
    }],
    ['innovation', 'Innovation (1 highlight)', { highlights: ['changsha-icv-testing-zone'] }],
    ['investment', 'Projects and investment (2 figures)', { cards: ['changsha-2018-chain-project-investment', 'changsha-2018-chain-projects'] }],
    ['trade', 'Foreign trade (1 highlight)', { highlights: ['changsha-hunan-uk-innovation-summit'] }],
    ['electronics', 'Electronics (1 highlight)', { highlights: ['changsha-intelligent-valley'] }],
  ],
  zhuzhou: [
    ['parks', 'Industrial parks (1 highlight)', { highlights: ['zhuzhou-aero-engine-park'] }],
    ['clusters', 'Clusters and chains (3 figures, 2 highlights)', {
      cards: ['zhuzhou-2020-aero-engine-market-share', 'zhuzhou-2020-gas-turbine-market-share', 'zhuzhou-rail-transit-100-billion-cluster'],
      highlights: ['zhuzhou-power-valley', 'zhuzhou-rail-transit-national-cluster'],
    }],
    ['towns', 'Characteristic towns (3 figures, 1 chart, 1 highlight)', {
      cards: ['zhuzhou-liling-ceramic-enterprises', 'zhuzhou-liling-ceramics-history', 'zhuzhou-liling-ceramics-output-value'],
      charts: ['compare-industry-history'],
      highlights: ['zhuzhou-liling-ceramics-town'],
    }],
    ['innovation', 'Innovation (2 highlights)', { highlights: ['zhuzhou-art-test-run', 'zhuzhou-rail-transit-innovation-center'] }],
    ['trade', 'Foreign trade (1 highlight)', { highlights: ['zhuzhou-crrc-uk-rd-centres'] }],
    ['electronics', 'Electronics (1 highlight)', { highlights: ['zhuzhou-times-semiconductor-power-devices'] }],
  ],
};

/** What an opened section shows: its cards' figures (sorted; or their number where `counted`),
 * its charts, the places of its class's members and its highlights, each sorted. */
const holds = (section, counted) => section.evaluate((s, counted) => {
  const all = (selector, key) => [...s.querySelectorAll(selector)].map((e) => e.dataset[key]).sort();
  const cards = all('.card', 'figure');
  return { cards: counted ? cards.length : cards, charts: all('.chart', 'chart'), members: all('.membership li', 'place'), highlights: all('.highlights li', 'highlight') };
}, counted);

test('every topic section of a view says what it holds and, opened, shows just that', async () => {
  for (const [view, sections] of Object.entries(SECTIONS)) {
    const atlas = await openAtlas(browser, `${served.url}${view === 'province' ? '' : `?city=${view}`}`);
    const summaries = await atlas.page.locator('details.topic').evaluateAll((els) => els.map((e) => [e.dataset.topic, e.querySelector(':scope > summary').textContent]));
    assert.deepEqual(summaries, sections.map(([topic, summary]) => [topic, summary]), view);
    for (const [topic, , want] of sections) {
      const expected = { cards: want.cards ?? (view === 'province' ? 0 : []), charts: want.charts ?? [], members: want.members ?? [], highlights: want.highlights ?? [] };
      const section = atlas.page.locator(`details.topic[data-topic="${topic}"]`);
      await section.locator(':scope > summary').click();
      const counted = view === 'province';
      // The section is built when opened: wait for it, then compare (the diff names what differs).
      await eventually(`${view} ${topic} to show its contents`, async () => JSON.stringify(await holds(section, counted)) === JSON.stringify(expected)).catch(() => {});
      assert.deepEqual(await holds(section, counted), expected, `${view}: ${topic}`);
    }
    assert.deepEqual(atlas.page.errors, [], view);
    await atlas.page.close();
  }
});
