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
//   later      when the click's first frame does not yet show the whole update (the atlas shows
//              a new place on the map in it and in the panel in the frame after), the main
//              thread's work after that frame through the frame that shows it: the tasks in
//              between and that frame (traceClick's `shown`: a page function of `d` that holds
//              once the update is in the page; it is polled in every animation frame)
//
// cost = handler + forced + frame + later: "one frame" means it fits in 16 ms. What is left out is time
// the page does not spend: waiting in the input queue and for the display's next frame. In this
// headless, software-rendered Chromium that wait is long even for a pointer event no page
// handles, so the time to the next paint cannot show a page's cost; `paint` (the
// Event Timing duration of the click's interaction, the largest of its entries, rounded to 8 ms,
// null if none reached 16 ms) is kept for reference. bench/next-paint.mjs measures the next paint
// without a trace.

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing';
/** The user-timing mark the `shown` poller sets in the frame that shows the update. */
const SHOWN_MARK = 'bench-click-shown';
const FRAME_WORK = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

/** Installs the Event Timing observer; call before the page loads. */
export async function observeEventTiming(page) {
  await page.addInitScript(() => {
    window.__eventTiming = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId > 0) window.__eventTiming.push({ name: e.name, id: e.interactionId, duration: e.duration });
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
 * click's cost in ms from a trace: { cost, handler, forced, frame, later, paint }. With `shown`
 * (a function run in the page), the cost runs through the frame in which `shown(d)` first holds. */
export async function traceClick(page, cdp, point, updated, d, { shown } = {}) {
  return traceEvent(page, cdp, () => page.mouse.click(point.x, point.y), 'click', updated, d, shown);
}

/** Types `key` into the focused field; the same measure as a click, for its `input` event (the
 * search runs in its handler): { cost, handler, forced, frame }. */
export async function traceKey(page, cdp, key, updated, d) {
  return traceEvent(page, cdp, () => page.keyboard.type(key), 'input', updated, d);
}

/** Does `act`, waits until `updated(d)` holds, and measures the dispatch of its event `type`,
 * the style and layout forced after it in the same task, and the first frame after it. */
async function traceEvent(page, cdp, act, type, updated, d, shown) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const before = await page.evaluate(() => window.__eventTiming?.length ?? 0);
  if (shown) {
    // Polled in every animation frame: the frame whose callback first finds it is the one that
    // renders it. Built here, not in the page: a page under a strict CSP refuses `new Function`.
    // eslint-disable-next-line no-new-func
    const watch = new Function('d', `const shown = (${shown.toString()});
      const tick = () => (shown(d) ? performance.mark('${SHOWN_MARK}') : requestAnimationFrame(tick));
      requestAnimationFrame(tick);`);
    await page.evaluate(watch, d);
  }
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
  let later = 0;
  if (shown) {
    const mark = events.filter((e) => e.name === SHOWN_MARK && e.pid === main.pid).sort((a, b) => a.ts - b.ts)[0];
    if (!mark) throw new Error(`no frame showed the update of ${JSON.stringify(d)} within the trace`);
    const shownTask = tasks.find((t) => t.ts <= mark.ts && t.ts + t.dur >= mark.ts);
    if (frameTask && shownTask && shownTask.ts > frameTask.ts) {
      // Every task after the click's first frame through the one that shows the update, each
      // counted once (a task nested in another is inside it).
      let end = frameTask.ts + frameTask.dur;
      for (const t of tasks.filter((t) => t.ts >= end && t.ts <= shownTask.ts)) {
        if (t.ts >= end) { later += t.dur / 1000; end = t.ts + t.dur; }
      }
    }
  }
  const handler = click.dur / 1000;
  const paint = type === 'click' ? await page.evaluate((i) => {
    const entries = window.__eventTiming?.slice(i) ?? [];
    const id = entries.find((e) => e.name === 'click')?.id ?? entries[0]?.id;
    const mine = entries.filter((e) => e.id === id);
    return mine.length ? Math.max(...mine.map((e) => e.duration)) : null;
  }, before) : null;
  return { cost: handler + forced + frame + later, handler, forced, frame, later, paint, t0: click.ts };
}
