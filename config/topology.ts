// topology.ts: pure; a topology file (for `warden scale`) validated into a typed Topology with every
// node expanded, every problem listed at once and naming its key (as schema.ts does for a node config).
//
// Decisions (the README's "Scaling" section says the same):
// - Paths (base_dir, cluster.key_file) are resolved against the topology file's folder; base_dir
//   defaults to ./var/<cluster.name>.
// - workers is a list ({ name, address, agents_port, enrollment_port }) or a count form
//   ({ count, name: "worker-{n}", address, agents_port_base }): worker n (from 1) takes
//   agents_port_base + 2(n-1) for agents and the next port for enrollment.
// - A worker's cluster port is the master's (the port it dials); a node listens on its address
//   unless bind_addr says otherwise.
// - config.metrics_port_base: the master takes the base, the n-th worker base + n.
// - No two ports of the topology may meet on one address (a wildcard address meets every address),
//   so `scale apply` can run every node on one machine.
// - Several masters (high availability, issue 14): `master` is then a list of mappings of the same shape
//   (each with a name). Not a `standbys:` key beside `master`: etcd, not the topology, decides which
//   master leads, and after a failover the one written as `master` would be a standby. Several masters
//   need the top-level `etcd` key (the node configs' cluster.etcd, validated by etcd.ts); every node's
//   cluster.nodes then lists every master as address:port, and every node gets cluster.etcd. A single
//   master without `etcd` renders exactly as before.
// - The first master is `Topology.master`: workers take its cluster port as their own, the simulated agents
//   of a single-master topology enroll through it; metrics ports go to the masters in order, then workers.
import { dirname, resolve } from 'node:path';
import { intRange, KEY, NAME, oneOf, PATH, PORT, type Check } from './checks';
import { DEFAULTS } from './defaults';
import type { LogLevel } from './schema';
import { Problems, REQUIRED, Section } from './section';
import { expandWorkers, type WorkerDraft } from './topology-workers';
import { checkPortClashes, type ListeningPort } from './topology-ports';
import { readDeployOptions, type KubernetesOptions, type SystemdOptions } from './topology-deploy';
import { readMasters, type MasterDraft } from './topology-masters';
import { type EtcdConfig, readEtcd } from './etcd';

export type NodeType = 'master' | 'worker';

/** What a node's config may override (config.*, master.config, workers.config, workers[i].config). */
export interface NodeOverrides {
  logLevel?: LogLevel;
  /** Written into the node's `intervals` as given; the node config's own validation checks them. */
  intervals: Record<string, unknown>;
}

export interface NodeSpec {
  name: string;
  type: NodeType;
  /** How others reach this node (workers dial the master's; agents dial a worker's). */
  address: string;
  /** Where its ports listen. */
  bindAddr: string;
  /** The master's cluster port (a worker dials it; on a worker it is the master's too). */
  clusterPort: number;
  agentsPort: number;
  enrollmentPort: number;
  /** 0 = no metrics endpoint. */
  metricsPort: number;
  overrides: NodeOverrides;
}

/** `warden agent-sim` run as a managed process: simulated agents enrolled through the master. */
export interface AgentSimSpec {
  count: number;
  /** Events a second over the whole fleet. */
  rate: number;
  group: string | null;
  namePrefix: string;
}

export type ClusterKey = { inline: string } | { file: string };

export interface Topology {
  /** Absolute path of the topology file. */
  path: string;
  cluster: { name: string; key: ClusterKey };
  /** Absolute; node N lives in <baseDir>/<N>/. */
  baseDir: string;
  /** The first of `masters`. */
  master: NodeSpec;
  /** Every master, in the topology's order (one unless `master` is a list). */
  masters: NodeSpec[];
  workers: NodeSpec[];
  /** The etcd that elects the leader among the masters (every node's cluster.etcd); null: one master. */
  etcd: EtcdConfig | null;
  agentSim: AgentSimSpec | null;
  systemd: SystemdOptions;
  kubernetes: KubernetesOptions;
}

export type TopologyResult = { ok: true; topology: Topology } | { ok: false; problems: string[] };

/** The folder of `warden agent-sim`'s pid file and output; no node may take this name. */
export const AGENT_SIM_DIR = 'agent-sim';

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warning', 'info', 'debug'];
const KNOWN = {
  top: ['cluster', 'base_dir', 'master', 'workers', 'etcd', 'agent_sim', 'config', 'systemd', 'kubernetes'],
  cluster: ['name', 'key', 'key_file'],
  config: ['log_level', 'intervals', 'metrics_port_base'],
  nodeConfig: ['log_level', 'intervals'],
  agentSim: ['count', 'rate', 'group', 'name_prefix'],
} as const;

const NON_NEGATIVE: Check<number> = {
  expected: 'a number of events a second, 0 or more',
  parse: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0
    ? { ok: true, value: v }
    : { ok: false, what: `${JSON.stringify(v)} is not a number 0 or more` }),
};
const GROUP: Check<string> = {
  expected: 'a group name (letters, digits, "_", "." and "-")',
  parse: (v) => (typeof v === 'string' && /^[A-Za-z0-9_.-]{1,255}$/.test(v) && v !== '.' && v !== '..'
    ? { ok: true, value: v }
    : { ok: false, what: `${JSON.stringify(v)} is not a group name (expected letters, digits, "_", "." and "-")` }),
};

export interface TopologyOptions {
  /** The topology file (relative paths inside it are resolved against its folder). */
  topologyPath: string;
}

/** Validates a parsed YAML topology document and expands its nodes, or lists every problem found. */
export function validateTopology(raw: unknown, opts: TopologyOptions): TopologyResult {
  const path = resolve(opts.topologyPath);
  const folder = dirname(path);
  const problems = new Problems();
  const top = Section.open(problems, '', raw, KNOWN.top);
  if (!top) return { ok: false, problems: problems.list };

  const clusterSection = Section.open(problems, 'cluster', top.raw('cluster'), KNOWN.cluster);
  const name = clusterSection?.get('name', NAME, DEFAULTS.cluster.name) ?? DEFAULTS.cluster.name;
  const key = clusterSection ? readClusterKey(problems, clusterSection, folder) : null;
  const baseDir = resolve(folder, top.get('base_dir', PATH, `./var/${name}`));

  const common = readCommonConfig(problems, top);
  const masterDrafts = readMasters(problems, top.raw('master'));
  const masters = masterDrafts.map((m) => masterSpec(problems, m, common.overrides));
  const master = masters[0];
  const etcd = readEtcd(problems, top, name);
  if (masters.length > 1 && !top.has('etcd')) {
    problems.add('master', `lists ${masters.length} masters (${masters.map((m) => m.name).join(', ')}), which need etcd to elect their leader: add etcd: { endpoints: ["10.0.0.5:2379"] } (three etcd members in production; one is enough to try), or keep one master`);
  }
  const workerDrafts = master ? expandWorkers(problems, top.raw('workers'), master.clusterPort) : [];
  const workers = workerDrafts.map((w) => workerSpec(problems, w, common.overrides));
  const agentSim = readAgentSim(problems, top, workers.length);
  const deploy = readDeployOptions(problems, top.raw('systemd'), top.raw('kubernetes'), name, workers.length);

  if (master) {
    withMetricsPorts(problems, common.metricsPortBase, masters, workers);
    checkNames(problems, masterDrafts, workerDrafts);
    checkPortClashes(problems, listeningPorts(masterDrafts, masters, workerDrafts, workers));
  }
  if (problems.list.length > 0 || !master || !key) return { ok: false, problems: problems.list };
  return {
    ok: true,
    topology: { path, cluster: { name, key }, baseDir, master, masters, workers, etcd, agentSim, ...deploy },
  };
}

function readClusterKey(problems: Problems, s: Section, folder: string): ClusterKey | null {
  if (s.has('key') && s.has('key_file')) {
    problems.add('cluster.key', 'both key and key_file are set (expected exactly one of them)');
    return null;
  }
  if (s.has('key')) {
    const key = s.get('key', KEY, REQUIRED, '');
    return key ? { inline: key } : null;
  }
  if (!s.has('key_file')) {
    problems.add('cluster.key', `missing (expected ${KEY.expected}, or key_file: PATH, created with mode 0600 when missing)`);
    return null;
  }
  const file = s.get('key_file', PATH, REQUIRED, '');
  return file ? { file: resolve(folder, file) } : null;
}

function readOverrides(problems: Problems, path: string, raw: unknown, known: readonly string[], base: NodeOverrides): { overrides: NodeOverrides; section: Section | undefined } {
  const s = Section.open(problems, path, raw, known);
  if (!s) return { overrides: base, section: undefined };
  const logLevel = s.get<LogLevel | undefined>('log_level', oneOf(LOG_LEVELS), base.logLevel);
  const intervals = { ...base.intervals };
  const rawIntervals = s.raw('intervals');
  if (rawIntervals !== undefined) {
    if (typeof rawIntervals !== 'object' || Array.isArray(rawIntervals)) {
      problems.add(`${path}.intervals`, 'is not a mapping (expected interval names with durations, such as keep_alive: 10s)');
    } else {
      Object.assign(intervals, rawIntervals);
    }
  }
  return { overrides: { ...(logLevel ? { logLevel } : {}), intervals }, section: s };
}

function readCommonConfig(problems: Problems, top: Section): { overrides: NodeOverrides; metricsPortBase: number } {
  const { overrides, section } = readOverrides(problems, 'config', top.raw('config'), KNOWN.config, { intervals: {} });
  const metricsPortBase = section?.get('metrics_port_base', PORT, 0) ?? 0;
  return { overrides, metricsPortBase };
}

function masterSpec(problems: Problems, m: MasterDraft, common: NodeOverrides): NodeSpec {
  const { overrides } = readOverrides(problems, `${m.keyPath}.config`, m.config, KNOWN.nodeConfig, common);
  return {
    name: m.name, type: 'master', address: m.address, bindAddr: m.bindAddr, clusterPort: m.clusterPort,
    agentsPort: m.agentsPort, enrollmentPort: m.enrollmentPort, metricsPort: 0, overrides,
  };
}

function workerSpec(problems: Problems, w: WorkerDraft, common: NodeOverrides): NodeSpec {
  const { overrides } = readOverrides(problems, `${w.keyPath}.config`, w.config, KNOWN.nodeConfig, common);
  return {
    name: w.name, type: 'worker', address: w.address, bindAddr: w.bindAddr, clusterPort: w.clusterPort,
    agentsPort: w.agentsPort, enrollmentPort: w.enrollmentPort, metricsPort: 0, overrides,
  };
}

function readAgentSim(problems: Problems, top: Section, workers: number): AgentSimSpec | null {
  if (!top.has('agent_sim')) return null;
  const s = Section.open(problems, 'agent_sim', top.raw('agent_sim'), KNOWN.agentSim);
  if (!s) return null;
  const count = s.get('count', intRange(1, 100_000), REQUIRED, 0);
  const rate = s.get('rate', NON_NEGATIVE, 0);
  const group = s.get<string | null>('group', GROUP, null);
  const namePrefix = s.get('name_prefix', NAME, 'sim');
  if (workers === 0) problems.add('agent_sim', 'needs at least one worker to report to (add workers, or remove agent_sim)');
  return { count, rate, group, namePrefix };
}

/** The masters take base, base + 1, ... in order; the n-th worker the next ones (one master: base + n). */
function withMetricsPorts(problems: Problems, base: number, masters: NodeSpec[], workers: NodeSpec[]): void {
  if (base === 0) return;
  const nodes = [...masters, ...workers];
  const last = base + nodes.length - 1;
  if (last > 65535) {
    problems.add('config.metrics_port_base', `${base} leaves no room for ${nodes.length} nodes (the last would be ${last}; ports end at 65535)`);
    return;
  }
  nodes.forEach((n, i) => { n.metricsPort = base + i; });
}

function checkNames(problems: Problems, masters: readonly MasterDraft[], workers: readonly WorkerDraft[]): void {
  const seen = new Map<string, string>();
  for (const n of [...masters.map((m) => ({ name: m.name, nameKey: `${m.keyPath}.name` })), ...workers]) {
    const other = seen.get(n.name);
    if (other) problems.add(n.nameKey, `${JSON.stringify(n.name)} is also ${other} (node names must be unique)`);
    else seen.set(n.name, n.nameKey);
  }
  for (const [name, key] of seen) {
    if (name === AGENT_SIM_DIR) problems.add(key, `${JSON.stringify(name)} is reserved for the simulated agents' folder; choose another name`);
  }
}

function listeningPorts(masterDrafts: readonly MasterDraft[], masters: readonly NodeSpec[], drafts: readonly WorkerDraft[], workers: readonly NodeSpec[]): ListeningPort[] {
  const ports: ListeningPort[] = [];
  const metricsKey = (name: string, offset: number): string => `${name} metrics port (config.metrics_port_base${offset > 0 ? ` + ${offset}` : ''})`;
  masterDrafts.forEach((d, i) => {
    const m = masters[i];
    // One master keeps its old wording ("master metrics port"), whatever its name.
    const who = masters.length === 1 ? 'master' : m.name;
    ports.push({ key: `${d.keyPath}.port`, address: m.bindAddr, port: m.clusterPort });
    ports.push({ key: `${d.keyPath}.agents_port`, address: m.bindAddr, port: m.agentsPort });
    ports.push({ key: `${d.keyPath}.enrollment_port`, address: m.bindAddr, port: m.enrollmentPort });
    if (m.metricsPort) ports.push({ key: metricsKey(who, i), address: m.bindAddr, port: m.metricsPort });
  });
  drafts.forEach((d, i) => {
    const w = workers[i];
    ports.push({ key: d.agentsPortKey, address: w.bindAddr, port: w.agentsPort });
    ports.push({ key: d.enrollmentPortKey, address: w.bindAddr, port: w.enrollmentPort });
    if (w.metricsPort) ports.push({ key: metricsKey(w.name, masters.length + i), address: w.bindAddr, port: w.metricsPort });
  });
  return ports;
}

/** Every node, the masters first. */
export function topologyNodes(t: Topology): NodeSpec[] {
  return [...t.masters, ...t.workers];
}
