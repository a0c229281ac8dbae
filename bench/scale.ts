// `npm run bench -- scale` (issue 12): config-driven scaling measured through the CLI a user runs.
// 1. Time from `warden scale apply` adding a worker to that worker being in sync with the master's
//    10,000-file / 100 MB tree (the integrity bench's) and accepting agents on its port.
// 2. Time for the agents of a worker killed with SIGKILL to be active again on another worker, as the
//    master's registry says.
// The analysis ratio of item 5 is the `analysis-ratio` section (a replay generator).
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { askNode } from '../actors/control/control-client';
import { controlSocketPath } from '../actors/control/control-server';
import { stablePorts } from '../scripts/harness/stable-ports';
import { masterView } from '../scripts/scale/cluster-probe';
import { nodePaths, wardenCli } from '../scripts/scale/local-paths';
import { makeTree } from './fixtures/tree-maker';

const FILES = 10_000;
const BYTES = 100 * 1000 * 1000;
const AGENTS = 100;
const RUNS = 3;

interface Ports { cluster: number; master: [number, number]; workers: [number, number][] }

function topology(base: string, p: Ports, workers: number): string {
  const list = p.workers.slice(0, workers).map((w, i) =>
    `  - { name: worker-${i + 1}, address: 127.0.0.1, agents_port: ${w[0]}, enrollment_port: ${w[1]} }`).join('\n');
  return [
    'cluster: { name: bench, key_file: ./cluster.key }',
    `base_dir: ${base}`,
    `master: { name: master, address: 127.0.0.1, port: ${p.cluster}, agents_port: ${p.master[0]}, enrollment_port: ${p.master[1]} }`,
    `workers:\n${list}`,
    `agent_sim: { count: ${AGENTS}, rate: 1 }`,
    "config: { intervals: { keep_alive: 2s, keep_alive_timeout: 6s, integrity: 2s, local_integrity: 2s, agent_info: 2s } }",
    '',
  ].join('\n');
}

function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [wardenCli(), ...args], { maxBuffer: 16 << 20, timeout: 600_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`warden ${args.join(' ')}: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve(stdout);
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs: number, everyMs = 25): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

interface RulesetView { master: { files: number }; workers: { name: string; in_sync: boolean }[] }

async function workerInSync(masterData: string, name: string): Promise<boolean> {
  try {
    const v = (await askNode(controlSocketPath(masterData), { command: 'ruleset' }, 2_000)) as RulesetView;
    return v.workers.some((w) => w.name === name && w.in_sync);
  } catch {
    return false;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runScaleBench(): Promise<void> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scale-bench-'));
  const file = path.join(base, 'topology.yaml');
  // Workers start minutes after their ports are picked: below the ephemeral range, no connection takes them.
  const [cluster, agents, enrollment, ...rest] = await stablePorts(3 + 2 * 3);
  const ports: Ports = { cluster, master: [agents, enrollment], workers: [] };
  for (let i = 0; i < 3; i++) ports.workers.push([rest[2 * i], rest[2 * i + 1]]);
  const masterData = nodePaths(base, 'master').data;
  try {
    fs.writeFileSync(file, topology(base, ports, 1));
    await cli(['scale', 'apply', file]);
    await makeTree(masterData, { files: FILES, totalBytes: BYTES, roots: ['etc/rules', 'etc/decoders', 'etc/lists'] });
    await until('the master to scan its tree', async () => {
      try {
        const v = (await askNode(controlSocketPath(masterData), { command: 'ruleset' }, 2_000)) as RulesetView;
        return v.master.files >= FILES;
      } catch { return false; }
    }, 300_000, 200);
    await until('worker-1 in sync', () => workerInSync(masterData, 'worker-1'), 300_000, 100);

    // 1. Add worker-2 (then remove it again and start over from an empty folder).
    const adds: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const t0 = Date.now();
      fs.writeFileSync(file, topology(base, ports, 2));
      await cli(['scale', 'apply', file]);
      const applied = Date.now() - t0;
      await until('worker-2 in sync', () => workerInSync(masterData, 'worker-2'), 300_000, 20);
      const synced = Date.now() - t0;
      await until('worker-2 accepting agents', () => accepts(ports.workers[1][0]), 60_000, 20);
      adds.push(Date.now() - t0);
      process.stdout.write(`  run ${run}: apply returned after ${applied} ms, in sync after ${synced} ms, accepting agents after ${adds[run - 1]} ms\n`);
      if (run < RUNS) {
        fs.writeFileSync(file, topology(base, ports, 1));
        await cli(['scale', 'apply', file]);
        fs.rmSync(nodePaths(base, 'worker-2').dir, { recursive: true, force: true });
      }
    }
    process.stdout.write(`scale apply adding a worker -> in sync with ${FILES} files / ${BYTES / 1e6} MB and accepting agents: median ${median(adds)} ms of ${RUNS} (${adds.join(', ')} ms)\n`);

    // 2. Agents of a killed worker: restart the simulated agents with both workers in their list first.
    await cli(['scale', 'apply', '--restart', file]);
    await until(`${AGENTS} agents active`, async () => {
      const v = await masterView(masterData);
      return !!v && v.agents.filter((a) => a.status === 'active').length >= AGENTS;
    }, 180_000, 200);
    const v0 = (await masterView(masterData))!;
    const victim = v0.agents.filter((a) => a.node === 'worker-1').length >= v0.agents.filter((a) => a.node === 'worker-2').length ? 'worker-1' : 'worker-2';
    const moving = v0.agents.filter((a) => a.status === 'active' && a.node === victim).map((a) => a.id);
    const pid = Number(fs.readFileSync(nodePaths(base, victim).pid, 'utf8').trim());
    const t0 = Date.now();
    process.kill(pid, 'SIGKILL');
    await until(`the ${moving.length} agents of ${victim} active elsewhere`, async () => {
      const v = await masterView(masterData);
      if (!v) return false;
      const byId = new Map(v.agents.map((a) => [a.id, a]));
      return moving.every((id) => { const a = byId.get(id); return !!a && a.status === 'active' && a.node !== victim; });
    }, 300_000, 50);
    process.stdout.write(`kill -9 of ${victim}: its ${moving.length} agents active on another worker (the master's registry) after ${Date.now() - t0} ms\n`);
  } finally {
    await cli(['scale', 'down', file]).catch((e: Error) => process.stderr.write(`scale down: ${e.message}\n`));
    fs.rmSync(base, { recursive: true, force: true });
  }
}
