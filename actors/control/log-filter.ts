// log-filter.ts: pure; which cluster.log lines the shell's `logs --level L --task T` shows.
//   2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.
import { ControlError } from './control-protocol';

export const LOG_LEVELS = ['error', 'warning', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface LogFilter {
  /** This level and the more severe ones; none: every line. */
  level?: LogLevelName;
  /** Part of a tag (`Keep Alive`, `worker-1`), any case; none: every line. */
  task?: string;
}

export interface LogLine {
  level: LogLevelName;
  /** The bracketed tags after the node: task names, then a worker's name on the master. */
  tags: string[];
}

const LINE_RE = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (ERROR|WARNING|INFO|DEBUG): \[[^\]]*\]((?: \[[^\]]*\])*) /;

/** The level and tags of a line, or null for a line not in the cluster.log format. */
export function parseLogLine(line: string): LogLine | null {
  const m = LINE_RE.exec(line);
  if (!m) return null;
  const tags = m[2] ? [...m[2].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]) : [];
  return { level: m[1].toLowerCase() as LogLevelName, tags };
}

export function parseLevel(v: string): LogLevelName {
  const l = v.toLowerCase();
  if (l === 'warn') return 'warning';
  if ((LOG_LEVELS as readonly string[]).includes(l)) return l as LogLevelName;
  throw new ControlError('bad_args', `unknown log level ${JSON.stringify(v)}; use one of ${LOG_LEVELS.join(', ')}`);
}

/** A line that does not parse (a partial line) is shown only when nothing filters. */
export function matchesLogFilter(line: string, f: LogFilter): boolean {
  if (!f.level && !f.task) return true;
  const p = parseLogLine(line);
  if (!p) return false;
  if (f.level && LOG_LEVELS.indexOf(p.level) > LOG_LEVELS.indexOf(f.level)) return false;
  if (f.task) {
    const want = f.task.toLowerCase();
    if (!p.tags.some((t) => t.toLowerCase().includes(want))) return false;
  }
  return true;
}

/**
 * The whole lines of a chunk read from a file: a chunk that starts inside the file drops its first
 * (partial) line; the unfinished last line is left for the next read. `consumed`: bytes up to and with
 * the last newline (a newline byte never occurs inside a UTF-8 character, so the cut is always clean).
 */
export function wholeLines(chunk: Buffer, startsAtLineStart: boolean): { lines: string[]; consumed: number } {
  const end = chunk.lastIndexOf(0x0a);
  if (end < 0) return { lines: [], consumed: 0 };
  const lines = chunk.subarray(0, end).toString('utf8').split('\n');
  if (!startsAtLineStart) lines.shift();
  return { lines: lines.filter((l) => l !== ''), consumed: end + 1 };
}
