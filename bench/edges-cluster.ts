// The cluster port under floods (issue 9): a real master and worker (scripts/harness/local-cluster.ts), and
// for each flood the master's RSS growth (peak - before, VmRSS), the time a killed and restarted worker
// takes to join during it, and what closed the flood's connections (the listener's pre-auth counters).
// Targets: RSS growth under 64 MB, a real worker in within 5 s.
import * as crypto from 'crypto';
import * as fs from 'fs';
import { DEFAULTS } from '../config/defaults';
import { encodeFrame, encodeHeader, FrameKind, MiB } from '../protocol/frame';
import { Keyring } from '../protocol/keyring';
import { connectPeer } from '../protocol/peer';
import { generateKey } from '../scripts/keygen';
import { Flood } from '../scripts/harness/flood';
import { LocalCluster } from '../scripts/harness/local-cluster';

const RSS_TARGET_MB = 64;
const JOIN_TARGET_MS = 5_000;
/** Long enough for the 5 s handshake deadline to close what the flood holds at least once. */
const FLOOD_MS = 8_000;
/** Into the flood when the worker is killed and restarted. */
const RESTART_AT_MS = 2_000;
const WORKER = 'worker-1';
const FLOOD_ADDRESSES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);

interface Attack {
  name: string;
  start(port: number): Promise<{ stop(): Promise<void>; opened(): number }>;
}

/** Each connection holds all of a 4 MiB frame but its last byte (one buffer shared by every socket). */
const UNFINISHED_4MIB = (() => {
  const b = Buffer.alloc(4 * MiB - 1, 7);
  encodeHeader(FrameKind.Clear, 0, 4 * MiB).copy(b);
  return b;
})();

function floods(make: (port: number) => Flood[]): Attack['start'] {
  return async (port) => {
    const all = make(port);
    await Promise.all(all.map((f) => f.start()));
    return { stop: async () => { await Promise.all(all.map((f) => f.stop())); }, opened: () => all.reduce((n, f) => n + f.opened, 0) };
  };
}

/** Full handshakes with a key the master does not hold, `perAddress` at a time from each address. */
function wrongKeyHandshakes(perAddress: number): Attack['start'] {
  return async (port) => {
    const stranger = new Keyring({ key: generateKey() });
    let stopped = false;
    let opened = 0;
    const loops = FLOOD_ADDRESSES.flatMap((from) => Array.from({ length: perAddress }, async () => {
      while (!stopped) {
        opened++;
        await connectPeer({ host: '127.0.0.1', port, keyring: stranger, localAddress: from }).then((p) => p.close(), () => undefined);
      }
    }));
    return { stop: async () => { stopped = true; await Promise.all(loops); }, opened: () => opened };
  };
}

const ATTACKS: Attack[] = [
  {
    name: '8 addresses x 10 unfinished 4 MiB frames, renewed',
    start: floods((port) => FLOOD_ADDRESSES.map((from) => new Flood({ host: '127.0.0.1', port, from, connections: 10, payload: UNFINISHED_4MIB }))),
  },
  {
    name: "20 idle connections from the worker's own address, renewed",
    start: floods((port) => [new Flood({ host: '127.0.0.1', port, from: '127.0.0.1', connections: 20 })]),
  },
  {
    name: 'handshake garbage: 8 addresses x 10 (random bytes, malformed setup frames), renewed',
    start: floods((port) => FLOOD_ADDRESSES.map((from, i) => new Flood({
      host: '127.0.0.1', port, from, connections: 10,
      payload: i % 2 === 0 ? crypto.randomBytes(512) : encodeFrame(FrameKind.Clear, 0, crypto.randomBytes(200)),
    }))),
  },
  { name: 'wrong-key handshakes: 8 addresses x 4 at a time', start: wrongKeyHandshakes(4) },
];

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The listener's counters of connections closed before their proof, by code (its actor summary). */
async function closedUnproven(cluster: LocalCluster): Promise<Record<string, number>> {
  const r = (await cluster.ask('master', 'actors', 10_000)) as { actors: { path: string; summary: string }[] };
  const summary = r.actors.find((a) => a.path.endsWith('/listener'))?.summary ?? '';
  const counts: Record<string, number> = {};
  for (const [, code, n] of summary.matchAll(/(\w+)=(\d+)/g)) if (code !== 'workers' && code !== 'unproven') counts[code] = Number(n);
  return counts;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker not in after this is reported locked out. */
const JOIN_GIVE_UP_MS = 30_000;

/** Kills the worker (SIGKILL), starts it again; the ms until the master lists it connected, or null past JOIN_GIVE_UP_MS. */
async function restartWorker(cluster: LocalCluster): Promise<number | null> {
  await cluster.kill(WORKER, 'SIGKILL');
  await cluster.waitFor('the master to see the worker gone', () => cluster.connectedNodes(), (v) => !v.includes(WORKER), 20_000, 50);
  const t0 = Date.now();
  cluster.start(WORKER);
  const joined = await cluster.waitFor('the worker to join', () => cluster.connectedNodes(), (v) => v.includes(WORKER), JOIN_GIVE_UP_MS, 25)
    .then(() => true, () => false);
  return joined ? Date.now() - t0 : null;
}

const joinText = (ms: number | null) => (ms === null ? `not in within ${JOIN_GIVE_UP_MS / 1000} s` : `${ms} ms`);

export async function runClusterFloodBench(): Promise<void> {
  // The default reconnect_max: what a real worker runs with.
  const cluster = new LocalCluster({ workers: 1, intervals: { keep_alive: '1s', keep_alive_timeout: '3s', reconnect_max: `${DEFAULTS.intervals.reconnectMax}ms` } });
  try {
    await cluster.configure();
    await cluster.startAll();
    await cluster.waitAllConnected(30_000);
    const baseline = await restartWorker(cluster);
    process.stdout.write(`no flood: master RSS ${rssMb(cluster.master.process?.pid).toFixed(0)} MB; a killed worker restarted and joined in ${joinText(baseline)}\n`);
    for (const attack of ATTACKS) {
      const masterPid = cluster.master.process?.pid;
      const before = rssMb(masterPid);
      const closedBefore = await closedUnproven(cluster);
      let peak = before;
      const sampler = setInterval(() => { peak = Math.max(peak, rssMb(masterPid)); }, 100);
      const started = Date.now();
      const running = await attack.start(cluster.clusterPort);
      await sleep(RESTART_AT_MS);
      const joinMs = await restartWorker(cluster);
      await sleep(Math.max(0, FLOOD_MS - (Date.now() - started)));
      const closedAfter = await closedUnproven(cluster);
      const opened = running.opened();
      await running.stop();
      clearInterval(sampler);
      peak = Math.max(peak, rssMb(masterPid));
      const growth = peak - before;
      const closed = Object.entries(closedAfter).map(([code, n]) => [code, n - (closedBefore[code] ?? 0)] as const).filter(([, n]) => n > 0)
        .map(([code, n]) => `${code} ${n}`).join(', ');
      process.stdout.write(`flood "${attack.name}" (${((Date.now() - started) / 1000).toFixed(1)} s, ${opened} connections): ` +
        `master RSS +${growth.toFixed(1)} MB (${before.toFixed(0)} -> peak ${peak.toFixed(0)} MB; target < ${RSS_TARGET_MB} MB: ${growth < RSS_TARGET_MB ? 'met' : 'MISSED'}); ` +
        `killed worker back in ${joinText(joinMs)} (no flood ${joinText(baseline)}; target < ${JOIN_TARGET_MS} ms: ${joinMs !== null && joinMs < JOIN_TARGET_MS ? 'met' : 'MISSED'}); ` +
        `worker RSS ${rssMb(cluster.node(WORKER).process?.pid).toFixed(0)} MB; closed before proving a key: ${closed || 'none'}\n`);
      // BENCH_DEBUG=1: what the worker said about its joins during this flood.
      if (process.env.BENCH_DEBUG) process.stdout.write(cluster.node(WORKER).output.split('\n').filter((l) => /connect/i.test(l)).slice(-8).map((l) => `    ${l}\n`).join(''));
      // A worker locked out by the flood is given its time back before the next one.
      if (joinMs === null) await cluster.waitFor('the worker to join after the flood', () => cluster.connectedNodes(), (v) => v.includes(WORKER), 60_000, 100);
      await sleep(1_000); // let the master settle before the next flood
    }
  } finally {
    await cluster.stop();
  }
}
