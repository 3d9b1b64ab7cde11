// Click to next paint, as INP reports it (bench/run.mjs's row; bench/README.md says why so): a
// reader's clicks on the map's divisions, and for each the interaction's Event Timing duration,
// the largest of its pointerdown, pointerup and click entries (one interactionId). No trace is
// recorded: tracing slows the page.

/** Clicks a run: the divisions given, over and over (the number fixed by bench/click-plan.mjs
 * before the row was measured; see bench/README.md). */
export const NEXT_PAINT_CLICKS = 30;
/** How long the pointer rests on a division before pressing, and how long it presses: a reader's
 * pointer arrives before the press, so the hover is drawn in frames of its own, and a press
 * lasts about a tenth of a second. */
const HOVER_MS = 100;
const PRESS_MS = 100;
/** After the view shows, before the next click: what the page does after its frame (charts out of
 * sight, the address) is done by then. */
const SETTLE_MS = 300;
/** The smallest threshold Event Timing allows: entries under 16 ms are not reported. */
const THRESHOLD_MS = 16;
/** What an interaction with no entry reported counts as: its duration rounded to 8 ms was 0 or 8,
 * and a paint follows a press by more than 4 ms. */
export const UNREPORTED_MS = 8;

/** Collects every Event Timing entry of an interaction (interactionId > 0); call before the page
 * loads. */
export const OBSERVE_INTERACTIONS = `(() => {
  window.__interactions = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId > 0) window.__interactions.push({ name: e.name, id: e.interactionId, start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: ${THRESHOLD_MS}, buffered: true });
})()`;

/** Opens `url` in a fresh context and clicks `divisions` in turn until NEXT_PAINT_CLICKS clicks are
 * done. `page` is the benchmark's description of the page (bench/run.mjs's PAGES entry: when its
 * first view is done, when a click's update shows), `pointOf(page, d)` where to click `d`.
 * Returns one `{ place, duration, entries }` a click: `duration` in ms, as reported (rounded to
 * 8 ms), or UNREPORTED_MS when no entry of the interaction reached the threshold (`entries` then
 * empty). */
export async function nextPaintRun(browser, url, kind, { firstViewDone, updated }, pointOf, divisions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_INTERACTIONS);
  await page.goto(url);
  await page.waitForFunction(firstViewDone);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const clicks = [];
  for (let i = 0; i < NEXT_PAINT_CLICKS; i++) {
    const d = divisions[i % divisions.length];
    const { x, y } = await pointOf(page, kind, d);
    await page.mouse.move(x, y);
    await page.waitForTimeout(HOVER_MS);
    const [seen, count] = await page.evaluate(() => [window.__interactions.length, performance.interactionCount]);
    await page.mouse.down();
    await page.waitForTimeout(PRESS_MS);
    await page.mouse.up();
    await page.waitForFunction(updated, d);
    await page.waitForTimeout(SETTLE_MS);
    const [entries, interactions] = await page.evaluate((n) => [window.__interactions.slice(n), performance.interactionCount], seen);
    if (interactions - count !== 1) throw new Error(`${kind}: a click on ${d.id} made ${interactions - count} interactions`);
    if (new Set(entries.map((e) => e.id)).size > 1) throw new Error(`${kind}: a click on ${d.id} reported entries of several interactions`);
    clicks.push({
      place: d.id,
      duration: entries.length ? Math.max(...entries.map((e) => e.duration)) : UNREPORTED_MS,
      entries: entries.map(({ name, duration, start, processingStart, processingEnd }) => ({ name, duration, start, processingStart, processingEnd })),
    });
  }
  await context.close();
  return clicks;
}
