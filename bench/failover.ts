// `npm run bench -- failover`: master high availability (issue 14). A real etcd, two masters and two
// workers as `warden daemon` processes, the registry at the agent-info benchmark's scale (50,000 agents,
// ten workers' worth, imported on the leader and so replicated to its standby). Each run: kill -9 of the
// leader, then enrollments through a worker until one is accepted (by the new leader); the killed master
// is started again and must return as a synced standby before the next run. lease_ttl is the default 5s.
import * as crypto from 'crypto';
import { askNode } from '../actors/control/control-client';
import { controlSocketPath } from '../actors/control/control-server';
import { enrollAgent } from '../agents/sim/enroll-client';
import { EtcdServer } from '../scripts/harness/etcd-server';
import { LocalCluster } from '../scripts/harness/local-cluster';

const AGENTS = 50_000;
const BATCH = 2_000;
const RUNS = 5;
const LEASE_TTL_S = 5;
const TARGET_MS = 2 * LEASE_TTL_S * 1000;

interface NodesView { nodes: { name: string; role: string; epoch: number | null; connected: boolean }[] }

function line(what: string, value: string, target?: string): void {
  process.stdout.write(`  ${what.padEnd(78)} ${value.padStart(14)}${target ? `   target ${target}` : ''}\n`);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runFailoverBench(): Promise<void> {
  const etcd = await EtcdServer.start();
  const c = new LocalCluster({
    workers: 2, masters: 2, etcd: { endpoints: [etcd.endpoint], leaseTtl: `${LEASE_TTL_S}s` },
    intervals: { keep_alive: '1s', keep_alive_timeout: '4s', reconnect_max: '1s', agent_groups: '1s', agent_info: '1s' },
  });
  const ask = (node: string, command: string, args: Record<string, unknown> = {}, ms = 5_000): Promise<unknown> =>
    askNode(controlSocketPath(c.node(node).dataDir), { command, args }, ms);
  const leads = async (m: string): Promise<number | null> => {
    try {
      const v = await ask(m, 'nodes', {}, 1_500) as NodesView;
      return v.nodes[0].name === m && v.nodes[0].role === 'leader' ? v.nodes[0].epoch : null;
    } catch {
      return null;
    }
  };
  const leader = async (): Promise<string | null> => ((await leads('master')) !== null ? 'master' : (await leads('master-2')) !== null ? 'master-2' : null);
  const ready = (lead: string, standby: string) => c.waitFor(`${lead} leading, ${standby} its standby, both workers in sync`, async () => {
    try {
      const v = await ask(lead, 'nodes', {}, 2_000) as NodesView;
      const h = await ask(lead, 'health', {}, 2_000) as { workers: { name: string; accepting_agents: boolean | null }[]; standbys?: { name: string; behind: number }[] };
      return { v, h };
    } catch {
      return null;
    }
  }, (r) => !!r && r.v.nodes[0].role === 'leader' && r.v.nodes.some((n) => n.name === standby && n.role === 'standby' && n.connected)
    && ['worker-1', 'worker-2'].every((w) => r.h.workers.some((x) => x.name === w && x.accepting_agents))
    && (r.h.standbys ?? []).some((s) => s.name === standby && s.behind === 0), 300_000, 250);

  try {
    await c.configure();
    await c.startAll();
    let lead = (await c.waitFor('a leader', leader, (l) => l !== null, 60_000, 100))!;
    let standby = lead === 'master' ? 'master-2' : 'master';
    await ready(lead, standby);

    const t0 = Date.now();
    for (let from = 1; from <= AGENTS; from += BATCH) {
      const agents = Array.from({ length: Math.min(BATCH, AGENTS - from + 1) }, (_, i) => ({
        id: String(from + i).padStart(3, '0'), name: `bench-${from + i}`, ip: 'any', key: crypto.randomBytes(32).toString('hex'),
      }));
      await ask(lead, 'agent-import', { agents }, 60_000);
    }
    line(`${AGENTS} agents imported on the leader, each batch acknowledged once its standby held it`, `${Date.now() - t0} ms`);
    await ready(lead, standby);

    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const killedAt = Date.now();
      await c.kill(lead, 'SIGKILL');
      let tries = 0;
      await c.waitFor('an enrollment accepted after the kill', async () => {
        tries++;
        const w = tries % 2 ? 'worker-1' : 'worker-2';
        return enrollAgent({ address: { host: '127.0.0.1', port: c.node(w).enrollmentPort }, name: `after-${run}-${tries}`, version: 'v4.14.7', groups: [], password: null, timeoutMs: 3_000 })
          .result.then(() => true, () => false);
      }, (ok) => ok, 120_000, 100);
      const ms = Date.now() - killedAt;
      times.push(ms);
      const next = standby;
      process.stdout.write(`    run ${run}: kill -9 of ${lead} -> first enrollment accepted by ${next} after ${ms} ms (${tries} tries)\n`);
      c.start(lead);
      [lead, standby] = [next, lead];
      await ready(lead, standby);
    }
    line(`kill -9 of the leader to the first enrollment accepted, lease_ttl ${LEASE_TTL_S}s, median of ${RUNS}`, `${median(times)} ms`, `${TARGET_MS} ms (2 x lease_ttl)`);
    line(`  max of ${RUNS}`, `${Math.max(...times)} ms`);
  } finally {
    await c.stop();
    await etcd.close();
  }
}
