// The other process of bench/transport.ts: `node transport-child.js MODE PORT SECONDS`. It reports its
// figures to the parent over IPC and exits; the parent kills it if it overstays.
import { connect } from 'net';
import { Keyring } from '../protocol/keyring';
import { connectPeer, Peer } from '../protocol/peer';

export const BENCH_KEY = 'Ztq7RwvB3nXy9KcE2LmH6gJdP4sUa8Vf';
const MiB = 1024 * 1024;

export type ChildMode = 'raw-send' | 'stream-recv' | 'stream-send' | 'msg-send';

export interface ChildReport {
  mode: ChildMode;
  bytes?: number;
  ms?: number;
  messages?: number;
  error?: string;
}

function report(r: ChildReport): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(r, () => resolve()) : resolve()));
}

/** Plain TCP: writes 1 MiB buffers for `seconds`, honouring the socket's backpressure. */
function rawSend(port: number, seconds: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      const buf = Buffer.alloc(MiB, 7);
      const end = Date.now() + seconds * 1000;
      let bytes = 0;
      const pump = () => {
        while (Date.now() < end) {
          bytes += buf.length;
          if (!socket.write(buf)) return void socket.once('drain', pump);
        }
        socket.end(() => resolve({ mode: 'raw-send', bytes }));
      };
      pump();
    });
    socket.on('error', reject);
  });
}

function peerOf(port: number): Promise<Peer> {
  return connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: BENCH_KEY }) });
}

/** Receives one stream and reports its size and how long it took from open to end. */
async function streamRecv(port: number): Promise<ChildReport> {
  const peer = await peerOf(port);
  return new Promise((resolve, reject) => {
    peer.once('close', (err) => reject(err ?? new Error('closed before the stream ended')));
    peer.on('stream', (_info, readable) => {
      const started = process.hrtime.bigint();
      let bytes = 0;
      readable.on('data', (chunk: Buffer) => (bytes += chunk.length));
      readable.on('error', reject);
      readable.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        resolve({ mode: 'stream-recv', bytes, ms });
        peer.end();
      });
    });
  });
}

/** Sends one stream of 1 MiB buffers for `seconds`. */
async function streamSend(port: number, seconds: number): Promise<ChildReport> {
  const peer = await peerOf(port);
  const buf = Buffer.alloc(MiB, 9);
  const end = Date.now() + seconds * 1000;
  async function* source() {
    while (Date.now() < end) yield buf;
  }
  const result = await peer.sendStream({ kind: 'bench', name: 'stream' }, source());
  await peer.request({ kind: 'ping', value: {} }, 30_000);
  peer.end();
  return { mode: 'stream-send', bytes: result.bytes };
}

/** One-way 1 KiB messages for `seconds`, waiting for 'drain' whenever send() says so; a request closes the run. */
async function msgSend(port: number, seconds: number): Promise<ChildReport> {
  const peer = await peerOf(port);
  const payload = Buffer.alloc(1024, 5);
  const body = { kind: 'ping' as const, value: { payload } };
  const end = Date.now() + seconds * 1000;
  let messages = 0;
  while (Date.now() < end) {
    let ok = true;
    for (let i = 0; i < 256 && ok; i++) {
      ok = peer.send(body);
      messages++;
    }
    if (!ok) await peer.drained();
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await peer.request({ kind: 'ping', value: {} }, 30_000);
  peer.end();
  return { mode: 'msg-send', messages };
}

async function main(): Promise<void> {
  const [mode, portText, secondsText] = process.argv.slice(2);
  const port = Number(portText);
  const seconds = Number(secondsText ?? '3');
  const run: Record<ChildMode, () => Promise<ChildReport>> = {
    'raw-send': () => rawSend(port, seconds),
    'stream-recv': () => streamRecv(port),
    'stream-send': () => streamSend(port, seconds),
    'msg-send': () => msgSend(port, seconds),
  };
  const task = run[mode as ChildMode];
  if (!task) throw new Error(`unknown mode ${mode}`);
  await report(await task());
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    async (err: unknown) => {
      await report({ mode: 'raw-send', error: String((err as Error)?.stack ?? err) });
      process.exit(1);
    },
  );
}
