// A connection's Peer as messages: what the other side sends before the connection's actor exists is
// held (bounded) and handed over in order; a request the actor cannot take is answered 'busy', never
// left without an answer.
import { attachPeer, EarlyPeerEvents, type PeerEvent } from '../../actors/node/peer-events';
import { body } from '../../protocol/envelope';
import { Keyring } from '../../protocol/keyring';
import { memoryPeerPair, type MemoryPeers } from '../../protocol/memory-transport';
import { RemoteError } from '../../protocol/errors';
import { generateKey } from '../../scripts/keygen';

describe('peer events', () => {
  let peers: MemoryPeers;
  beforeEach(async () => { peers = await memoryPeerPair(new Keyring({ key: generateKey() })); });
  afterEach(() => { peers.worker.close(); peers.master.close(); });

  const ping = (n: number) => peers.master.request(body('ping', { payload: Buffer.from([n]) }), 2_000);

  test('requests sent before the actor is there are held, then delivered in order after release', async () => {
    const early = new EarlyPeerEvents(peers.worker);
    const answers = [ping(1), ping(2)];
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 20)); // let the frames cross the in-memory transport
    const got: PeerEvent[] = [];
    attachPeer(peers.worker, (e) => {
      got.push(e);
      if (e.type === 'request') e.req.respond(body('pong', { payload: Buffer.alloc(0) }));
      return true;
    }, early);
    const late = ping(3);
    await Promise.all([...answers, late]);
    const payloads = got.filter((e) => e.type === 'request').map((e) => (e as Extract<PeerEvent, { type: 'request' }>).req.env.body.value);
    expect(payloads.map((p) => Buffer.from((p as { payload: Uint8Array }).payload)[0])).toEqual([1, 2, 3]);
  });

  test('past the bound, an early request is answered busy at once', async () => {
    const early = new EarlyPeerEvents(peers.worker, 1);
    const first = ping(1);
    const second = ping(2);
    await expect(second).rejects.toMatchObject({ constructor: RemoteError, code: 'busy' });
    const held = early.release();
    expect(held).toHaveLength(1);
    if (held[0].type === 'request') held[0].req.respond(body('pong', { payload: Buffer.alloc(0) }));
    await expect(first).resolves.toBeDefined();
  });

  test('a request the actor refuses (stopped, mailbox full) is answered busy; the close arrives as a message', async () => {
    const got: PeerEvent[] = [];
    attachPeer(peers.worker, (e) => { got.push(e); return e.type !== 'request'; });
    await expect(ping(1)).rejects.toMatchObject({ code: 'busy' });
    peers.master.close();
    for (let i = 0; i < 100 && !got.some((e) => e.type === 'closed'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(got.map((e) => e.type)).toEqual(['request', 'closed']);
  });
});
