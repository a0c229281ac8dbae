// `warden shell -c` against a real cluster (a master and two workers started through the CLI): the tree,
// restart through the supervisor and its refusal, inspecting one worker from another through the
// master, one JSON document per command, and clear messages and exit codes for bad input.
import * as fs from 'fs';
import * as path from 'path';
import type { ActorsView } from '../../actors/control/actor-commands';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(180_000);

const KEEP_ALIVE_W1 = '/worker-1/dialer/master/keep-alive';

describe('warden shell -c on a three-node cluster', () => {
  let c: LocalCluster;
  // Only worker-1 lets the shell restart and stop its actors.
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2, extraYaml: (n) => (n === 'worker-1' ? 'shell: { allow_mutations: true }' : '') });
    await c.configure();
    await c.startAll();
    await c.waitAllConnected();
  });
  afterAll(async () => { await c.stop(); });

  const shell = (node: string, command: string, extra: string[] = []) => c.cli(['shell', '--config', c.node(node).configFile, ...extra, '-c', command]);
  async function json<T>(node: string, command: string, extra: string[] = []): Promise<T> {
    const r = await shell(node, command, ['--json', ...extra]);
    if (r.code !== 0) throw new Error(`shell ${command} on ${node} exited ${r.code}: ${r.stderr}`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // exactly one document
    return JSON.parse(r.stdout) as T;
  }
  const info = (node: string, p: string, extra: string[] = []) => json<{ actor: { restarts: number; status: string; summary: string; restartLog: { message: string }[] } }>(node, `info ${p}`, extra);
  const counter = (summary: string, name: string): number => Number(new RegExp(`${name}=(\\d+)`).exec(summary)?.[1] ?? NaN);

  test('tree on the master: a connection supervisor per worker, its loops beneath', async () => {
    const view = await json<ActorsView>('master', 'tree');
    expect(view.node).toBe('master');
    const byPath = new Map(view.actors.map((a) => [a.path, a.kind]));
    for (const w of ['worker-1', 'worker-2']) {
      expect(byPath.get(`/master/listener/${w}`)).toBe('WorkerConnection');
      expect(byPath.get(`/master/listener/${w}/keep-alive`)).toBe('KeepAliveActor');
      expect(byPath.get(`/master/listener/${w}/agent-info`)).toBe('AgentInfoActor');
      expect(byPath.get(`/master/listener/${w}/integrity`)).toBe('IntegrityActor');
      expect(byPath.get(`/master/listener/${w}/group-sender`)).toBe('GroupSenderActor');
    }
    const r = await shell('master', 'tree');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ ├─ listener\s+│ Listener\s+│ idle|busy/);
    expect(r.stdout).toMatch(/│ │  ├─ worker-1\s+│ WorkerConnection /);
    expect(r.stdout).toMatch(/│ │  │  ├─ agent-info\s+│ AgentInfoActor /);
    expect(r.stdout).toMatch(/│ │     └─ keep-alive\s+│ KeepAliveActor /);
    // No terminal: tables fit 120 columns.
    for (const cmd of ['tree', 'health', 'timers', 'top', 'nodes']) {
      const out = (await shell('master', cmd)).stdout;
      expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(120);
    }
  });

  test('restart of a worker\'s keep-alive goes through its supervisor: restarts grow and it keeps sending', async () => {
    const before = await info('worker-1', KEEP_ALIVE_W1);
    const received0 = counter((await info('master', '/master/listener/worker-1/keep-alive')).actor.summary, 'received');
    const r = await shell('worker-1', `restart ${KEEP_ALIVE_W1}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/restart requested/);
    const after = await c.waitFor('the keep-alive back after its restart', () => info('worker-1', KEEP_ALIVE_W1),
      (v) => v.actor.restarts === before.actor.restarts + 1 && v.actor.status !== 'backing-off' && counter(v.actor.summary, 'sent') >= 2);
    expect(after.actor.restartLog.at(-1)!.message).toBe(`restart of ${KEEP_ALIVE_W1} requested from the shell`);
    // The master keeps hearing it, on the same connection (a loop's restart never drops the link).
    await c.waitFor('keep-alives on the master after the restart', async () => counter((await info('master', '/master/listener/worker-1/keep-alive')).actor.summary, 'received'),
      (n) => n >= received0 + 3);
    const text = (await shell('worker-1', `info ${KEEP_ALIVE_W1}`)).stdout;
    expect(text).toMatch(new RegExp(`^restarts\\s+${before.actor.restarts + 1}$`, 'm'));
    expect(text).toMatch(/local, restarted after \d+ms: restart of \/worker-1\/dialer\/master\/keep-alive requested from the shell/);
  });

  test('with shell.allow_mutations off, restart is refused naming the setting; a node that allows it can be restarted from any node', async () => {
    const refused = await shell('master', 'restart /master/listener/worker-1/keep-alive');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/restart refused: shell\.allow_mutations is false on master; set "shell: \{ allow_mutations: true \}" in .*master[/\\]warden\.yaml/);
    const viaOther = await shell('worker-1', 'stop /worker-2/dialer/master/agent-info', ['--node', 'worker-2']);
    expect(viaOther.code).toBe(1);
    expect(viaOther.stderr).toMatch(/shell\.allow_mutations is false on worker-2/);
    expect((await info('worker-2', '/worker-2/dialer/master/agent-info')).actor.status).not.toBe('stopped');
    // The target decides: worker-1 allows, so the master's shell may restart worker-1's loop.
    const before = (await info('worker-1', '/worker-1/dialer/master/agent-info')).actor.restarts;
    const allowed = await shell('master', 'restart /worker-1/dialer/master/agent-info', ['--node', 'worker-1']);
    expect(allowed.code).toBe(0);
    await c.waitFor('agent-info restarted', async () => (await info('worker-1', '/worker-1/dialer/master/agent-info')).actor.restarts, (n) => n === before + 1);
  });

  test('connect worker-2 from worker-1 (and --node) shows worker-2\'s tree, through the master', async () => {
    const tree = await json<ActorsView>('worker-1', 'tree', ['--node', 'worker-2']);
    expect(tree.node).toBe('worker-2');
    expect(tree.actors.map((a) => a.path)).toEqual(expect.arrayContaining(['/worker-2', '/worker-2/dialer', '/worker-2/dialer/master', '/worker-2/dialer/master/keep-alive']));
    const text = await shell('worker-1', 'tree', ['--node', 'worker-2']);
    expect(text.stdout).toMatch(/│ \/worker-2\s+│ WorkerNode /);
    expect(text.stdout).not.toMatch(/worker-1/);
    const connect = await shell('worker-1', 'connect worker-2');
    expect(connect.code).toBe(0);
    expect(connect.stdout).toMatch(/^Connected to worker-2 \(through the master\): \d+ actors/);
    const cluster = await json<{ nodes: { node: string; view: ActorsView }[] }>('worker-2', 'tree --cluster');
    expect(cluster.nodes.map((n) => [n.node, n.view.actors[0].path])).toEqual([['master', '/master'], ['worker-1', '/worker-1'], ['worker-2', '/worker-2']]);
  });

  test('--json prints one document for every command', async () => {
    const docs: [string, (d: Record<string, unknown>) => void][] = [
      ['top --sort msgs --limit 4', (d) => { expect(d.node).toBe('worker-1'); expect(d.actors).toHaveLength(4); expect(d.interval_ms).toBeGreaterThan(500); }],
      ['timers', (d) => expect((d.timers as { path: string }[]).map((t) => t.path)).toContain(KEEP_ALIVE_W1)],
      ['nodes', (d) => expect(d.nodes).toHaveLength(3)],
      ['health', (d) => expect(d.workers).toHaveLength(2)],
      ['agents', (d) => expect(d.agents).toEqual([])],
      ['ruleset', (d) => expect(d).toHaveProperty('master')],
      ['logs --level info --task keep -n 3', (d) => { expect(d.lines).toHaveLength(3); for (const l of d.lines as string[]) expect(l).toMatch(/INFO: \[Worker worker-1\] \[Keep Alive\]/); }],
      ['stats', (d) => { expect(d.node).toBe('worker-1'); expect(d.uptime_s).toBeGreaterThan(0); expect(d.sockets).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'out' })])); }],
      ['help', (d) => expect((d.commands as unknown[]).length).toBeGreaterThan(10)],
      [`trace ${KEEP_ALIVE_W1} --count 4 --duration 5`, (d) => {
        expect(d).toMatchObject({ path: KEEP_ALIVE_W1, total: 4, done: 'count' });
        expect((d.entries as { type: string }[]).map((e) => e.type)).toContain('keepAlive');
      }],
    ];
    for (const [cmd, check] of docs) check(await json<Record<string, unknown>>('worker-1', cmd));
  });

  test('bad commands, paths and nodes get clear messages and exit codes', async () => {
    const cases: [string, string[], number, RegExp][] = [
      ['frob', [], 2, /usage: unknown command "frob"; commands: tree, top/],
      ['tre', [], 2, /did you mean tree\?/],
      ['info', [], 2, /info needs PATH/],
      ['info master/listener', [], 2, /"master\/listener" is not an actor path/],
      ['top --sort cpu', [], 2, /--sort must be one of mailbox, msgs, restarts, busy/],
      ['logs -f', ['--json'], 2, /--json prints one document, and -f never ends/],
      ['info /master/listener/worker-9', [], 1, /no actor \/master\/listener\/worker-9 on master; under \/master\/listener: worker-1, worker-2/],
      ['trace /nope', [], 1, /no actor \/nope on master/],
      ['tree', ['--node', 'worker-9'], 1, /no node named "worker-9" is connected to master master \(workers connected: worker-1, worker-2\)/],
    ];
    for (const [cmd, extra, code, message] of cases) {
      const r = await shell('master', cmd, extra);
      expect({ cmd, code: r.code, stdout: r.stdout }).toEqual({ cmd, code, stdout: '' });
      expect(r.stderr).toMatch(message);
    }
    // A node that is not running: exit 3, as `warden control` does.
    const stopped = path.join(c.dir, 'stopped.yaml');
    fs.writeFileSync(stopped, fs.readFileSync(c.master.configFile, 'utf8').replace(/data_dir: .*/, `data_dir: ${path.join(c.dir, 'nowhere')}`), { mode: 0o600 });
    const r = await c.cli(['shell', '--config', stopped, '-c', 'tree']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/the node is not running/);
  });
});
