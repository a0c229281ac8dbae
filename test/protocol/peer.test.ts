// Peers over real loopback sockets: messages, requests, deadlines, closing.
import { ClosedError, TimeoutError, WardenError } from '../../protocol/errors';
import { Envelope } from '../../protocol/envelope';
import { closeOf, Fixture, sleep, startServer, waitFor } from './helpers';

describe('Peer over loopback', () => {
  let fx: Fixture;
  beforeEach(async () => {
    fx = await startServer();
  });
  afterEach(async () => {
    await fx.cleanup();
  });

  test('request/response both ways, and a one-way message', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    server.on('request', (env, respond) => {
      if (env.body.kind === 'ping') respond({ kind: 'pong', value: { payload: env.body.value.payload } });
    });
    client.on('request', (_env, respond) => respond({ kind: 'keepAliveAck', value: { receivedAtMs: 42 } }));
    const reply = await client.request({ kind: 'ping', value: { payload: Buffer.from('hello') } });
    expect(reply.body.kind).toBe('pong');
    expect(reply.body.kind === 'pong' && Buffer.from(reply.body.value.payload).toString()).toBe('hello');

    const back = await server.request({ kind: 'keepAlive', value: { sentAtMs: 1 } });
    expect(back.body).toEqual({ kind: 'keepAliveAck', value: expect.objectContaining({ receivedAtMs: 42 }) });

    const got = new Promise<Envelope>((resolve) => server.once('message', resolve));
    client.send({ kind: 'keepAlive', value: { sentAtMs: 1234567890123 } });
    const msg = await got;
    expect(msg.id).toBe(0);
    expect(msg.body.kind === 'keepAlive' && msg.body.value.sentAtMs).toBe(1234567890123);
    expect(client.pendingRequests).toBe(0);
    expect(server.pendingRequests).toBe(0);
  });

  test('an ErrorReply rejects with its code; a request nobody serves gets no_handler', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    await expect(client.request({ kind: 'ping', value: {} })).rejects.toMatchObject({ code: 'no_handler' });
    server.on('request', (_env, respond) => respond({ kind: 'error', value: { code: 'duplicate_name', message: 'taken' } }));
    const err = await client.request({ kind: 'ping', value: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WardenError);
    expect(err).toMatchObject({ code: 'duplicate_name', message: 'taken' });
  });

  test('a request past its deadline rejects with TimeoutError and leaves the pending table empty', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    let late: ((body: never) => void) | null = null;
    const debug: string[] = [];
    client.on('debug', (m) => debug.push(m));
    server.on('request', (_env, respond) => (late = respond as never));
    const started = Date.now();
    const err = await client.request({ kind: 'ping', value: {} }, 100).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(client.pendingRequests).toBe(0);
    // The late reply is ignored, and the connection keeps working.
    (late as unknown as (b: unknown) => void)({ kind: 'pong', value: {} });
    await waitFor(() => debug.some((m) => m.includes('unknown request')), 'the ignored late reply');
    server.removeAllListeners('request');
    server.on('request', (_env, respond) => respond({ kind: 'pong', value: {} }));
    expect((await client.request({ kind: 'ping', value: {} })).body.kind).toBe('pong');
  });

  test('closing rejects every pending request with ClosedError, emits close once, and is idempotent', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    server.on('request', () => undefined); // never answers
    const closes: unknown[] = [];
    client.on('close', (e) => closes.push(e));
    const serverClosed = closeOf(server);
    const requests = [1, 2, 3].map(() => client.request({ kind: 'ping', value: {} }).catch((e: unknown) => e));
    await waitFor(() => client.pendingRequests === 3, 'three pending requests');
    client.close();
    client.close();
    const errors = await Promise.all(requests);
    for (const e of errors) expect(e).toBeInstanceOf(ClosedError);
    expect(client.pendingRequests).toBe(0);
    expect(closes).toEqual([undefined]);
    expect(client.closed).toBe(true);
    expect(client.send({ kind: 'ping', value: {} })).toBe(false);
    await expect(client.request({ kind: 'ping', value: {} })).rejects.toBeInstanceOf(ClosedError);
    await expect(client.drained()).rejects.toBeInstanceOf(ClosedError);
    expect(await serverClosed).toBeUndefined(); // a clean close on the other side
  });

  test('server-side pending requests fail when the client goes away', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    client.on('request', () => undefined);
    const pending = server.request({ kind: 'keepAlive', value: {} }).catch((e: unknown) => e);
    await sleep(20);
    client.close();
    expect(await pending).toBeInstanceOf(ClosedError);
    expect(server.pendingRequests).toBe(0);
  });

  test('end() writes what is queued before closing', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    const received: number[] = [];
    server.on('message', (env) => received.push(env.body.kind === 'keepAlive' ? env.body.value.sentAtMs : -1));
    for (let i = 1; i <= 100; i++) client.send({ kind: 'keepAlive', value: { sentAtMs: i } });
    const closed = closeOf(server);
    client.end();
    expect(await closed).toBeUndefined();
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  test('send() reports backpressure and drain follows', async () => {
    const client = await fx.connect({ writeHighWaterMark: 64 * 1024, maxWriteQueue: 16 * 1024 * 1024 });
    const server = await fx.nextServerPeer();
    let received = 0;
    server.on('message', () => received++);
    const payload = Buffer.alloc(1024);
    let sent = 0;
    while (client.send({ kind: 'ping', value: { payload } })) sent++;
    sent++;
    expect(sent).toBeLessThan(100);
    await client.drained();
    expect(client.backlog).toBeLessThan(64 * 1024);
    expect(client.send({ kind: 'ping', value: { payload } })).toBe(true);
    sent++;
    await waitFor(() => received === sent, 'every message');
  });

  test('a caller that ignores backpressure is stopped at maxWriteQueue', async () => {
    const client = await fx.connect({ writeHighWaterMark: 64 * 1024, maxWriteQueue: 5 * 1024 * 1024 });
    const closed = closeOf(client);
    const payload = Buffer.alloc(64 * 1024);
    for (let i = 0; i < 200 && !client.closed; i++) client.send({ kind: 'ping', value: { payload } });
    expect(await closed).toMatchObject({ code: 'send_queue_full' });
  });

  test('a body larger than maxFrameSize is refused to the caller and the connection carries on', async () => {
    const client = await fx.connect({ maxFrameSize: 64 * 1024, streamChunkSize: 32 * 1024 });
    const server = await fx.nextServerPeer();
    server.on('request', (_e, respond) => respond({ kind: 'pong', value: {} }));
    const huge = { kind: 'ping' as const, value: { payload: Buffer.alloc(70 * 1024) } };
    expect(() => client.send(huge)).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
    await expect(client.request(huge)).rejects.toMatchObject({ code: 'frame_too_large' });
    expect(client.pendingRequests).toBe(0);
    expect((await client.request({ kind: 'ping', value: {} })).body.kind).toBe('pong');
    // A reply too large for the requester's side becomes an ErrorReply instead of an exception.
    const serverSmall = await startServer({ maxFrameSize: 64 * 1024, streamChunkSize: 32 * 1024 });
    try {
      serverSmall.server.on('peer', (p) => p.on('request', (_e, respond) => respond(huge)));
      const c = await serverSmall.connect();
      await expect(c.request({ kind: 'ping', value: {} })).rejects.toMatchObject({ code: 'reply_too_large' });
    } finally {
      await serverSmall.cleanup();
    }
  });

  test('a listener that throws closes that connection with handler_error; the process lives on', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    server.on('message', () => {
      throw new Error('bug in a handler');
    });
    const closed = closeOf(server);
    client.send({ kind: 'keepAlive', value: {} });
    const err = await closed;
    expect(err).toMatchObject({ code: 'handler_error' });
    expect((err as WardenError).cause).toBeInstanceOf(Error);
    await waitFor(() => client.closed, 'the client to see the close');
  });

  test('stats count frames and bytes both ways', async () => {
    const client = await fx.connect();
    const server = await fx.nextServerPeer();
    server.on('request', (_e, respond) => respond({ kind: 'pong', value: {} }));
    for (let i = 0; i < 5; i++) await client.request({ kind: 'ping', value: { payload: Buffer.alloc(100) } });
    expect(client.stats.framesOut).toBe(5);
    expect(client.stats.framesIn).toBe(5);
    expect(server.stats.framesIn).toBe(5);
    expect(client.stats.bytesOut).toBeGreaterThan(5 * 100);
    expect(server.stats.bytesIn).toBeGreaterThanOrEqual(client.stats.bytesOut);
  });
});
