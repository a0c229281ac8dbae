// Running the built `warden` CLI from tests, and checking that a process it started is gone.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const WARDEN_BIN = path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs `warden ARGS` to its end (killed past `timeoutMs`), with its whole output. */
export function runWarden(args: string[], timeoutMs = 90_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WARDEN_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

/** Gone, or a zombie waiting for init to reap it. */
export function processGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/**
 * A topology file's lines for `warden scale`: a master and `workers` workers in list form on loopback, with
 * probed ports given as [cluster, agents, enrollment, then agents and enrollment of each worker].
 */
export function topologyLines(name: string, ports: readonly number[], workers: number): string[] {
  const [cluster, agents, enrollment, ...workerPorts] = ports;
  return [
    `cluster: { name: ${name}, key_file: ./cluster.key }`,
    'base_dir: ./nodes',
    `master: { name: master, address: 127.0.0.1, port: ${cluster}, agents_port: ${agents}, enrollment_port: ${enrollment} }`,
    'workers:',
    ...Array.from({ length: workers }, (_, i) =>
      `  - { name: worker-${i + 1}, address: 127.0.0.1, agents_port: ${workerPorts[2 * i]}, enrollment_port: ${workerPorts[2 * i + 1]} }`),
  ];
}
