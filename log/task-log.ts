// task-log.ts: the logging interface every module takes, and the one builder its three backends share.
import type { LogLevel } from '../config/schema';
import type { ArchiveRequest, DailyRotation } from './daily-rotation';
import { describeCause } from './format';

export interface TaskLog {
  debug(msg: string): void;
  info(msg: string): void;
  warning(msg: string): void;
  /** Appends ": <cause message>" when a cause is given. */
  error(msg: string, cause?: unknown): void;
}

export interface ClusterLog extends TaskLog {
  /** task('Integrity sync', 'worker-1') logs "[Integrity sync] [worker-1] msg". */
  task(task: string, ...tags: string[]): TaskLog;
  /** Flushes and closes the outputs; idempotent; lines logged afterwards are dropped. */
  close(): Promise<void>;
  /**
   * Moves the log file into its daily archive (log/daily-rotation.ts) and goes on in a fresh one; every
   * line ends up in one of the two. Null when there is no file (stderr or memory only) or once closed.
   */
  rotate(req: ArchiveRequest): Promise<DailyRotation | null>;
}

/** Where a backend receives each line, before formatting. */
type LogSink = (level: LogLevel, tags: readonly string[], msg: string) => void;

function makeTaskLog(sink: LogSink, tags: readonly string[]): TaskLog {
  return {
    debug: (msg) => sink('debug', tags, msg),
    info: (msg) => sink('info', tags, msg),
    warning: (msg) => sink('warning', tags, msg),
    error: (msg, cause) => sink('error', tags, cause === undefined ? msg : `${msg}: ${describeCause(cause)}`),
  };
}

export function makeClusterLog(
  sink: LogSink,
  close: () => Promise<void>,
  rotate: (req: ArchiveRequest) => Promise<DailyRotation | null> = () => Promise.resolve(null),
): ClusterLog {
  let closing: Promise<void> | undefined;
  return {
    ...makeTaskLog(sink, []),
    task: (task, ...tags) => makeTaskLog(sink, [task, ...tags]),
    close: () => (closing ??= close()),
    rotate: (req) => (closing ? Promise.resolve(null) : rotate(req)),
  };
}
