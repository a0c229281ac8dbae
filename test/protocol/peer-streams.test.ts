// Streams over one Peer: integrity, credit-based flow control, backpressure, aborts, concurrency.
import { createHash, randomBytes } from 'crypto';
import { Readable } from 'stream';
import { ClosedError, WardenError } from '../../protocol/errors';
import { Peer } from '../../protocol/peer';
import { StreamInfo } from '../../protocol/stream';
import { Fixture, sleep, startServer, waitFor } from './helpers';

const KiB = 1024;
const MiB = 1024 * KiB;

function md5(b: Buffer): string {
  return createHash('md5').update(b).digest('hex');
}

/** Yields data in pieces of odd sizes, so chunks are assembled from several source buffers. */
async function* pieces(data: Buffer, size = 100 * KiB + 37): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

interface Received {
  info: StreamInfo;
  readable: Readable;
}

function nextStream(peer: Peer): Promise<Received> {
  return new Promise((resolve) => peer.once('stream', (info, readable) => resolve({ info, readable })));
}

async function readAll(readable: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of readable) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('Peer streams', () => {
  let fx: Fixture;
  let client: Peer;
  let server: Peer;
  async function setup(serverOpts = {}, clientOpts = {}): Promise<void> {
    fx = await startServer(serverOpts);
    client = await fx.connect(clientOpts);
    server = await fx.nextServerPeer();
  }
  afterEach(async () => {
    await fx.cleanup();
  });

  test('a 20 MB stream arrives intact and the sender never exceeds the window', async () => {
    await setup();
    const data = randomBytes(20 * 1000 * 1000);
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'etc/shared/big.bin', size: data.length, metaJson: '{"mode":420}' }, pieces(data));
    const { info, readable } = await incoming;
    expect(info).toMatchObject({ kind: 'file', name: 'etc/shared/big.bin', size: data.length, metaJson: '{"mode":420}' });
    expect(info.streamId % 2).toBe(1); // the worker's ids are odd
    let maxBuffered = 0;
    readable.on('data', () => (maxBuffered = Math.max(maxBuffered, readable.readableLength)));
    const got = await readAll(readable);
    const result = await sending;
    expect(md5(got)).toBe(md5(data));
    expect(result.bytes).toBe(data.length);
    expect(result.chunks).toBeGreaterThanOrEqual(Math.ceil(data.length / MiB));
    expect(result.maxInFlight).toBeGreaterThan(0);
    expect(result.maxInFlight).toBeLessThanOrEqual(8 * MiB);
    expect(maxBuffered).toBeLessThanOrEqual(8 * MiB);
  });

  test('a source that refills one buffer for every value it yields arrives intact, credit waits included', async () => {
    const window = 128 * KiB;
    await setup({ streamWindow: window, streamChunkSize: 32 * KiB }, { streamChunkSize: 32 * KiB });
    const data = randomBytes(3 * MiB + 123);
    const reused = Buffer.alloc(50 * KiB + 11); // bigger than a chunk: a value straddles chunks and credit waits
    async function* refilling(): AsyncGenerator<Buffer> {
      for (let at = 0; at < data.length; at += reused.length) {
        const n = data.copy(reused, 0, at, at + reused.length);
        yield reused.subarray(0, n);
        reused.fill(0xee); // what the sender still held of the last value would be spoiled now
      }
    }
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'refilled' }, refilling());
    const { readable } = await incoming;
    const got = await readAll(readable);
    await sending;
    expect(md5(got)).toBe(md5(data));
  });

  test('a slow consumer holds the sender at the window; reading lets it finish', async () => {
    const window = 256 * KiB;
    await setup({ streamWindow: window, streamChunkSize: 64 * KiB }, { streamChunkSize: 64 * KiB });
    const data = randomBytes(2 * MiB);
    const incoming = nextStream(server);
    let done = false;
    const sending = client.sendStream({ kind: 'file', name: 'slow' }, pieces(data, 10 * KiB)).then((r) => {
      done = true;
      return r;
    });
    const { readable } = await incoming;
    readable.pause();
    await waitFor(() => readable.readableLength === window, 'the window to fill');
    const sentBefore = client.stats.bytesOut;
    await sleep(150);
    expect(done).toBe(false);
    expect(readable.readableLength).toBe(window); // nothing beyond the credit arrived
    expect(client.stats.bytesOut).toBe(sentBefore); // and nothing more was sent
    const got = await readAll(readable);
    const result = await sending;
    expect(md5(got)).toBe(md5(data));
    expect(result.maxInFlight).toBeLessThanOrEqual(window);
  });

  test('a failing source aborts the stream on both sides', async () => {
    await setup();
    async function* failing(): AsyncGenerator<Buffer> {
      yield randomBytes(3 * MiB);
      throw new Error('disk read failed');
    }
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'broken' }, failing());
    const { readable } = await incoming;
    const readErr = await readAll(readable).catch((e: unknown) => e);
    expect(readErr).toBeInstanceOf(WardenError);
    expect(readErr).toMatchObject({ code: 'stream_aborted', message: expect.stringMatching(/disk read failed/) });
    await expect(sending).rejects.toThrow(/disk read failed/);
    expect((await client.request({ kind: 'ping', value: {} }).catch((e: WardenError) => e.code))).toBe('no_handler'); // connection fine
  });

  test('a receiver that gives up aborts the sender', async () => {
    await setup();
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'unwanted' }, pieces(randomBytes(30 * MiB)));
    const { readable } = await incoming;
    readable.once('data', () => readable.destroy(new Error('disk full')));
    readable.resume();
    const err = await sending.catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'stream_aborted', message: expect.stringMatching(/disk full/) });
    expect(server.closed).toBe(false);
  });

  test('a stream nobody receives is aborted with no_handler', async () => {
    await setup();
    await expect(client.sendStream({ kind: 'file', name: 'x' }, pieces(randomBytes(10)))).rejects.toMatchObject({ code: 'stream_aborted', message: expect.stringMatching(/no_handler/) });
  });

  test('a lost connection fails the stream on both sides with ClosedError', async () => {
    await setup();
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'cut' }, pieces(randomBytes(40 * MiB)));
    const { readable } = await incoming;
    readable.pause();
    await waitFor(() => readable.readableLength > 0, 'some data');
    client.close();
    expect(await sending.catch((e: unknown) => e)).toBeInstanceOf(ClosedError);
    expect(await readAll(readable).catch((e: unknown) => e)).toBeInstanceOf(ClosedError);
  });

  test('an announced size that does not match fails the receiver', async () => {
    await setup();
    const incoming = nextStream(server);
    const sending = client.sendStream({ kind: 'file', name: 'liar', size: 1000 }, pieces(randomBytes(10)));
    const { readable } = await incoming;
    expect(await readAll(readable).catch((e: unknown) => e)).toMatchObject({ code: 'stream_protocol' });
    await sending;
  });

  test('incoming streams beyond maxIncomingStreams are aborted with too_many_streams', async () => {
    await setup({ maxIncomingStreams: 1 });
    const first = nextStream(server);
    const a = client.sendStream({ kind: 'file', name: 'a' }, pieces(randomBytes(2 * MiB)));
    const { readable } = await first;
    readable.pause();
    const b = client.sendStream({ kind: 'file', name: 'b' }, pieces(randomBytes(10)));
    await expect(b).rejects.toMatchObject({ code: 'stream_aborted', message: expect.stringMatching(/too_many_streams/) });
    expect(server.openStreams).toEqual({ outgoing: 0, incoming: 1 });
    readable.resume();
    await a;
    await waitFor(() => server.openStreams.incoming === 0 && client.openStreams.outgoing === 0, 'streams to finish');
  });

  test('two concurrent streams each way arrive intact', async () => {
    await setup({}, {});
    const a = randomBytes(5 * MiB + 3);
    const b = randomBytes(3 * MiB + 11);
    const received = new Map<string, Promise<Buffer>>();
    for (const p of [client, server]) p.on('stream', (info, readable) => received.set(`${p.role}:${info.name}`, readAll(readable)));
    const results = await Promise.all([
      client.sendStream({ kind: 'file', name: 'a' }, pieces(a)),
      client.sendStream({ kind: 'file', name: 'b' }, pieces(b, 7 * KiB)),
      server.sendStream({ kind: 'file', name: 'a' }, pieces(b)),
      server.sendStream({ kind: 'file', name: 'b' }, Readable.from([a.subarray(0, 100), a.subarray(100)])),
    ]);
    expect(results.map((r) => r.streamId % 2)).toEqual([1, 1, 0, 0]);
    await waitFor(() => received.size === 4, 'four streams');
    expect(md5(await received.get('master:a')!)).toBe(md5(a));
    expect(md5(await received.get('master:b')!)).toBe(md5(b));
    expect(md5(await received.get('worker:a')!)).toBe(md5(b));
    expect(md5(await received.get('worker:b')!)).toBe(md5(a));
  });
});
