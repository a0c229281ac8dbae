// `npm run bench -- agent-info`: 10 worker processes, 50,000 agents (5,000 each) whose status changes at
// one moment; the time until the master's database reflects all 50,000, and the RSS of every process.
// Then 2,000 real agent connections (agent-sim) to 2 workers, keep-alive every 10 s: each worker's CPU and RSS.
import * as fs from 'fs';
import * as path from 'path';
import Database from 'better-sqlite3';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { GlobalStore } from '../store/global-store';
import { WorkerStore } from '../store/worker-store';
import { startAgentSim, AgentSim } from '../agents/sim/agent-sim';

const WORKERS = 10;
const PER_WORKER = 5_000;
const TARGET_MS = 1_000;
const MASTER_RSS_MB = 250;
const WORKER_RSS_MB = 120;

const SIM_AGENTS = 2_000;
const SIM_WORKERS = 2;
const CPU_WINDOW_MS = 30_000;
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of a process, in clock ticks (/proc/<pid>/stat fields 14 and 15). */
function cpuTicks(pid: number | undefined): number {
  if (!pid) return NaN;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** VmRSS (now) or VmHWM (the peak since start) of a process, in MB. */
function rssMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  if (!pid) return NaN;
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function runAgentInfoBench(): Promise<void> {
  await runStatusBurst();
  // WARDEN_BENCH_BURST_ONLY=1: the status burst alone (a quicker loop while tuning it).
  if (!process.env.WARDEN_BENCH_BURST_ONLY) await runAgentConnections();
}

/** 2,000 agents from agent-sim enroll through the workers and stay connected; the workers' cost of keeping them. */
async function runAgentConnections(): Promise<void> {
  const cluster = new LocalCluster({ workers: SIM_WORKERS, intervals: { agent_info: '1s', agent_groups: '1s', keep_alive: '2s', keep_alive_timeout: '10s', agent_disconnect: '60s' } });
  let sim: AgentSim | undefined;
  try {
    await cluster.configure();
    await cluster.startAll();
    await cluster.waitAllConnected(60_000);
    await cluster.waitAllInSync(60_000);
    const workers = cluster.nodes.slice(1);
    const t0 = performance.now();
    sim = await startAgentSim({
      enroll: `127.0.0.1:${workers[0].enrollmentPort}`,
      workers: workers.map((w) => `127.0.0.1:${w.agentPort}`),
      count: SIM_AGENTS, rate: 0, keepalive: '10s', retryMax: '2s', enrollConcurrency: 16,
    });
    const s = sim;
    await cluster.waitFor(`${SIM_AGENTS} agents connected`, async () => s.stats().connected, (n) => n === SIM_AGENTS, 300_000, 500);
    const connectedMs = performance.now() - t0;
    const before = workers.map((w) => cpuTicks(w.process?.pid));
    const started = performance.now();
    await new Promise((r) => setTimeout(r, CPU_WINDOW_MS));
    const windowS = (performance.now() - started) / 1000;
    const cpu = workers.map((w, i) => ((cpuTicks(w.process?.pid) - before[i]) / CLOCK_TICKS / windowS) * 100);
    const stats = s.stats();
    process.stdout.write([
      `agent connections: ${SIM_AGENTS} agent-sim agents to ${SIM_WORKERS} workers, keep-alive 10 s (all connected after ${(connectedMs / 1000).toFixed(1)} s, enrollment included)`,
      ...workers.map((w, i) => `  ${w.name}: ${stats.perWorker[`127.0.0.1:${w.agentPort}`] ?? 0} agents, CPU ${cpu[i].toFixed(1)}% of one core over ${windowS.toFixed(0)} s, RSS ${rssMb(w.process?.pid).toFixed(0)} MB`),
      `  keep-alives sent ${stats.keepalivesSent}, acks ${stats.acks}, reconnects ${stats.reconnects}, errors ${stats.errors}`,
      '',
    ].join('\n'));
  } finally {
    await sim?.stop();
    await cluster.stop();
  }
}

async function runStatusBurst(): Promise<void> {
  const total = WORKERS * PER_WORKER;
  const cluster = new LocalCluster({ workers: WORKERS, intervals: { agent_info: '100ms', agent_groups: '1s', keep_alive: '2s', keep_alive_timeout: '10s' } });
  try {
    await cluster.configure();
    // Seed the master's registry before it starts (one transaction), as a cluster that already has its agents.
    const masterDb = path.join(cluster.master.dataDir, 'queue', 'db', 'global.db');
    const seed = new GlobalStore(masterDb);
    seed.createGroup('default');
    seed.importAgents(Array.from({ length: total }, (_, i) => ({ name: `bench-${i + 1}`, ip: 'any', key: 'a'.repeat(64), groups: ['default'] })));
    seed.close();
    await cluster.startAll();
    await cluster.waitAllConnected(60_000);
    // Every worker holds the whole registry (GroupSender's full resend).
    const workerStores = cluster.nodes.slice(1).map((n) => new WorkerStore(path.join(n.dataDir, 'queue', 'db', 'worker.db')));
    await cluster.waitFor('registries on every worker', async () => workerStores.map((w) => w.registry().length), (v) => v.every((n) => n === total), 120_000, 250);
    const rssBefore = { master: rssMb(cluster.master.process?.pid), worker: Math.max(...cluster.nodes.slice(1).map((n) => rssMb(n.process?.pid))) };
    const reader = new Database(masterDb, { readonly: true });
    const countActive = reader.prepare("SELECT COUNT(*) AS n FROM agent WHERE connection_status = 'active'");
    const now = Date.now();
    const t0 = performance.now();
    // The moment: every worker records a status change for its 5,000 agents (as its agent port would).
    workerStores.forEach((w, i) => {
      const first = i * PER_WORKER + 1;
      w.recordStatuses(Array.from({ length: PER_WORKER }, (_, k) => ({
        id: first + k, status: 'active' as const, version: 'Wazuh v4.14.7', lastKeepAlive: now,
        os: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux |bench |5.15.0 |#1 SMP |x86_64' },
      })));
    });
    const written = performance.now() - t0;
    // Looked at again only after the master committed something, and from the first row still waiting (rows
    // only become active here): a count of 50,000 rows at each of the master's commits took a core from the
    // processes being measured. The end is confirmed by a full count.
    const dataVersion = reader.prepare('PRAGMA data_version').pluck();
    const firstWaiting = reader.prepare("SELECT id FROM agent WHERE id >= ? AND connection_status != 'active' ORDER BY id LIMIT 1").pluck();
    let active = 0, seen = -1, from = 0;
    for (;;) {
      const v = dataVersion.get() as number;
      if (v !== seen) {
        seen = v;
        const waiting = firstWaiting.get(from) as number | undefined;
        if (waiting !== undefined) from = waiting;
        else if ((active = (countActive.get() as { n: number }).n) >= total) break;
        else from = 0;
      }
      if (performance.now() - t0 > 60_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const elapsed = performance.now() - t0;
    active = (countActive.get() as { n: number }).n;
    const afterWrites = elapsed - written;
    reader.close();
    for (const w of workerStores) w.close();
    const masterRss = rssMb(cluster.master.process?.pid);
    const workerRss = cluster.nodes.slice(1).map((n) => rssMb(n.process?.pid));
    const maxWorker = Math.max(...workerRss);
    const masterPeak = rssMb(cluster.master.process?.pid, 'VmHWM');
    const workerPeak = Math.max(...cluster.nodes.slice(1).map((n) => rssMb(n.process?.pid, 'VmHWM')));
    process.stdout.write([
      `agent-info: ${WORKERS} workers x ${PER_WORKER} agents = ${total} status changes (written in ${written.toFixed(0)} ms)`,
      '  (written into the workers\' stores from outside: each worker notices them at its agent_info tick, 100ms,',
      '   the same delay as the in-process debounce after its agent port records a change)',
      `  master database reflects ${active}/${total} ${afterWrites.toFixed(0)} ms after the last write (target <= ${TARGET_MS} ms: ${(afterWrites / TARGET_MS).toFixed(2)}x of the budget);`,
      `  ${elapsed.toFixed(0)} ms after the first write`,
      `  master RSS ${masterRss.toFixed(0)} MB (target < ${MASTER_RSS_MB} MB: ${(masterRss / MASTER_RSS_MB).toFixed(2)}x); peak ${masterPeak.toFixed(0)} MB (registry sent to 10 workers at start included)`,
      `  worker RSS max ${maxWorker.toFixed(0)} MB, min ${Math.min(...workerRss).toFixed(0)} MB (target < ${WORKER_RSS_MB} MB: ${(maxWorker / WORKER_RSS_MB).toFixed(2)}x); peak max ${workerPeak.toFixed(0)} MB`,
      `  before the burst (registries in place): master RSS ${rssBefore.master.toFixed(0)} MB, worker RSS max ${rssBefore.worker.toFixed(0)} MB`,
      '',
    ].join('\n'));
    // WARDEN_BENCH_LOGS=1: each daemon's own account of the burst (its agent-info log lines), to see where the time goes.
    if (process.env.WARDEN_BENCH_LOGS) {
      for (const n of [cluster.master, cluster.nodes[1]]) {
        const roll = fs.readFileSync(`/proc/${n.process?.pid}/smaps_rollup`, 'utf8').split('\n').filter((l) => /^(Rss|Anonymous|Pss_File|Pss_Anon)/.test(l)).map((l) => l.replace(/\s+/g, ' ')).join(', ');
        process.stdout.write(`  ${n.name}: ${roll}\n`);
      }
      process.stdout.write(`  first write at ${now % 100_000}, last write at ${(now + written) % 100_000 | 0}, all in at ${(now + elapsed) % 100_000 | 0}\n`);
      for (const n of cluster.nodes) {
        const log = fs.readFileSync(path.join(n.dataDir, 'logs', 'cluster.log'), 'utf8').split('\n');
        const lines = log.filter((l) => /Agent-info sync|Agent-groups send\].*whole|Full registry/.test(l)).slice(n.type === 'master' ? -12 : -2);
        process.stdout.write(lines.map((l) => `  [${n.name}] ${l}\n`).join(''));
      }
    }
  } finally {
    await cluster.stop();
  }
}
