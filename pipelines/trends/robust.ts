/** Median of a non-empty list. */
export function median(values: ArrayLike<number>): number {
  // A typed array sorts numerically without a comparator call per pair: spike detection takes
  // hundreds of thousands of small medians.
  const sorted = new Float64Array(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Consistency constant that makes the MAD estimate σ for normal data (Hampel 1974). */
export const MAD_SCALE = 1.4826;

/** Median absolute deviation from the median, scaled to estimate a standard deviation. */
export function scaledMad(values: readonly number[], center = median(values)): number {
  return MAD_SCALE * median(values.map((v) => Math.abs(v - center)));
}

/**
 * Day-of-week factors from a baseline window: f_w = (S_w + k·m) / ((n_w + k)·m), where S_w sums the
 * n_w values seen on weekday w, m is the window's mean and k pseudo-days shrink each factor toward 1,
 * so four Mondays of a small count cannot claim a strong weekly pattern.
 */
export function weekdayFactors(values: readonly number[], weekdays: readonly number[], pseudoDays: number): number[] {
  const factors = new Array<number>(8).fill(1);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  if (mean <= 0) return factors;
  const sums = new Array<number>(8).fill(0);
  const counts = new Array<number>(8).fill(0);
  values.forEach((value, i) => {
    sums[weekdays[i]] += value;
    counts[weekdays[i]] += 1;
  });
  for (let w = 1; w <= 7; w++) factors[w] = (sums[w] + pseudoDays * mean) / ((counts[w] + pseudoDays) * mean);
  return factors;
}
