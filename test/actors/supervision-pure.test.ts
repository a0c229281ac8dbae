import { backoffDelay, DEFAULT_BACKOFF } from '../../lib/backoff';
import { recordCrash } from '../../actors/supervision/restart-budget';

describe('backoffDelay', () => {
  const p = { initialMs: 100, maxMs: 1000, factor: 2, jitter: 0.5 };
  test.each([
    // attempt, random, expected
    [1, 0, 100],
    [2, 0, 200],
    [3, 0, 400],
    [4, 0, 800],
    [5, 0, 1000], // capped
    [50, 0, 1000],
    [1, 0.999999, 50], // full jitter halves at most
    [3, 0.5, 300],
    [0, 0, 100], // attempts below 1 count as the first
  ])('attempt %d with random %d waits %d ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, p, () => random)).toBe(expected);
  });

  test('the default policy grows and stays under its cap', () => {
    const delays = [1, 2, 3, 10, 20].map((a) => backoffDelay(a, DEFAULT_BACKOFF, () => 0));
    expect(delays).toEqual([100, 200, 400, 10_000, 10_000]);
  });
});

describe('recordCrash', () => {
  const budget = { maxRestarts: 3, withinMs: 1000 };
  test.each([
    { history: [], now: 0, verdict: 'restart', attempt: 1 },
    { history: [0, 100], now: 200, verdict: 'restart', attempt: 3 },
    { history: [0, 100, 200], now: 300, verdict: 'escalate', attempt: 4 },
    // old crashes fall out of the window
    { history: [0, 100, 200], now: 1150, verdict: 'restart', attempt: 2 },
    { history: [0, 100, 200], now: 5000, verdict: 'restart', attempt: 1 },
  ])('$history at $now -> $verdict', ({ history, now, verdict, attempt }) => {
    const v = recordCrash(history, now, budget);
    expect(v.verdict).toBe(verdict);
    expect(v.attempt).toBe(attempt);
    expect(v.history[v.history.length - 1]).toBe(now);
  });
});
