// How a worker spreads the agents it moves over time.
import { MOVE_STEP_MS, planMoveBatches } from '../../actors/agents/move-plan';

describe('planMoveBatches', () => {
  test.each<[string, number, number, [number, number][]]>([
    ['nothing to move', 0, 10_000, []],
    ['a negative count', -3, 10_000, []],
    ['no spread: all at once', 7, 0, [[0, 7]]],
    ['fewer agents than steps: one agent per step', 3, 10_000, [[0, 1], [500, 1], [1000, 1]]],
    ['even batches over the spread, larger ones first', 10, 1_000, [[0, 4], [500, 3], [1000, 3]]],
    ['a spread that is not a whole number of steps', 4, 1_200, [[0, 2], [500, 1], [1000, 1]]],
  ])('%s', (_what, count, spreadMs, want) => {
    expect(planMoveBatches(count, spreadMs).map((b) => [b.atMs, b.count])).toEqual(want);
  });

  test('the batches add up to the count and never exceed the spread', () => {
    for (const [count, spread] of [[1, 1], [99, 10_000], [1000, 10_000], [5, 100_000]]) {
      const b = planMoveBatches(count, spread);
      expect(b.reduce((n, x) => n + x.count, 0)).toBe(count);
      expect(Math.max(...b.map((x) => x.atMs))).toBeLessThanOrEqual(spread);
      expect(b.every((x, i) => x.count >= 1 && x.atMs === i * MOVE_STEP_MS)).toBe(true);
    }
  });
});
