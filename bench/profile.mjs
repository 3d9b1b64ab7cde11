// Where a click's time goes, for optimising (bench/run.mjs measures; this explains). Traces
// clicks on a build and prints, per click, the main thread's tasks from the click to the frame
// after it, and the functions that took the click handler's time (sampled; give it a build with
// names to see Rust functions: see bench/README.md). With --switch, the clicks are the language
// switch's (to Chinese and back, on Loudi) instead of divisions.
// Usage: node bench/profile.mjs [--switch] [dist-dir]
import { launch, serveDist, COUNT_INSTANCES } from '../e2e/support.mjs';

const SWITCH = process.argv.includes('--switch');
const CLICKS = SWITCH
  ? ['zh-CN', 'en', 'zh-CN', 'en', 'zh-CN', 'en']
  : ['hengyang', 'changsha', 'zhuzhou', 'loudi', 'yueyang', 'changsha', 'zhuzhou', 'loudi'];
const browser = await launch();
const { server, url } = await serveDist(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(COUNT_INSTANCES);
await page.goto(SWITCH ? `${url}?city=loudi&lang=en` : url);
await page.locator('.panel-head h2').waitFor();
await page.waitForLoadState('networkidle');
const cdp = await page.context().newCDPSession(page);
const inHandler = {};
/** Samples by the innermost function of the atlas's own crates on their stack. */
const inOwn = {};
/** Samples by the function they were taken in (self time). */
const bySelf = {};
const totals = [];
/** A sampled frame's function and file. */
const frameName = (f) => `${f?.functionName || '(anonymous)'} ${f?.url?.split('/').pop() ?? ''}`.slice(0, 140);
for (const id of CLICKS) {
  const target = SWITCH ? `.masthead .lang-switch a[hreflang="${id}"]` : `svg.map g.label[data-place="${id}"] text.en`;
  const box = await page.locator(target).boundingBox();
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(SWITCH
    ? (tag) => document.documentElement.lang === tag
    : (id) => document.querySelector('path.division.selected')?.dataset.place === id, id);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await finished;
  cdp.off('Tracing.dataCollected', collect);

  const meta = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === meta.pid && e.tid === meta.tid);
  const click = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + e.dur >= click.ts && e.ts <= click.ts + 60000 && e.dur > 300);
  // The frame that shows the click: the first task after the click with a Paint in it.
  const sumIn = (t, names) => onMain.filter((e) => e.ph === 'X' && names.includes(e.name) && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).reduce((n, e) => n + e.dur / 1000, 0);
  const paintTask = tasks.find((t) => sumIn(t, ['Paint']) > 0 && t.ts + t.dur >= click.ts + click.dur);
  const render = paintTask ? sumIn(paintTask, ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'FireAnimationFrame']) : 0;
  const styleLayoutInClickTask = sumIn(tasks.find((t) => t.ts <= click.ts && t.ts + t.dur >= click.ts), ['UpdateLayoutTree', 'Layout']);
  totals.push(click.dur / 1000 + render + (paintTask && paintTask.ts > click.ts ? styleLayoutInClickTask : 0));
  console.log(`${id}: click handler ${(click.dur / 1000).toFixed(1)} ms, its frame's rendering ${render.toFixed(1)} ms`);
  for (const t of tasks.slice(0, 6)) {
    const inside = onMain.filter((e) => e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const kinds = {};
    for (const e of inside) {
      const name = e.name === 'EventDispatch' ? e.args.data.type : e.name;
      if (['click', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'MajorGC', 'MinorGC', 'Commit', 'IntersectionObserverController::computeIntersections', 'ResizeObserverCallback'].includes(name)) {
        kinds[name] = (kinds[name] ?? 0) + e.dur / 1000;
      }
    }
    console.log(`  +${((t.ts - click.ts) / 1000).toFixed(1)} ${(t.dur / 1000).toFixed(1)} ms: ${Object.entries(kinds).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  // CPU samples inside the click handler, by function.
  const nodes = new Map();
  let time = 0;
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && e.pid === meta.pid)) {
    const p = e.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(n.id, n);
    if (e.args.data.timeDeltas && time === 0) time = events.find((x) => x.name === 'Profile' && x.id === e.id)?.args.data.startTime ?? 0;
    (p.samples ?? []).forEach((s, i) => {
      time += e.args.data.timeDeltas[i];
      if (time >= click.ts && time <= click.ts + click.dur) {
        // Inclusive: every function on the sampled stack, once.
        const seen = new Set();
        let own = null;
        for (let n = nodes.get(s); n; n = nodes.get(n.parent)) {
          const f = n.callFrame;
          const name = frameName(f);
          if (!seen.has(name)) { seen.add(name); inHandler[name] = (inHandler[name] ?? 0) + 1; }
          if (!own && /^(hunan_atlas|atlas_core)::/.test(f?.functionName ?? '')) own = f.functionName.replace(/::h[0-9a-f]{16}$/, '');
        }
        const leafName = frameName(nodes.get(s)?.callFrame);
        bySelf[leafName] = (bySelf[leafName] ?? 0) + 1;
        const key = own ?? '(no function of the atlas on the stack)';
        inOwn[key] = (inOwn[key] ?? 0) + 1;
      }
    });
  }
}
console.log(`\nclick handler + rendering, per click: ${totals.map((t) => t.toFixed(1)).join(' ')}; median ${[...totals].sort((a, b) => a - b)[totals.length >> 1].toFixed(1)} ms`);
console.log('\nsamples inside click handlers, by function on the stack (inclusive), most first:');
for (const [k, v] of Object.entries(inHandler).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(String(v).padStart(5), k);
console.log('\nthe same samples by the function they were taken in (self):');
for (const [k, v] of Object.entries(bySelf).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(v).padStart(5), k);
console.log('\nthe same samples by the innermost function of the atlas\'s own crates on the stack (a build with names):');
for (const [k, v] of Object.entries(inOwn).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(5), k.slice(0, 160));
await browser.close();
server.close();
