// `npm start` (warden demo): a master and two workers on loopback in ./var/demo, with the nodes
// table redrawn in place every few seconds (printed anew when stdout is no terminal) until Ctrl-C,
// then all three stopped cleanly.
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { ChildProcess, spawn } from 'child_process';
import { generateKey } from '../keygen';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { alertsPath, clusterLogPath } from '../../actors/node/data-dir';
import { nodesTable } from './control';
import { NodeRow } from '../../actors/master/cluster-views';
import { seedDemoRuleset } from './demo-ruleset';
import YAML from 'yaml';
import { AgentSim, startAgentSim } from '../../agents/sim/agent-sim';
import { failoversWhenUp, simStatusText, StatusScreen } from './demo-status';

interface DemoOptions {
  dir: string;
  workers: number;
  every: number;
  /** Simulated Wazuh agents (agent-sim) enrolled through the master and spread over the workers. */
  agents: number;
}

const DEMO_AGENT_PREFIX = 'demo';

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
    const rel = (f: string): string => path.relative(process.cwd(), f);
    process.stdout.write(`  ${n.name.padEnd(10)} config ${rel(n.configFile)}, log ${rel(clusterLogPath(n.dataDir))}, alerts ${rel(alertsPath(n.dataDir))}\n`);
  }
  let stopping = false;
  const screen = new StatusScreen(!!process.stdout.isTTY, () => process.stdout.columns || 80);
  for (const n of nodes) {
    n.child = spawn(process.execPath, [bin, 'daemon', '--config', n.configFile], { stdio: ['ignore', 'ignore', 'ignore'] });
    n.child.on('exit', (code, signal) => {
      if (!stopping) process.stdout.write(screen.note(`!! ${n.name} exited (${signal ?? `code ${code}`}); see its cluster.log`));
    });
    if (n === nodes[0]) await new Promise((r) => setTimeout(r, 300));
  }
  const master = nodes[0];
  const ask = (command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(master.dataDir), { command, args }, 5_000);
  let sim: AgentSim | null = null;
  if (opts.agents > 0) {
    sim = await startDemoAgents(nodes, opts.agents, ask).catch((err: Error) => {
      process.stdout.write(screen.note(`!! could not start the simulated agents: ${err.message}`));
      return null;
    });
  }
  let upAt: number | null = null;
  const show = async () => {
    try {
      const r = (await ask('nodes')) as { nodes: NodeRow[] };
      const up = r.nodes.filter((n) => n.connected).length;
      const agents = ((await ask('agents')) as { agents: { status: string; node: string | null }[] }).agents;
      const perNode = new Map<string, number>();
      for (const a of agents) if (a.status === 'active' && a.node) perNode.set(a.node, (perNode.get(a.node) ?? 0) + 1);
      const rows = r.nodes.map((n) => ({ ...n, agents: perNode.get(n.name) ?? 0 }));
      const s = sim?.stats();
      if (s) upAt = failoversWhenUp(upAt, s, opts.agents);
      process.stdout.write(screen.frame(`${new Date().toLocaleTimeString()}  ${up}/${r.nodes.length} nodes connected, ` +
        `${agents.filter((a) => a.status === 'active').length}/${agents.length} agents active` +
        (s ? `\n${simStatusText(s, opts.agents, upAt)}` : '') +
        `\n${nodesTable(rows)}`));
    } catch (err) {
      process.stdout.write(screen.frame(`${new Date().toLocaleTimeString()}  master not answering yet: ${(err as Error).message}`));
    }
  };
  const timer = setInterval(() => void show(), opts.every * 1000);
  setTimeout(() => void show(), 1500);
  await new Promise<void>((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      clearInterval(timer);
      process.stdout.write(screen.note('\nStopping the demo cluster...'));
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sim?.stop();
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

/**
 * Enrolls `count` agents through the master and spreads them over the workers. Agents of an earlier run
 * are removed first (agent-sim keeps no keys between runs, and their names would be duplicates).
 */
async function startDemoAgents(nodes: DemoNode[], count: number, ask: (c: string, a?: Record<string, unknown>) => Promise<unknown>): Promise<AgentSim> {
  const ports = nodes.map((n) => (YAML.parse(fs.readFileSync(n.configFile, 'utf8')) as { agents: { port: number; enrollment_port: number } }).agents);
  let old: { id: string; name: string }[] = [];
  for (let i = 0; i < 50; i++) {
    try { old = ((await ask('agents')) as { agents: { id: string; name: string }[] }).agents; break; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  for (const a of old.filter((x) => x.name.startsWith(`${DEMO_AGENT_PREFIX}-`))) await ask('agent-remove', { id: a.id });
  process.stdout.write(`Starting ${count} simulated Wazuh agents (enrolling through the master, reporting to the workers)...\n`);
  return startAgentSim({
    enroll: `127.0.0.1:${ports[0].enrollment_port}`,
    workers: ports.slice(1).map((p) => `127.0.0.1:${p.port}`),
    // A quarter of an event a second per agent: enough failed logins for the built-in brute-force rule.
    count, rate: Math.max(1, Math.round(count / 4)), keepalive: '5s', namePrefix: DEMO_AGENT_PREFIX, retryMax: '1s',
  });
}

/** Writes the configs and the key on first run; later runs reuse them. */
async function prepareDemo(dir: string, workers: number): Promise<DemoNode[]> {
  const names = ['master', ...Array.from({ length: workers }, (_, i) => `worker-${i + 1}`)];
  const nodes = names.map((name) => ({
    name, configFile: path.join(dir, name, 'warden.yaml'), dataDir: path.join(dir, name, 'data'),
  }));
  // The master's ruleset, synced to the workers by the integrity sync (see README "Ruleset sync").
  seedDemoRuleset(nodes[0].dataDir);
  if (nodes.every((n) => fs.existsSync(n.configFile))) {
    for (const n of nodes) if (pinAgentsToLoopback(n.configFile)) process.stdout.write(`  ${n.name}: agents.bind_addr 127.0.0.1 added to ${n.configFile} (the default listens on all interfaces)\n`);
    return nodes;
  }
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
      '  bind_addr: 127.0.0.1',
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

/**
 * A demo config written before agents.bind_addr existed has its agent ports on cluster.bind_addr
 * (loopback); the new default is all interfaces, so the line is added to keep the demo on loopback.
 * True when the file was changed.
 */
function pinAgentsToLoopback(configFile: string): boolean {
  const text = fs.readFileSync(configFile, 'utf8');
  const doc = YAML.parse(text) as { agents?: { bind_addr?: unknown } } | null;
  if (!doc?.agents || doc.agents.bind_addr !== undefined || !/^agents:\n/m.test(text)) return false;
  fs.writeFileSync(configFile, text.replace(/^agents:\n/m, 'agents:\n  bind_addr: 127.0.0.1\n'));
  return true;
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
