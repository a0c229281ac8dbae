// log-tail.ts: the `log-tail` control command: the last lines of the node's cluster.log, filtered, and
// the lines written since an offset (the shell's `logs -f` polls with the offset it got last).
import * as fs from 'fs';
import * as path from 'path';
import { type LogFilter, matchesLogFilter, wholeLines } from './log-filter';

/** Most bytes read per call: the tail of a 10 MiB log, or what a follow missed, is cut to this. */
export const LOG_READ_MAX = 1 << 20;
export const LOG_LINES_MAX = 1_000;

export interface LogTail {
  file: string;
  lines: string[];
  /** Where the next follow-up read starts. */
  offset: number;
  /** Bytes passed over: the file was rotated (started again at 0), or more was written than one read takes. */
  skipped: number;
  rotated: boolean;
}

export function clusterLogPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'cluster.log');
}

/**
 * With `after` null: the last `lines` matching lines. With an offset: every matching line written since
 * (at most LOG_READ_MAX bytes of them), starting again at 0 when the file shrank (rotation).
 */
export function readLogTail(file: string, filter: LogFilter, lines: number, after: number | null): LogTail {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { file, lines: [], offset: 0, skipped: 0, rotated: false };
    throw err;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const rotated = after !== null && size < after;
    const want = after === null || rotated ? 0 : after;
    const from = Math.max(want, size - LOG_READ_MAX);
    const buf = Buffer.alloc(size - from);
    const chunk = buf.subarray(0, buf.length ? fs.readSync(fd, buf, 0, buf.length, from) : 0);
    // A read from where the last one stopped (or from 0) starts at a line; one cut to LOG_READ_MAX does not.
    let { lines: read, consumed } = wholeLines(chunk, from === want);
    if (consumed === 0 && chunk.length === LOG_READ_MAX) consumed = chunk.length; // one line longer than a read
    read = read.filter((l) => matchesLogFilter(l, filter));
    return {
      file, lines: after === null ? read.slice(-lines) : read, offset: from + consumed,
      skipped: after === null ? 0 : from - want, rotated,
    };
  } finally {
    fs.closeSync(fd);
  }
}
