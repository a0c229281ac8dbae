// The budget of failed key proofs per source address, and what counts as one address.
import { ProofBudget } from '../../protocol/proof-budget';
import { sourceKey } from '../../protocol/source-address';
import { ManualClock } from '../helpers/manual-clock';

describe('ProofBudget', () => {
  const limits = { burst: 3, refillEveryMs: 1_000, maxAddresses: 100 };

  test('an address may fail `burst` times, then waits one refill period per further try', async () => {
    const clock = new ManualClock();
    const b = new ProofBudget(limits, clock);
    for (let i = 0; i < 3; i++) {
      expect(b.allows('a')).toBe(true);
      b.failed('a');
    }
    expect(b.allows('a')).toBe(false);
    expect(b.retryInMs('a')).toBe(1_000);
    expect(b.allows('b')).toBe(true); // per address
    await clock.advance(400);
    expect(b.retryInMs('a')).toBe(600);
    await clock.advance(600);
    expect(b.allows('a')).toBe(true);
    b.failed('a');
    expect(b.allows('a')).toBe(false);
  });

  test('a full bucket is forgotten, and no more than maxAddresses are followed (the longest quiet go first)', async () => {
    const clock = new ManualClock();
    const b = new ProofBudget({ ...limits, maxAddresses: 2 }, clock);
    b.failed('a');
    b.failed('b');
    b.failed('c');
    expect(b.followed).toBe(2);
    expect(b.retryInMs('a')).toBe(0);
    await clock.advance(1_000);
    expect(b.allows('b')).toBe(true);
    expect(b.followed).toBe(1);
  });

  test('limits must be positive integers', () => {
    expect(() => new ProofBudget({ ...limits, burst: 0 }, new ManualClock())).toThrow(RangeError);
  });
});

describe('sourceKey', () => {
  test.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:0db8:0001:0002::/64'],
    ['2001:db8:1:2::9', '2001:0db8:0001:0002::/64'],
    ['2001:db8::1', '2001:0db8:0000:0000::/64'],
    ['::1', '0000:0000:0000:0000::/64'],
    ['fe80::1%eth0', 'fe80:0000:0000:0000::/64'],
    ['64:ff9b::192.0.2.1', '0064:ff9b:0000:0000::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(sourceKey(address)).toBe(key);
  });
});
