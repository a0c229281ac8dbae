// What the benchmarks read of other processes without asking them: CPU time from /proc (the process
// and each of its threads) and lines appended to a file. Linux only; NaN or empty where there is no /proc.
import * as fs from 'fs';

/** USER_HZ: /proc counts CPU time in these ticks a second (100 on every Linux the benches run on). */
const TICKS_PER_SECOND = 100;

/** utime + stime in seconds from a /proc stat line (the command name may hold spaces: split after ')'). */
function statCpu(line: string): number {
  const f = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND;
}

/** CPU seconds (user + system, every thread) a process has used so far; NaN when it is gone. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    return statCpu(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return NaN;
  }
}

/** CPU seconds of each thread of a process, by thread id; empty when it is gone. */
export function threadCpuSeconds(pid: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      out.set(Number(tid), statCpu(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** Share of a core each thread used between two samples over `seconds`, busiest first. */
export function threadShares(before: Map<number, number>, after: Map<number, number>, seconds: number): number[] {
  return [...after].map(([tid, cpu]) => (cpu - (before.get(tid) ?? 0)) / seconds).sort((a, b) => b - a);
}

/** Lines appended to a file since `from` bytes, and its size now; counted in blocks, never read whole. */
export function linesSince(file: string, from: number): { lines: number; size: number } {
  if (!fs.existsSync(file)) return { lines: 0, size: 0 };
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0;
  try {
    for (let pos = from; pos < size;) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
      pos += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { lines, size };
}
