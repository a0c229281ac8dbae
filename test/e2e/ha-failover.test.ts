// Master high availability through the CLI (issue 14): a real etcd, two masters and two workers as
// `warden daemon` processes, agents enrolling through the workers. kill -9 of the leader: the standby
// leads, every agent acknowledged before the kill is in its registry with its key, the workers follow it,
// enrollment works again; the old leader restarted comes back as a standby. SIGSTOP of the leader past its
// lease: the other leads, and the paused one returns as a standby. etcd down: no leader, so no
// registration is acknowledged, while the workers keep their agents; etcd back: a leader again.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { enrollAgent } from '../../agents/sim/enroll-client';
import type { IssuedKey } from '../../agents/enrollment/enroll-request';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { EtcdServer } from '../../scripts/harness/etcd-server';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(180_000);

const TTL = '2s';
const say = (line: string): void => { process.stdout.write(`[ha-failover] ${line}\n`); };

interface NodesView { nodes: { name: string; type: string; role: string; epoch: number | null; connected: boolean }[] }

describe('two masters on etcd, two workers, agents enrolling', () => {
  let etcd: EtcdServer;
  let c: LocalCluster;

  beforeEach(async () => {
    etcd = await EtcdServer.start();
    c = new LocalCluster({
      workers: 2, masters: 2, etcd: { endpoints: [etcd.endpoint], leaseTtl: TTL },
      intervals: { keep_alive: '1s', keep_alive_timeout: '4s', reconnect_max: '1s', agent_groups: '1s', agent_info: '1s' },
    });
    await c.configure();
  });
  afterEach(async () => {
    await c.stop();
    await etcd.close();
  });

  const ask = (node: string, command: string, args: Record<string, unknown> = {}, timeoutMs = 3_000): Promise<unknown> =>
    askNode(controlSocketPath(c.node(node).dataDir), { command, args }, timeoutMs);

  /** The name of the master that says it leads (its own view), or null. */
  async function leaderOf(candidates: string[]): Promise<{ name: string; epoch: number } | null> {
    for (const m of candidates) {
      try {
        const v = await ask(m, 'nodes', {}, 1_500) as NodesView;
        const self = v.nodes[0];
        if (self.name === m && self.role === 'leader') return { name: m, epoch: self.epoch ?? 0 };
      } catch { /* down, or a standby not connected yet */ }
    }
    return null;
  }

  async function settled(leader: string, standby: string | null): Promise<void> {
    await c.waitFor(`${leader} leading with both workers in sync${standby ? ` and ${standby} its standby` : ''}`, async () => {
      try {
        const v = await ask(leader, 'nodes', {}, 1_500) as NodesView;
        const h = await ask(leader, 'health', {}, 1_500) as { workers: { name: string; accepting_agents: boolean | null }[] };
        return { v, h };
      } catch {
        return null;
      }
    }, (r) => !!r && r.v.nodes[0].role === 'leader'
      && ['worker-1', 'worker-2'].every((w) => r.v.nodes.some((n) => n.name === w && n.connected) && r.h.workers.some((x) => x.name === w && x.accepting_agents))
      && (!standby || r.v.nodes.some((n) => n.name === standby && n.role === 'standby' && n.connected)), 60_000, 200);
  }

  function enroll(worker: string, name: string): Promise<IssuedKey> {
    return enrollAgent({ address: { host: '127.0.0.1', port: c.node(worker).enrollmentPort }, name, version: 'v4.14.7', groups: [], password: null, timeoutMs: 5_000 }).result;
  }

  async function registry(master: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    let after = 0;
    for (;;) {
      const page = await ask(master, 'agent-export', { after }) as { agents: { name: string; key: string }[]; next: number | null };
      for (const a of page.agents) out.set(a.name, a.key);
      if (page.next === null) return out;
      after = page.next;
    }
  }

  test('kill -9 of the leader: the standby leads with every acknowledged agent, workers follow, enrollment works; the old leader returns as a standby', async () => {
    await c.startAll();
    const first = await c.waitFor('a leader', () => leaderOf(['master', 'master-2']), (l) => l !== null, 30_000, 100);
    const other = first!.name === 'master' ? 'master-2' : 'master';
    await settled(first!.name, other);

    // Agents enroll through both workers; each key handed out was acknowledged by the leader (and so by its standby).
    const acked: IssuedKey[] = [];
    for (let i = 0; i < 20; i++) acked.push(await enroll(i % 2 ? 'worker-2' : 'worker-1', `agent-${i}`));
    // One of them connects to worker-1 now and first reports while no master leads.
    const reporter = new TestAgent(acked[0].id, acked[0].name, acked[0].key);
    await reporter.connect(c.node('worker-1').agentPort);

    const t0 = Date.now();
    await c.kill(first!.name, 'SIGKILL');
    reporter.startup();
    await c.waitFor('the agent\'s startup acknowledged by worker-1 during the failover', async () => reporter.received.length, (n) => n >= 1, 10_000, 20);
    const next = await c.waitFor('the standby to lead', () => leaderOf([other]), (l) => l !== null, 30_000, 50);
    const ledMs = Date.now() - t0;
    expect(next!.epoch).toBeGreaterThan(first!.epoch);
    const keys = await registry(other);
    for (const a of acked) expect(keys.get(a.name)).toBe(a.key);

    // Enrollment through a worker works again: the first one accepted after the kill.
    let fresh: IssuedKey | null = null;
    await c.waitFor('an enrollment accepted by the new leader', async () => {
      fresh = await enroll('worker-1', `after-${Date.now()}`).catch(() => null);
      return fresh;
    }, (k) => k !== null, 60_000, 200);
    const enrolledMs = Date.now() - t0;
    await settled(other, null);
    say(`kill -9 of ${first!.name}: ${other} led after ${ledMs} ms (epoch ${first!.epoch} -> ${next!.epoch}); first enrollment accepted after ${enrolledMs} ms`);

    // What it reported reaches the new leader: active on worker-1, with the version its startup gave.
    try {
      await c.waitFor('the reporting agent active on the new leader', async () => {
        reporter.keepAlive();
        const v = await ask(other, 'agents').catch(() => null) as { agents: { name: string; status: string; node: string | null; version: string | null }[] } | null;
        return v?.agents.find((a) => a.name === acked[0].name) ?? null;
      }, (a) => a?.status === 'active' && a.node === 'worker-1' && !!a.version, 30_000, 500);
    } finally {
      reporter.close();
    }

    // The old leader restarted: a standby of the new one.
    c.start(first!.name);
    await settled(other, first!.name);
    expect((await leaderOf([other]))?.name).toBe(other);
  });

  test('SIGSTOP of the leader past its lease: the other leads; resumed, the paused one steps down and returns as a standby', async () => {
    await c.startAll();
    const first = await c.waitFor('a leader', () => leaderOf(['master', 'master-2']), (l) => l !== null, 30_000, 100);
    const other = first!.name === 'master' ? 'master-2' : 'master';
    await settled(first!.name, other);
    const pid = c.node(first!.name).process!.pid!;
    process.kill(pid, 'SIGSTOP');
    try {
      await c.waitFor('the other master to lead', () => leaderOf([other]), (l) => l !== null, 30_000, 100);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await settled(other, first!.name);
    const out = c.node(first!.name).output;
    expect(out).toMatch(/No longer leading: lease lapsed/);
    expect(out).toMatch(/Started standby master/);
    expect((await leaderOf([first!.name]))).toBeNull();
  });

  test('etcd down: the leader steps down and nothing is acknowledged; the workers keep serving; etcd back: a leader again', async () => {
    await c.startAll();
    const first = await c.waitFor('a leader', () => leaderOf(['master', 'master-2']), (l) => l !== null, 30_000, 100);
    await settled(first!.name, first!.name === 'master' ? 'master-2' : 'master');
    const before = await enroll('worker-1', 'kept-1');

    await etcd.stop();
    await c.waitFor('no master leading', () => leaderOf(['master', 'master-2']), (l) => l === null, 30_000, 100);
    await expect(enroll('worker-2', 'refused-1')).rejects.toThrow();
    // An agent enrolled before still gets in with its key, from the worker's own registry copy.
    const agent = new TestAgent(before.id, before.name, before.key);
    try {
      await agent.connect(c.node('worker-1').agentPort);
      agent.startup();
      await c.waitFor('the agent\'s startup acknowledged by worker-1', async () => agent.received.length, (n) => n >= 1, 10_000, 50);
      expect(agent.received[0]).toEqual({ kind: 'ack' });
    } finally {
      agent.close();
    }

    await etcd.restart();
    const again = await c.waitFor('a leader again', () => leaderOf(['master', 'master-2']), (l) => l !== null, 60_000, 100);
    expect(again!.epoch).toBeGreaterThan(first!.epoch);
    await c.waitFor('an enrollment accepted again', () => enroll('worker-2', `back-${Date.now()}`).catch(() => null), (k) => k !== null, 60_000, 200);
    expect((await registry(again!.name)).get('kept-1')).toBe(before.key);
  });
});
