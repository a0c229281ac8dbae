// observe.ts: what runs on this machine under a base_dir: every <base_dir>/<name>/ holding a pid file or
// a config, read into ObservedNode; stale pid files are removed on the way and reported.
import * as fs from 'node:fs';
import YAML from 'yaml';
import { AGENT_SIM_DIR, type NodeType } from '../../config/topology';
import { nodePaths, simPaths } from './local-paths';
import { checkPidFile, readPidFile } from './pid-file';
import type { ObservedNode } from './scale-plan';

/** The arguments a node's command line holds: `warden daemon --config <its config>`. */
export function nodeMarks(configFile: string): string[] {
  return ['daemon', '--config', configFile];
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Type and ports from a config on disk; not validated (its key file may be gone): only for stopping. */
function configFacts(text: string | null): { type: NodeType | null; ports: number[] } {
  if (text === null) return { type: null, ports: [] };
  let doc: { cluster?: { node_type?: unknown; port?: unknown }; agents?: { port?: unknown; enrollment_port?: unknown }; metrics?: { port?: unknown } } | null;
  try {
    doc = YAML.parse(text) as typeof doc;
  } catch {
    return { type: null, ports: [] };
  }
  const type = doc?.cluster?.node_type === 'master' || doc?.cluster?.node_type === 'worker' ? doc.cluster.node_type : null;
  const ports = [type === 'master' ? doc?.cluster?.port : undefined, doc?.agents?.port, doc?.agents?.enrollment_port, doc?.metrics?.port]
    .filter((p): p is number => typeof p === 'number' && p > 0);
  return { type, ports };
}

export function observeNode(baseDir: string, name: string, onStale: (name: string, why: string) => void, clean = true): ObservedNode {
  const p = nodePaths(baseDir, name);
  const marks = nodeMarks(p.config);
  let pid: number | null;
  if (clean) {
    pid = checkPidFile(p.pid, marks, (why) => onStale(name, why));
  } else {
    const s = readPidFile(p.pid, marks);
    pid = s.kind === 'running' ? s.pid : null;
  }
  const config = readText(p.config);
  return { name, ...configFacts(config), running: pid !== null, pid, config };
}

/** Every node folder under baseDir plus the `extra` names (desired nodes not created yet). */
export function observeNodes(baseDir: string, extra: readonly string[], onStale: (name: string, why: string) => void, clean = true): ObservedNode[] {
  const names = new Set(extra);
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(baseDir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name === AGENT_SIM_DIR) continue;
    const p = nodePaths(baseDir, e.name);
    if (fs.existsSync(p.pid) || fs.existsSync(p.config)) names.add(e.name);
  }
  return [...names].sort().map((n) => observeNode(baseDir, n, onStale, clean));
}

export interface ObservedSim {
  running: boolean;
  pid: number | null;
  /** The arguments it was started with (after `agent-sim`). */
  args: string[] | null;
}

export function simMarks(args: readonly string[] | null): string[] {
  // The enrollment endpoint tells one cluster's simulator from another's on the same machine.
  const at = args ? args.indexOf('--enroll') : -1;
  return at >= 0 && args ? ['agent-sim', '--enroll', args[at + 1]] : ['agent-sim'];
}

export function observeSim(baseDir: string, onStale: (why: string) => void, clean = true): ObservedSim {
  const p = simPaths(baseDir);
  const text = readText(p.args);
  let args: string[] | null = null;
  try {
    args = text === null ? null : (JSON.parse(text) as string[]);
  } catch {
    args = null;
  }
  const marks = simMarks(args);
  let pid: number | null;
  if (clean) pid = checkPidFile(p.pid, marks, onStale);
  else {
    const s = readPidFile(p.pid, marks);
    pid = s.kind === 'running' ? s.pid : null;
  }
  return { running: pid !== null, pid, args };
}
