// Agents across the cluster, in one process over real TCP: the registry reaches workers (GroupSender),
// statuses reach the master (AgentInfo), and nothing is marked synced before the master committed it.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';

jest.setTimeout(30_000);
const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
type Agents = { agents: { id: string; name: string; status: string; node: string | null; groups: string[]; version: string | null }[] };

describe('agents across the cluster', () => {
  let c: InProcCluster;
  let m: TestNode, w1: TestNode, w2: TestNode;
  const fast = { agentGroups: 300, agentInfo: 300 };
  beforeEach(async () => {
    c = new InProcCluster();
    m = await c.start(c.config('master', 'master', {}, fast));
    w1 = await c.start(c.config('w1', 'worker', {}, fast));
    w2 = await c.start(c.config('w2', 'worker', {}, fast));
  });
  afterEach(async () => { await c.stopAll(); });

  const names = (t: TestNode) => t.node.workerStore!.registry().map((e) => `${e.name}:${e.groups.join('+')}`).join(',');

  test('a registered agent reaches every worker within a second, with its key and groups', async () => {
    const reg = (await ask(w1, 'agent-register', { name: 'web-1', ip: '10.0.0.7' })) as { id: string; name: string; key: string };
    expect(reg).toMatchObject({ id: '001', name: 'web-1' });
    expect(reg.key).toMatch(/^[0-9a-f]{64}$/);
    const t0 = Date.now();
    await eventually(() => names(w1) + '|' + names(w2), (v) => v === 'web-1:default|web-1:default');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(w2.node.workerStore!.agentByName('web-1')!.key).toBe(reg.key);

    await ask(m, 'group-create', { name: 'web' });
    await ask(w2, 'group-assign', { id: '001', group: 'web' });
    await eventually(() => names(w1) + '|' + names(w2), (v) => v === 'web-1:default+web|web-1:default+web');

    await ask(m, 'agent-remove', { id: '001' });
    await eventually(() => names(w1) + '|' + names(w2), (v) => v === '|');
  });

  test('statuses from a worker reach the master, only for agents that exist, and rows are synced after the ack', async () => {
    const a = (await ask(m, 'agent-register', { name: 'db-1' })) as { id: string };
    await eventually(() => names(w1), (v) => v === 'db-1:default');
    w1.node.workerStore!.recordStatuses([
      { id: Number(a.id), status: 'active', version: 'Wazuh v4.14.7', os: { name: 'Ubuntu', arch: 'x86_64' }, lastKeepAlive: Date.now() },
      { id: 99, status: 'active' },
    ]);
    w1.node.agentsChanged();
    const t0 = Date.now();
    const list = await eventually(async () => (await ask(m, 'agents')) as Agents, (r) => r.agents[0]?.status === 'active');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(list.agents).toEqual([{ id: '001', name: 'db-1', ip: 'any', status: 'active', node: 'w1', groups: ['default'], version: 'Wazuh v4.14.7' }]);
    await eventually(() => w1.node.workerStore!.pendingCount(), (n) => n === 0);
    const health = (await ask(m, 'health')) as { workers: { name: string; active_agents: number; agent_info: { applied: number } | null; agent_groups: unknown }[] };
    const h1 = health.workers.find((w) => w.name === 'w1')!;
    expect(h1.active_agents).toBe(1);
    expect(h1.agent_info).toMatchObject({ applied: 1 });
    expect(h1.agent_groups).not.toBeNull();
    // The worker's view goes through the master too.
    expect(((await ask(w2, 'agents')) as Agents).agents[0].node).toBe('w1');
  });

  test('statuses recorded while the master is away are sent once it is back: none lost', async () => {
    const a = (await ask(m, 'agent-register', { name: 'x-1' })) as { id: string };
    await eventually(() => names(w1), (v) => v === 'x-1:default');
    const mConf = m.config;
    const port = c.masterPort;
    await c.stop(m);
    w1.node.workerStore!.recordStatus({ id: Number(a.id), status: 'disconnected', disconnectionTime: 123 });
    w1.node.agentsChanged();
    expect(w1.node.workerStore!.pendingCount()).toBe(1);
    m = await c.start({ ...mConf, cluster: { ...mConf.cluster, port } });
    await eventually(async () => ((await ask(m, 'agents')) as Agents).agents[0]?.status, (s) => s === 'disconnected', 10_000);
    await eventually(() => w1.node.workerStore!.pendingCount(), (n) => n === 0);
  });

  test('a worker whose copy drifted gets a full resend', async () => {
    await ask(m, 'agent-register', { name: 'a-1' });
    await ask(m, 'agent-register', { name: 'a-2' });
    await eventually(() => names(w2), (v) => v === 'a-1:default,a-2:default');
    // Damage the worker's copy behind the cluster's back, keeping its sequence.
    w2.node.workerStore!.replaceRegistry([], w2.node.workerStore!.registrySeq());
    await eventually(() => names(w2), (v) => v === 'a-1:default,a-2:default', 5000);
    expect(m.log.lines.some((l) => /\[Agent-groups send\] \[w2\] Full registry resend: checksum mismatch/.test(l))).toBe(true);
  });

  test('bad requests get clear errors and change nothing', async () => {
    await expect(ask(m, 'agent-register', { name: '.hidden' })).rejects.toMatchObject({ code: 'bad_name' });
    await expect(ask(m, 'agent-register', { name: 'ok-name', ip: '300.1.1.1' })).rejects.toMatchObject({ code: 'bad_ip' });
    await expect(ask(m, 'agent-register', { name: 'ok-name', groups: ['nope'] })).rejects.toMatchObject({ code: 'unknown_group' });
    await expect(ask(m, 'agent-remove', { id: 'abc' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(ask(m, 'agent-remove', { id: '007' })).rejects.toMatchObject({ code: 'unknown_agent' });
    await expect(ask(m, 'group-delete', { name: 'default' })).rejects.toMatchObject({ code: 'protected' });
    await expect(ask(m, 'group-create', { name: '../etc' })).rejects.toMatchObject({ code: 'bad_name' });
    expect(((await ask(m, 'agents')) as Agents).agents).toEqual([]);
  });
});
