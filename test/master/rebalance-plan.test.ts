// Rebalancing, table-driven: who moves how many agents, and the hysteresis that keeps it from flapping.
import { planRebalance, REBALANCE } from '../../actors/master/rebalance-plan';

const loads = (...counts: number[]) => counts.map((agents, i) => ({ name: `w${i + 1}`, agents }));

describe('planRebalance', () => {
  test.each<[string, number[], boolean, { worker: string; count: number } | null, boolean]>([
    ['no worker', [], false, null, false],
    ['one worker holds everything: nowhere to move', [200], false, null, false],
    ['even spread', [50, 50, 50], false, null, false],
    ['nobody has agents', [0, 0], false, null, false],
    ['a new worker beside a full one: 20% of 100 this round', [100, 0], false, { worker: 'w1', count: 20 }, true],
    ['1.6x the mean and far enough above it: 20% of its 160', [160, 80, 60], false, { worker: 'w1', count: 32 }, true],
    ['exactly 1.5x: not over the trigger', [150, 75, 75], false, null, false],
    ['over 1.5x but fewer than 10 above the mean', [9, 1, 2], false, null, false],
    ['the count is the share of the heaviest, rounded down', [131, 100, 20], false, { worker: 'w1', count: 26 }, true],
    ['under way: still over the release ratio (1.2x), one more round', [130, 110, 60], true, { worker: 'w1', count: 26 }, true],
    ['not under way: the same spread does not start one', [130, 110, 60], false, null, false],
    ['under way and within 1.2x: it ends', [110, 100, 90], true, null, false],
    ['the heaviest is whoever holds most, ties by name', [10, 100, 100, 0], false, { worker: 'w2', count: 20 }, true],
  ])('%s', (_what, counts, rebalancing, move, after) => {
    const d = planRebalance(loads(...counts), rebalancing);
    expect(d.move).toEqual(move);
    expect(d.rebalancing).toBe(after);
    expect(d.reason).toEqual(expect.any(String));
  });

  test('never asks for more than the excess over the mean, nor more than the share, nor fewer than one', () => {
    expect(planRebalance(loads(12, 0), false).move).toBeNull(); // 6 above the mean: not worth a reconnect
    for (const counts of [[1000, 0], [40, 0], [500, 400, 0], [300, 0, 0, 0]]) {
      const d = planRebalance(loads(...counts), false);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      const top = Math.max(...counts);
      expect(d.move!.count).toBeGreaterThanOrEqual(1);
      expect(d.move!.count).toBeLessThanOrEqual(Math.floor(top - mean));
      expect(d.move!.count).toBeLessThanOrEqual(Math.max(1, Math.floor(top * REBALANCE.maxShare)));
    }
  });

  test('moving what it asks, round after round, converges and then stops', () => {
    // Agents asked to move from the heaviest go to the lightest here (the best case of their server lists).
    let counts = [300, 0, 0];
    let rebalancing = false;
    let rounds = 0;
    for (; rounds < 50; rounds++) {
      const d = planRebalance(loads(...counts), rebalancing);
      rebalancing = d.rebalancing;
      if (!d.move) break;
      const from = Number(d.move.worker.slice(1)) - 1;
      const to = counts.indexOf(Math.min(...counts));
      counts = counts.map((n, i) => n - (i === from ? d.move!.count : 0) + (i === to ? d.move!.count : 0));
    }
    expect(rounds).toBeLessThan(50);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1.2 * 100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
  });
});
