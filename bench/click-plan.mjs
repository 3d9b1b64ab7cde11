// How many clicks the benchmark's next-paint row needs (bench/run.mjs, NEXT_PAINT_CLICKS), worked
// out before that row was ever measured, from the durations an earlier run of record kept: the
// Event Timing duration of each click in docs/performance.json (`pairs[].atlas.clicks[].paint`
// and the reference's: 7 pairs of runs, the same 5 divisions in the same order in every run,
// measured under a trace, with the mouse moving onto the division in the click's frame). They
// stand for how a click's duration varies with its division (and its place in the run: the
// first click of a page is its slowest), with the run, and from click to click.
//
// Each page's pilot durations are split into a division's part (its mean over the runs), a run's
// part (the run's mean difference from those) and what is left, click by click. A simulated
// run of the row clicks the same 5 divisions over and over, as the row does; it takes the run's
// part of one of the pilot's pairs of runs (the same pair for both pages: the pair's runs share
// their minute of the machine), and for each click the division's part and a leftover drawn from
// all the page's leftovers (scaled up by sqrt(n / ((runs - 1)(divisions - 1))), what fitting the
// two parts took off their spread). The 8 ms rounding is undone with an even jitter of +-4 ms, a
// true difference added to the atlas's, and the duration rounded to 8 ms again; one under 16 ms
// (Event Timing does not report it at the smallest threshold it allows) counts as 8. The pilot's
// atlas was slower than the reference: its durations are taken down by that difference first,
// so that the simulated pages differ by the simulated difference only.
//
// Each simulated benchmark is compared as bench/run.mjs compares (bench/stats.mjs,
// nextPaintComparison: the difference of the two pages' grouped medians, with its 95% interval
// from the pairs of runs resampled). For each design (pairs of runs x clicks a run) it prints how
// often the interval lies wholly above 0 when the atlas is truly 5 ms slower, wholly below 0 when
// it is 5 ms faster, and off 0 when the pages are equal (a false alarm).
// Usage: node bench/click-plan.mjs   (writes docs/click-plan.txt; about 2 minutes)
import { readFileSync, writeFileSync } from 'node:fs';
import { nextPaintComparison, groupedMedian, seeded, sum, EVENT_TIMING_ROUNDING } from './stats.mjs';
import { madeBy } from './made-by.mjs';

const OUTPUT = 'docs/click-plan.txt';
const PILOT = 'docs/performance.json';
const pilot = JSON.parse(readFileSync(PILOT, 'utf8'));
const PAGES = ['atlas', 'reference'];
/** measured[page][run][division] */
const measured = Object.fromEntries(PAGES.map((k) => [k, pilot.pairs.map((p) => p[k].clicks.map((c) => c.paint ?? EVENT_TIMING_ROUNDING))]));
const offset = groupedMedian(measured.atlas.flat()) - groupedMedian(measured.reference.flat());
const RUNS = measured.atlas.length;
const DIVISIONS = measured.atlas[0].length;
const mean = (xs) => sum(xs) / xs.length;
/** Per page: the division's part, the run's part and the leftovers. */
const parts = Object.fromEntries(PAGES.map((k) => {
  const v = measured[k].map((run) => run.map((x) => x - (k === 'atlas' ? offset : 0)));
  const division = Array.from({ length: DIVISIONS }, (_, d) => mean(v.map((run) => run[d])));
  const run = v.map((r) => mean(r.map((x, d) => x - division[d])));
  const scale = Math.sqrt((RUNS * DIVISIONS) / ((RUNS - 1) * (DIVISIONS - 1)));
  const left = v.flatMap((r, i) => r.map((x, d) => (x - division[d] - run[i]) * scale));
  return [k, { division, run, left }];
}));

/** Simulated benchmarks per design and true difference, and resamples per interval. */
const EXPERIMENTS = 300;
const RESAMPLES = 500;
const random = seeded(27);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const jitter = () => (random() - 0.5) * EVENT_TIMING_ROUNDING;
const reported = (x) => {
  const rounded = Math.round(x / EVENT_TIMING_ROUNDING) * EVENT_TIMING_ROUNDING;
  return rounded < 16 ? EVENT_TIMING_ROUNDING : rounded;
};

function simulate(pairs, clicks, delta) {
  return Array.from({ length: pairs }, () => {
    const r = Math.floor(random() * RUNS);
    const page = (k, shift) => Array.from({ length: clicks }, (_, c) => {
      const { division, run, left } = parts[k];
      return reported(division[c % DIVISIONS] + run[r] + pick(left) + jitter() + shift);
    });
    return { atlas: page('atlas', delta), reference: page('reference', 0) };
  });
}

const designs = [[7, 5], [7, 10], [7, 15], [7, 20], [7, 30], [10, 10], [10, 20]];
const lines = [
  madeBy('node bench/click-plan.mjs', OUTPUT),
  `# pilot: ${PILOT} (${pilot.command} on ${pilot.date}, commit ${pilot.source?.commit?.slice(0, 12)}): ${RUNS} pairs of runs, ${DIVISIONS} clicks a run`,
  `# pilot grouped medians: atlas ${groupedMedian(measured.atlas.flat()).toFixed(1)} ms, reference ${groupedMedian(measured.reference.flat()).toFixed(1)} ms; the atlas's taken ${offset.toFixed(1)} ms down`,
  ...PAGES.map((k) => `# ${k}: divisions' parts ${parts[k].division.map((x) => x.toFixed(1)).join(', ')}; runs' parts ${parts[k].run.map((x) => x.toFixed(1)).join(', ')}; leftovers' sd ${Math.sqrt(mean(parts[k].left.map((x) => x * x))).toFixed(1)} ms`),
  `# ${EXPERIMENTS} simulated benchmarks per design and difference, ${RESAMPLES} resamples per interval`,
  '# pairs of runs x clicks a run: share of 95% intervals wholly above 0 at +5 ms | wholly below 0 at -5 ms | off 0 at 0 ms (false alarm); median width of the interval at 0 ms',
];
for (const [pairs, clicks] of designs) {
  const shares = [];
  const widths = [];
  for (const delta of [5, -5, 0]) {
    let shown = 0;
    for (let e = 0; e < EXPERIMENTS; e++) {
      const c = nextPaintComparison(simulate(pairs, clicks, delta), { resamples: RESAMPLES, seed: e + 1 });
      if (delta > 0 ? c.low > 0 : delta < 0 ? c.high < 0 : c.low > 0 || c.high < 0) shown++;
      if (delta === 0) widths.push(c.high - c.low);
    }
    shares.push(shown / EXPERIMENTS);
  }
  widths.sort((a, b) => a - b);
  const line = `${String(pairs).padStart(2)} x ${String(clicks).padStart(2)} = ${String(pairs * clicks).padStart(3)} pairs of clicks: ${shares.map((s) => s.toFixed(2)).join(' | ')}; width ${widths[widths.length >> 1].toFixed(1)} ms`;
  console.log(line);
  lines.push(line);
}
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
