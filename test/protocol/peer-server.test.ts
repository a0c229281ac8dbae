// The accepting side: per-address cap, closing, options, and the address limiter behind the cap.
import { AddressLimiter } from '../../protocol/address-limiter';
import { ClosedError, WardenError } from '../../protocol/errors';
import { Keyring } from '../../protocol/keyring';
import { PeerServer } from '../../protocol/peer';
import { resolvePeerOptions } from '../../protocol/peer-options';
import { closeOf, Fixture, KEY_A, socketClosed, startServer, waitFor } from './helpers';

describe('PeerServer', () => {
  let fx: Fixture;
  afterEach(async () => {
    await fx.cleanup();
  });

  test('20 connections at once from one address: 10 taken into setup, 10 refused with too_many_connections', async () => {
    fx = await startServer();
    const raws = await Promise.all(Array.from({ length: 20 }, () => fx.raw()));
    await waitFor(() => fx.rejected.length === 10, 'ten rejections');
    expect(fx.rejected.every((r) => r.error.code === 'too_many_connections' && r.address === '127.0.0.1')).toBe(true);
    // The server keeps serving: once the flood goes, a real worker gets in.
    for (const r of raws) r.destroy();
    await expect(connectSoon(fx)).resolves.toBe(true);
  });

  test('established sessions do not hold a setup slot: many workers may share one host', async () => {
    fx = await startServer({ maxConnectionsPerAddress: 2 });
    fx.server.on('peer', (p) => p.on('request', (_e, respond) => respond({ kind: 'pong', value: {} })));
    const peers = [];
    for (let i = 0; i < 6; i++) peers.push(await fx.connect());
    for (const p of peers) expect((await p.request({ kind: 'ping', value: {} })).body.kind).toBe('pong');
    expect(fx.server.peerCount).toBe(6);
    expect(fx.rejected).toHaveLength(0);
  });

  test('connections still in setup count against the cap', async () => {
    fx = await startServer({ maxConnectionsPerAddress: 2 });
    const a = await fx.raw();
    const b = await fx.raw();
    await expect(fx.connect()).rejects.toBeInstanceOf(WardenError);
    expect((await fx.nextRejection()).error.code).toBe('too_many_connections');
    a.destroy();
    b.destroy();
    await expect(connectSoon(fx)).resolves.toBe(true);
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

/** Connecting may race the release of the slots just freed: retry briefly. */
async function connectSoon(fx: Fixture): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const ok = await fx.connect().then(
      () => true,
      (err: WardenError) => err.code !== 'closed' && Promise.reject(err),
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

describe('AddressLimiter', () => {
  test('counts per address and frees on release', () => {
    const l = new AddressLimiter(2);
    expect([l.tryAcquire('a'), l.tryAcquire('a'), l.tryAcquire('a'), l.tryAcquire('b')]).toEqual([true, true, false, true]);
    expect(l.count('a')).toBe(2);
    l.release('a');
    expect(l.tryAcquire('a')).toBe(true);
    l.release('b');
    l.release('b'); // extra releases never go negative
    expect(l.count('b')).toBe(0);
    expect(l.addresses).toBe(1);
    expect(() => new AddressLimiter(0)).toThrow(RangeError);
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
