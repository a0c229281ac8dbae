// A Peer's request deadlines run on the clock it is given, so a loop's timeout is driven in a test,
// never waited for.
import { body } from '../../protocol/envelope';
import { TimeoutError } from '../../protocol/errors';
import { Keyring } from '../../protocol/keyring';
import { memoryPeerPair } from '../../protocol/memory-transport';
import { generateKey } from '../../scripts/keygen';
import { ManualClock } from '../helpers/manual-clock';

test('a request times out when the injected clock passes its deadline, not a millisecond before', async () => {
  const clock = new ManualClock();
  const { worker, master } = await memoryPeerPair(new Keyring({ key: generateKey() }), { clock });
  try {
    master.on('request', () => undefined); // heard, never answered
    let outcome: unknown = 'pending';
    const req = worker.request(body('ping', { payload: Buffer.alloc(0) }), 5_000).then((r) => r, (e: unknown) => e);
    void req.then((r) => { outcome = r; });
    await clock.advance(4_999, () => new Promise((r) => setImmediate(r)));
    expect(outcome).toBe('pending');
    await clock.advance(1, () => new Promise((r) => setImmediate(r)));
    const err = await req;
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).message).toBe('request 1 (ping) got no reply within 5000 ms');
  } finally {
    worker.close();
    master.close();
  }
});
