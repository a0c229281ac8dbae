// Bad input after the session exists: each case closes that connection with a typed error, and the server
// keeps serving a good worker throughout.
import { randomBytes } from 'crypto';
import { encodeEnvelope } from '../../protocol/envelope';
import { AuthError, ProtocolError, TimeoutError, WardenError } from '../../protocol/errors';
import { encodeHeader, FrameKind } from '../../protocol/frame';
import { Peer } from '../../protocol/peer';
import { closeOf, Fixture, RawSession, sleep, socketClosed, startServer, waitFor } from './helpers';

describe('Peer refuses bad input', () => {
  let fx: Fixture;
  let good: Peer;
  beforeEach(async () => {
    fx = await startServer({ halfFrameTimeoutMs: 200 });
    fx.server.on('peer', (p) => p.on('request', (_e, respond) => respond({ kind: 'pong', value: {} })));
    good = await fx.connect();
    await fx.nextServerPeer();
  });
  afterEach(async () => {
    // The good worker was served before and is still served after the bad one.
    expect((await good.request({ kind: 'ping', value: {} }, 2000)).body.kind).toBe('pong');
    expect(good.closed).toBe(false);
    await fx.cleanup();
  });

  /** A hand-driven session; resolves with the server side's close error once `act` has misbehaved. */
  async function misbehave(act: (s: RawSession, serverPeer: Peer) => void | Promise<void>): Promise<WardenError | undefined> {
    const s = await fx.session();
    const serverPeer = await fx.nextServerPeer();
    const closed = closeOf(serverPeer);
    const socketGone = socketClosed(s.socket);
    await act(s, serverPeer);
    const err = await closed;
    await socketGone;
    expect(serverPeer.closed).toBe(true);
    return err;
  }

  test('a valid sealed envelope is accepted (control case)', async () => {
    const s = await fx.session();
    const serverPeer = await fx.nextServerPeer();
    const got: string[] = [];
    serverPeer.on('message', (env) => got.push(env.body.kind));
    s.sendSealed(encodeEnvelope(0, 0, { kind: 'keepAlive', value: { sentAtMs: 5 } }));
    await waitFor(() => got.length === 1, 'the message');
    expect(got).toEqual(['keepAlive']);
    s.socket.destroy();
  });

  test('an envelope with an unknown message type closes with unknown_message', async () => {
    const err = await misbehave((s) => {
      // field 99, length-delimited, empty: a body this node does not know
      s.sendSealed(Buffer.from([0x08, 0x05, 0x9a, 0x06, 0x00]));
    });
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err?.code).toBe('unknown_message');
  });

  test('sealed bytes that are not an envelope close with bad_envelope', async () => {
    const err = await misbehave((s) => void s.sendSealed(Buffer.from([0x52, 0x7f, 0x01])));
    expect(err?.code).toBe('bad_envelope');
  });

  test('random bytes close the connection with a framing error', async () => {
    const err = await misbehave((s) => s.sendRaw(randomBytes(4096)));
    expect(err).toBeInstanceOf(ProtocolError);
    expect(['frame_too_large', 'bad_version', 'bad_frame']).toContain(err?.code);
  });

  test('a truncated frame followed by silence is closed at the half-frame deadline', async () => {
    const started = Date.now();
    const err = await misbehave((s) => {
      const wire = Buffer.concat(s.sealer.seal(Buffer.alloc(100)));
      s.sendRaw(wire.subarray(0, 60));
    });
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err?.code).toBe('half_frame_timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  test('a frame trickling in keeps being timed from its first byte', async () => {
    const err = await misbehave(async (s) => {
      const wire = Buffer.concat(s.sealer.seal(Buffer.alloc(100)));
      for (let i = 0; i < 8; i++) {
        s.sendRaw(wire.subarray(i, i + 1));
        await sleep(40);
      }
    });
    expect(err?.code).toBe('half_frame_timeout');
  });

  test('an oversized length is refused at once, without waiting for the bytes', async () => {
    const started = Date.now();
    const err = await misbehave((s) => s.sendRaw(encodeHeader(FrameKind.Sealed, 1, 0xfffffff0)));
    expect(err?.code).toBe('frame_too_large');
    expect(Date.now() - started).toBeLessThan(190);
  });

  test('one flipped byte in a valid sealed frame closes with auth_failed', async () => {
    const err = await misbehave((s) => {
      const wire = Buffer.concat(s.sealer.seal(encodeEnvelope(0, 0, { kind: 'ping', value: { payload: Buffer.from('hello') } })));
      wire[wire.length - 20] ^= 0x40;
      s.sendRaw(wire);
    });
    expect(err).toBeInstanceOf(AuthError);
    expect(err?.code).toBe('auth_failed');
  });

  test('a replayed sealed frame (captured bytes sent again) closes with replay', async () => {
    const err = await misbehave(async (s) => {
      s.sendSealed(encodeEnvelope(0, 0, { kind: 'keepAlive', value: { sentAtMs: 1 } }));
      s.sendSealed(encodeEnvelope(0, 0, { kind: 'keepAlive', value: { sentAtMs: 2 } }));
      await sleep(20);
      s.sendRaw(s.sent[0]);
    });
    expect(err).toBeInstanceOf(AuthError);
    expect(err?.code).toBe('replay');
  });

  test('a clear setup frame inside the session closes the connection', async () => {
    const err = await misbehave((s) => s.sendRaw(Buffer.concat([encodeHeader(FrameKind.Clear, 0, 4), Buffer.alloc(4)])));
    expect(err?.code).toBe('bad_frame');
  });

  test('stream data beyond the granted credit closes with stream_protocol', async () => {
    const err = await misbehave((s, serverPeer) => {
      serverPeer.on('stream', (_info, readable) => readable.pause()); // accepted, never read
      s.sendSealed(encodeEnvelope(0, 0, { kind: 'streamOpen', value: { streamId: 1, kind: 'file', name: 'x' } }));
      // 8 MiB window + 1 chunk, in 64 KiB frames: small enough that a loaded machine never trips the
      // 200 ms half-frame deadline first (1 MiB frames did, under CI load).
      const data = Buffer.alloc(64 * 1024);
      for (let i = 0; i < 129; i++) s.sendSealed(encodeEnvelope(0, 0, { kind: 'streamChunk', value: { streamId: 1, data } }));
    });
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err?.message).toMatch(/granted/);
  });

  test('a stream opened with an id of the wrong side closes with stream_protocol', async () => {
    const err = await misbehave((s, serverPeer) => {
      serverPeer.on('stream', () => undefined);
      s.sendSealed(encodeEnvelope(0, 0, { kind: 'streamOpen', value: { streamId: 2, kind: 'file', name: 'x' } }));
    });
    expect(err?.code).toBe('stream_protocol');
  });
});
