// Session setup over real sockets: key rotation, wrong keys, versions, deadlines.
import { createServer, Server, Socket } from 'net';
import { AuthError, ProtocolError, TimeoutError } from '../../protocol/errors';
import { encodeFrame, FrameKind } from '../../protocol/frame';
import { warden } from '../../protocol/generated/cluster';
import { keyId, Keyring } from '../../protocol/keyring';
import { connectPeer, Peer } from '../../protocol/peer';
import { newEphemeral } from '../../protocol/session-crypto';
import { decodeSetup, encodeSetup, masterChallenge, PROTOCOL_VERSION, rejectionError, workerInit, workerOffer } from '../../protocol/session-handshake';
import { firstFrame, Fixture, frameReader, KEY_A, KEY_B, socketClosed, startServer } from './helpers';

async function echoWorks(client: Peer): Promise<void> {
  const reply = await client.request({ kind: 'ping', value: { payload: Buffer.from('x') } }, 2000);
  expect(reply.body.kind).toBe('pong');
}

describe('session setup', () => {
  let fx: Fixture;
  afterEach(async () => {
    await fx.cleanup();
  });

  function serveEcho(): void {
    fx.server.on('peer', (p) => p.on('request', (_e, respond) => respond({ kind: 'pong', value: {} })));
  }

  test.each([
    { case: 'worker rotated first: {new, previous: [old]} against {old}', master: { key: KEY_A }, worker: { key: KEY_B, previousKeys: [KEY_A] } },
    { case: 'master rotated first: {old} against {new, previous: [old]}', master: { key: KEY_B, previousKeys: [KEY_A] }, worker: { key: KEY_A } },
    { case: 'both rotated', master: { key: KEY_B, previousKeys: [KEY_A] }, worker: { key: KEY_B } },
  ])('connects during a rotation, $case', async ({ master, worker }) => {
    fx = await startServer({ keyring: new Keyring(master) });
    serveEcho();
    const client = await fx.connect({ keyring: new Keyring(worker) });
    await echoWorks(client);
  });

  test('a live session keeps working while new ones are made with a rotated keyring', async () => {
    fx = await startServer({ keyring: new Keyring({ key: KEY_A }) });
    serveEcho();
    const old = await fx.connect({ keyring: new Keyring({ key: KEY_A }) });
    fx.server.setKeyring(new Keyring({ key: KEY_B, previousKeys: [KEY_A] }));
    const rotated = await fx.connect({ keyring: new Keyring({ key: KEY_B }) });
    const lagging = await fx.connect({ keyring: new Keyring({ key: KEY_A }) });
    fx.server.setKeyring(new Keyring({ key: KEY_B })); // rotation finished: the old key is dropped
    await expect(fx.connect({ keyring: new Keyring({ key: KEY_A }) })).rejects.toMatchObject({ code: 'auth_failed' });
    for (const c of [old, rotated, lagging]) await echoWorks(c);
  });

  test('a wrong key is refused during setup on both sides with auth_failed', async () => {
    fx = await startServer();
    const err = await fx.connect({ keyring: new Keyring({ key: KEY_B }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect(err).toMatchObject({ code: 'auth_failed' });
    const rejected = await fx.nextRejection();
    expect(rejected.error).toBeInstanceOf(AuthError);
    expect(rejected.error.code).toBe('auth_failed');
    expect(rejected.address).toBe('127.0.0.1');
    expect(fx.serverPeers).toHaveLength(0);
  });

  test("an offer replayed from another connection proves nothing: its tags belong to that connection", async () => {
    fx = await startServer();
    // A real worker's offer, as an eavesdropper would record it.
    const real = await fx.raw();
    const realFrames = frameReader(real);
    const opening = workerInit();
    real.write(opening.frame);
    const recorded = workerOffer(new Keyring({ key: KEY_A }), opening, decodeSetup(await realFrames.next(), ['challenge']));
    real.destroy();
    // The attacker's own connection: its init, then the recorded offer.
    const raw = await fx.raw();
    const frames = frameReader(raw);
    const closed = socketClosed(raw);
    raw.write(workerInit().frame);
    expect(decodeSetup(await frames.next(), ['challenge']).step).toBe('challenge');
    raw.write(recorded.frame);
    expect(decodeSetup(await frames.next(), ['reject']).reject?.code).toBe('auth_failed');
    await closed;
    expect(fx.rejected.map((r) => r.error.code)).toContain('auth_failed');
    expect(fx.serverPeers).toHaveLength(0);
  });

  test('a master that cannot prove the key is refused by the worker', async () => {
    fx = await startServer();
    const accepted: Socket[] = [];
    const fake: Server = createServer((s) => {
      accepted.push(s);
      s.on('error', () => undefined);
      const frames = frameReader(s);
      void (async () => {
        const init = decodeSetup(await frames.next(), ['init']).init ?? {};
        const challenge = masterChallenge(init);
        s.write(challenge.frame);
        await frames.next(); // the worker's offer: a master without the key cannot check it, and answers anyway
        s.write(encodeSetup({ accept: { keyIndex: 0, proof: Buffer.alloc(32) } }));
      })().catch(() => s.destroy());
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    try {
      const port = (fake.address() as { port: number }).port;
      const err = await connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: KEY_A }) }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'auth_failed', message: expect.stringMatching(/prove/) });
    } finally {
      for (const s of accepted) s.destroy();
      await new Promise<void>((r) => fake.close(() => r()));
    }
  });

  test('a version-1 worker gets a SessionReject naming both versions, then the connection closes', async () => {
    fx = await startServer();
    const raw = await fx.raw();
    // The first frame of a version-1 worker: its key ids in clear.
    raw.write(encodeSetup({ init: { protocolVersion: 1, random: Buffer.alloc(32, 1), keyIds: [keyId(Buffer.from(KEY_A))] } }));
    const reject = warden.cluster.SessionSetup.decode((await firstFrame(raw)).payload);
    expect(reject.step).toBe('reject');
    expect(reject.reject?.code).toBe('bad_version');
    await socketClosed(raw);
    expect((await fx.nextRejection()).error).toBeInstanceOf(ProtocolError);
    // What that worker logs: version 1 turned a reject into the same error (rejectionError is unchanged).
    const seen = rejectionError(reject.reject?.code ?? '', reject.reject?.message ?? '');
    expect(seen).toBeInstanceOf(ProtocolError);
    expect(seen.message).toBe(`refused by the master: protocol version 1 is not supported: this master speaks ${PROTOCOL_VERSION}; run the same Warden version on the worker and the master`);
  });

  test('a version-2 worker facing a version-1 master sees the refusal as bad_version', async () => {
    fx = await startServer();
    const accepted: Socket[] = [];
    // What a version-1 master answers to any other version.
    const old: Server = createServer((s) => {
      accepted.push(s);
      s.on('error', () => undefined);
      s.once('data', () => s.end(encodeSetup({ reject: { code: 'bad_version', message: 'protocol version 2 is not supported (this node speaks 1)' } })));
    });
    await new Promise<void>((r) => old.listen(0, '127.0.0.1', r));
    try {
      const port = (old.address() as { port: number }).port;
      const err = await connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: KEY_A }) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProtocolError);
      expect(err).toMatchObject({ code: 'bad_version', message: 'refused by the master: protocol version 2 is not supported (this node speaks 1)' });
    } finally {
      for (const s of accepted) s.destroy();
      await new Promise<void>((r) => old.close(() => r()));
    }
  });

  test.each([
    { what: 'a sealed frame instead of an init', bytes: encodeFrame(FrameKind.Sealed, 1, Buffer.alloc(40)), code: 'handshake_failed' },
    { what: 'garbage in a clear frame', bytes: encodeFrame(FrameKind.Clear, 0, Buffer.from([0xff, 0xff, 0xff])), code: 'handshake_failed' },
    { what: 'a confirm before the init', bytes: encodeSetup({ confirm: { proof: Buffer.alloc(32) } }), code: 'handshake_failed' },
    { what: 'random bytes', bytes: Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), code: 'frame_too_large' },
    { what: 'an init with a short random', bytes: encodeSetup({ init: { protocolVersion: PROTOCOL_VERSION, random: Buffer.alloc(3), ephemeral: newEphemeral().publicKey } }), code: 'handshake_failed' },
    { what: 'an init without its ephemeral key', bytes: encodeSetup({ init: { protocolVersion: PROTOCOL_VERSION, random: Buffer.alloc(32) } }), code: 'handshake_failed' },
    { what: 'an init with a low-order ephemeral key', bytes: encodeSetup({ init: { protocolVersion: PROTOCOL_VERSION, random: Buffer.alloc(32), ephemeral: Buffer.alloc(32) } }), code: 'handshake_failed' },
    { what: 'an offer before the init', bytes: encodeSetup({ offer: { keyTags: [Buffer.alloc(32)] } }), code: 'handshake_failed' },
  ])('$what during setup is refused with $code', async ({ bytes, code }) => {
    fx = await startServer();
    serveEcho();
    const raw = await fx.raw();
    raw.write(bytes);
    expect((await fx.nextRejection()).error.code).toBe(code);
    await socketClosed(raw);
    await echoWorks(await fx.connect()); // and the server still serves good workers
  });

  test('a connection that never finishes its setup is cut at the deadline', async () => {
    fx = await startServer({ handshakeTimeoutMs: 150 });
    const raw = await fx.raw();
    const started = Date.now();
    const rejected = await fx.nextRejection();
    expect(rejected.error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await socketClosed(raw);
  });

  test('a worker facing a silent master gives up at its own deadline', async () => {
    fx = await startServer();
    const accepted: Socket[] = [];
    const silent = createServer((s) => {
      s.on('error', () => undefined);
      accepted.push(s);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as { port: number }).port;
      const started = Date.now();
      const err = await connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: KEY_A }), handshakeTimeoutMs: 150 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(accepted).toHaveLength(1);
      await socketClosed(accepted[0]); // the worker hung up
    } finally {
      for (const s of accepted) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  test('dialing a port nobody listens on fails with connect_failed', async () => {
    fx = await startServer();
    const port = fx.port;
    await fx.server.close();
    await expect(connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: KEY_A }) })).rejects.toMatchObject({ code: 'connect_failed' });
  });
});
