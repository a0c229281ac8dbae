// `npm run bench -- agent-info`: 10 worker processes, 50,000 agents (5,000 each) whose status changes at
// one moment; the time until the master's database reflects all 50,000, and the RSS of every process.
import * as fs from 'fs';
import * as path from 'path';
import Database from 'better-sqlite3';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { GlobalStore } from '../store/global-store';
import { WorkerStore } from '../store/worker-store';

const WORKERS = 10;
const PER_WORKER = 5_000;
const TARGET_MS = 1_000;
const MASTER_RSS_MB = 250;
const WORKER_RSS_MB = 120;

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function runAgentInfoBench(): Promise<void> {
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
    let active = 0;
    while ((active = (countActive.get() as { n: number }).n) < total) {
      if (performance.now() - t0 > 60_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const elapsed = performance.now() - t0;
    const afterWrites = elapsed - written;
    reader.close();
    for (const w of workerStores) w.close();
    const masterRss = rssMb(cluster.master.process?.pid);
    const workerRss = cluster.nodes.slice(1).map((n) => rssMb(n.process?.pid));
    const maxWorker = Math.max(...workerRss);
    process.stdout.write([
      `agent-info: ${WORKERS} workers x ${PER_WORKER} agents = ${total} status changes (written in ${written.toFixed(0)} ms)`,
      '  (written into the workers\' stores from outside: each worker notices them at its agent_info tick, 100ms,',
      '   the same delay as the in-process debounce after its agent port records a change)',
      `  master database reflects ${active}/${total} ${afterWrites.toFixed(0)} ms after the last write (target <= ${TARGET_MS} ms: ${(afterWrites / TARGET_MS).toFixed(2)}x of the budget);`,
      `  ${elapsed.toFixed(0)} ms after the first write`,
      `  master RSS ${masterRss.toFixed(0)} MB (target < ${MASTER_RSS_MB} MB: ${(masterRss / MASTER_RSS_MB).toFixed(2)}x)`,
      `  worker RSS max ${maxWorker.toFixed(0)} MB, min ${Math.min(...workerRss).toFixed(0)} MB (target < ${WORKER_RSS_MB} MB: ${(maxWorker / WORKER_RSS_MB).toFixed(2)}x)`,
      '',
    ].join('\n'));
  } finally {
    await cluster.stop();
  }
}
