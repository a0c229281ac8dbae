// managed-process.ts: start a process in the background, detached from the command that starts it
// (its output appended to a file, its pid in a pid file), and stop one gracefully.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspectPid } from './process-identity';
import { removePidFile, writePidFile } from './pid-file';
import { wardenCli } from './local-paths';

export interface StartRequest {
  /** Arguments after the CLI, e.g. ['daemon', '--config', file]. */
  args: string[];
  cwd: string;
  outFile: string;
  pidFile: string;
}

/** Starts `warden <args>` detached (it outlives this command) and writes its pid file; returns the pid. */
export function startDetached(r: StartRequest): number {
  const out = fs.openSync(r.outFile, 'a', 0o640);
  try {
    fs.writeSync(out, `--- ${new Date().toISOString()} warden ${r.args.join(' ')}\n`);
    const child = spawn(process.execPath, [wardenCli(), ...r.args], { cwd: r.cwd, detached: true, stdio: ['ignore', out, out] });
    if (child.pid === undefined) throw new Error(`could not start warden ${r.args.join(' ')}`);
    child.unref();
    writePidFile(r.pidFile, child.pid);
    return child.pid;
  } finally {
    fs.closeSync(out);
  }
}

export type StopOutcome = { stopped: true; ms: number } | { stopped: false; ms: number };

/** SIGTERM, then waits up to `timeoutMs` for the process (checked against `marks`) to be gone. Never SIGKILL. */
export async function stopGracefully(pid: number, marks: readonly string[], pidFile: string, timeoutMs: number): Promise<StopOutcome> {
  const started = Date.now();
  try {
    process.kill(pid, 'SIGTERM');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
  while (inspectPid(pid, marks).state === 'ours') {
    if (Date.now() - started > timeoutMs) return { stopped: false, ms: Date.now() - started };
    await sleep(50);
  }
  removePidFile(pidFile);
  return { stopped: true, ms: Date.now() - started };
}

/** Opens each run's output in the shared file (see startDetached). */
const RUN_MARK = /^--- \d{4}-\d{2}-\d{2}T[\d:.]+Z warden /;

/** The last lines the latest run wrote, to say why it did not come up. */
export function tailOf(file: string, lines = 12): string {
  try {
    const all = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    let start = all.length - 1;
    while (start > 0 && !RUN_MARK.test(all[start])) start--;
    return all.slice(Math.max(start + 1, all.length - lines)).map((l) => `    | ${l}`).join('\n');
  } catch {
    return `    (no output in ${file})`;
  }
}
