// The pre-authentication pool: never refuses a newcomer, evicts the oldest unproven connection.
import { PreAuthPool } from '../../lib/preauth-pool';

describe('PreAuthPool', () => {
  test('under the caps nothing is evicted', () => {
    const pool = new PreAuthPool<string>({ maxPerAddress: 2, maxTotal: 4 });
    expect(pool.admit('a', 'a1')).toEqual([]);
    expect(pool.admit('a', 'a2')).toEqual([]);
    expect(pool.admit('b', 'b1')).toEqual([]);
    expect(pool.size).toBe(3);
    expect(pool.count('a')).toBe(2);
    expect(pool.addresses).toBe(2);
  });

  test('an address at its cap loses its oldest connection to the newcomer, other addresses keep theirs', () => {
    const pool = new PreAuthPool<string>({ maxPerAddress: 3, maxTotal: 100 });
    pool.admit('b', 'b1');
    for (const c of ['a1', 'a2', 'a3']) pool.admit('a', c);
    expect(pool.admit('a', 'a4')).toEqual(['a1']);
    expect(pool.admit('a', 'a5')).toEqual(['a2']);
    expect(pool.has('a1')).toBe(false);
    expect(pool.has('b1')).toBe(true);
    expect(pool.count('a')).toBe(3);
  });

  test('at the total cap the busiest address loses its oldest, so a lone real peer is never the one evicted', () => {
    const pool = new PreAuthPool<string>({ maxPerAddress: 10, maxTotal: 5 });
    pool.admit('worker', 'w1');
    for (const c of ['f1', 'f2', 'f3', 'f4']) pool.admit('flood', c);
    expect(pool.admit('other', 'o1')).toEqual(['f1']);
    expect(pool.admit('other', 'o2')).toEqual(['f2']);
    expect(pool.admit('other', 'o3')).toEqual(['f3']); // a tie of 2 and 2: the address seen first (flood) loses
    expect(pool.admit('x', 'x1')).toEqual(['o1']);
    expect(pool.has('w1')).toBe(true);
    expect(pool.size).toBe(5);
  });

  test('a proven (released) connection no longer counts, and releasing twice or an unknown one is harmless', () => {
    const pool = new PreAuthPool<string>({ maxPerAddress: 1, maxTotal: 10 });
    pool.admit('nat', 'agent-1');
    pool.release('agent-1');
    pool.release('agent-1');
    pool.release('never-seen');
    expect(pool.admit('nat', 'agent-2')).toEqual([]);
    pool.release('agent-2');
    expect(pool.admit('nat', 'agent-3')).toEqual([]);
    expect(pool.size).toBe(1);
    expect(pool.addresses).toBe(1);
  });

  test('a connection evicted and then closed by its owner is released once', () => {
    const pool = new PreAuthPool<number>({ maxPerAddress: 1, maxTotal: 10 });
    pool.admit('a', 1);
    const [evicted] = pool.admit('a', 2);
    pool.release(evicted); // the close handler of the evicted socket
    expect(pool.count('a')).toBe(1);
    expect(pool.has(2)).toBe(true);
  });

  test.each([
    [{ maxPerAddress: 0, maxTotal: 1 }, /maxPerAddress must be a positive integer, got 0/],
    [{ maxPerAddress: 1, maxTotal: 1.5 }, /maxTotal must be a positive integer, got 1.5/],
  ])('refuses bad limits %j', (limits, message) => {
    expect(() => new PreAuthPool(limits)).toThrow(message);
  });
});
