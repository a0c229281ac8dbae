import { checkReceivedCounters, LOCAL_COUNTER_WRAP, SenderCounters } from '../../agents/crypto/agent-counters';

describe('agent counters', () => {
  it.each([
    [{ global: 0, local: 0 }, { global: 0, local: 1 }],
    [{ global: 5, local: 9996 }, { global: 5, local: 9997 }],
    [{ global: 5, local: LOCAL_COUNTER_WRAP }, { global: 6, local: 1 }],
  ])('the sender after %j sends %j', (from, expected) => {
    const { pair, counters } = SenderCounters.start(from).next();
    expect(pair).toEqual(expected);
    expect(counters.current()).toEqual(expected);
  });

  it('the sender runs L 1..9997 then bumps G', () => {
    let s = SenderCounters.start();
    const seen: string[] = [];
    for (let i = 0; i < 9999; i++) {
      const n = s.next();
      s = n.counters;
      if (i < 2 || i > 9995) seen.push(`${n.pair.global}:${n.pair.local}`);
    }
    expect(seen).toEqual(['0:1', '0:2', '0:9997', '1:1', '1:2']);
  });

  it.each([
    ['first message', null, { global: 0, local: 0 }, true, true],
    ['newer local', { global: 1, local: 5 }, { global: 1, local: 6 }, true, true],
    ['newer global', { global: 1, local: 5 }, { global: 2, local: 1 }, true, true],
    ['repeated pair', { global: 1, local: 5 }, { global: 1, local: 5 }, true, false],
    ['older pair', { global: 2, local: 1 }, { global: 1, local: 9 }, true, false],
    ['repeated pair, not enforced', { global: 1, local: 5 }, { global: 1, local: 5 }, false, true],
    ['fixed counters of a test tool, not enforced', { global: 0, local: 0 }, { global: 0, local: 0 }, false, true],
  ])('receiver: %s', (_what, last, got, enforce, accepted) => {
    const check = checkReceivedCounters(last, got, enforce);
    expect(check.accepted).toBe(accepted);
    expect(check.last).toEqual(accepted ? got : last);
  });
});
