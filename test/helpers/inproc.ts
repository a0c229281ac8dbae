// In-process nodes for integration tests: real TCP on loopback, real crypto, memory logs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WardenConfig } from '../../config/schema';
import { DEFAULTS } from '../../config/defaults';
import { schedulesFrom } from '../../config/schedule';
import { memoryLog, MemoryLog } from '../../log/cluster-log';
import { type NodeOptions, RunningNode, startNode } from '../../actors/node/node';
import type { NodeTuning } from '../../actors/node/node-context';
import { generateKey } from '../../scripts/keygen';

export interface TestNode {
  node: RunningNode;
  log: MemoryLog;
  config: WardenConfig;
}

export class InProcCluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-inproc-'));
  readonly key = generateKey();
  readonly nodes: TestNode[] = [];
  masterPort = 0;

  config(name: string, type: 'master' | 'worker', over: Partial<WardenConfig['cluster']> = {},
    intervals: Partial<WardenConfig['intervals']> = {}): WardenConfig {
    const iv = { ...DEFAULTS.intervals, keepAlive: 200, keepAliveTimeout: 600, reconnectMax: 200, ...intervals };
    return {
      configPath: path.join(this.dir, `${name}.yaml`),
      cluster: {
        name: 'test', nodeName: name, nodeType: type, key: this.key, previousKeys: [],
        port: type === 'master' ? 0 : this.masterPort, bindAddr: '127.0.0.1', nodes: ['127.0.0.1'],
        hidden: false, disabled: false, etcd: null, ...over,
      },
      dataDir: path.join(this.dir, name),
      agents: { port: 0, enrollmentPort: 0, bindAddr: '127.0.0.1', enrollmentPasswordFile: '', verifyCounters: false },
      log: { level: 'debug', rotateAt: DEFAULTS.log.rotateAt },
      intervals: iv,
      schedules: schedulesFrom(iv),
      metrics: { port: 0, bindAddr: '127.0.0.1' },
      shell: { allowMutations: false },
      analysis: { rulesetDirs: [], alertLevel: 3 },
    };
  }

  /** Starts a node; `ha` makes a master an elected leader (epoch) or a standby. A leader's port becomes masterPort. */
  async start(config: WardenConfig, tuning?: NodeTuning, ha: Pick<NodeOptions, 'epoch' | 'standby' | 'canWrite'> = {}): Promise<TestNode> {
    const role = config.cluster.nodeType === 'master' ? 'Master' : 'Worker';
    const log = memoryLog({ role, nodeName: config.cluster.nodeName });
    const node = await startNode(config, { log, tuning, ...ha });
    if (node.clusterPort && !ha.standby) this.masterPort = node.clusterPort;
    const t = { node, log, config };
    this.nodes.push(t);
    return t;
  }

  /** Resolves once a worker takes agents (its sync gate is open); the master always does. */
  async accepting(t: TestNode, timeoutMs = 10_000): Promise<void> {
    await eventually(() => t.node.syncGate?.accepting ?? true, (x) => x, timeoutMs);
  }

  async stop(t: TestNode): Promise<void> {
    await t.node.stop();
    this.nodes.splice(this.nodes.indexOf(t), 1);
  }

  /** Stops every node (all of them, even when one fails to stop), then removes the folder. */
  async stopAll(): Promise<void> {
    const nodes = [...this.nodes].reverse();
    this.nodes.length = 0;
    let first: unknown;
    try {
      for (const t of nodes) await t.node.stop().catch((err: unknown) => { first ??= err; });
      if (first !== undefined) throw first;
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

export async function eventually<T>(probe: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 20));
  } while (Date.now() < end);
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}
