// local-paths.ts: where `warden scale` keeps each node on this machine (DESIGN.md section 7):
// <base_dir>/<name>/warden.yaml, its data in ./data, warden.pid, and daemon.out for its output.
import * as path from 'node:path';
import { LOCAL_CONFIG_FILE, LOCAL_DATA_DIR } from '../../config/node-config';
import { AGENT_SIM_DIR } from '../../config/topology';

export interface NodePaths {
  dir: string;
  config: string;
  data: string;
  pid: string;
  out: string;
}

export function nodePaths(baseDir: string, name: string): NodePaths {
  const dir = path.join(baseDir, name);
  return {
    dir,
    config: path.join(dir, LOCAL_CONFIG_FILE),
    data: path.join(dir, LOCAL_DATA_DIR),
    pid: path.join(dir, 'warden.pid'),
    out: path.join(dir, 'daemon.out'),
  };
}

export interface SimPaths {
  dir: string;
  pid: string;
  out: string;
  /** The command line it was started with, to tell when the topology asks for another. */
  args: string;
}

export function simPaths(baseDir: string): SimPaths {
  const dir = path.join(baseDir, AGENT_SIM_DIR);
  return { dir, pid: path.join(dir, 'agent-sim.pid'), out: path.join(dir, 'agent-sim.out'), args: path.join(dir, 'agent-sim.json') };
}

/** Held while an apply or a down runs, so that two of them never race. */
export function lockPath(baseDir: string): string {
  return path.join(baseDir, '.scale.lock');
}

/** The compiled CLI beside this file (dist/scripts/scale/ -> dist/scripts/warden.js). */
export function wardenCli(): string {
  return path.join(__dirname, '..', 'warden.js');
}
