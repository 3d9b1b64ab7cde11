// The benchmark's statistics, shared by bench/run.mjs (the report) and bench/click-plan.mjs (how
// many clicks the next-paint row needs), so that the plan simulates the very estimate and
// interval the report prints.

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A seeded random generator (mulberry32): the same raw values give the same intervals. */
export function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Event Timing durations are rounded to 8 ms (the Event Timing spec's coarsening). */
export const EVENT_TIMING_ROUNDING = 8;

/** The median of values rounded to a grid of `h` ms, each taken as spread evenly over the `h` ms
 * around it (the median of grouped data): 16, 16, 24 gives 18, not 16. The plain median of such
 * values moves only in steps of `h` (or `h`/2), so it could not tell 5 ms apart; this one moves
 * with the share of values on either side of the middle. Equal values give that value. */
export function groupedMedian(xs, h = EVENT_TIMING_ROUNDING) {
  const s = [...xs].sort((a, b) => a - b);
  const half = s.length / 2;
  let below = 0;
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    if (below + (j - i) >= half) return s[i] - h / 2 + (h * (half - below)) / (j - i);
    below += j - i;
    i = j;
  }
  return NaN;
}

/** Student's t, 97.5th percentile, by degrees of freedom (1 to 30; beyond, 30's). */
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** The next-paint comparison of the atlas with the reference. `pairs` are the alternating
 * (atlas, reference) runs, each `{ atlas: [ms...], reference: [ms...] }` with the durations of
 * that run's clicks. The estimate is the difference of the two pages' grouped medians over every
 * click (and their ratio). Its 95% interval: the difference's standard error from the pairs
 * resampled with replacement (a pair's two runs stay together: they ran in the same minute of the
 * machine), `resamples` times from a fixed seed, times Student's t for pairs - 1 degrees of
 * freedom. The plain percentile interval of so few pairs was too narrow: in
 * bench/click-plan.mjs's simulations it missed a true difference of 0 in 9 to 17% of benchmarks of
 * 7 pairs, where a 95% interval should in 5%. */
export function nextPaintComparison(pairs, { resamples = 10000, seed = 1 } = {}) {
  const estimate = (ps) => {
    const atlas = groupedMedian(ps.flatMap((p) => p.atlas));
    const reference = groupedMedian(ps.flatMap((p) => p.reference));
    return { atlas, reference, difference: atlas - reference };
  };
  const point = estimate(pairs);
  const random = seeded(seed);
  const differences = [];
  for (let k = 0; k < resamples; k++) {
    differences.push(estimate(pairs.map(() => pairs[Math.floor(random() * pairs.length)])).difference);
  }
  const sd = Math.sqrt(sum(differences.map((d) => (d - point.difference) ** 2)) / (resamples - 1));
  const t = T975[Math.min(pairs.length - 1, T975.length - 1)];
  const low = point.difference - t * sd;
  const high = point.difference + t * sd;
  return { ...point, ratio: point.atlas / point.reference, low, high };
}

/** A budget "no dearer than" another measure of the same run, decided on the runs' paired
 * differences (atlas minus what it is held to, each run measuring both in the same minute of the
 * same machine): their median, and its 95% interval over the runs resampled with replacement
 * (10,000 times). With no change to the page, that difference swings by milliseconds either way
 * from one run to the next (each paired row of the report lists it per run), so a single
 * comparison of two medians decided a tie by chance. The
 * budget fails when the atlas is measurably dearer: when the whole interval lies above zero. */
export function paired(diffs) {
  const random = seeded(1);
  const medians = [];
  for (let k = 0; k < 10000; k++) medians.push(median(diffs.map(() => diffs[Math.floor(random() * diffs.length)])));
  medians.sort((a, b) => a - b);
  const [low, high] = [medians[249], medians[9750]];
  const verdict = low > 0 ? 'measurably dearer' : high <= 0 ? 'not dearer' : 'a tie within the runs\' spread';
  return {
    ok: low <= 0,
    text: `paired difference ${signed(median(diffs))} ms (per run ${diffs.map(signed).join(', ')}; 95% interval ${signed(low)} to ${signed(high)}: ${verdict})`,
  };
}

export const signed = (x) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
