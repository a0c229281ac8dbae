// Real processes: a master and two workers from the CLI, 20 simulated Wazuh agents (agent-sim) enrolling
// through a worker and reporting to both; then kill -9 a worker: its agents move and the master shows
// them on their new node. Events raise alerts on the workers.
import * as fs from 'fs';
import * as path from 'path';
import { archivesPath } from '../../actors/node/data-dir';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { startAgentSim, AgentSim } from '../../agents/sim/agent-sim';

jest.setTimeout(90_000);
type Agents = { agents: { id: string; name: string; status: string; node: string | null }[] };

describe('Wazuh agents across a real cluster', () => {
  let c: LocalCluster;
  let sim: AgentSim | undefined;
  let onWorker1 = 0;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2, intervals: { agent_info: '500ms', agent_groups: '1s', agent_disconnect: '30s' } });
    await c.configure();
    await c.startAll();
    await c.waitAllConnected();
    await c.waitAllInSync();
  });
  afterAll(async () => {
    await sim?.stop();
    await c.stop();
  });

  const agents = async () => ((await c.ask('master', 'agents')) as Agents).agents;

  test('agents enroll through a worker, connect to both workers and show active on the master', async () => {
    const w1 = c.node('worker-1'), w2 = c.node('worker-2');
    sim = await startAgentSim({
      enroll: `127.0.0.1:${w1.enrollmentPort}`,
      workers: [`127.0.0.1:${w1.agentPort}`, `127.0.0.1:${w2.agentPort}`],
      count: 20, rate: 20, keepalive: '1s', retryMax: '500ms',
    });
    const list = await c.waitFor('20 active agents', agents, (a) => a.length === 20 && a.every((x) => x.status === 'active'), 40_000, 200);
    const perNode = (l: Agents['agents']) => l.reduce<Record<string, number>>((m, a) => ({ ...m, [a.node ?? '-']: (m[a.node ?? '-'] ?? 0) + 1 }), {});
    // Agent i starts on worker i % 2; one that reached a worker before its registry copy had the new
    // agent was refused there and moved on, as a real agent does: both serve, none is lost.
    const counts = perNode(list);
    expect(Object.keys(counts).sort()).toEqual(['worker-1', 'worker-2']);
    expect(counts['worker-1'] + counts['worker-2']).toBe(20);
    onWorker1 = counts['worker-1'];
    expect(list.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(3, '0')));
    // Events reach logs/archives/archives.json on the workers, and the analysis engine turns some into alerts.
    await c.waitFor('archived events', async () => fs.existsSync(archivesPath(w1.dataDir)), (x) => x, 20_000, 200);
  });

  test('kill -9 a worker: its agents reconnect to the other one and the master shows them there', async () => {
    await c.kill('worker-1', 'SIGKILL');
    const list = await c.waitFor('every agent on worker-2', agents, (a) => a.length === 20 && a.every((x) => x.node === 'worker-2' && x.status === 'active'), 60_000, 250);
    expect(list).toHaveLength(20);
    expect(sim!.stats().failovers).toBeGreaterThanOrEqual(onWorker1);
  });
});
