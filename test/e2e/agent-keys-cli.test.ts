// Moving agents from Wazuh through the CLI: a client.keys imported through a worker (forwarded to the
// master), an imported agent reconnecting to that worker with its existing key over the real agent
// protocol and shown active; export writing the file back byte for byte; clashes skipped, never overwritten.
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(120_000);

type Agents = { agents: { id: string; name: string; ip: string; status: string; node: string | null; groups: string[] }[] };

const K1 = '3f9c2a7e1b8d4c6a0e5f7b9d2c4a6e8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b';
const K2 = 'b7e1d3c5a9f0e2d4c6b8a0f1e3d5c7b9a1f2e4d6c8b0a2f3e5d7c9b1a3f4e6d8';
const K3 = '0c2e4a6b8d1f3e5a7c9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c';
/** Wazuh's file as authd writes it: ids %03d in order, one agent a line. */
const CANONICAL = `001 web-01 any ${K1}\n002 db-01 10.20.0.0/16 ${K2}\n010 edge-01 any ${K3}\n`;

/** Connects with an imported key until the worker, once its registry copy has the agent, acks the startup. */
async function reconnect(port: number, id: string, name: string, key: string, deadlineMs = 20_000): Promise<TestAgent> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    const agent = new TestAgent(id, name, key);
    await agent.connect(port);
    agent.startup();
    const until = Date.now() + 1_000;
    while (Date.now() < until && agent.received.length === 0 && !agent.closed) await new Promise((r) => setTimeout(r, 50));
    if (agent.received[0]?.kind === 'ack') return agent;
    agent.close();
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`agent ${id} was never acked by the worker within ${deadlineMs} ms`);
}

describe('client.keys in and out through the CLI', () => {
  let c: LocalCluster;
  let agent: TestAgent | undefined;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 1, intervals: { agent_groups: '500ms', agent_info: '500ms' } });
    await c.configure();
    await c.startAll();
    await c.waitAllConnected();
  });
  afterAll(async () => {
    agent?.close();
    await c.stop();
  });
  const file = (name: string, text: string) => { const f = path.join(c.dir, name); fs.writeFileSync(f, text); return f; };
  const agents = async () => ((await c.ask('master', 'agents')) as Agents).agents;

  test('import through a worker keeps ids, names, IPs and keys; the agent reconnects with its key and shows active', async () => {
    const w = c.node('worker-1');
    const keys = file('client.keys', CANONICAL);
    const r = await c.cli(['agent', 'import', '--config', w.configFile, keys, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ imported: 3, unchanged: 0, skipped: [], removed: [], next_id: '011' });
    expect((await agents()).map((a) => [a.id, a.name, a.ip, a.status, a.groups])).toEqual([
      ['001', 'web-01', 'any', 'never_connected', ['default']],
      ['002', 'db-01', '10.20.0.0/16', 'never_connected', ['default']],
      ['010', 'edge-01', 'any', 'never_connected', ['default']],
    ]);

    // The agent that held 010 in Wazuh reports to the worker with the key it already has.
    agent = await reconnect(w.agentPort, '010', 'edge-01', K3);
    agent.keepAlive();
    await c.waitFor('agent 010 active on worker-1', agents, (l) => l.some((a) => a.id === '010' && a.status === 'active' && a.node === 'worker-1'), 15_000, 200);
    const shown = await c.cli(['control', '--config', w.configFile, 'agents', '--json']);
    expect((JSON.parse(shown.stdout) as Agents).agents.find((a) => a.id === '010')).toMatchObject({ name: 'edge-01', status: 'active', node: 'worker-1' });
  });

  test('export writes the same client.keys back, byte for byte, from a worker and from the master', async () => {
    const out = path.join(c.dir, 'exported.keys');
    const r = await c.cli(['agent', 'export', '--config', c.node('worker-1').configFile, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Wrote 3 agent(s) to ${out} (mode 0600).\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe(CANONICAL);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const again = await c.cli(['agent', 'export', '--config', c.node('worker-1').configFile, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('it exists (add --force to replace it)');
    const stdout = await c.cli(['agent', 'export', '--config', c.master.configFile]);
    expect(stdout.stdout).toBe(CANONICAL);
  });

  test('a second file: the same agents are left as they are, clashes skipped with their line, removed agents listed', async () => {
    const keys = file('second.keys', [
      `001 web-01 any ${K1}`,              // already there, the same
      `002 db-01 10.20.0.0/16 ${K3}`,      // another key for 002: never overwritten
      `004 edge-01 any ${K2}`,             // the name belongs to 010
      `005 !retired any ${K2}`,            // removed in Wazuh
      `020 new-20 any ${K2}`,
    ].join('\n') + '\n');
    const r = await c.cli(['agent', 'import', '--config', c.master.configFile, keys]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      `Imported 1 agent(s) from ${keys}. The next agent registered gets id 021.`,
      '1 were already registered with the same id, name, IP and key.',
      'Skipped 2 (nothing registered was changed):',
      '  line 2: 002 db-01: agent 002 db-01 is registered with another key',
      '  line 3: 004 edge-01: name edge-01 is taken by agent 010',
      'Not imported: 1 agent(s) Wazuh had removed (name marked with ! or #):',
      '  line 4: 005 retired',
      '',
    ].join('\n'));
    const reg = await c.cli(['agent', 'register', '--config', c.master.configFile, '--name', 'after-import', '--json']);
    expect(JSON.parse(reg.stdout)).toMatchObject({ id: '021', name: 'after-import' });
    const exported = await c.cli(['agent', 'export', '--config', c.master.configFile]);
    expect(exported.stdout.split('\n').slice(0, 4).join('\n') + '\n').toBe(`${CANONICAL}020 new-20 any ${K2}\n`);
  });

  test('a file with bad lines is refused whole, each line named', async () => {
    const before = (await agents()).length;
    const keys = file('bad.keys', `030 fine-30 any ${K1}\n31 short-id any ${K1}\n032 spaced  any ${K1}\n`);
    const r = await c.cli(['agent', 'import', '--config', c.master.configFile, keys]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe([
      `warden: ${keys} has 2 bad line(s); nothing was imported:`,
      `  ${keys}:2: id 31 is not in Wazuh's form 031 (the agent's key is derived from the id as written)`,
      `  ${keys}:3: has a leading, trailing or doubled space (fields are ID NAME IP KEY, separated by single spaces)`,
      '',
    ].join('\n'));
    expect(await agents()).toHaveLength(before);
    const missing = await c.cli(['agent', 'import', '--config', c.master.configFile, path.join(c.dir, 'nope.keys')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^warden: cannot read .*nope\.keys: ENOENT/);
  });
});
