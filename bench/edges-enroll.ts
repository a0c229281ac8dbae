// `npm run bench -- edges` (enrollment part): a real master and worker (CLI processes, a password file
// on both); floods against the worker's enrollment port: idle TLS connections from one address, the
// same reopened as fast as they are closed, idle connections from 20 addresses, plain TCP that never
// starts TLS, and a stream of wrong passwords. Under each: the worker's RSS growth (peak - before), the
// time for a real agent (the agent-auth client of agent-sim) to get its key, from another address and
// from the flood's own, and the connections the worker closed, by cause (its `enrollment` command).
import * as fs from 'fs';
import * as path from 'path';
import { enrollAgent } from '../agents/sim/enroll-client';
import { SIM_AGENT_VERSION } from '../agents/sim/sim-content';
import { idleFlood, requestFlood } from '../scripts/harness/enroll-flood';
import { LocalCluster } from '../scripts/harness/local-cluster';

const PASSWORD = 'Bench-Enroll-Pass-1';
/** DESIGN.md / issue 9 targets. */
const RSS_TARGET_MB = 64;
const AGENT_TARGET_MS = 5_000;
/** Each flood lasts past the request deadline (10 s), so that deadline closes show too. */
const FLOOD_MS = 12_000;
/** The real agent tries once the flood is in full swing. */
const SETTLE_MS = 1_500;
/** A real agent retries like agent-sim does, up to this long in all. */
const AGENT_GIVE_UP_MS = 30_000;

interface Flood {
  name: string;
  /** The address the flood comes from, for the agent that shares it; null when it comes from many. */
  sameAddress: string | null;
  start(host: string, port: number): { stop(): Promise<void>; opened: () => number };
}

const FLOODS: Flood[] = [
  {
    name: '100 idle TLS connections from 127.0.0.1',
    sameAddress: '127.0.0.1',
    start: (host, port) => {
      const f = idleFlood({ host, port, count: 100, localAddress: '127.0.0.1' });
      return { stop: () => f.stop(), opened: () => f.opened };
    },
  },
  {
    name: '100 idle TLS connections from 127.0.0.1, each reopened when closed',
    sameAddress: '127.0.0.1',
    start: (host, port) => {
      const f = idleFlood({ host, port, count: 100, localAddress: '127.0.0.1', renew: true });
      return { stop: () => f.stop(), opened: () => f.opened };
    },
  },
  {
    name: '20 x 20 idle TLS connections from 127.0.0.2-21, reopened when closed',
    sameAddress: null,
    start: (host, port) => {
      const fs = Array.from({ length: 20 }, (_, i) => idleFlood({ host, port, count: 20, localAddress: `127.0.0.${i + 2}`, renew: true }));
      return { stop: async () => { await Promise.all(fs.map((f) => f.stop())); }, opened: () => fs.reduce((n, f) => n + f.opened, 0) };
    },
  },
  {
    name: '10 x 30 plain TCP connections that never start TLS, from 127.0.0.2-11, reopened when closed',
    sameAddress: null,
    start: (host, port) => {
      const fs = Array.from({ length: 10 }, (_, i) => idleFlood({ host, port, count: 30, localAddress: `127.0.0.${i + 2}`, renew: true, rawTcp: true }));
      return { stop: async () => { await Promise.all(fs.map((f) => f.stop())); }, opened: () => fs.reduce((n, f) => n + f.opened, 0) };
    },
  },
  {
    name: 'wrong passwords, 32 at a time from 127.0.0.1 and 32 from 127.0.0.2-5',
    sameAddress: '127.0.0.1',
    start: (host, port) => {
      const line = (i: number) => `OSSEC PASS: guess-${i} OSSEC A:'intruder-${i}'\n`;
      const fs = [
        requestFlood({ host, port, concurrency: 32, localAddress: '127.0.0.1', line }),
        ...[2, 3, 4, 5].map((n) => requestFlood({ host, port, concurrency: 8, localAddress: `127.0.0.${n}`, line })),
      ];
      return { stop: async () => { await Promise.all(fs.map((f) => f.stop())); }, opened: () => fs.reduce((n, f) => n + f.sent, 0) };
    },
  },
];

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** One real agent: retries (as agent-sim does) until it has a key; the time from its first try. */
async function realAgent(host: string, port: number, name: string, localAddress: string): Promise<{ ms: number; tries: number } | null> {
  const started = Date.now();
  for (let tries = 1; Date.now() - started < AGENT_GIVE_UP_MS; tries++) {
    const attempt = enrollAgent({ address: { host, port }, localAddress, name, version: SIM_AGENT_VERSION, groups: [], password: PASSWORD, timeoutMs: 10_000 });
    const ok = await attempt.result.then(() => true, () => false);
    if (ok) return { ms: Date.now() - started, tries };
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

type Counts = Record<string, number>;
interface EnrollmentView { closed: Counts; refused: Counts }

function delta(after: Counts, before: Counts): string {
  const parts = Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)] as const).filter(([, v]) => v > 0);
  return parts.length ? parts.map(([k, v]) => `${k} ${v}`).join(', ') : 'none';
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

export async function runEnrollFloodBench(): Promise<void> {
  const c = new LocalCluster({ workers: 1 });
  try {
    await c.configure();
    const passFile = path.join(c.dir, 'authd.pass');
    fs.writeFileSync(passFile, `${PASSWORD}\n`, { mode: 0o600 });
    for (const n of c.nodes) {
      const yaml = fs.readFileSync(n.configFile, 'utf8').replace(/^agents: \{ (.*) \}$/m, `agents: { $1, enrollment_password_file: ${passFile} }`);
      fs.writeFileSync(n.configFile, yaml);
    }
    await c.startAll();
    await c.waitAllConnected();
    const worker = c.node('worker-1');
    const pid = worker.process!.pid!;
    const host = '127.0.0.1';
    const port = worker.enrollmentPort;
    // Warm up: the first handshakes and the master link's first enrollment are not the flood's cost.
    for (let i = 0; i < 3; i++) {
      if (!(await realAgent(host, port, `warmup-${i}`, '127.0.0.250'))) throw new Error(`the worker does not enroll agents:\n${worker.output.slice(-3000)}`);
    }
    process.stdout.write(`enrollment floods against a worker's port (password set), ${FLOOD_MS / 1000} s each; targets: RSS growth < ${RSS_TARGET_MB} MB, a real agent enrolled in < ${AGENT_TARGET_MS / 1000} s\n`);
    let n = 0;
    for (const flood of FLOODS) {
      n++;
      await new Promise((r) => setTimeout(r, 1_000)); // the previous flood's sockets are gone
      const before = (await c.ask('worker-1', 'enrollment')) as EnrollmentView;
      const rssBefore = rssMb(pid);
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
      const started = Date.now();
      const running = flood.start(host, port);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const other = await realAgent(host, port, `real-${n}-other`, '127.0.0.200');
      const same = flood.sameAddress ? await realAgent(host, port, `real-${n}-same`, flood.sameAddress) : undefined;
      await new Promise((r) => setTimeout(r, Math.max(0, FLOOD_MS - (Date.now() - started))));
      const after = (await c.ask('worker-1', 'enrollment')) as EnrollmentView;
      const opened = running.opened();
      await running.stop();
      clearInterval(sampler);
      const growth = peak - rssBefore;
      const agent = (r: { ms: number; tries: number } | null, from: string): string =>
        r ? `${from} in ${r.ms} ms (${r.tries} ${r.tries === 1 ? 'try' : 'tries'}; ${verdict(r.ms < AGENT_TARGET_MS)})` : `${from}: not enrolled within ${AGENT_GIVE_UP_MS / 1000} s (MISSED)`;
      process.stdout.write([
        `  ${flood.name}: ${opened} connections opened`,
        `    RSS +${growth.toFixed(1)} MB (${rssBefore.toFixed(0)} -> ${peak.toFixed(0)} MB; target < ${RSS_TARGET_MB} MB: ${verdict(growth < RSS_TARGET_MB)})`,
        `    real agent: ${agent(other, 'from another address')}${same === undefined ? '' : `, ${agent(same, `from ${flood.sameAddress}`)}`}`,
        `    closed by the worker: ${delta(after.closed, before.closed)}; refused: ${delta(after.refused, before.refused)}`,
      ].join('\n') + '\n');
    }
  } finally {
    await c.stop();
  }
}
