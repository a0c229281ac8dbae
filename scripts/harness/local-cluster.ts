// Real node processes on loopback, started through the `warden` CLI: for the multi-process tests,
// the benchmarks and anyone who wants a throwaway cluster. Every port is probed free; stop() ends all.
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ChildProcess, spawn } from 'child_process';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { generateKey } from '../keygen';
import { stablePorts } from './stable-ports';

interface HarnessNode {
  name: string;
  type: 'master' | 'worker';
  configFile: string;
  dataDir: string;
  process: ChildProcess | null;
  /** Everything the process wrote to stderr (its log lines), for failure messages. */
  output: string;
  agentPort: number;
  enrollmentPort: number;
}

interface LocalClusterOptions {
  workers: number;
  /** The built CLI; defaults to dist/scripts/warden.js beside this file's compiled copy. */
  bin?: string;
  intervals?: Record<string, string>;
  clusterName?: string;
  extraYaml?: (node: string) => string;
  /** Masters (default 1): the first is `master`, the others master-2, master-3, ...; more than one needs etcd. */
  masters?: number;
  /** cluster.etcd of every node (master high availability). */
  etcd?: { endpoints: string[]; leaseTtl?: string };
}

/** A port free now on `host` (bound, then released for the caller to bind). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function defaultBin(): string {
  // From dist/scripts/harness or from the sources (ts-jest): the compiled CLI is dist/scripts/warden.js.
  const fromDist = path.join(__dirname, '..', 'warden.js');
  if (__dirname.includes(`${path.sep}dist${path.sep}`) && fs.existsSync(fromDist)) return fromDist;
  return path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');
}

export class LocalCluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-cluster-'));
  readonly key = generateKey();
  readonly nodes: HarnessNode[] = [];
  clusterPort = 0;
  private readonly bin: string;
  /** Other long-running CLI processes (agent-sim): stopped before the nodes. */
  private readonly others: ChildProcess[] = [];

  constructor(private readonly opts: LocalClusterOptions) {
    this.bin = opts.bin ?? defaultBin();
    if (!fs.existsSync(this.bin)) throw new Error(`${this.bin} does not exist: run npm run build first`);
  }

  get master(): HarnessNode { return this.nodes[0]; }
  node(name: string): HarnessNode {
    const n = this.nodes.find((x) => x.name === name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  }

  /**
   * Writes every node's config. Its ports lie below the ephemeral range (stable-ports.ts): a node binds
   * them again on every restart (and a master on every change of role), and in between an outgoing
   * connection could take a port from the ephemeral range as its own (seen: a standby's enrollment port).
   */
  async configure(): Promise<void> {
    const masters = ['master', ...Array.from({ length: (this.opts.masters ?? 1) - 1 }, (_, i) => `master-${i + 2}`)];
    const names = [...masters, ...Array.from({ length: this.opts.workers }, (_, i) => `worker-${i + 1}`)];
    const ports = await stablePorts(masters.length + 2 * names.length);
    const masterPorts = new Map<string, number>(masters.map((m) => [m, ports.pop()!]));
    this.clusterPort = masterPorts.get('master')!;
    // One master: the workers dial cluster.port; several: every node lists each master's address.
    const nodesList = masters.length === 1 ? '[127.0.0.1]' : `[${masters.map((m) => `"127.0.0.1:${masterPorts.get(m)}"`).join(', ')}]`;
    const etcd = this.opts.etcd;
    for (const name of names) {
      const type = masterPorts.has(name) ? 'master' : 'worker';
      const nodeDir = path.join(this.dir, name);
      fs.mkdirSync(nodeDir, { recursive: true });
      const configFile = path.join(nodeDir, 'warden.yaml');
      const agentPort = ports.pop()!;
      const enrollmentPort = ports.pop()!;
      const intervals = { keep_alive: '1s', keep_alive_timeout: '3s', reconnect_max: '1s', ...this.opts.intervals };
      fs.writeFileSync(configFile, [
        'cluster:',
        `  name: ${this.opts.clusterName ?? 'harness'}`,
        `  node_name: ${name}`,
        `  node_type: ${type}`,
        `  key: ${this.key}`,
        `  port: ${masterPorts.get(name) ?? this.clusterPort}`,
        '  bind_addr: 127.0.0.1',
        `  nodes: ${nodesList}`,
        ...(etcd ? [`  etcd: { endpoints: [${etcd.endpoints.map((e) => `"${e}"`).join(', ')}], lease_ttl: ${etcd.leaseTtl ?? '2s'} }`] : []),
        `data_dir: ${path.join(nodeDir, 'data')}`,
        `agents: { port: ${agentPort}, enrollment_port: ${enrollmentPort}, bind_addr: 127.0.0.1 }`,
        'log: { level: info }',
        'intervals:',
        ...Object.entries(intervals).map(([k, v]) => `  ${k}: ${v}`),
        this.opts.extraYaml?.(name) ?? '',
      ].join('\n') + '\n', { mode: 0o640 }); // it holds the cluster key
      this.nodes.push({ name, type, configFile, dataDir: path.join(nodeDir, 'data'), process: null, output: '', agentPort, enrollmentPort });
    }
  }

  start(name: string, extraArgs: string[] = []): HarnessNode {
    const n = this.node(name);
    if (n.process && n.process.exitCode === null && n.process.signalCode === null) throw new Error(`${name} is running`);
    const child = spawn(process.execPath, [this.bin, 'daemon', '--config', n.configFile, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    n.process = child;
    const keep = (d: Buffer) => { n.output = (n.output + d.toString()).slice(-20_000); };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    return n;
  }

  async startAll(): Promise<void> {
    for (const n of this.nodes) this.start(n.name);
  }

  /**
   * Starts a long-running CLI command (e.g. `agent-sim`) in the background; its stdout is passed to
   * `onLine` line by line. stop() ends it (SIGTERM) before the nodes.
   */
  spawnCli(args: string[], onLine: (line: string) => void): ChildProcess {
    const child = spawn(process.execPath, [this.bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let rest = '';
    child.stdout!.on('data', (d: Buffer) => {
      const lines = (rest + d.toString()).split('\n');
      rest = lines.pop()!;
      for (const l of lines) onLine(l);
    });
    child.stderr!.resume();
    this.others.push(child);
    return child;
  }

  /** Runs the CLI once and returns its exit code and output. */
  cli(args: string[], timeoutMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [this.bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '', stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    });
  }

  ask(name: string, command: string, timeoutMs = 5_000): Promise<unknown> {
    return askNode(controlSocketPath(this.node(name).dataDir), { command }, timeoutMs);
  }

  /** Names of the nodes the master reports connected (itself included); [] when it does not answer. */
  async connectedNodes(askVia = 'master'): Promise<string[]> {
    try {
      const r = (await this.ask(askVia, 'nodes', 2_000)) as { nodes: { name: string; connected: boolean }[] };
      return r.nodes.filter((n) => n.connected).map((n) => n.name).sort();
    } catch {
      return [];
    }
  }

  async waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000, everyMs = 50): Promise<T> {
    const end = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < end) {
      last = await probe();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, everyMs));
    }
    throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}\n${this.nodes.map((n) => `--- ${n.name}\n${n.output.slice(-3000)}`).join('\n')}`);
  }

  async waitAllConnected(timeoutMs = 15_000): Promise<void> {
    const all = this.nodes.map((n) => n.name).sort();
    await this.waitFor('every node connected', () => this.connectedNodes(), (v) => v.join() === all.join(), timeoutMs);
  }

  /**
   * Every running worker takes agents: connected and past its first sync (its sync gate, `health`). Agents
   * and enrollments that reach a worker before are refused; callers that start agents wait for this.
   */
  async waitAllInSync(timeoutMs = 30_000): Promise<void> {
    const running = this.nodes.filter((n) => n.type === 'worker' && n.process && n.process.exitCode === null && n.process.signalCode === null).map((n) => n.name);
    const accepting = async (): Promise<string[]> => {
      try {
        const h = (await this.ask('master', 'health', 2_000)) as { workers: { name: string; accepting_agents: boolean | null }[] };
        return h.workers.filter((w) => w.accepting_agents).map((w) => w.name).sort();
      } catch {
        return [];
      }
    };
    await this.waitFor('every worker in sync', accepting, (v) => running.every((n) => v.includes(n)), timeoutMs, 100);
  }

  kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const c = this.node(name).process;
    if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve(c?.exitCode ?? null);
    return new Promise((resolve) => {
      c.once('exit', (code) => resolve(code));
      c.kill(signal);
    });
  }

  /** Stops every node (SIGTERM, then SIGKILL after a deadline) and removes the folder. */
  async stop(): Promise<void> {
    await Promise.all(this.others.splice(0).map((c) => new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
      c.once('exit', () => { clearTimeout(timer); resolve(); });
      c.kill('SIGTERM');
    })));
    await Promise.all(this.nodes.map(async (n) => {
      const c = n.process;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      // Past the daemon's own stop deadline (10 s: a worker's leave, then the rest).
      const timer = setTimeout(() => c.kill('SIGKILL'), 12_000);
      await this.kill(n.name, 'SIGTERM');
      clearTimeout(timer);
    }));
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
