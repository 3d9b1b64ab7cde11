// What a click costs, from a Chromium trace of it: the main thread's work for the click and for
// the frame that shows it.
//
//   handler    the click's dispatch: the page's handlers and the microtasks they queue (the
//              atlas's reactive updates run there; the reference's ECharts click handling and
//              setOption too)
//   forced     style and layout forced later in the same task
//   frame      the first frame after the click: requestAnimationFrame callbacks (where ECharts
//              paints), style, layout, pre-paint, paint, layerize and commit
//
// cost = handler + forced + frame: "one frame" means it fits in 16 ms. What is left out is time
// the page does not spend: waiting in the input queue and for the display's next frame. In this
// headless, software-rendered Chromium that wait is long even for a pointer event no page
// handles, so the time to the next paint cannot show a page's cost; `paint` (the
// Event Timing duration of the click, rounded to 8 ms) is kept for reference.

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';
const FRAME_WORK = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

/** Installs the Event Timing observer; call before the page loads. */
export async function observeEventTiming(page) {
  await page.addInitScript(() => {
    window.__eventTiming = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') window.__eventTiming.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}

/** Sums the durations of events named in `names` inside `task`, nested ones counted once. */
function sumTopLevel(events, task, names) {
  const inside = events
    .filter((e) => e.ph === 'X' && names.includes(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -1;
  for (const e of inside) {
    if (e.ts >= end) { total += e.dur; end = e.ts + e.dur; }
  }
  return total / 1000;
}

/** Clicks at `point`, waits until `updated(d)` (a function run in the page) holds, and returns the
 * click's cost in ms from a trace: { cost, handler, forced, frame, paint }. */
export async function traceClick(page, cdp, point, updated, d) {
  return traceEvent(page, cdp, () => page.mouse.click(point.x, point.y), 'click', updated, d);
}

/** Types `key` into the focused field; the same measure as a click, for its `input` event (the
 * search runs in its handler): { cost, handler, forced, frame }. */
export async function traceKey(page, cdp, key, updated, d) {
  return traceEvent(page, cdp, () => page.keyboard.type(key), 'input', updated, d);
}

/** Does `act`, waits until `updated(d)` holds, and measures the dispatch of its event `type`,
 * the style and layout forced after it in the same task, and the first frame after it. */
async function traceEvent(page, cdp, act, type, updated, d) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const before = await page.evaluate(() => window.__eventTiming?.length ?? 0);
  await act();
  // A function, not its source: a page under a strict CSP refuses `new Function`.
  await page.waitForFunction(updated, d);
  await page.waitForTimeout(250);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);

  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const click = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const clickTask = tasks.find((t) => t.ts <= click.ts && t.ts + t.dur >= click.ts + click.dur);
  const after = { ts: click.ts + click.dur, dur: clickTask.ts + clickTask.dur - (click.ts + click.dur) };
  const forced = sumTopLevel(onMain, after, ['UpdateLayoutTree', 'Layout']);
  const frameTask = tasks.find((t) => t.ts >= click.ts && onMain.some((e) => e.name === 'Paint' && e.ts >= t.ts && e.ts <= t.ts + t.dur));
  const frame = frameTask ? sumTopLevel(onMain, frameTask, FRAME_WORK) - (frameTask === clickTask ? forced : 0) : 0;
  const handler = click.dur / 1000;
  const paint = type === 'click' ? await page.evaluate((i) => window.__eventTiming?.[i] ?? null, before) : null;
  return { cost: handler + forced + frame, handler, forced, frame, paint, t0: click.ts };
}
