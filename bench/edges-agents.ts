// `npm run bench -- edges` (agents port part, issue 9): a real master and worker (local processes), then
// floods of the worker's agent port from this process, each for FLOOD_MS: an unknown agent id followed by
// 64 KiB frames on 4 connections, the same with 1-byte frames, and 500 connections holding a partial
// frame (64 KiB announced, as in the finding, then 4 KiB, which a port must hold until its deadlines).
// During each: the worker's RSS growth (peak - before, VmRSS from /proc), the time for a real agent
// (agent-sim: enroll, connect, startup acked, "Agent started" event and keep-alive acked), and the
// connections the port closed by each deadline or eviction (from its actor's summary).
// Targets: RSS growth under 64 MB, the real agent in under 5 s.
import * as fs from 'fs';
import * as net from 'net';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { startAgentSim } from '../agents/sim/agent-sim';
import { encodeAgentFrame } from '../agents/wire/agent-frame';

/** Past the 10 s authentication deadline, so that it shows among the closes. */
const FLOOD_MS = Number(process.env.WARDEN_BENCH_FLOOD_MS ?? 12_000);
/** The flood runs alone this long before the real agent starts, so the agent meets it at full strength. */
const RAMP_MS = 1_000;
const RSS_TARGET_MB = 64;
const AGENT_TARGET_MS = 5_000;
const FLOOD_SOURCES = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];

const UNKNOWN_ID_FRAME = encodeAgentFrame('!999!#AES:');
const BIG_FRAME = encodeAgentFrame(Buffer.alloc(65_536, 0x41));
const TINY_FRAMES = Buffer.concat(Array.from({ length: 3_277 }, () => encodeAgentFrame(Buffer.from('x')))); // 16 KiB a write

function header(length: number): Buffer {
  const h = Buffer.alloc(4);
  h.writeUInt32LE(length, 0);
  return h;
}

function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

interface FloodCounters { connects: number; bytes: number }

/**
 * Keeps `count` connections open to port from the given sources, opening a new one as soon as one is
 * closed (the server closing them is the point); `onOpen` decides what each sends.
 */
function cycle(port: number, count: number, sources: string[], onOpen: (s: net.Socket) => void): { stop(): Promise<void>; counters: FloodCounters } {
  const counters: FloodCounters = { connects: 0, bytes: 0 };
  const live = new Set<net.Socket>();
  let stopped = false;
  const open = (i: number): void => {
    if (stopped) return;
    const s = net.connect({ port, host: '127.0.0.1', localAddress: sources[i % sources.length] });
    live.add(s);
    s.on('data', () => undefined);
    s.on('error', () => undefined);
    s.once('connect', () => { counters.connects++; onOpen(s); });
    s.once('close', () => {
      live.delete(s);
      counters.bytes += s.bytesWritten;
      // A short pause keeps a refused connect (EADDRNOTAVAIL, ECONNREFUSED) from spinning.
      setTimeout(() => open(i), s.bytesWritten > 0 ? 0 : 10);
    });
  };
  for (let i = 0; i < count; i++) open(i);
  return {
    counters,
    stop: async () => {
      stopped = true;
      const closing = [...live].map((s) => new Promise<void>((r) => { s.once('close', () => r()); s.destroy(); }));
      await Promise.all(closing);
    },
  };
}

/** Writes `chunk` again and again as fast as the socket takes it, until it closes. */
function pump(s: net.Socket, first: Buffer, chunk: Buffer): void {
  s.write(first);
  const go = (): void => {
    while (!s.destroyed && s.write(chunk));
    if (!s.destroyed) s.once('drain', go);
  };
  go();
}

interface FloodSpec {
  name: string;
  start(port: number): { stop(): Promise<void>; counters: FloodCounters };
}

const FLOODS: FloodSpec[] = [
  {
    name: 'unknown id + 64 KiB frames, 4 connections',
    start: (port) => cycle(port, 4, FLOOD_SOURCES, (s) => pump(s, UNKNOWN_ID_FRAME, BIG_FRAME)),
  },
  {
    name: 'unknown id + 1-byte frames, 4 connections',
    start: (port) => cycle(port, 4, FLOOD_SOURCES, (s) => pump(s, UNKNOWN_ID_FRAME, TINY_FRAMES)),
  },
  {
    name: '500 partial frames of 64 KiB announced, one address',
    start: (port) => cycle(port, 500, ['127.0.0.2'], (s) => s.write(Buffer.concat([header(65_536), Buffer.alloc(1_000)]))),
  },
  {
    // 125 per address, under the per-address cap: all held, until the authentication deadline.
    name: '500 partial frames of 4 KiB announced, 4 addresses',
    start: (port) => cycle(port, 500, FLOOD_SOURCES, (s) => s.write(Buffer.concat([header(4_096), Buffer.alloc(1_000)]))),
  },
];

type Closed = Record<string, number>;

/** The agent port's counters, from its actor's summary (`closed: auth=1 half_frame=0 ...`). */
async function portCounters(c: LocalCluster, node: string): Promise<Closed> {
  const r = (await c.ask(node, 'actors')) as { actors: { kind: string; summary: string }[] };
  const summary = r.actors.find((a) => a.kind === 'AgentServerActor')?.summary ?? '';
  const out: Closed = {};
  for (const m of summary.matchAll(/(\w+)=(\d+)/g)) out[m[1]!] = Number(m[2]);
  return out;
}

/** A real agent (agent-sim): enroll, connect, startup acked, then its first event and keep-alive acked. */
async function timeRealAgent(c: LocalCluster, name: string): Promise<number> {
  const w = c.nodes[1]!;
  const started = Date.now();
  const sim = await startAgentSim({
    enroll: `127.0.0.1:${w.enrollmentPort}`, workers: [`127.0.0.1:${w.agentPort}`], count: 1, namePrefix: name,
    keepalive: '1s', retryInitial: '100ms', retryMax: '500ms', enrollRetryMax: '500ms',
  });
  try {
    await c.waitFor(`${name} acked twice`, async () => sim.stats().acks, (n) => n >= 2, 30_000, 20);
    return Date.now() - started;
  } finally {
    await sim.stop();
  }
}

async function sampleRss(pid: number | undefined, until: Promise<unknown>): Promise<number> {
  let peak = rssMb(pid);
  let done = false;
  void until.finally(() => { done = true; });
  while (!done) {
    peak = Math.max(peak, rssMb(pid));
    await new Promise((r) => setTimeout(r, 50));
  }
  return Math.max(peak, rssMb(pid));
}

const DEADLINES = ['auth', 'half_frame', 'idle', 'evicted', 'over_budget', 'refused'];

/** One flood against a fresh master and worker, so that no flood inherits the heap another one grew. */
async function runFlood(flood: FloodSpec, index: number): Promise<void> {
  const c = new LocalCluster({ workers: 1, intervals: { agent_groups: '1s', agent_info: '2s' } });
  await c.configure();
  await c.startAll();
  try {
    await c.waitAllConnected(30_000);
    await c.waitAllInSync(30_000);
    const worker = c.nodes[1]!;
    const pids = { worker: worker.process?.pid, master: c.master.process?.pid };
    // A calm agent first: the port has served one before the flood, as a live worker has.
    const calmMs = await timeRealAgent(c, `calm${index}`);
    await new Promise((r) => setTimeout(r, 500));
    const before = { worker: rssMb(pids.worker), master: rssMb(pids.master) };
    const closedBefore = await portCounters(c, worker.name);
    const started = Date.now();
    const f = flood.start(worker.agentPort);
    const run = (async () => {
      await new Promise((r) => setTimeout(r, RAMP_MS));
      const agentMs = await timeRealAgent(c, `flood${index}`);
      const left = FLOOD_MS - (Date.now() - started);
      if (left > 0) await new Promise((r) => setTimeout(r, left));
      return agentMs;
    })();
    const [workerPeak, masterPeak] = await Promise.all([sampleRss(pids.worker, run), sampleRss(pids.master, run)]);
    const agentMs = await run;
    const closedAfter = await portCounters(c, worker.name);
    await f.stop();
    const growth = workerPeak - before.worker;
    const secs = (Date.now() - started) / 1000;
    const closed = DEADLINES.map((k) => `${k} ${(closedAfter[k] ?? 0) - (closedBefore[k] ?? 0)}`).join(', ');
    process.stdout.write(`edges/agents: ${flood.name}, ${secs.toFixed(0)} s, ${f.counters.connects} connects, ${(f.counters.bytes / 1e6).toFixed(0)} MB written: ` +
      `worker RSS +${growth.toFixed(0)} MB (${before.worker.toFixed(0)} -> peak ${workerPeak.toFixed(0)}; target < ${RSS_TARGET_MB} MB: ${growth < RSS_TARGET_MB ? 'met' : 'NOT met'}), ` +
      `master RSS +${(masterPeak - before.master).toFixed(0)} MB; ` +
      `real agent in ${agentMs} ms (calm: ${calmMs} ms; target < ${AGENT_TARGET_MS} ms: ${agentMs < AGENT_TARGET_MS ? 'met' : 'NOT met'}); ` +
      `closed by the port: ${closed}; unauthenticated held at the end ${closedAfter.unauthenticated ?? '?'}\n`);
  } finally {
    await c.stop();
  }
}

export async function runAgentsFloodBench(): Promise<void> {
  for (const [i, flood] of FLOODS.entries()) await runFlood(flood, i);
}
