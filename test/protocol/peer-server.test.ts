// The accepting side: the caps on unproven connections, closing, options.
import { ClosedError, WardenError } from '../../protocol/errors';
import { Keyring } from '../../protocol/keyring';
import { PeerServer } from '../../protocol/peer';
import { resolvePeerOptions } from '../../protocol/peer-options';
import { decodeSetup } from '../../protocol/session-handshake';
import { closeOf, Fixture, frameReader, KEY_A, socketClosed, startServer, waitFor } from './helpers';

describe('PeerServer', () => {
  let fx: Fixture;
  afterEach(async () => {
    await fx.cleanup();
  });

  test('20 connections at once from one address: the 10 newest held, the 10 oldest evicted, and a worker still gets in', async () => {
    fx = await startServer();
    const raws = await Promise.all(Array.from({ length: 20 }, () => fx.raw()));
    await waitFor(() => fx.rejected.length === 10, 'ten evictions');
    expect(fx.rejected.every((r) => r.error.code === 'evicted' && r.address === '127.0.0.1')).toBe(true);
    expect(fx.server.preAuthStats()).toMatchObject({ held: 10, closedBy: { evicted: 10 } });
    // The flood is still there: the worker's connection takes the place of the oldest one.
    const worker = await fx.connect();
    expect(worker.closed).toBe(false);
    await fx.nextServerPeer(); // the master's side proved the worker too: it left the pool
    expect(fx.server.preAuthStats()).toMatchObject({ held: 9, closedBy: { evicted: 11 } });
    for (const r of raws) r.destroy();
  });

  test('established sessions do not hold a setup slot: many workers may share one host', async () => {
    fx = await startServer({ preAuth: { maxPerAddress: 2 } });
    fx.server.on('peer', (p) => p.on('request', (_e, respond) => respond({ kind: 'pong', value: {} })));
    const peers = [];
    for (let i = 0; i < 6; i++) peers.push(await fx.connect());
    for (const p of peers) expect((await p.request({ kind: 'ping', value: {} })).body.kind).toBe('pong');
    expect(fx.server.peerCount).toBe(6);
    expect(fx.rejected).toHaveLength(0);
    expect(fx.server.preAuthStats().held).toBe(0);
  });

  test('at its cap, an address loses its oldest unproven connection to the newcomer, never the newcomer itself', async () => {
    fx = await startServer({ preAuth: { maxPerAddress: 2 } });
    const a = await fx.raw();
    const b = await fx.raw();
    const told = frameReader(a).next();
    const aClosed = socketClosed(a);
    await fx.connect();
    await aClosed;
    expect((await fx.nextRejection()).error.code).toBe('evicted');
    // The evicted one is told why, as a SessionReject.
    expect(decodeSetup(await told, ['reject']).reject).toMatchObject({ code: 'evicted', message: expect.stringMatching(/to make room for a newer connection/) });
    expect(b.destroyed).toBe(false);
    b.destroy();
  });

  test('at the total cap, the busiest address loses its oldest connection, and a lone worker elsewhere gets in', async () => {
    fx = await startServer({ preAuth: { maxPerAddress: 10, maxTotal: 6 } });
    const flood = [];
    for (let i = 0; i < 6; i++) flood.push(await fx.raw('127.0.0.2'));
    const lone = await fx.raw('127.0.0.3'); // evicts the flood's oldest
    await waitFor(() => fx.rejected.length === 1, 'one eviction');
    expect(fx.rejected[0]).toMatchObject({ address: '127.0.0.2', error: { code: 'evicted' } });
    expect(lone.destroyed).toBe(false);
    expect(fx.server.preAuthStats().held).toBe(6);
    for (const s of [...flood, lone]) s.destroy();
  });

  test('close() closes every connection: established peers see a ClosedError, raw sockets are cut', async () => {
    fx = await startServer();
    const client = await fx.connect();
    const serverPeer = await fx.nextServerPeer();
    const raw = await fx.raw();
    const clientClosed = closeOf(client);
    const serverPeerClosed = closeOf(serverPeer);
    await fx.server.close();
    expect(await serverPeerClosed).toBeInstanceOf(ClosedError);
    expect(await clientClosed).toBeUndefined(); // from the worker's side: the master hung up
    await socketClosed(raw);
    expect(fx.server.peerCount).toBe(0);
  });

  test('listen() on a port in use rejects with listen_failed', async () => {
    fx = await startServer();
    const other = new PeerServer({ keyring: new Keyring({ key: KEY_A }) });
    await expect(other.listen(fx.port, '127.0.0.1')).rejects.toMatchObject({ code: 'listen_failed' });
    await other.close();
  });
});

describe('peer options', () => {
  test('defaults', () => {
    expect(resolvePeerOptions()).toMatchObject({ requestTimeoutMs: 20_000, handshakeTimeoutMs: 5_000, halfFrameTimeoutMs: 10_000, streamChunkSize: 1024 * 1024, streamWindow: 8 * 1024 * 1024 });
  });

  test('every problem is reported at once', () => {
    let message = '';
    try {
      resolvePeerOptions({ requestTimeoutMs: -1, streamChunkSize: 8 * 1024 * 1024, streamWindow: 1024 });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/requestTimeoutMs must be a positive integer/);
    expect(message).toMatch(/streamChunkSize .* does not fit in maxFrameSize/);
    expect(message).toMatch(/streamWindow 1024 is smaller than streamChunkSize/);
  });
});
