// Transport benchmark (DESIGN.md section 9): one encrypted connection against this machine's own limits.
//   (a) single-core AES-256-GCM seal rate on 1 MiB buffers, the reference of (c)
//   (b) raw TCP loopback between two processes
//   (c) one encrypted Peer, 1 MiB stream chunks, two processes: target >= 75% of (a)
//   (d) one encrypted Peer, 1 KiB one-way messages, two processes: target >= 100,000/s
// Each figure is the median of WARDEN_BENCH_ROUNDS runs (default 3) of WARDEN_BENCH_SECONDS each (default 1.5),
// with the range shown: other work on a shared 2-core box moves single runs a lot.
// Run compiled: the child is dist/bench/transport-child.js.
import { ChildProcess, fork } from 'child_process';
import { randomBytes } from 'crypto';
import { createServer } from 'net';
import * as path from 'path';
import { Keyring } from '../protocol/keyring';
import { Peer, PeerServer } from '../protocol/peer';
import { SealingBox } from '../protocol/session-crypto';
import { BENCH_KEY, ChildMode, ChildReport } from './transport-child';

const MiB = 1024 * 1024;
const MB = 1e6;

function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

interface Figure {
  median: number;
  min: number;
  max: number;
}

async function rounds(n: number, run: () => Promise<number> | number): Promise<Figure> {
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(await run());
  values.sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)], min: values[0], max: values[values.length - 1] };
}

function fmt(f: Figure, unit: string): string {
  const n = (v: number) => Math.round(v).toLocaleString('en-US');
  return `${n(f.median)} ${unit} (${n(f.min)}..${n(f.max)})`;
}

function line(what: string, value: string, target?: { ratio: number; text: string }): void {
  const tail = target ? `  target ${target.text}: ratio ${target.ratio.toFixed(2)} ${target.ratio >= 1 ? 'OK' : 'BELOW TARGET'}` : '';
  process.stdout.write(`  ${what.padEnd(50)} ${value.padStart(30)}${tail}\n`);
}

/** (a) One core sealing 1 MiB frames exactly as a Peer does. */
function sealRate(seconds: number): number {
  const box = new SealingBox(randomBytes(32));
  const buf = randomBytes(MiB);
  for (let i = 0; i < 20; i++) box.seal(buf); // warm-up
  const start = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  let bytes = 0;
  while (Date.now() < end) {
    for (let i = 0; i < 16; i++) box.seal(buf);
    bytes += 16 * MiB;
  }
  return bytes / MB / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Forks the child and resolves with its report; the child never outlives the phase. */
async function runChild(mode: ChildMode, port: number, seconds: number): Promise<ChildReport> {
  const child: ChildProcess = fork(path.join(__dirname, 'transport-child.js'), [mode, String(port), String(seconds)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    return await new Promise<ChildReport>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${mode} child overstayed`)), seconds * 1000 + 30_000);
      child.once('message', (r: ChildReport) => {
        clearTimeout(timer);
        if (r.error) reject(new Error(`${mode} child failed: ${r.error}`));
        else resolve(r);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${mode} child exited (${code}) without a report`));
      });
    });
  } finally {
    if (child.exitCode === null) child.kill();
    await exited;
  }
}

/** (b) Plain TCP, child -> parent; timed at the receiver from first byte to end. */
async function rawTcp(seconds: number): Promise<number> {
  let bytes = 0;
  let first = 0n;
  let markEnd: (at: bigint) => void = () => undefined;
  const ended = new Promise<bigint>((resolve) => (markEnd = resolve));
  const server = createServer((socket) => {
    socket.on('data', (chunk) => {
      if (bytes === 0) first = process.hrtime.bigint();
      bytes += chunk.length;
    });
    socket.on('end', () => markEnd(process.hrtime.bigint()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await runChild('raw-send', (server.address() as { port: number }).port, seconds);
    const last = await ended;
    return bytes / MB / (Number(last - first) / 1e9);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A PeerServer for the child to dial; `serve` runs for its one peer. */
async function withPeerServer<T>(serve: (peer: Peer) => void, child: (port: number) => Promise<T>): Promise<T> {
  const server = new PeerServer({ keyring: new Keyring({ key: BENCH_KEY }) });
  server.on('peer', serve);
  const { port } = await server.listen(0, '127.0.0.1');
  try {
    return await child(port);
  } finally {
    await server.close();
  }
}

/** (c) master -> worker, the direction of file sync: the parent streams, the child receives and times. */
async function streamMasterToWorker(seconds: number): Promise<number> {
  const buf = Buffer.alloc(MiB, 3);
  const report = await withPeerServer(
    (peer) => {
      const end = Date.now() + seconds * 1000;
      async function* source() {
        while (Date.now() < end) yield buf;
      }
      peer.sendStream({ kind: 'bench', name: 'stream' }, source()).catch(() => peer.close());
    },
    (port) => runChild('stream-recv', port, seconds),
  );
  return (report.bytes ?? 0) / MB / ((report.ms ?? 1) / 1000);
}

/** (c') worker -> master: the child streams, the parent receives and times. */
async function streamWorkerToMaster(seconds: number): Promise<number> {
  let bytes = 0;
  let ms = 1;
  await withPeerServer(
    (peer) => {
      peer.on('request', (_env, respond) => respond({ kind: 'pong', value: {} }));
      peer.on('stream', (_info, readable) => {
        const started = process.hrtime.bigint();
        readable.on('data', (chunk: Buffer) => (bytes += chunk.length));
        readable.on('end', () => (ms = Number(process.hrtime.bigint() - started) / 1e6));
      });
    },
    (port) => runChild('stream-send', port, seconds),
  );
  return bytes / MB / (ms / 1000);
}

/** (d) worker -> master 1 KiB messages, counted at the master from the first message to the closing request. */
async function messages(seconds: number): Promise<number> {
  let count = 0;
  let first = 0n;
  let last = 0n;
  await withPeerServer(
    (peer) => {
      peer.on('message', () => {
        if (count++ === 0) first = process.hrtime.bigint();
      });
      peer.on('request', (_env, respond) => {
        last = process.hrtime.bigint();
        respond({ kind: 'pong', value: {} });
      });
    },
    (port) => runChild('msg-send', port, seconds),
  );
  return count / (Number(last - first) / 1e9);
}

export async function runTransportBench(): Promise<void> {
  const seconds = envNumber('WARDEN_BENCH_SECONDS', 1.5);
  const n = Math.round(envNumber('WARDEN_BENCH_ROUNDS', 3));
  process.stdout.write(`transport: median of ${n} runs of ${seconds} s per figure (min..max), loopback, 1 MB = 10^6 bytes\n`);
  const aes = await rounds(n, () => sealRate(seconds));
  line('(a) AES-256-GCM seal, 1 MiB buffers, one core', fmt(aes, 'MB/s'));
  const raw = await rounds(n, () => rawTcp(seconds));
  line('(b) raw TCP loopback, two processes', fmt(raw, 'MB/s'));
  // One core must both seal and copy into the kernel, so no single connection beats this.
  const bound = 1 / (1 / aes.median + 1 / raw.median);
  line('    bound for (c): 1 / (1/(a) + 1/(b))', `${Math.round(bound).toLocaleString('en-US')} MB/s (${((100 * bound) / aes.median).toFixed(0)}% of (a))`);
  const streamTarget = (f: Figure) => ({ ratio: f.median / (0.75 * aes.median), text: `>= 75% of (a) = ${(0.75 * aes.median).toFixed(0)} MB/s (${((100 * f.median) / aes.median).toFixed(0)}% of (a))` });
  const m2w = await rounds(n, () => streamMasterToWorker(seconds));
  line('(c) Peer stream, 1 MiB chunks, master -> worker', fmt(m2w, 'MB/s'), streamTarget(m2w));
  const w2m = await rounds(n, () => streamWorkerToMaster(seconds));
  line("(c') Peer stream, 1 MiB chunks, worker -> master", fmt(w2m, 'MB/s'), streamTarget(w2m));
  const rate = await rounds(n, () => messages(seconds));
  line('(d) Peer 1 KiB one-way messages, worker -> master', fmt(rate, 'msg/s'), { ratio: rate.median / 100_000, text: '>= 100,000 msg/s' });
}
