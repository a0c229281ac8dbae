// pid-file.ts: a managed process's pid file, read with the stale cases sorted out: the process gone,
// or its pid now another program's. A stale file is removed and the reason kept for the report.
import * as fs from 'node:fs';
import { inspectPid } from './process-identity';

export type PidFileState =
  | { kind: 'none' }
  | { kind: 'running'; pid: number }
  | { kind: 'stale'; pid: number | null; why: string };

export function writePidFile(file: string, pid: number): void {
  fs.writeFileSync(file, `${pid}\n`, { mode: 0o644 });
}

export function removePidFile(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Reads `file` and checks its process against `marks` (arguments its command line must hold). */
export function readPidFile(file: string, marks: readonly string[]): PidFileState {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw err;
  }
  const pid = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(pid)) {
    return { kind: 'stale', pid: null, why: `it holds ${JSON.stringify(text.trim().slice(0, 40))}, not a pid` };
  }
  const s = inspectPid(pid, marks);
  switch (s.state) {
    case 'ours': return { kind: 'running', pid };
    case 'gone': return { kind: 'stale', pid, why: `pid ${pid} is no longer running` };
    case 'other': return { kind: 'stale', pid, why: `pid ${pid} is now another program (${s.commandLine})` };
  }
}

/** As readPidFile, and a stale file is removed; `onStale` hears why. */
export function checkPidFile(file: string, marks: readonly string[], onStale: (why: string) => void): number | null {
  const s = readPidFile(file, marks);
  if (s.kind === 'running') return s.pid;
  if (s.kind === 'stale') {
    removePidFile(file);
    onStale(s.why);
  }
  return null;
}
