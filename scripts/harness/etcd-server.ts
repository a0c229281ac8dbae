// etcd-server.ts: a real, single-member etcd for tests (Debian's etcd-server package, /usr/bin/etcd).
// Its client and peer ports lie below the ephemeral range (stable-ports.ts), so that an outgoing
// connection cannot take them while the member is stopped and restarted; its data lives in a temp
// folder. stop() keeps the data (the same member can come back: "etcd unreachable" tests); close()
// stops it and removes the folder.
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { stablePorts } from './stable-ports';

const CANDIDATES = [process.env.ETCD_BIN, '/usr/bin/etcd', '/usr/local/bin/etcd'].filter((p): p is string => !!p);
const READY_WITHIN_MS = 20_000;
const TERM_GRACE_MS = 5_000;

/** The etcd binary, or an error saying how to install it. */
export function etcdBinary(): string {
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  throw new Error(`etcd is not installed (looked for ${CANDIDATES.join(', ')}): run \`apt-get install etcd-server\` (or set ETCD_BIN to an etcd 3.4+ binary)`);
}

/** Every member started and not yet stopped: killed when the test process exits, whatever happened. */
const live = new Set<ChildProcess>();
process.once('exit', () => { for (const p of live) p.kill('SIGKILL'); });

export class EtcdServer {
  private proc: ChildProcess | undefined;
  private stderrTail = '';

  private constructor(
    readonly dataDir: string,
    readonly clientPort: number,
    readonly peerPort: number,
    private readonly root: string,
  ) {}

  /** Starts a new member and resolves once it answers its health check. */
  static async start(): Promise<EtcdServer> {
    const bin = etcdBinary();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-etcd-'));
    const [clientPort, peerPort] = await stablePorts(2);
    const server = new EtcdServer(path.join(root, 'data'), clientPort, peerPort, root);
    try {
      await server.launch(bin);
    } catch (err) {
      await server.close();
      throw err;
    }
    return server;
  }

  /** The client endpoint, as cluster.etcd.endpoints holds it. */
  get endpoint(): string {
    return `http://127.0.0.1:${this.clientPort}`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  get running(): boolean {
    return this.proc !== undefined;
  }

  /** Stops the member (SIGTERM, then SIGKILL after a grace period); its data stays for restart(). */
  async stop(): Promise<void> {
    const p = this.proc;
    if (!p) return;
    this.proc = undefined;
    await stopProcess(p);
    live.delete(p);
  }

  /** Starts the same member again on the same ports and data. */
  async restart(): Promise<void> {
    if (this.proc) throw new Error(`etcd on port ${this.clientPort} is running: stop() it before restart()`);
    await this.launch(etcdBinary());
  }

  /** Stops the member and removes its folder. */
  async close(): Promise<void> {
    await this.stop();
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  private async launch(bin: string): Promise<void> {
    const peer = `http://127.0.0.1:${this.peerPort}`;
    const args = [
      '--name', 'warden-test',
      '--data-dir', this.dataDir,
      '--listen-client-urls', this.endpoint,
      '--advertise-client-urls', this.endpoint,
      '--listen-peer-urls', peer,
      '--initial-advertise-peer-urls', peer,
      '--initial-cluster', `warden-test=${peer}`,
      '--initial-cluster-state', 'new',
      '--logger', 'zap',
      '--log-level', 'error',
    ];
    this.stderrTail = '';
    const p = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    live.add(p);
    this.proc = p;
    p.stderr!.setEncoding('utf8');
    p.stderr!.on('data', (chunk: string) => { this.stderrTail = (this.stderrTail + chunk).slice(-4_000); });
    let exited: string | undefined;
    p.once('exit', (code, signal) => {
      exited = `exited (code ${code}, signal ${signal})`;
      live.delete(p);
      if (this.proc === p) this.proc = undefined;
    });
    const deadline = Date.now() + READY_WITHIN_MS;
    for (;;) {
      if (exited) throw new Error(`etcd ${exited} before answering on ${this.endpoint}:\n${this.stderrTail}`);
      if (await healthy(this.endpoint)) return;
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`etcd did not answer on ${this.endpoint} within ${READY_WITHIN_MS} ms:\n${this.stderrTail}`);
      }
      await sleep(50);
    }
  }
}

function healthy(endpoint: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${endpoint}/health`, { timeout: 1_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve(res.statusCode === 200 && /"health"\s*:\s*"true"/.test(body)));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

/** SIGTERM, then SIGKILL once the grace period is over; resolves when the process is gone. */
export function stopProcess(p: ChildProcess, graceMs = TERM_GRACE_MS): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => p.kill('SIGKILL'), graceMs);
    p.once('exit', () => { clearTimeout(kill); resolve(); });
    p.kill('SIGTERM');
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
