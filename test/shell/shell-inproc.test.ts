// The shell's commands against real in-process nodes (a master and two workers over loopback TCP):
// a blocked loop seen in `top` and `tree`, `connect` to another worker through the master, a relay
// to a node that is not there, and the cluster-wide tree.
import * as fs from 'fs';
import * as path from 'path';
import type { ActorsView } from '../../actors/control/actor-commands';
import { controlSocketPath } from '../../actors/control/control-server';
import { parseLine } from '../../scripts/commands/shell/parse';
import { runCommand, type ShellIO } from '../../scripts/commands/shell/run-command';
import { ShellTarget } from '../../scripts/commands/shell/target';
import type { TopRow } from '../../scripts/commands/shell/top-model';
import { eventually, InProcCluster, type TestNode } from '../helpers/inproc';

jest.setTimeout(30_000);

/** An IO without a terminal: what each command printed, one string per write. */
function capture(json: boolean): ShellIO & { text: () => string; docs: () => unknown[] } {
  const out: string[] = [];
  return {
    write: (t) => void out.push(t), json, width: () => 120, rows: () => undefined, live: false,
    watchQuit: () => ({ done: new Promise<void>(() => undefined), dispose: () => undefined }),
    text: () => out.join(''),
    docs: () => out.join('').trim().split('\n').map((l) => JSON.parse(l) as unknown),
  };
}

async function run(line: string, target: ShellTarget, json = true): Promise<ReturnType<typeof capture>> {
  const io = capture(json);
  await runCommand(parseLine(line)!, target, io);
  return io;
}

describe('shell commands against in-process nodes', () => {
  const c = new InProcCluster();
  let master: TestNode;
  let w1: TestNode;
  const targetOf = (n: TestNode): ShellTarget => new ShellTarget(controlSocketPath(n.config.dataDir), n.config.cluster.nodeName);

  beforeAll(async () => {
    master = await c.start(c.config('master', 'master'));
    w1 = await c.start(c.config('worker-1', 'worker'));
    await c.start(c.config('worker-2', 'worker'));
    await eventually(async () => ((await run('nodes', targetOf(master))).docs()[0] as { nodes: { connected: boolean }[] }).nodes.filter((n) => n.connected).length, (n) => n === 3, 10_000);
  });
  afterAll(() => c.stopAll());

  test('a loop that cannot keep up shows its mailbox in top --sort mailbox and in tree', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => { open = r; });
    const stuck = w1.node.system.root.spawn<number, { type: 'work' }>({
      name: 'stuck', kind: 'StuckLoop', init: () => 0,
      receive: async (s) => { await gate; return s + 1; },
    });
    for (let i = 0; i < 6; i++) stuck.tell({ type: 'work' });
    try {
      const [top] = (await run('top --sort mailbox --limit 3', targetOf(w1))).docs() as { node: string; actors: TopRow[] }[];
      expect(top.node).toBe('worker-1');
      expect(top.actors).toHaveLength(3);
      expect(top.actors[0]).toMatchObject({ path: '/worker-1/stuck', kind: 'StuckLoop', mailbox: 5 });
      expect(top.actors[0].status).toMatch(/^busy \d/);
      const tree = (await run('tree /worker-1/stuck', targetOf(w1), false)).text();
      expect(tree).toMatch(/│ \/worker-1\/stuck\s+│ StuckLoop\s+│ busy [\d.]+m?s\s+│ 5\s+│ 0\s+│ 0\s+│/);
    } finally {
      open();
      await stuck.stop();
    }
  });

  test('connect worker-2 from worker-1 goes through the master; tree, info and timers then show worker-2', async () => {
    const t = targetOf(w1);
    const connected = (await run('connect worker-2', t, false)).text();
    expect(connected).toMatch(/^Connected to worker-2 \(through the master\): \d+ actors/);
    expect(t.node).toBe('worker-2');
    const [tree] = (await run('tree', t)).docs() as ActorsView[];
    expect(tree.node).toBe('worker-2');
    expect(tree.actors.map((a) => a.path)).toEqual(expect.arrayContaining(['/worker-2', '/worker-2/dialer/master/keep-alive']));
    expect(tree.actors.every((a) => a.path.startsWith('/worker-2'))).toBe(true);
    const [info] = (await run('info /worker-2/dialer/master/keep-alive', t)).docs() as { node: string; actor: { kind: string; tick: unknown } }[];
    expect(info).toMatchObject({ node: 'worker-2', actor: { kind: 'KeepAliveActor', tick: { schedule: 'every 200ms' } } });
    const [timers] = (await run('timers', t)).docs() as { node: string; timers: { path: string }[] }[];
    expect(timers.timers.map((x) => x.path)).toContain('/worker-2/dialer/master/keep-alive');
    // Cluster views still come from the local node (asked of the master there).
    const [nodes] = (await run('nodes', t)).docs() as { nodes: { name: string }[] }[];
    expect(nodes.nodes.map((n) => n.name)).toEqual(['master', 'worker-1', 'worker-2']);
    await run('disconnect', t);
    expect(t.node).toBe('worker-1');
  });

  test('the master inspects a worker, and a worker the master; an unknown node is named, and the shell stays', async () => {
    const [fromMaster] = (await run('tree /worker-1/dialer', (() => { const t = targetOf(master); t.connect('worker-1'); return t; })())).docs() as ActorsView[];
    expect(fromMaster.actors[0].path).toBe('/worker-1/dialer');
    const t = targetOf(w1);
    await run('connect master', t);
    const [stats] = (await run('stats', t)).docs() as { node: string; pid: number }[];
    expect(stats).toMatchObject({ node: 'master', pid: process.pid });
    await expect(run('connect worker-9', t)).rejects.toMatchObject({
      code: 'unknown_node', message: 'no node named "worker-9" is connected to master master (workers connected: worker-1, worker-2)',
    });
    expect(t.node).toBe('master');
    await expect(run('restart /master/listener', t)).rejects.toMatchObject({ code: 'mutations_disabled' });
    // Only the shell's commands travel: agent and group commands have their own way to the master.
    await expect(t.askOn('worker-2', 'agent-register', { name: 'sneaky' })).rejects.toMatchObject({ code: 'not_relayed' });
  });

  test('logs: the filtered tail of the node\'s cluster.log, and -f prints what is written until quit', async () => {
    const file = path.join(w1.config.dataDir, 'logs', 'cluster.log');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const line = (level: string, task: string, n: number): string => `2026/11/26 10:00:0${n} ${level}: [Worker worker-1] [${task}] line ${n}\n`;
    fs.writeFileSync(file, line('INFO', 'Keep Alive', 1) + line('ERROR', 'Integrity sync', 2) + line('INFO', 'Keep Alive', 3));
    const [tail] = (await run('logs --task keep', targetOf(w1))).docs() as { node: string; lines: string[] }[];
    expect(tail).toMatchObject({ node: 'worker-1', lines: [line('INFO', 'Keep Alive', 1).trim(), line('INFO', 'Keep Alive', 3).trim()] });
    let quit!: () => void;
    const io = { ...capture(false), watchQuit: () => ({ done: new Promise<void>((r) => { quit = r; }), dispose: () => undefined }) };
    const following = runCommand(parseLine('logs -f --level error -n 5')!, targetOf(w1), io);
    await eventually(() => io.text(), (t) => t.includes('line 2'));
    fs.appendFileSync(file, line('ERROR', 'Agent-info sync', 4) + line('INFO', 'Keep Alive', 5));
    await eventually(() => io.text(), (t) => t.includes('line 4'));
    quit();
    await following;
    expect(io.text()).toBe(line('ERROR', 'Integrity sync', 2) + line('ERROR', 'Agent-info sync', 4));
  });

  test('tree --cluster: every node\'s tree under its name', async () => {
    const [doc] = (await run('tree --cluster', targetOf(w1))).docs() as { nodes: { node: string; view?: ActorsView; error?: string }[] }[];
    expect(doc.nodes.map((n) => n.node)).toEqual(['master', 'worker-1', 'worker-2']);
    for (const n of doc.nodes) expect(n.view!.actors[0].path).toBe(`/${n.node}`);
    const text = (await run('tree --cluster', targetOf(master), false)).text();
    expect(text).toMatch(/^master\n┌/);
    expect(text).toMatch(/\n\nworker-2\n┌[^]*│ \/worker-2 /);
  });
});
