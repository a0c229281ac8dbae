// One tick's frames spread over the agents: evenly, never more than an agent has, none to an agent that
// cannot send, the odd frames rotating so that over ticks every agent gets its share.
import { planTick, TickAgent } from '../../agents/replay/replay-plan';

const ready = (remaining: number): TickAgent => ({ canSend: true, remaining });
const held = (remaining: number): TickAgent => ({ canSend: false, remaining });

describe('planTick', () => {
  test.each<[string, TickAgent[], number, number, number[], number, number]>([
    ['even split', [ready(100), ready(100), ready(100), ready(100)], 8, 0, [2, 2, 2, 2], 8, 0],
    ['odd frames go to the agents from the cursor', [ready(100), ready(100), ready(100)], 4, 1, [1, 2, 1], 4, 2],
    ['cursor wraps', [ready(100), ready(100), ready(100)], 2, 2, [1, 0, 1], 2, 1],
    ['an agent that cannot send gets nothing, the others take its share', [ready(100), held(100), ready(100)], 6, 0, [3, 0, 3], 6, 0],
    ['an agent running out: the rest go to the others', [ready(1), ready(100), ready(100)], 9, 0, [1, 4, 4], 9, 0],
    ['fewer frames left than the budget: all of them, the rest unspent', [ready(2), ready(1), ready(0)], 10, 0, [2, 1, 0], 3, 2],
    ['no budget', [ready(5), ready(5)], 0, 0, [0, 0], 0, 0],
    ['a fractional budget counts whole frames', [ready(5), ready(5)], 3.9, 0, [2, 1], 3, 1],
    ['nobody can send', [held(5), held(5)], 10, 1, [0, 0], 0, 1],
  ])('%s', (_what, agents, budget, cursor, counts, total, next) => {
    expect(planTick(agents, budget, cursor)).toEqual({ counts, total, cursor: next });
  });

  test('no agents', () => {
    expect(planTick([], 10, 3)).toEqual({ counts: [], total: 0, cursor: 0 });
  });

  test('over many ticks of one frame each, every agent gets the same share', () => {
    const agents = [ready(1000), ready(1000), ready(1000)];
    const got = [0, 0, 0];
    let cursor = 0;
    for (let t = 0; t < 30; t++) {
      const p = planTick(agents, 1, cursor);
      p.counts.forEach((n, i) => { got[i]! += n; });
      cursor = p.cursor;
    }
    expect(got).toEqual([10, 10, 10]);
  });

  test('never more than the budget nor than an agent has', () => {
    for (let budget = 0; budget < 40; budget++) {
      const agents = [ready(3), held(9), ready(7), ready(0), ready(12)];
      const p = planTick(agents, budget, budget % 5);
      expect(p.total).toBe(p.counts.reduce((a, b) => a + b, 0));
      expect(p.total).toBe(Math.min(budget, 22));
      p.counts.forEach((n, i) => expect(n).toBeLessThanOrEqual(agents[i]!.canSend ? agents[i]!.remaining : 0));
    }
  });
});
