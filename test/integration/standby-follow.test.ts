// A standby master in process, with real sockets: it follows an elected leader (its global.db replicated,
// its files synced), the leader lists it as a standby, a registration is acknowledged once the standby holds
// it, and a leader whose lease may have lapsed acknowledges nothing.
import * as fs from 'fs';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { enrollAgent } from '../../agents/sim/enroll-client';
import { InProcCluster, eventually, type TestNode } from '../helpers/inproc';

const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}): Promise<unknown> =>
  askNode(controlSocketPath(t.config.dataDir), { command, args });

describe('a standby master following an elected leader', () => {
  let c: InProcCluster;
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => { await c.stopAll(); });

  async function leaderAndStandby(canWrite?: () => boolean): Promise<{ leader: TestNode; standby: TestNode; leaderPort: number }> {
    const leader = await c.start(c.config('master-1', 'master'), { replication: { ackTimeoutMs: 3_000 } }, { epoch: 7, canWrite });
    const leaderPort = c.masterPort;
    fs.mkdirSync(path.join(leader.config.dataDir, 'etc', 'rules'), { recursive: true });
    fs.writeFileSync(path.join(leader.config.dataDir, 'etc', 'rules', 'local_rules.xml'), '<group name="local,"></group>\n');
    const standby = await c.start(c.config('master-2', 'master', { nodes: [`127.0.0.1:${leaderPort}`] }), undefined, {
      standby: { leader: () => ({ name: 'master-1', address: `127.0.0.1:${leaderPort}`, epoch: 7 }) },
    });
    return { leader, standby, leaderPort };
  }

  test('the standby holds every registered agent with its key, and the synced files; nodes lists it as a standby', async () => {
    const { leader, standby } = await leaderAndStandby();
    await eventually(() => ask(leader, 'nodes') as Promise<{ nodes: { name: string; role: string; epoch: number | null }[] }>,
      (v) => v.nodes.some((n) => n.name === 'master-2' && n.role === 'standby'), 10_000);
    const reg = await ask(leader, 'agent-register', { name: 'web-1', ip: 'any' }) as { id: string; key: string };
    // Acknowledged: the standby holds it already, key included.
    const copy = standby.node.globalStore!.listAgents().find((a) => a.name === 'web-1');
    expect(copy).toBeDefined();
    expect(standby.node.globalStore!.getAgent(Number(reg.id))?.key).toBe(reg.key);
    const nodes = await ask(leader, 'nodes') as { nodes: { name: string; role: string; epoch: number | null }[] };
    expect(nodes.nodes.find((n) => n.name === 'master-1')).toMatchObject({ role: 'leader', epoch: 7 });
    await eventually(() => fs.existsSync(path.join(standby.config.dataDir, 'etc', 'rules', 'local_rules.xml')), (x) => x, 10_000);
    expect(standby.log.lines.some((l) => /Started standby master/.test(l))).toBe(true);
  });

  test('a leader that may no longer lead acknowledges no registration', async () => {
    let leads = true;
    const { leader } = await leaderAndStandby(() => leads);
    await eventually(() => ask(leader, 'nodes') as Promise<{ nodes: { role: string }[] }>, (v) => v.nodes.some((n) => n.role === 'standby'), 10_000);
    leads = false;
    await expect(ask(leader, 'agent-register', { name: 'web-2', ip: 'any' })).rejects.toThrow(/no longer leads/);
  });

  test("the standby's enrollment port refuses with Wazuh's wording, so the agent tries its next manager", async () => {
    const { standby } = await leaderAndStandby();
    const r = enrollAgent({ address: { host: '127.0.0.1', port: standby.node.enrollmentPort }, name: 'db-1', version: 'v4.14.7', groups: [], password: null, timeoutMs: 5_000 });
    await expect(r.result).rejects.toThrow(/This manager is a standby master, try another manager/);
  });
});
