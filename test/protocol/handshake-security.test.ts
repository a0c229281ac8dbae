// The session setup against an attacker: no keyed answer to a party that has proven nothing, no downgrade to
// an older key by editing the offered key list, and a budget of failed proofs per address.
import { createServer, connect, Server, Socket } from 'net';
import { encodeFrame, FrameKind } from '../../protocol/frame';
import { FrameDecoder } from '../../protocol/frame-decoder';
import { warden } from '../../protocol/generated/cluster';
import { keyId, Keyring } from '../../protocol/keyring';
import { WardenError } from '../../protocol/errors';
import { connectPeer } from '../../protocol/peer';
import { PROOF_FAILURE_BUDGET } from '../../protocol/preauth-limits';
import { encodeSetup, workerInit } from '../../protocol/session-handshake';
import { ManualClock } from '../helpers/manual-clock';
import { firstFrame, Fixture, KEY_A, KEY_B, startServer } from './helpers';
import pb = warden.cluster;

/**
 * A man in the middle that rewrites the worker's clear setup frames with `edit` and passes everything else
 * through untouched. Returns its port and a close function.
 */
async function tamperingProxy(target: number, edit: (s: pb.SessionSetup) => pb.SessionSetup): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((worker) => {
    const master = connect({ host: '127.0.0.1', port: target });
    sockets.push(worker, master);
    for (const s of [worker, master]) s.on('error', () => undefined);
    worker.on('close', () => master.destroy());
    master.on('close', () => worker.destroy());
    master.pipe(worker);
    const decoder = new FrameDecoder();
    worker.on('data', (chunk: Buffer) => {
      for (const f of decoder.push(chunk)) {
        if (f.kind !== FrameKind.Clear) {
          master.write(Buffer.concat([f.header, f.payload]));
          continue;
        }
        const edited = edit(pb.SessionSetup.decode(f.payload));
        master.write(encodeFrame(FrameKind.Clear, 0, pb.SessionSetup.encode(edited).finish()));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('session setup against an attacker', () => {
  let fx: Fixture;
  afterEach(async () => { await fx.cleanup(); });

  test.each([
    ['an init', () => workerInit().frame],
    ["a version-1 init with a key id copied from a real worker's", () => encodeSetup({ init: { protocolVersion: 1, random: Buffer.alloc(32, 1), keyIds: [keyId(Buffer.from(KEY_A))] } })],
  ])('a party that has proven nothing gets nothing keyed: the master answers %s with no proof', async (_what, first) => {
    fx = await startServer();
    const raw = await fx.raw();
    raw.write(first());
    const answer = pb.SessionSetup.decode((await firstFrame(raw)).payload);
    expect(['challenge', 'reject']).toContain(answer.step);
    expect(answer.accept).toBeFalsy();
    // A challenge holds the master's version, random and ephemeral key: nothing derived from the cluster key.
    if (answer.challenge) expect(Object.keys(pb.SessionChallenge.toObject(answer.challenge as pb.SessionChallenge)).sort()).toEqual(['ephemeral', 'protocolVersion', 'random']);
  });

  test('a man in the middle who strips the newest key from the offer cannot make the two sides settle on the older one', async () => {
    // Both sides rotated to B and still accept A: they must use B; an attacker holding the old A wants A.
    const ring = { key: KEY_B, previousKeys: [KEY_A] };
    fx = await startServer({ keyring: new Keyring(ring) });
    const stripNewest = (s: pb.SessionSetup): pb.SessionSetup => {
      if (s.offer?.keyTags && s.offer.keyTags.length > 1) s.offer.keyTags = s.offer.keyTags.slice(-1);
      return s;
    };
    const mitm = await tamperingProxy(fx.port, stripNewest);
    try {
      const err = await connectPeer({ host: '127.0.0.1', port: mitm.port, keyring: new Keyring(ring) }).then((p) => { p.close(); return null; }, (e: unknown) => e);
      expect(err).toMatchObject({ code: 'auth_failed', message: expect.stringMatching(/tampered/) });
      expect(fx.serverPeers).toHaveLength(0);
    } finally {
      await mitm.close();
    }
    // Untouched, the same two keyrings settle on B.
    expect((await fx.connect({ keyring: new Keyring(ring) })).closed).toBe(false);
  });

  test('failed proofs are budgeted per address: past the budget an address is refused unchecked, others are not', async () => {
    const clock = new ManualClock();
    fx = await startServer({ clock });
    const stranger = new Keyring({ key: KEY_B });
    const guess = () => connectPeer({ host: '127.0.0.1', port: fx.port, keyring: stranger, localAddress: '127.0.0.3' }).then((p) => { p.close(); return 'in'; }, (e: WardenError) => e.code);
    const outcomes: string[] = [];
    for (let i = 0; i < PROOF_FAILURE_BUDGET.burst + 5; i++) outcomes.push(await guess());
    expect(outcomes).toEqual([...Array(PROOF_FAILURE_BUDGET.burst).fill('auth_failed'), ...Array(5).fill('rate_limited')]);
    // The budget is per address: a real worker elsewhere gets in meanwhile.
    expect((await fx.connect()).closed).toBe(false);
    // Past the budget, the init itself is refused: no key exchange is spent on that address.
    const raw = await fx.raw('127.0.0.3');
    raw.write(workerInit().frame);
    expect(pb.SessionSetup.decode((await firstFrame(raw)).payload).reject?.code).toBe('rate_limited');
    // It refills with time: one more guess per period.
    await clock.advance(PROOF_FAILURE_BUDGET.refillEveryMs);
    expect([await guess(), await guess()]).toEqual(['auth_failed', 'rate_limited']);
  });
});
