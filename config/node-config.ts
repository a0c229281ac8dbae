// node-config.ts: pure; the Warden config (DESIGN.md section 6) of one node of a topology, for the place
// it runs: this machine (`scale apply`), a systemd host, or a Kubernetes pod. The text is what a node
// loads, so every rendering is checked by the real config validation (checkNodeConfigs).
import { isIP } from 'node:net';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseConfigText } from './loader';
import { topologyNodes, type NodeSpec, type Topology } from './topology';
import type { EtcdConfig } from './etcd';

/** Where a node runs decides its paths and addresses; the rest comes from the topology. */
export interface ConfigPlacement {
  /** data_dir as written (a relative one is read against the config's folder). */
  dataDir: string;
  key: { inline: string } | { file: string };
  /** cluster.nodes: every master as host:port (its address, or its Service's or pod's name). */
  masters: readonly string[];
  bindAddr: string;
  metricsBindAddr: string;
  /** Comment lines at the top of the file. */
  header: readonly string[];
}

/** Node N on this machine: <base_dir>/<N>/warden.yaml with its data beside it in ./data. */
export const LOCAL_CONFIG_FILE = 'warden.yaml';
export const LOCAL_DATA_DIR = 'data';

export function localNodeDir(t: Topology, name: string): string {
  return join(t.baseDir, name);
}

export function localPlacement(t: Topology, node: NodeSpec): ConfigPlacement {
  return {
    dataDir: `./${LOCAL_DATA_DIR}`,
    key: t.cluster.key,
    masters: mastersAt(t),
    bindAddr: node.bindAddr,
    metricsBindAddr: node.bindAddr,
    header: [
      `Node ${node.name} (${node.type}) of cluster ${t.cluster.name}: written by \`warden scale apply ${t.path}\`.`,
      'Edit the topology file and apply it again rather than this file.',
    ],
  };
}

/** "host:port", with brackets around an IPv6 address. */
export function hostPort(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Every master at its address and cluster port, as workers (and, with etcd, masters) list them. */
export function mastersAt(t: Topology): string[] {
  return t.masters.map((m) => hostPort(m.address, m.clusterPort));
}

/** cluster.etcd as a node config holds it. */
export function etcdDocument(etcd: EtcdConfig): Record<string, unknown> {
  return { endpoints: [...etcd.endpoints], prefix: etcd.prefix, lease_ttl: `${etcd.leaseTtlMs / 1000}s` };
}

/** The config as a plain document (what YAML.stringify writes). */
export function nodeConfigDocument(t: Topology, node: NodeSpec, p: ConfigPlacement): Record<string, unknown> {
  const cluster: Record<string, unknown> = {
    name: t.cluster.name,
    node_name: node.name,
    node_type: node.type,
    ...('inline' in p.key ? { key: p.key.inline } : { key_file: p.key.file }),
    port: node.clusterPort,
    bind_addr: p.bindAddr,
    // Without etcd a master lists no one (it is the master); with it, every master finds the others.
    ...(node.type === 'worker' || t.etcd ? { nodes: [...p.masters] } : {}),
    ...(t.etcd ? { etcd: etcdDocument(t.etcd) } : {}),
  };
  const doc: Record<string, unknown> = {
    cluster,
    data_dir: p.dataDir,
    agents: { port: node.agentsPort, enrollment_port: node.enrollmentPort },
  };
  if (node.overrides.logLevel) doc.log = { level: node.overrides.logLevel };
  if (node.metricsPort > 0) doc.metrics = { port: node.metricsPort, bind_addr: p.metricsBindAddr };
  if (Object.keys(node.overrides.intervals).length > 0) doc.intervals = { ...node.overrides.intervals };
  return doc;
}

export function renderNodeConfig(t: Topology, node: NodeSpec, p: ConfigPlacement): string {
  const header = p.header.map((l) => `# ${l}\n`).join('');
  return header + YAML.stringify(nodeConfigDocument(t, node, p), { lineWidth: 0 });
}

/** A strong stand-in for a key file that may not exist yet: only the file's presence is checked later. */
const STAND_IN_KEY = 'Zq4vX8pL2sK7tR1wN6mB3cY9hJ5fD0gA';

/**
 * Every problem of the configs the topology renders for this machine, each naming the nodes it concerns
 * (a problem shared by every worker is listed once). Empty when every node's config is valid.
 */
export function checkNodeConfigs(t: Topology, now?: number): string[] {
  const byProblem = new Map<string, string[]>();
  for (const node of topologyNodes(t)) {
    const text = renderNodeConfig(t, node, localPlacement(t, node));
    const r = parseConfigText(text, {
      configPath: join(localNodeDir(t, node.name), LOCAL_CONFIG_FILE),
      readFile: () => STAND_IN_KEY,
      ...(now !== undefined ? { now } : {}),
    });
    if (r.ok) continue;
    for (const problem of r.problems) byProblem.set(problem, [...(byProblem.get(problem) ?? []), node.name]);
  }
  return [...byProblem].map(([problem, nodes]) => `config of ${nodes.join(', ')}: ${problem}`);
}
