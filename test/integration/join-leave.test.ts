// Joining, leaving and rebalancing, in one process over real TCP with simulated Wazuh agents: a worker
// takes agents only once in sync (or from an earlier sync's state when its master is away); a worker that
// stops gracefully sends its agents to their next server and is forgotten by the master at once; a worker
// holding far more agents than the others is asked to move some.
import * as net from 'net';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import type { WorkerHealth } from '../../actors/master/cluster-views';
import { REBALANCE } from '../../actors/master/rebalance-plan';
import { AgentSim, startAgentSim } from '../../agents/sim/agent-sim';
import { enrollAgent } from '../../agents/sim/enroll-client';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(90_000);

const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
type Agents = { agents: { id: string; name: string; status: string; node: string | null }[] };
type Nodes = { nodes: { name: string; connected: boolean }[] };
/** Keep-alives that a loaded machine cannot miss: only a leave can make the master forget a worker here. */
const STEADY = { keepAlive: 500, keepAliveTimeout: 30_000, agentGroups: 300, agentInfo: 300, integrity: 500 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Active agents per node, as the master records them. */
async function activeOn(m: TestNode): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const a of ((await ask(m, 'agents')) as Agents).agents) if (a.status === 'active') out[a.node ?? '-'] = (out[a.node ?? '-'] ?? 0) + 1;
  return out;
}

describe('joining, leaving, rebalancing', () => {
  let c: InProcCluster;
  let sim: AgentSim | null = null;
  const agents: TestAgent[] = [];
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => {
    for (const a of agents.splice(0)) a.close();
    await sim?.stop();
    sim = null;
    await c.stopAll();
  });

  function simAgents(m: TestNode, workerPorts: number[], count: number): Promise<AgentSim> {
    return startAgentSim({
      enroll: `127.0.0.1:${m.node.enrollmentPort}`, workers: workerPorts.map((p) => `127.0.0.1:${p}`), count,
      keepalive: '2s', retryInitial: '100ms', retryMax: '500ms', namePrefix: 'jl',
    });
  }

  test('a worker that stops gracefully is forgotten by the master at once, and its agents are active on the other worker', async () => {
    const m = await c.start(c.config('master', 'master', {}, STEADY));
    const w1 = await c.start(c.config('w1', 'worker', {}, STEADY));
    const w2 = await c.start(c.config('w2', 'worker', {}, STEADY));
    sim = await simAgents(m, [w1.node.agentPort, w2.node.agentPort], 20);
    // Agent i starts on worker i % 2 (one that reached a worker before its registry copy had it moved on).
    const before = await eventually(() => activeOn(m), (a) => (a.w1 ?? 0) + (a.w2 ?? 0) === 20 && a.w1! > 0 && a.w2! > 0, 30_000);
    const onW1 = before.w1!;

    await c.stop(w1);
    // Not "disconnected" after keep_alive_timeout (30 s here): not listed at all.
    await eventually(async () => ((await ask(m, 'nodes')) as Nodes).nodes.map((n) => n.name), (n) => n.join() === 'master,w2', 3_000);
    expect(m.log.lines.some((l) => l.includes(`[Listener] Worker w1 left the cluster (stopped): ${onW1} agents moved to their next server, 0 closed`))).toBe(true);
    expect(w1.log.lines.some((l) => new RegExp(`\\[Main\\] Left the cluster in .*: ${onW1} agents moved away, 0 still connected are closed now; the master forgot this worker`).test(l))).toBe(true);

    await eventually(() => sim!.stats(), (s) => s.connected === 20 && s.perWorker[`127.0.0.1:${w2.node.agentPort}`] === 20, 20_000);
    expect(sim.stats().forcedReconnects).toBe(onW1);
    // The master's record follows: every agent active, on w2 (reported by w2's agent-info).
    await eventually(() => activeOn(m), (a) => a.w2 === 20 && Object.keys(a).join() === 'w2', 20_000);
    const health = (await ask(m, 'health')) as { workers: WorkerHealth[] };
    expect(health.workers.map((w) => [w.name, w.sync, w.accepting_agents, w.active_agents])).toEqual([['w2', 'in_sync', true, 20]]);
  });

  test('a new worker refuses agents and enrollments until it is in sync; later, with its master away, it serves from its last state', async () => {
    const clusterPort = await freePort();
    const wc = c.config('w1', 'worker', { port: clusterPort }, STEADY);
    // A brand-new worker whose master is not there yet: no agents, no enrollments.
    const w1 = await c.start(wc);
    expect(w1.node.syncGate!.accepting).toBe(false);
    expect(w1.log.lines.some((l) => /\[Main\] Not in sync with the master yet: agents and enrollments are refused/.test(l))).toBe(true);
    const early = new TestAgent('001', 'early', 'a'.repeat(64));
    agents.push(early);
    await early.connect(w1.node.agentPort);
    await eventually(() => early.closed, (x) => x);
    expect(early.received).toEqual([]);
    expect(w1.log.lines.some((l) => /\[Agents\] Connection from 127\.0\.0\.1 refused: this worker is not in sync with the master yet/.test(l))).toBe(true);
    const refused = enrollAgent({ address: { host: '127.0.0.1', port: w1.node.enrollmentPort }, name: 'early', version: 'v4.14.7', groups: [], password: null, timeoutMs: 5_000 });
    await expect(refused.result).rejects.toThrow(/not in sync with the master yet/);

    // The master comes: the worker syncs its files and registry, then takes agents, and says so.
    const m = await c.start(c.config('master', 'master', { port: clusterPort }, STEADY));
    const reg = (await ask(m, 'agent-register', { name: 'web-1' })) as { id: string; name: string; key: string };
    await c.accepting(w1, 20_000);
    expect(w1.log.lines.some((l) => /\[Main\] In sync with the master after \d+\.\d s: \d+ files, \d+ agents; accepting agents\./.test(l))).toBe(true);
    await eventually(() => w1.node.workerStore!.agent(1)?.name, (n) => n === 'web-1');
    const health = async () => ((await ask(m, 'health')) as { workers: WorkerHealth[] }).workers[0];
    await eventually(health, (h) => h?.sync === 'in_sync' && h.accepting_agents === true, 5_000);
    const agent = new TestAgent(reg.id, reg.name, reg.key);
    agents.push(agent);
    await agent.connect(w1.node.agentPort);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    expect(agent.received[0]).toEqual({ kind: 'ack' });
    agent.close();

    // Everything stops; the worker starts again while its master is away: it serves from its last sync.
    await c.stop(w1);
    await c.stop(m);
    const again = await c.start(wc);
    expect(again.node.syncGate!.accepting).toBe(true);
    expect(again.node.syncGate!.name).toBe('syncing');
    expect(again.log.lines.some((l) => /\[Main\] Serving agents from the state of an earlier sync \(.*: \d+ files, \d+ agents\) while syncing/.test(l))).toBe(true);
    const back = new TestAgent(reg.id, reg.name, reg.key);
    agents.push(back);
    await back.connect(again.node.agentPort);
    back.startup();
    await eventually(() => back.received.length, (n) => n >= 1);
    expect(back.received[0]).toEqual({ kind: 'ack' });
  });

  test('a worker holding far more agents than the others is asked to move some, in rounds, until the spread is fair', async () => {
    const tuning = { placement: { everyMs: 700, spreadMs: 400 }, rebalance: { ...REBALANCE, minExcess: 2 } };
    const m = await c.start(c.config('master', 'master', {}, STEADY), tuning);
    const w1 = await c.start(c.config('w1', 'worker', {}, STEADY));
    const w2config = c.config('w2', 'worker', {}, STEADY);
    const w2port = await freePort();
    // w2 is in the agents' lists but not running: every agent ends up on w1.
    sim = await simAgents(m, [w1.node.agentPort, w2port], 40);
    await eventually(() => activeOn(m), (a) => a.w1 === 40, 30_000);

    await c.start({ ...w2config, agents: { ...w2config.agents, port: w2port } });
    const fair = (a: Record<string, number>) => (a.w1 ?? 0) + (a.w2 ?? 0) === 40 && (a.w1 ?? 0) <= 1.2 * 20 && (a.w2 ?? 0) > 0;
    await eventually(() => activeOn(m), fair, 45_000);
    await eventually(() => sim!.stats(), (s) => s.connected === 40 && s.perWorker[`127.0.0.1:${w2port}`]! > 0, 10_000);
    expect(m.log.lines.some((l) => /\[Placement\] Rebalancing: w1 holds 40 agents, 2\.00x the mean of 20\.0 over 2 workers \(over 1\.5x\): moving 8 of them/.test(l))).toBe(true);
    await eventually(() => m.log.lines.some((l) => /\[Placement\] Rebalanced: /.test(l)), (x) => x, 10_000);
    // Never more than a fifth of its agents in a round, each round spread in batches.
    const asked = w1.log.lines.map((l) => /\[Agents\] Moving (\d+) of (\d+) agents/.exec(l)).filter((x) => x !== null);
    expect(asked.length).toBeGreaterThan(0);
    for (const [, n, of] of asked) expect(Number(n)).toBeLessThanOrEqual(Math.max(1, Math.floor(Number(of) * 0.2)));
    // Agents refused on their way back to w1 went on to w2; none lost.
    expect(sim.stats().forcedReconnects).toBeGreaterThanOrEqual(8);
    expect(w1.node.agentServing.server.stats().closedBy.movedAway).toBeGreaterThanOrEqual(8);
  });
});
