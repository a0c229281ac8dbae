// Issue 12's acceptance run, through the real CLI: 200 simulated agents report while the topology goes
// from 1 to 4 workers and then to 2, with one worker killed with SIGKILL on the way. After every step
// each agent is active on a running worker, and the master's registry agrees with what each worker
// itself counts (its own /metrics); a second apply of the same file changes nothing. Each step's
// duration is printed: figures for the reader, not assertions.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { stablePorts } from '../../scripts/harness/stable-ports';
import { processGone, runWarden, topologyLines, type CliRun as Run } from '../helpers/cli-run';
import { masterView, type MasterView } from '../../scripts/scale/cluster-probe';

jest.setTimeout(600_000);

const AGENTS = 200;
const MAX_WORKERS = 4;
/** Generous bounds for a loaded 2-core machine: a wait past them fails the test, nothing is timed. */
const SETTLE_MS = 240_000;



/** Active agents a worker counts in its own database, read from its /metrics. */
function workerActive(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/metrics', timeout: 5_000 }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        const line = text.split('\n').find((l) => l.startsWith('warden_agents{') && l.includes('status="active"'));
        resolve(line ? Number(line.split(' ').pop()) : 0);
      });
    });
    req.on('error', () => resolve(null));
    req.on('timeout', () => { req.destroy(); resolve(null); });
  });
}


describe(`warden scale with ${AGENTS} agents reporting: 1 -> ${MAX_WORKERS} -> 2 workers, one killed on the way`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-fleet-'));
  const topologyFile = path.join(dir, 'topology.yaml');
  const masterData = path.join(dir, 'nodes', 'master', 'data');
  const pids = new Set<number>();
  let ports: number[] = [];
  let metricsBase = 0;

  function writeTopology(workers: number): void {
    fs.writeFileSync(topologyFile, [
      ...topologyLines('fleet-e2e', ports, workers),
      `agent_sim: { count: ${AGENTS}, rate: 20 }`,
      `config: { metrics_port_base: ${metricsBase}, intervals: { keep_alive: 1s, keep_alive_timeout: 4s, reconnect_max: 1s, agent_info: 1s } }`,
    ].join('\n') + '\n');
  }

  async function apply(...extra: string[]): Promise<{ run: Run; ms: number }> {
    const t0 = Date.now();
    const run = await runWarden(['scale', 'apply', ...extra, topologyFile]);
    if (run.code !== 0) throw new Error(`scale apply exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
    recordPids();
    return { run, ms: Date.now() - t0 };
  }

  function recordPids(): void {
    for (const f of [...fs.readdirSync(path.join(dir, 'nodes')).map((n) => path.join(dir, 'nodes', n, 'warden.pid'))]) {
      if (fs.existsSync(f)) pids.add(Number(fs.readFileSync(f, 'utf8').trim()));
    }
  }

  /**
   * Waits until every agent is active on one of `running`, and each of those workers counts in its own
   * database exactly the active agents the master records on it. Returns the master's view then.
   */
  async function settled(running: string[]): Promise<MasterView> {
    const end = Date.now() + SETTLE_MS;
    let last = 'no answer from the master';
    for (;;) {
      const v = await masterView(masterData);
      if (v) {
        const active = v.agents.filter((a) => a.status === 'active' && a.node !== null && running.includes(a.node));
        const perNode = running.map((n) => [n, active.filter((a) => a.node === n).length] as const);
        const own = await Promise.all(running.map((n) => workerActive(metricsBase + Number(n.split('-')[1]))));
        const agree = perNode.every(([, count], i) => own[i] === count);
        last = `${active.length}/${v.agents.length} active on ${running.join(', ')}; master per worker ${JSON.stringify(perNode)}, workers' own ${JSON.stringify(own)}`;
        if (v.agents.length === AGENTS && active.length === AGENTS && agree) return v;
      }
      if (Date.now() > end) throw new Error(`not settled after ${SETTLE_MS} ms: ${last}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const say = (line: string): void => { process.stdout.write(`[scale-fleet] ${line}\n`); };

  beforeAll(async () => {
    ports = await stablePorts(3 + 2 * MAX_WORKERS);
    metricsBase = (await stablePorts(MAX_WORKERS + 1, true))[0];
  });

  afterAll(async () => {
    if (fs.existsSync(topologyFile)) await runWarden(['scale', 'down', topologyFile]);
    for (const pid of pids) if (!processGone(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('one worker: every agent enrolls and is active on it', async () => {
    writeTopology(1);
    const { ms } = await apply();
    const t0 = Date.now();
    const v = await settled(['worker-1']);
    say(`1 worker: apply ${ms} ms, then ${Date.now() - t0} ms until all ${AGENTS} agents active and the registries agree`);
    expect(v.agents.every((a) => a.node === 'worker-1')).toBe(true);
  });

  test(`${MAX_WORKERS} workers: the new ones join, the agents spread over them, a second apply changes nothing`, async () => {
    writeTopology(MAX_WORKERS);
    const grown = await apply();
    expect(grown.run.stdout).toMatch(new RegExp(`worker-${MAX_WORKERS}: up in .*connected to the master`));
    // The simulated agents learn the new workers' addresses when restarted (a Wazuh agent: from its config).
    const restarted = await apply('--restart');
    const t0 = Date.now();
    const v = await settled(['worker-1', 'worker-2', 'worker-3', 'worker-4']);
    say(`1 -> ${MAX_WORKERS} workers: apply ${grown.ms} ms, apply --restart ${restarted.ms} ms, then ${Date.now() - t0} ms until all agents active and agreeing`);
    expect(new Set(v.agents.map((a) => a.node)).size).toBeGreaterThan(1);
    const again = await apply();
    expect(again.run.stdout).toMatch(/^Nothing to do/m);
  });

  test('a worker killed with SIGKILL: its agents are active on the others', async () => {
    const v0 = (await masterView(masterData))!;
    const victim = 'worker-2';
    const moving = v0.agents.filter((a) => a.node === victim).length;
    const pid = Number(fs.readFileSync(path.join(dir, 'nodes', victim, 'warden.pid'), 'utf8').trim());
    const t0 = Date.now();
    process.kill(pid, 'SIGKILL');
    const v = await settled(['worker-1', 'worker-3', 'worker-4']);
    say(`SIGKILL of ${victim}: its ${moving} agents active elsewhere and the registries agreeing after ${Date.now() - t0} ms`);
    expect(v.agents.some((a) => a.node === victim)).toBe(false);
  });

  test(`back to 2 workers: the killed one is started again, worker-3 and worker-4 leave gracefully`, async () => {
    writeTopology(2);
    const { run, ms } = await apply();
    expect(run.stdout).toMatch(/worker-2: started/);
    expect(run.stdout).toMatch(/worker-3: stopped/);
    expect(run.stdout).toMatch(/worker-4: stopped/);
    const t0 = Date.now();
    const v = await settled(['worker-1', 'worker-2']);
    say(`${MAX_WORKERS} -> 2 workers: apply ${ms} ms, then ${Date.now() - t0} ms until all agents active on worker-1/worker-2 and agreeing`);
    expect(v.agents.every((a) => a.node === 'worker-1' || a.node === 'worker-2')).toBe(true);
    const nodes = (await masterView(masterData))!.connected;
    expect([...nodes.keys()].sort()).toEqual(['master', 'worker-1', 'worker-2']);
    expect((await apply()).run.stdout).toMatch(/^Nothing to do/m);
  });
});
