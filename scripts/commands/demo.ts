// `npm start` (warden demo): a master and two workers on loopback in ./var/demo, with the nodes
// table printed every few seconds until Ctrl-C, then all three stopped cleanly.
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { ChildProcess, spawn } from 'child_process';
import { generateKey } from '../keygen';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { nodesTable } from './control';
import { NodeRow } from '../../actors/master/cluster-views';
import { seedDemoRuleset } from '../../actors/integrity/demo-ruleset';

export interface DemoOptions {
  dir: string;
  workers: number;
  every: number;
}

interface DemoNode {
  name: string;
  configFile: string;
  dataDir: string;
  child?: ChildProcess;
}

export async function demoCommand(opts: DemoOptions): Promise<void> {
  const dir = path.resolve(opts.dir);
  const nodes = await prepareDemo(dir, opts.workers);
  const bin = path.join(__dirname, '..', 'warden.js');
  process.stdout.write(`Warden demo in ${dir}: 1 master, ${opts.workers} workers. Ctrl-C stops them all.\n`);
  for (const n of nodes) {
    process.stdout.write(`  ${n.name.padEnd(10)} config ${path.relative(process.cwd(), n.configFile)}, log ${path.relative(process.cwd(), path.join(n.dataDir, 'logs', 'cluster.log'))}\n`);
  }
  let stopping = false;
  for (const n of nodes) {
    n.child = spawn(process.execPath, [bin, 'daemon', '--config', n.configFile], { stdio: ['ignore', 'ignore', 'ignore'] });
    n.child.on('exit', (code, signal) => {
      if (!stopping) process.stdout.write(`!! ${n.name} exited (${signal ?? `code ${code}`}); see its cluster.log\n`);
    });
    if (n === nodes[0]) await new Promise((r) => setTimeout(r, 300));
  }
  const master = nodes[0];
  const show = async () => {
    try {
      const r = (await askNode(controlSocketPath(master.dataDir), { command: 'nodes' }, 3_000)) as { nodes: NodeRow[] };
      const up = r.nodes.filter((n) => n.connected).length;
      process.stdout.write(`\n${new Date().toLocaleTimeString()}  ${up}/${r.nodes.length} nodes connected\n${nodesTable(r.nodes)}\n`);
    } catch (err) {
      process.stdout.write(`\n${new Date().toLocaleTimeString()}  master not answering yet: ${(err as Error).message}\n`);
    }
  };
  const timer = setInterval(() => void show(), opts.every * 1000);
  setTimeout(() => void show(), 1500);
  await new Promise<void>((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      clearInterval(timer);
      process.stdout.write('\nStopping the demo cluster...\n');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Workers first, then the master, each with SIGTERM and a deadline.
  await Promise.all(nodes.slice(1).map(stopChild));
  await stopChild(master);
  process.stdout.write('All nodes stopped.\n');
}

async function stopChild(n: DemoNode): Promise<void> {
  const c = n.child;
  if (!c || c.exitCode !== null || c.signalCode !== null) return;
  const exited = new Promise<void>((r) => c.once('exit', () => r()));
  c.kill('SIGTERM');
  const timer = setTimeout(() => c.kill('SIGKILL'), 6_000);
  await exited;
  clearTimeout(timer);
}

/** Writes the configs and the key on first run; later runs reuse them. */
async function prepareDemo(dir: string, workers: number): Promise<DemoNode[]> {
  const names = ['master', ...Array.from({ length: workers }, (_, i) => `worker-${i + 1}`)];
  const nodes = names.map((name) => ({
    name, configFile: path.join(dir, name, 'warden.yaml'), dataDir: path.join(dir, name, 'data'),
  }));
  // The master's ruleset, synced to the workers by the integrity sync (see README "Ruleset sync").
  seedDemoRuleset(nodes[0].dataDir);
  if (nodes.every((n) => fs.existsSync(n.configFile))) return nodes;
  fs.mkdirSync(dir, { recursive: true });
  const keyFile = path.join(dir, 'cluster.key');
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, generateKey() + '\n', { mode: 0o600 });
  const clusterPort = await freePort();
  for (const n of nodes) {
    fs.mkdirSync(path.dirname(n.configFile), { recursive: true });
    const type = n.name === 'master' ? 'master' : 'worker';
    fs.writeFileSync(n.configFile, [
      `# Demo node ${n.name}: written by 'npm start' on first run; edit freely.`,
      'cluster:',
      '  name: demo',
      `  node_name: ${n.name}`,
      `  node_type: ${type}`,
      '  key_file: ../cluster.key',
      `  port: ${clusterPort}`,
      '  bind_addr: 127.0.0.1',
      '  nodes: [127.0.0.1]',
      'data_dir: ./data',
      'agents:',
      `  port: ${await freePort()}`,
      `  enrollment_port: ${await freePort()}`,
      'log:',
      '  level: info',
      'intervals:',
      '  keep_alive: 2s',
      '  keep_alive_timeout: 6s',
      '  reconnect_max: 2s',
      '',
    ].join('\n'));
  }
  return nodes;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}
