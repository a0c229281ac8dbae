// The cluster port before a key is proven: bytes, deadlines and connection caps that a flood cannot use
// to grow the master's memory or to keep a real worker out.
import { encodeHeader, FrameKind, HEADER_SIZE, MiB } from '../../protocol/frame';
import { PREAUTH_MAX_TOTAL, SETUP_MAX_FRAME_SIZE } from '../../protocol/preauth-limits';
import { Keyring } from '../../protocol/keyring';
import { decodeSetup, workerConfirm, workerInit, workerOffer } from '../../protocol/session-handshake';
import { Flood } from '../../scripts/harness/flood';
import { ManualClock } from '../helpers/manual-clock';
import { Fixture, frameReader, KEY_A, socketClosed, startServer, waitFor } from './helpers';

/** The start of a 4 MiB clear frame: its header and 64 KiB of its payload, then nothing. */
const UNFINISHED_4MIB = Buffer.concat([encodeHeader(FrameKind.Clear, 0, 4 * MiB), Buffer.alloc(64 * 1024, 7)]);
/** The largest frame the setup takes, all but its last byte. */
const UNFINISHED_SETUP = Buffer.concat([encodeHeader(FrameKind.Clear, 0, SETUP_MAX_FRAME_SIZE - HEADER_SIZE), Buffer.alloc(SETUP_MAX_FRAME_SIZE - HEADER_SIZE - 1, 7)]);

describe('the cluster port before a key is proven', () => {
  let fx: Fixture;
  const floods: Flood[] = [];
  afterEach(async () => {
    await Promise.all(floods.splice(0).map((f) => f.stop()));
    await fx.cleanup();
  });

  async function flood(from: string, connections: number, payload?: Buffer): Promise<Flood> {
    const f = new Flood({ host: '127.0.0.1', port: fx.port, from, connections, payload });
    floods.push(f);
    return f.start();
  }

  test('a connection announcing a 4 MiB frame before its session is refused with frame_too_large, not held', async () => {
    // The deadline runs on a clock nobody moves: only the size rule can close this connection.
    fx = await startServer({ clock: new ManualClock() });
    const raw = await fx.raw();
    raw.write(UNFINISHED_4MIB);
    expect((await fx.nextRejection()).error.code).toBe('frame_too_large');
    await socketClosed(raw);
  });

  test('8 addresses x 10 connections, each renewing an unfinished 4 MiB frame: all refused at once, a worker gets in', async () => {
    fx = await startServer({ clock: new ManualClock() });
    const addresses = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);
    const floodsUp = await Promise.all(addresses.map((a) => flood(a, 10, UNFINISHED_4MIB)));
    await waitFor(() => fx.rejected.length >= 80, '80 refusals');
    expect(new Set(fx.rejected.map((r) => r.error.code))).toEqual(new Set(['frame_too_large']));
    const peer = await fx.connect();
    expect(peer.closed).toBe(false);
    expect(floodsUp.every((f) => f.closedByPeer >= 10)).toBe(true);
    expect(fx.server.preAuthStats().heldBytes).toBeLessThanOrEqual(fx.server.preAuthStats().held * SETUP_MAX_FRAME_SIZE);
  });

  test('8 addresses x 10 connections each holding an unfinished setup frame: at most 4 KiB each, until the deadline', async () => {
    const clock = new ManualClock();
    fx = await startServer({ clock });
    const addresses = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);
    await Promise.all(addresses.map((a) => flood(a, 10, UNFINISHED_SETUP)));
    await waitFor(() => fx.server.preAuthStats().heldBytes === 80 * (SETUP_MAX_FRAME_SIZE - 1), 'every frame in');
    expect(fx.server.preAuthStats().held).toBe(80);
    // The handshake deadline (5 s by default) closes them all; the renewed ones start over.
    await clock.advance(5_000);
    await waitFor(() => (fx.server.preAuthStats().closedBy.timeout ?? 0) >= 80, 'the deadline');
    expect(fx.server.preAuthStats().heldBytes).toBeLessThanOrEqual(80 * SETUP_MAX_FRAME_SIZE);
  });

  test(`a flood from 30 addresses past the total cap (${PREAUTH_MAX_TOTAL}): held stays at the cap, the oldest go, a worker gets in`, async () => {
    fx = await startServer({ clock: new ManualClock() });
    const addresses = Array.from({ length: 30 }, (_, i) => `127.0.1.${i + 2}`);
    const floods = await Promise.all(addresses.map((a) => flood(a, 10)));
    await waitFor(() => (fx.server.preAuthStats().closedBy.evicted ?? 0) >= 30 * 10 - PREAUTH_MAX_TOTAL, 'the evictions');
    expect(fx.server.preAuthStats().held).toBeLessThanOrEqual(PREAUTH_MAX_TOTAL);
    const peer = await fx.connect({ localAddress: '127.0.0.20' });
    expect(peer.closed).toBe(false);
    await fx.nextServerPeer(); // proven on the master's side too: out of the pools
    expect(fx.server.preAuthStats().held).toBeLessThanOrEqual(PREAUTH_MAX_TOTAL);
    expect(floods.reduce((n, f) => n + f.opened, 0)).toBeGreaterThan(30 * 10);
  });

  test("12 idle connections from the worker's own address, renewed as they go, do not keep the worker out", async () => {
    fx = await startServer({ clock: new ManualClock() });
    const own = await flood('127.0.0.1', 12);
    const peer = await fx.connect();
    expect(peer.closed).toBe(false);
    expect(own.opened).toBeGreaterThanOrEqual(12);
  });

  test('once its init is answered, a connection is out of reach of a flood of idle connections from its own address', async () => {
    fx = await startServer({ clock: new ManualClock(), preAuth: { maxPerAddress: 2 } });
    const worker = await fx.raw();
    const frames = frameReader(worker);
    const opening = workerInit();
    worker.write(opening.frame);
    const challenge = decodeSetup(await frames.next(), ['challenge']);
    // Twenty idle connections from the same address, renewed as they are evicted: a pool of 2 churns ten times over.
    const idle = await flood('127.0.0.1', 2);
    const more = await flood('127.0.0.1', 18);
    await waitFor(() => (fx.server.preAuthStats().closedBy.evicted ?? 0) >= 18, 'the idle ones to churn');
    expect(worker.destroyed).toBe(false);
    // And it completes its setup.
    const offer = workerOffer(new Keyring({ key: KEY_A }), opening, challenge);
    worker.write(offer.frame);
    const confirm = workerConfirm(offer, decodeSetup(await frames.next(), ['accept']));
    worker.write(confirm.frame);
    await fx.nextServerPeer();
    expect(idle.opened + more.opened).toBeGreaterThanOrEqual(20);
  });

  test('the handshake deadline runs on the injected clock', async () => {
    const clock = new ManualClock();
    fx = await startServer({ clock, handshakeTimeoutMs: 60_000 });
    const raw = await fx.raw();
    const closed = socketClosed(raw);
    await clock.advance(59_999);
    expect(fx.rejected).toHaveLength(0);
    await clock.advance(1);
    await waitFor(() => fx.rejected.length === 1, 'the deadline', 2_000);
    expect(fx.rejected[0].error.code).toBe('timeout');
    await closed;
  });
});
