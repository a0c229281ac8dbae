import { DURATION_BUCKETS, newHistogram, observe, quantile, histogramDelta, copyHistogram } from '../../lib/histogram';

describe('duration histogram', () => {
  it.each([
    [[0.00005], 0.5, 0.0001],
    [[0.0003, 0.0003, 0.2], 0.5, 0.0005],
    [[0.0003, 0.0003, 0.2], 1, 0.25],
    [[0.0003, 0.0003, 0.2], 0.99, 0.25],
    [[20], 0.5, Infinity],
    [[0.001], 0.5, 0.001],
  ])('observations %j: quantile %d is %d', (obs, q, want) => {
    const h = newHistogram();
    for (const s of obs) observe(h, s);
    expect(quantile(h, q)).toBe(want);
    expect(h.count).toBe(obs.length);
    expect(h.sum).toBeCloseTo(obs.reduce((a, b) => a + b, 0));
  });

  it('has no quantile when empty, and counts negative or NaN durations as zero', () => {
    const h = newHistogram();
    expect(quantile(h, 0.5)).toBeNull();
    observe(h, -1);
    observe(h, Number.NaN);
    expect(h.counts[0]).toBe(2);
    expect(h.sum).toBe(0);
  });

  it('gives the observations between two copies', () => {
    const h = newHistogram();
    observe(h, 0.002);
    const before = copyHistogram(h);
    observe(h, 3);
    const d = histogramDelta(h, before);
    expect(d.count).toBe(1);
    expect(d.counts[DURATION_BUCKETS.indexOf(5)]).toBe(1);
    expect(d.sum).toBeCloseTo(3);
    expect(h.count).toBe(2);
  });
});
