// memory-log.ts: logs for the tests of other modules; same interface, no files.
import type { LogLevel } from '../config/schema';
import { formatLine, isEnabled, type NodeRole } from './format';
import { type ClusterLog, makeClusterLog } from './task-log';

/** A log that discards everything. */
export function nullLog(): ClusterLog {
  return makeClusterLog(() => undefined, () => Promise.resolve());
}

export interface MemoryLog extends ClusterLog {
  /** Every line written so far, formatted exactly as cluster.log would hold it. */
  readonly lines: string[];
}

interface MemoryLogOptions {
  level?: LogLevel; // default 'debug': tests usually want to see everything
  role?: NodeRole; // default 'Master'
  nodeName?: string; // default 'test'
  now?: () => Date;
}

/** A log that keeps its lines in `lines`. */
export function memoryLog(opts: MemoryLogOptions = {}): MemoryLog {
  const { level: threshold = 'debug', role = 'Master', nodeName = 'test', now = () => new Date() } = opts;
  const lines: string[] = [];
  let closed = false;
  const log = makeClusterLog(
    (level, tags, msg) => {
      if (!closed && isEnabled(level, threshold)) lines.push(formatLine(now(), level, role, nodeName, tags, msg));
    },
    () => {
      closed = true;
      return Promise.resolve();
    },
  );
  return { ...log, lines };
}
