// A fixed-bucket histogram of durations in seconds: cheap to record on every message (no allocation),
// mergeable, and the shape Prometheus expects (cumulative buckets, a sum, a count).

/** Upper bounds in seconds; an observation above the last one counts only in +Inf (count). */
export const DURATION_BUCKETS: readonly number[] = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

export interface Histogram {
  /** counts[i]: observations <= DURATION_BUCKETS[i] and > the bound before (not cumulative). */
  counts: number[];
  sum: number;
  count: number;
}

export function newHistogram(): Histogram {
  return { counts: new Array<number>(DURATION_BUCKETS.length).fill(0), sum: 0, count: 0 };
}

export function observe(h: Histogram, seconds: number): void {
  const s = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  h.sum += s;
  h.count++;
  for (let i = 0; i < DURATION_BUCKETS.length; i++) {
    if (s <= DURATION_BUCKETS[i]) { h.counts[i]++; return; }
  }
}

export function copyHistogram(h: Histogram): Histogram {
  return { counts: [...h.counts], sum: h.sum, count: h.count };
}

/** The observations of `now` that were not yet in `before` (for rates and recent percentiles). */
export function histogramDelta(now: Histogram, before: Histogram): Histogram {
  return {
    counts: now.counts.map((c, i) => c - (before.counts[i] ?? 0)),
    sum: now.sum - before.sum,
    count: now.count - before.count,
  };
}

/**
 * The q-quantile (0 < q <= 1) as the upper bound of the bucket that holds it: an over-estimate by at
 * most one bucket, as Prometheus's histogram_quantile without interpolation. Null when empty;
 * Infinity when it lies above the last bound.
 */
export function quantile(h: Histogram, q: number): number | null {
  if (h.count <= 0) return null;
  const rank = Math.ceil(q * h.count);
  let seen = 0;
  for (let i = 0; i < DURATION_BUCKETS.length; i++) {
    seen += h.counts[i];
    if (seen >= rank) return DURATION_BUCKETS[i];
  }
  return Infinity;
}
