// A Wazuh agent (hand-driven from the protocol cores) against a worker of an in-process cluster: startup,
// keep-alive, merged.mg push, events to logs/archives/archives.json and logs/alerts/alerts.json, status on the master, deletion.
import * as fs from 'fs';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(30_000);
const RULESET = path.resolve(__dirname, '..', '..', '..', 'shared', 'wazuh-ruleset');
const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
type Agents = { agents: { id: string; name: string; status: string; node: string | null; version: string | null }[] };
const lines = (file: string) => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

describe('agents served by a worker', () => {
  let c: InProcCluster;
  let m: TestNode, w: TestNode;
  let agent: TestAgent;
  let reg: { id: string; name: string; key: string };
  beforeEach(async () => {
    c = new InProcCluster();
    const fast = { agentGroups: 300, agentInfo: 300 };
    m = await c.start(c.config('master', 'master', {}, fast));
    const wc = c.config('w1', 'worker', {}, fast);
    w = await c.start({ ...wc, analysis: { ...wc.analysis, rulesetDirs: fs.existsSync(RULESET) ? [RULESET] : [] } });
    reg = (await ask(m, 'agent-register', { name: 'web-1' })) as typeof reg;
    await eventually(() => w.node.workerStore!.agent(1)?.name, (n) => n === 'web-1');
    await c.accepting(w);
    agent = new TestAgent(reg.id, reg.name, reg.key);
    await agent.connect(w.node.agentPort);
  });
  afterEach(async () => {
    agent.close();
    await c.stopAll();
  });

  test('startup and keep-alive are acked; the agent shows active on the master with its OS and version', async () => {
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    expect(agent.received[0]).toEqual({ kind: 'ack' });
    agent.keepAlive();
    await eventually(async () => ((await ask(m, 'agents')) as Agents).agents[0], (a) => a?.status === 'active', 3000);
    const a = m.node.globalStore!.getAgent(1)!;
    expect(a).toMatchObject({ node: 'w1', version: 'Wazuh v4.14.7', labels: { env: 'test' } });
    expect(a.os.name).toMatch(/Ubuntu/);
  });

  test('an agent with a stale merged.mg gets the group file pushed, in 900-byte pieces', async () => {
    // The group folder as the integrity sync brings it from the master.
    const group = path.join(w.config.dataDir, 'etc', 'shared', 'default');
    fs.mkdirSync(group, { recursive: true });
    fs.writeFileSync(path.join(group, 'agent.conf'), `<agent_config>\n${'<!-- padding -->\n'.repeat(100)}</agent_config>\n`);
    agent.startup();
    agent.keepAlive(null);
    await eventually(() => agent.received.filter((r) => r.kind === 'file_close').length, (n) => n === 1);
    const open = agent.received.find((r) => r.kind === 'file_open');
    expect(open).toMatchObject({ kind: 'file_open', name: 'merged.mg' });
    const pieces = agent.received.filter((r) => r.kind === 'file_data').map((r) => (r as { data: Buffer }).data);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBe(900);
    const data = Buffer.concat(pieces);
    expect(data.toString()).toMatch(/^#default\n!\d+ agent\.conf\n<agent_config>/);
    const md5 = (open as { md5: string }).md5;
    const before = agent.received.length;
    agent.keepAlive(md5); // the agent now reports the new checksum: no second push
    await eventually(() => agent.received.length, (n) => n === before + 1);
    expect(agent.received[before]).toEqual({ kind: 'ack' });
  });

  test('events go to logs/archives/archives.json, and to logs/alerts/alerts.json when a rule fires (Wazuh\'s paths)', async () => {
    agent.startup();
    agent.event('/var/log/auth.log', 'Nov 26 10:00:00 web-1 sshd[123]: Failed password for invalid user admin from 10.0.0.5 port 22 ssh2');
    const logs = path.join(w.config.dataDir, 'logs');
    const archives = path.join(logs, 'archives', 'archives.json');
    const alerts = path.join(logs, 'alerts', 'alerts.json');
    await eventually(() => lines(archives).length, (n) => n === 1);
    expect(lines(archives)[0]).toMatchObject({
      agent: { id: '001', name: 'web-1' }, location: '/var/log/auth.log', manager: { name: 'w1' }, cluster: { name: 'test', node: 'w1' },
    });
    for (const folder of ['alerts', 'archives']) expect(fs.statSync(path.join(logs, folder)).mode & 0o777).toBe(0o750 & ~process.umask());
    expect(fs.existsSync(path.join(logs, 'alerts.json'))).toBe(false);
    expect(fs.existsSync(path.join(logs, 'archives.json'))).toBe(false);
    if (!fs.existsSync(RULESET)) return;
    await eventually(() => lines(alerts).length, (n) => n === 1);
    expect(lines(alerts)[0]).toMatchObject({
      rule: { id: '5710', level: 5 }, agent: { id: '001', name: 'web-1' }, decoder: { name: 'sshd' },
      data: { srcip: '10.0.0.5', srcuser: 'admin' }, location: '/var/log/auth.log',
    });
  });

  test('an agent that reaches a worker before its registry entry does is held, then accepted', async () => {
    // Registered and connecting at once: the worker learns of it a moment later (GroupSender).
    const fresh = (await ask(m, 'agent-register', { name: 'fresh-1' })) as typeof reg;
    const early = new TestAgent(fresh.id, fresh.name, fresh.key);
    await early.connect(w.node.agentPort);
    early.startup();
    await eventually(() => early.received.length, (n) => n >= 1, 3000);
    expect(early.received[0]).toEqual({ kind: 'ack' });
    expect(early.closed).toBe(false);
    early.close();
  });

  test('counters are recorded per agent; a flipped byte in a frame closes only that connection', async () => {
    agent.startup();
    agent.keepAlive();
    await eventually(() => agent.received.length, (n) => n >= 2);
    expect(w.node.agentServing.server.counters.get(1)).toEqual({ global: 1, local: 2 });
    const tampered = new TestAgent(reg.id, reg.name, reg.key);
    await tampered.connect(w.node.agentPort);
    tampered.sendTampered('#!-agent startup {"version":"v4.14.7"}');
    await eventually(() => tampered.closed, (x) => x);
    agent.keepAlive();
    await eventually(() => agent.received.length, (n) => n >= 3);
    expect(agent.closed).toBe(false);
    expect(w.log.lines.some((l) => /\[Agents\] .*bad message/.test(l))).toBe(true);
  });

  test('a change to a group on the master reaches the agent as a new merged.mg', async () => {
    const conf = (dir: string) => path.join(dir, 'etc', 'shared', 'default', 'agent.conf');
    // The worker first gets the group folder through the integrity sync.
    await eventually(() => fs.existsSync(conf(w.config.dataDir)), (x) => x, 15_000);
    agent.startup();
    agent.keepAlive(null);
    await eventually(() => agent.received.filter((r) => r.kind === 'file_close').length, (n) => n === 1);
    const first = (agent.received.find((r) => r.kind === 'file_open') as { md5: string }).md5;
    fs.writeFileSync(conf(m.config.dataDir), '<agent_config>\n  <labels><label key="team">blue</label></labels>\n</agent_config>\n');
    await eventually(() => fs.readFileSync(conf(w.config.dataDir), 'utf8'), (t) => t.includes('blue'), 15_000);
    const before = agent.received.length;
    // The agent still reports the old checksum at its next keep-alives: the worker pushes the new file.
    const pushed = await eventually(() => {
      agent.keepAlive(first);
      return agent.received.slice(before).find((r) => r.kind === 'file_open') as { md5: string } | undefined;
    }, (x) => x !== undefined, 10_000);
    expect(pushed!.md5).not.toBe(first);
  });

  test('a deleted agent is disconnected and cannot come back; bad frames close only their connection', async () => {
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    const stranger = new TestAgent('001', 'web-1', 'f'.repeat(64)); // the wrong key
    await stranger.connect(w.node.agentPort);
    stranger.startup();
    await eventually(() => stranger.closed, (x) => x);
    const oversize = new TestAgent('001', 'web-1', reg.key);
    await oversize.connect(w.node.agentPort);
    const header = Buffer.alloc(4);
    header.writeUInt32LE(70_000);
    oversize.sendRaw(header);
    await eventually(() => oversize.closed, (x) => x);
    expect(agent.closed).toBe(false);
    await ask(m, 'agent-remove', { id: '001' });
    await eventually(() => agent.closed, (x) => x, 5000);
    const again = new TestAgent(reg.id, reg.name, reg.key);
    await again.connect(w.node.agentPort);
    again.startup();
    await eventually(() => again.closed, (x) => x);
    expect(again.received).toEqual([]);
  });
});
