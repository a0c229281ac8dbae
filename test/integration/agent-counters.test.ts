// agents.verify_counters from the config to the worker's agent port, and across a worker restart: a
// message captured before the restart is still a replay after it (the counter book is saved in
// <data_dir>/queue/rids/, as Wazuh keeps its rids).
import * as fs from 'fs';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { archivesPath } from '../../actors/node/data-dir';
import { COUNTER_FILE } from '../../agents/server/counter-file';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(30_000);
const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
const archived = (t: TestNode): string[] => {
  const f = archivesPath(t.config.dataDir);
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).full_log as string) : [];
};

describe('agents.verify_counters on a worker', () => {
  let c: InProcCluster;
  const agents: TestAgent[] = [];
  afterEach(async () => {
    for (const a of agents.splice(0)) a.close();
    await c.stopAll();
  });

  async function cluster(verifyCounters: boolean): Promise<{ m: TestNode; w: TestNode; reg: { id: string; name: string; key: string } }> {
    c = new InProcCluster();
    const fast = { agentGroups: 300, agentInfo: 300 };
    const m = await c.start(c.config('master', 'master', {}, fast));
    const wc = c.config('w1', 'worker', {}, fast);
    const w = await c.start({ ...wc, agents: { ...wc.agents, verifyCounters } });
    const reg = (await ask(m, 'agent-register', { name: 'web-1' })) as { id: string; name: string; key: string };
    await eventually(() => w.node.workerStore!.agent(1)?.name, (n) => n === 'web-1');
    return { m, w, reg };
  }

  async function connected(w: TestNode, reg: { id: string; name: string; key: string }): Promise<TestAgent> {
    const a = new TestAgent(reg.id, reg.name, reg.key);
    agents.push(a);
    await c.accepting(w);
    await a.connect(w.node.agentPort);
    return a;
  }

  test('on: a replayed event is dropped, before and after the worker restarts', async () => {
    const { w, reg } = await cluster(true);
    const agent = await connected(w, reg);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    const captured = agent.frame('1:/var/log/auth.log:sshd[1]: Accepted password for root from 10.0.0.5 port 22 ssh2');
    agent.sendRaw(captured);
    await eventually(() => archived(w).length, (n) => n === 1);
    agent.sendRaw(captured);
    await eventually(() => w.node.agentServing.server.stats().replaysDropped, (n) => n === 1);

    agent.close();
    await c.stop(w);
    expect(fs.existsSync(path.join(w.config.dataDir, COUNTER_FILE))).toBe(true);
    const w2 = await c.start(w.config);
    const again = await connected(w2, reg);
    again.sendRaw(captured); // the replay comes first, on a fresh connection to a fresh process
    await eventually(() => w2.node.agentServing.server.stats().replaysDropped, (n) => n === 1);
    expect(w2.node.agentServing.server.stats().unauthenticated).toBe(1);
    expect(archived(w2)).toHaveLength(1);
  });

  test('off (the default, as Wazuh): the same frame twice is processed twice', async () => {
    const { w, reg } = await cluster(false);
    const agent = await connected(w, reg);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    const frame = agent.frame('1:/var/log/auth.log:twice');
    agent.sendRaw(frame);
    agent.sendRaw(frame);
    await eventually(() => archived(w).length, (n) => n === 2);
    expect(w.node.agentServing.server.stats().replaysDropped).toBe(0);
  });
});
