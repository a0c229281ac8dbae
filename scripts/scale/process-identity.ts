// process-identity.ts: is the process a pid file names still the one we started? A pid outlives its
// process: the number may be reused by another program, or the process may be a zombie. Linux's
// /proc/<pid>/cmdline and stat tell; elsewhere only "some process has this pid" can be known.
import * as fs from 'node:fs';

export type PidState =
  | { state: 'ours' }
  | { state: 'gone' }
  | { state: 'other'; commandLine: string };

/** The process's arguments, or null when it has exited (or is a zombie, whose cmdline is empty). */
function readCmdline(pid: number): string[] | null | 'unknown' {
  let raw: string;
  try {
    raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ESRCH') return fs.existsSync('/proc/self') ? null : 'unknown';
    return 'unknown';
  }
  return raw === '' ? null : raw.split('\0').filter((a) => a !== '');
}

function isZombie(pid: number): boolean {
  try {
    // "pid (comm) S ...": the state follows the last ')' (comm may hold spaces and parentheses).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: alive, not ours to judge
  }
}

/** Whether `pid` runs a command line holding every one of `marks` as an argument. */
export function inspectPid(pid: number, marks: readonly string[]): PidState {
  if (!Number.isInteger(pid) || pid <= 1) return { state: 'gone' };
  if (!signalable(pid)) return { state: 'gone' };
  const argv = readCmdline(pid);
  if (argv === 'unknown') return { state: 'ours' }; // no /proc: trust the pid file
  if (argv === null || isZombie(pid)) return { state: 'gone' };
  if (marks.every((m) => argv.includes(m))) return { state: 'ours' };
  return { state: 'other', commandLine: argv.join(' ').slice(0, 200) };
}
