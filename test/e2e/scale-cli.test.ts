// `warden scale` through the real CLI: apply a master and a worker, apply again (a no-op), grow to two
// workers, shrink back to one (gracefully: its simulated agents move to the other), then down; every
// process it started is gone, and the temp folder too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stablePorts } from '../../scripts/harness/stable-ports';
import { processGone, runWarden, topologyLines, type CliRun as Run } from '../helpers/cli-run';

jest.setTimeout(180_000);




interface NodeStatus { name: string; type: string; desired: boolean; pid: number | null; running: boolean; connected: boolean | null; agents: number | null; config: string }
interface Status { nodes: NodeStatus[]; agent_sim: { running: boolean; pid: number | null; active: number | null } | null; in_sync: boolean }

describe('warden scale apply | status | down', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scale-'));
  const topologyFile = path.join(dir, 'topology.yaml');
  const seenPids = new Set<number>();
  let ports: number[] = [];
  const AGENTS = 6;

  /** The topology with `workers` workers (list form, each with its probed ports). */
  function writeTopology(workers: number): void {
    fs.writeFileSync(topologyFile, [
      ...topologyLines('scale-e2e', ports, workers),
      `agent_sim: { count: ${AGENTS}, rate: 2 }`,
      'config: { intervals: { keep_alive: 1s, keep_alive_timeout: 3s, reconnect_max: 1s, agent_info: 1s } }',
    ].join('\n') + '\n');
  }

  async function status(): Promise<Status> {
    const r = await runWarden(['scale', 'status', topologyFile, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Status;
    for (const n of s.nodes) if (n.pid) seenPids.add(n.pid);
    if (s.agent_sim?.pid) seenPids.add(s.agent_sim.pid);
    return s;
  }

  async function apply(...extra: string[]): Promise<Run> {
    const r = await runWarden(['scale', 'apply', ...extra, topologyFile]);
    if (r.code !== 0) throw new Error(`scale apply exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  const brief = (s: Status) => s.nodes.map((n) => [n.name, n.type, n.desired, n.running, n.connected, n.config]);

  beforeAll(async () => {
    ports = await stablePorts(3 + 2 * 2);
  });

  afterAll(async () => {
    // Whatever happened above, nothing may outlive the test.
    if (fs.existsSync(topologyFile)) await runWarden(['scale', 'down', topologyFile]);
    for (const pid of seenPids) if (!processGone(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('apply starts a master and a worker in the background; status shows both running and connected', async () => {
    writeTopology(1);
    const r = await apply();
    expect(r.stdout).toMatch(/Created the cluster key file .*cluster\.key \(mode 0600\)/);
    expect(r.stdout).toMatch(/master: up in/);
    expect(r.stdout).toMatch(/worker-1: up in .*connected to the master/);
    expect(r.stdout).toMatch(new RegExp(`agent-sim: all ${AGENTS} agents active`));
    expect(fs.statSync(path.join(dir, 'cluster.key')).mode & 0o777).toBe(0o600);
    for (const n of ['master', 'worker-1']) {
      for (const f of ['warden.yaml', 'warden.pid', 'daemon.out', 'data']) expect([n, f, fs.existsSync(path.join(dir, 'nodes', n, f))]).toEqual([n, f, true]);
    }
    const s = await status();
    expect(brief(s)).toEqual([
      ['master', 'master', true, true, true, 'same'],
      ['worker-1', 'worker', true, true, true, 'same'],
    ]);
    expect(s.nodes.find((n) => n.name === 'worker-1')?.agents).toBe(AGENTS);
    expect(s.agent_sim).toMatchObject({ running: true, active: AGENTS });
    expect(s.in_sync).toBe(true);
  });

  test('a second apply changes nothing and says so', async () => {
    const before = await status();
    const r = await apply();
    expect(r.stdout).toMatch(/^Nothing to do: master, worker-1 already run/m);
    expect(r.stdout).not.toMatch(/started|stopped/);
    expect((await status()).nodes.map((n) => n.pid)).toEqual(before.nodes.map((n) => n.pid));
  });

  test('two workers: apply adds worker-2 and leaves the others alone; --restart spreads the simulated agents', async () => {
    const before = await status();
    writeTopology(2);
    const r = await apply();
    expect(r.stdout).toMatch(/worker-2: started/);
    expect(r.stdout).toMatch(/worker-2: up in .*connected to the master/);
    expect(r.stdout).not.toMatch(/(master|worker-1): (started|stopp)/);
    expect(r.stdout).toMatch(/agent-sim: its command line changed .* restart needed/);
    const s = await status();
    expect(brief(s)).toEqual([
      ['master', 'master', true, true, true, 'same'],
      ['worker-1', 'worker', true, true, true, 'same'],
      ['worker-2', 'worker', true, true, true, 'same'],
    ]);
    expect(s.nodes.slice(0, 2).map((n) => n.pid)).toEqual(before.nodes.map((n) => n.pid));

    const restarted = await apply('--restart');
    expect(restarted.stdout).toMatch(/agent-sim: stopped/);
    expect(restarted.stdout).toMatch(new RegExp(`agent-sim: removed the ${AGENTS} agent\\(s\\) named sim-\\* of an earlier run`));
    expect(restarted.stdout).toMatch(new RegExp(`agent-sim: all ${AGENTS} agents active`));
    const spread = await status();
    expect(spread.in_sync).toBe(true);
    expect(spread.nodes.find((n) => n.name === 'worker-2')?.agents).toBeGreaterThan(0);
  });

  test('back to one worker: worker-2 is stopped gracefully and its agents are active on worker-1', async () => {
    const w2 = (await status()).nodes.find((n) => n.name === 'worker-2')!;
    writeTopology(1);
    const r = await apply();
    expect(r.stdout).toMatch(new RegExp(`worker-2: stopping; it serves ${w2.agents} active agent\\(s\\)`));
    expect(r.stdout).toMatch(new RegExp(`worker-2: stopped \\(pid ${w2.pid}\\)`));
    expect(r.stdout).toMatch(/worker-2: the master lists it as gone/);
    expect(r.stdout).toMatch(new RegExp(`worker-2: all ${w2.agents} of its agents active elsewhere .*\\(worker-1: ${w2.agents}\\)`));
    expect(processGone(w2.pid!)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'nodes', 'worker-2', 'warden.pid'))).toBe(false);
    const s = await status();
    expect(brief(s)).toEqual([
      ['master', 'master', true, true, true, 'same'],
      ['worker-1', 'worker', true, true, true, 'same'],
      ['worker-2', 'worker', false, false, false, 'not desired'],
    ]);
    expect(s.nodes.find((n) => n.name === 'worker-1')?.agents).toBe(AGENTS);
  });

  test('down stops everything it started, removes the pid files and keeps the data', async () => {
    await status(); // records the pids still running
    const r = await runWarden(['scale', 'down', topologyFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/agent-sim: stopped/);
    expect(r.stdout.indexOf('worker-1: stopped')).toBeLessThan(r.stdout.indexOf('master: stopped'));
    for (const pid of seenPids) expect([pid, processGone(pid)]).toEqual([pid, true]);
    for (const n of ['master', 'worker-1', 'worker-2']) {
      expect(fs.existsSync(path.join(dir, 'nodes', n, 'warden.pid'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'nodes', n, 'data'))).toBe(true);
    }
    const s = await status();
    expect(s.nodes.every((n) => !n.running)).toBe(true);
    expect((await runWarden(['scale', 'down', topologyFile])).stdout).toMatch(/Nothing to stop/);
  });

  test('a bad topology is refused with every problem, naming its key; usage errors exit 2', async () => {
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'cluster: { name: x }\nmaster: { port: 70000 }\nworkers: { count: 2, name: w }\n');
    const r = await runWarden(['scale', 'apply', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cluster\.key: missing/);
    expect(r.stderr).toMatch(/master\.port: 70000 is not a port/);
    expect(r.stderr).toMatch(/workers\.agents_port_base: missing/);
    expect((await runWarden(['scale', 'render', topologyFile, '--format', 'helm'])).code).toBe(2);
    // daemon --node-name (what each worker pod of the Kubernetes render runs with) replaces node_name.
    const workerConfig = path.join(dir, 'nodes', 'worker-1', 'warden.yaml');
    const named = await runWarden(['daemon', '--config', workerConfig, '-t', '--node-name', 'scale-e2e-worker-7']);
    expect([named.code, named.stdout]).toEqual([0, expect.stringMatching(/worker scale-e2e-worker-7 of cluster scale-e2e/)]);
    const badName = await runWarden(['daemon', '--config', workerConfig, '-t', '--node-name', 'not a name']);
    expect([badName.code, badName.stderr]).toEqual([2, expect.stringMatching(/--node-name: "not a name" is not a name/)]);
    expect((await runWarden(['scale', 'apply', topologyFile, '--timeout', 'soon'])).code).toBe(2);
  });
});
