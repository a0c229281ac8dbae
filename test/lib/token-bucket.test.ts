// Token buckets: a burst, then a steady rate; keyed buckets forget the full ones and stay bounded.
import { KeyedTokenBuckets, TokenBucket } from '../../lib/token-bucket';

const T0 = 1_800_000_000_000;

describe('TokenBucket', () => {
  test('gives its burst at once, then perSecond a second, never more than its burst', () => {
    const b = new TokenBucket({ perSecond: 2, burst: 3 }, T0);
    expect([b.take(T0), b.take(T0), b.take(T0), b.take(T0)]).toEqual([true, true, true, false]);
    expect(b.take(T0 + 499)).toBe(false); // 0.998 of a token
    expect(b.take(T0 + 500)).toBe(true);
    expect(b.available(T0 + 60_000)).toBe(3);
  });

  test('charge() takes a token even when there is none; the debt delays the next', () => {
    const b = new TokenBucket({ perSecond: 1, burst: 1 }, T0);
    b.charge(T0);
    b.charge(T0);
    expect(b.available(T0)).toBe(-1);
    expect(b.take(T0 + 1_000)).toBe(false);
    expect(b.take(T0 + 2_000)).toBe(true);
  });

  test('a clock that goes back refills nothing', () => {
    const b = new TokenBucket({ perSecond: 10, burst: 1 }, T0);
    expect(b.take(T0)).toBe(true);
    expect(b.take(T0 - 5_000)).toBe(false);
  });

  test.each([
    [{ perSecond: 0, burst: 1 }, /perSecond/],
    [{ perSecond: Infinity, burst: 1 }, /perSecond/],
    [{ perSecond: 1, burst: 0 }, /burst/],
    [{ perSecond: 1, burst: 1.5 }, /burst/],
  ])('refuses the limit %j', (limit, msg) => {
    expect(() => new TokenBucket(limit, T0)).toThrow(msg);
  });
});

describe('KeyedTokenBuckets', () => {
  test('each key has its own bucket', () => {
    const k = new KeyedTokenBuckets({ perSecond: 1, burst: 2 }, 100);
    expect([k.take('a', T0), k.take('a', T0), k.take('a', T0)]).toEqual([true, true, false]);
    expect(k.take('b', T0)).toBe(true);
  });

  test('a bucket back at its burst is forgotten: a flood of one-off addresses leaves nothing behind', () => {
    const k = new KeyedTokenBuckets({ perSecond: 10, burst: 10 }, 100);
    for (let i = 0; i < 50; i++) k.take(`10.0.0.${i}`, T0);
    expect(k.size).toBe(50);
    k.take('10.0.1.1', T0 + 1_000); // every earlier bucket has refilled by now
    expect(k.size).toBe(1);
  });

  test('past maxKeys, newcomers share one bucket, so a flood from many addresses is still limited', () => {
    const k = new KeyedTokenBuckets({ perSecond: 1, burst: 2 }, 3);
    for (const a of ['a', 'b', 'c']) expect(k.take(a, T0)).toBe(true);
    expect([k.take('d', T0), k.take('e', T0), k.take('f', T0)]).toEqual([true, true, false]);
    expect(k.size).toBe(3);
    expect(k.take('a', T0)).toBe(true); // a followed key keeps its own bucket
  });
});
