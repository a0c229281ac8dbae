// `warden scale` with two masters elected through a real etcd (issue 14), through the real CLI: apply
// starts both masters and a worker; exactly one master leads, the other is its standby, the worker is
// connected to the leader; status --json shows the roles; down stops the standby before the leader, then
// nothing runs; applied again, then with the standby left out of the topology, the standby alone is
// stopped and the leader keeps leading. Every process (etcd included) and the temp folder are gone at the end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { EtcdServer } from '../../scripts/harness/etcd-server';
import { stablePorts } from '../../scripts/harness/stable-ports';
import { processGone, runWarden } from '../helpers/cli-run';

jest.setTimeout(180_000);

interface NodeStatus { name: string; type: string; role: string | null; desired: boolean; pid: number | null; running: boolean; connected: boolean | null; config: string }
interface Status { leader: { name: string; epoch: number } | null; nodes: NodeStatus[]; in_sync: boolean }
interface NodesView { nodes: { name: string; role: string; epoch: number | null; connected: boolean }[] }

describe('warden scale with two masters on etcd', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scale-ha-'));
  const topologyFile = path.join(dir, 'topology.yaml');
  const seenPids = new Set<number>();
  let etcd: EtcdServer | undefined;
  let lines: string[] = [];

  const dataDir = (node: string): string => path.join(dir, 'nodes', node, 'data');
  const ask = (node: string, command: string): Promise<unknown> => askNode(controlSocketPath(dataDir(node)), { command }, 3_000);

  async function status(): Promise<Status> {
    const r = await runWarden(['scale', 'status', topologyFile, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Status;
    for (const n of s.nodes) if (n.pid) seenPids.add(n.pid);
    return s;
  }

  beforeAll(async () => {
    etcd = await EtcdServer.start();
    const [c1, a1, e1, c2, a2, e2, wa, we] = await stablePorts(8);
    lines = [
      'cluster: { name: scale-ha, key_file: ./cluster.key }',
      'base_dir: ./nodes',
      'master:',
      `  - { name: master-1, address: 127.0.0.1, port: ${c1}, agents_port: ${a1}, enrollment_port: ${e1} }`,
      `  - { name: master-2, address: 127.0.0.1, port: ${c2}, agents_port: ${a2}, enrollment_port: ${e2} }`,
      'workers:',
      `  - { name: worker-1, address: 127.0.0.1, agents_port: ${wa}, enrollment_port: ${we} }`,
      `etcd: { endpoints: ["${etcd.endpoint}"], lease_ttl: 2s }`,
      'config: { intervals: { keep_alive: 1s, keep_alive_timeout: 3s, reconnect_max: 1s } }',
    ];
    fs.writeFileSync(topologyFile, lines.join('\n') + '\n');
  });

  afterAll(async () => {
    // Whatever happened above, nothing may outlive the test.
    if (fs.existsSync(topologyFile)) await runWarden(['scale', 'down', topologyFile]);
    for (const pid of seenPids) if (!processGone(pid)) process.kill(pid, 'SIGKILL');
    await etcd?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('apply: both masters and the worker come up; one leads, the other is its standby; the worker is connected to the leader', async () => {
    const r = await runWarden(['scale', 'apply', topologyFile]);
    if (r.code !== 0) throw new Error(`scale apply exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    expect(r.stdout).toMatch(/master-1: started \(master/);
    expect(r.stdout).toMatch(/master-2: started \(master/);
    const led = /(master-[12]): leads \(epoch (\d+)\) .*; (master-[12]): standby/.exec(r.stdout);
    expect(led).not.toBeNull();
    const [, leader, epoch, standby] = led!;
    expect(standby).not.toBe(leader);
    expect(r.stdout).toMatch(/worker-1: up in .*connected to the master/);
    // Every node's config lists both masters and carries the etcd section.
    for (const n of ['master-1', 'master-2', 'worker-1']) {
      const text = fs.readFileSync(path.join(dir, 'nodes', n, 'warden.yaml'), 'utf8');
      expect(text).toContain(etcd!.endpoint);
      expect(text.match(/- 127\.0\.0\.1:\d+/g)).toHaveLength(2);
    }

    const s = await status();
    expect(s.nodes.map((n) => [n.name, n.type, n.role, n.running, n.connected, n.config])).toEqual([
      ['master-1', 'master', leader === 'master-1' ? 'leader' : 'standby', true, true, 'same'],
      ['master-2', 'master', leader === 'master-2' ? 'leader' : 'standby', true, true, 'same'],
      ['worker-1', 'worker', 'worker', true, true, 'same'],
    ]);
    expect(s.leader).toEqual({ name: leader, epoch: Number(epoch) });
    expect(s.in_sync).toBe(true);

    // Each master's own view: the leader lists itself first as leader; the standby passes the question
    // on to the leader. The worker's `nodes` is answered by the master it is connected to: the leader.
    const own = (await ask(leader, 'nodes')) as NodesView;
    expect(own.nodes[0]).toMatchObject({ name: leader, role: 'leader' });
    expect(own.nodes.find((n) => n.name === standby)).toMatchObject({ role: 'standby', connected: true });
    for (const via of [standby, 'worker-1']) expect(((await ask(via, 'nodes')) as NodesView).nodes[0]).toMatchObject({ name: leader, role: 'leader' });

    const table = await runWarden(['scale', 'status', topologyFile]);
    expect(table.stdout).toMatch(new RegExp(`${leader} leads \\(epoch ${epoch}\\)`));
  });

  test('a second apply changes nothing', async () => {
    const before = (await status()).nodes.map((n) => n.pid);
    const r = await runWarden(['scale', 'apply', topologyFile]);
    expect([r.code, r.stdout]).toEqual([0, expect.stringMatching(/^Nothing to do: master-1, master-2, worker-1 already run/m)]);
    expect((await status()).nodes.map((n) => n.pid)).toEqual(before);
  });

  test('down stops everything: the worker, the standby, then the leader', async () => {
    const s = await status();
    const leader = s.leader!.name;
    const standby = leader === 'master-1' ? 'master-2' : 'master-1';
    const r = await runWarden(['scale', 'down', topologyFile]);
    expect(r.code).toBe(0);
    const at = (what: string): number => r.stdout.indexOf(`${what}: stopped`);
    expect(at('worker-1')).toBeGreaterThanOrEqual(0);
    expect(at('worker-1')).toBeLessThan(at(standby));
    expect(at(standby)).toBeLessThan(at(leader));
    for (const pid of seenPids) expect([pid, processGone(pid)]).toEqual([pid, true]);
    for (const n of ['master-1', 'master-2', 'worker-1']) expect(fs.existsSync(path.join(dir, 'nodes', n, 'warden.pid'))).toBe(false);
    const after = await status();
    expect(after.nodes.every((n) => !n.running)).toBe(true);
    expect(after.leader).toBeNull();
  });

  test('applied again, then without the standby: the standby alone stops, gracefully; the leader keeps leading', async () => {
    const up = await runWarden(['scale', 'apply', topologyFile]);
    if (up.code !== 0) throw new Error(`scale apply exited ${up.code}:\n${up.stdout}\n${up.stderr}`);
    const before = await status();
    const leader = before.leader!;
    const standby = leader.name === 'master-1' ? 'master-2' : 'master-1';
    const standbyPid = before.nodes.find((n) => n.name === standby)!.pid!;
    const leaderPid = before.nodes.find((n) => n.name === leader.name)!.pid!;

    fs.writeFileSync(topologyFile, lines.filter((l) => !l.includes(`name: ${standby},`)).join('\n') + '\n');
    const r = await runWarden(['scale', 'apply', topologyFile]);
    if (r.code !== 0) throw new Error(`scale apply exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    expect(r.stdout).toMatch(new RegExp(`${standby}: stopping \\(a standby\\)`));
    expect(r.stdout).toMatch(new RegExp(`${standby}: stopped \\(pid ${standbyPid}\\)`));
    expect(r.stdout).toMatch(new RegExp(`${standby}: gone; ${leader.name} leads \\(epoch ${leader.epoch}\\)`));
    // Their cluster.nodes lost the standby: only reported, as any changed config.
    expect(r.stdout).toMatch(new RegExp(`${leader.name}: config changed, restart needed`));
    expect(processGone(standbyPid)).toBe(true);

    const s = await status();
    expect(s.leader).toEqual(leader);
    expect(s.nodes.find((n) => n.name === leader.name)).toMatchObject({ pid: leaderPid, role: 'leader', running: true });
    expect(s.nodes.find((n) => n.name === standby)).toMatchObject({ desired: false, running: false, config: 'not desired' });
    expect(s.nodes.find((n) => n.name === 'worker-1')).toMatchObject({ running: true, connected: true });

    const down = await runWarden(['scale', 'down', topologyFile]);
    expect(down.code).toBe(0);
    for (const pid of seenPids) expect([pid, processGone(pid)]).toEqual([pid, true]);
  });
});
