// cluster-log.ts: the node's cluster.log (and stderr), in Wazuh's line format; the file is written and
// rotated by size by winston's File transport, and archived daily by rotate() (log/daily-rotation.ts):
// the daily rotation swaps in a new transport on a fresh file, then ends the old one, so that a line goes
// either to the moved file (flushed before it is compressed) or to the fresh one.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import winston from 'winston';
import type { LogLevel } from '../config/schema';
import { type ArchiveRequest, type DailyRotation, rotateDaily } from './daily-rotation';
import { formatLine, isEnabled, LEVEL_RANK, type NodeRole } from './format';
import { type ClusterLog, makeClusterLog } from './task-log';

export { type TaskLog, type ClusterLog } from './task-log';
export { nullLog, memoryLog, type MemoryLog } from './memory-log';

export interface ClusterLogOptions {
  file?: string; // usually <data_dir>/logs/cluster.log
  level: LogLevel;
  stderr: boolean;
  role: NodeRole;
  nodeName: string;
  maxSizeBytes?: number; // rotate once the file passes this size; default 10 MiB
  maxFiles?: number; // cluster.log plus rotated cluster1.log (newest) .. cluster<N-1>.log; default 5
  now?: () => Date; // the clock of the timestamps (tests)
  /** Told once when writing the file fails later on (disk full); default: one line on stderr. */
  onError?: (err: Error) => void;
  closeDeadlineMs?: number; // default CLOSE_DEADLINE_MS
}

const DEFAULT_MAX_SIZE_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_FILES = 5;
/** close() waits this long for the file to flush, then rejects. */
const CLOSE_DEADLINE_MS = 5_000;
/** Lines held while the file opens; past this the newest are counted and dropped. */
const MAX_PENDING_LINES = 10_000;

export class ClusterLogError extends Error {
  override readonly name = 'ClusterLogError';
}

type Entry = { level: LogLevel; message: string };

/**
 * Opens the cluster log: creates the logs folder (mode 0750) when missing and checks that the file can be
 * opened for appending, so that a bad path fails here, as a ClusterLogError, rather than later in silence.
 */
export function createClusterLog(opts: ClusterLogOptions): ClusterLog {
  const { level: threshold, role, nodeName, now = () => new Date() } = opts;
  const toStderr = (line: string): void => void process.stderr.write(`${line}\n`);
  const file = opts.file === undefined ? undefined : openFileLogger(opts.file, opts, now);
  let closed = false;
  const sink = (level: LogLevel, tags: readonly string[], msg: string): void => {
    if (closed || !isEnabled(level, threshold)) return;
    const line = formatLine(now(), level, role, nodeName, tags, msg);
    if (opts.stderr) toStderr(line);
    file?.write({ level, message: line });
  };
  const close = async (): Promise<void> => {
    closed = true;
    await file?.end();
  };
  const path = opts.file;
  const rotate = async (req: ArchiveRequest): Promise<DailyRotation | null> =>
    file && path !== undefined ? rotateDaily({ path, reopen: () => file.reopen() }, req) : null;
  return makeClusterLog(sink, close, rotate);
}

interface FileLogger {
  write(entry: Entry): void;
  /** New lines go to a fresh file at the path; resolves once the previous file has every earlier line. */
  reopen(): Promise<void>;
  end(): Promise<void>;
}

/** Creates the folder and the file (mode 0640) when missing: a bad path fails here, not in winston. */
function touchLogFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o750 });
    closeSync(openSync(path, 'a', 0o640));
  } catch (err) {
    throw new ClusterLogError(`cannot open the cluster log ${path}: ${(err as Error).message}`, { cause: err });
  }
}

function openFileLogger(path: string, opts: ClusterLogOptions, now: () => Date): FileLogger {
  touchLogFile(path);
  let reported = false;
  const onError =
    opts.onError ?? ((err: Error) => process.stderr.write(`cluster log: cannot write ${path}: ${err.message}\n`));
  const report = (err: Error): void => {
    if (reported) return; // one report is enough; a failing disk would otherwise flood stderr
    reported = true;
    onError(err);
  };
  let current = startTransport(path, opts, now, report);
  let retiring: Promise<void> = Promise.resolve();
  let ending: Promise<void> | undefined;
  return {
    write: (entry) => current.write(entry),
    reopen: async () => {
      // Closed while a rotation ran: no fresh file (nothing would end it); the moved file is complete
      // once the close has flushed it.
      if (ending) return ending;
      touchLogFile(path); // throws before the switch: lines stay on the current file
      const old = current;
      current = startTransport(path, opts, now, report);
      retiring = old.end();
      await retiring;
    },
    end: () => (ending ??= Promise.all([current.end(), retiring]).then(() => undefined)),
  };
}

/** One winston File transport on `path`, holding lines until the file has opened. */
function startTransport(path: string, opts: ClusterLogOptions, now: () => Date, report: (err: Error) => void): Omit<FileLogger, 'reopen'> {
  const transport = new winston.transports.File({
    filename: path,
    maxsize: opts.maxSizeBytes ?? DEFAULT_MAX_SIZE_BYTES,
    maxFiles: opts.maxFiles ?? DEFAULT_MAX_FILES,
    tailable: true, // cluster.log is always the newest file, as Wazuh's is
    eol: '\n',
    options: { flags: 'a', mode: 0o640 },
  });
  const logger = winston.createLogger({
    levels: { ...LEVEL_RANK },
    level: 'debug', // filtered before, in createClusterLog
    // The line is built by formatLine before winston sees it; winston only writes and rotates.
    format: winston.format.printf((info) => String(info.message)),
    transports: [transport],
    exitOnError: false,
  });
  logger.on('error', report);

  // winston 3.19 loses every line and never finishes when the size limit is passed before the file has
  // opened ("rotatedWhileOpening"), so lines wait here until it has.
  let opened = false;
  let dropped = 0;
  const pending: Entry[] = [];
  transport.once('open', () => {
    opened = true;
    for (const e of pending.splice(0)) logger.log(e);
    if (dropped > 0) {
      const msg = `${dropped} log lines were dropped while the log file was opening.`;
      logger.log({ level: 'warning', message: formatLine(now(), 'warning', opts.role, opts.nodeName, [], msg) });
    }
  });

  return {
    write(entry) {
      if (opened) logger.log(entry);
      else if (pending.length < MAX_PENDING_LINES) pending.push(entry);
      else dropped++;
    },
    end: () =>
      new Promise<void>((resolve, reject) => {
        const deadline = opts.closeDeadlineMs ?? CLOSE_DEADLINE_MS;
        const timer = setTimeout(() => {
          reject(new ClusterLogError(`cluster log ${path} did not flush within ${deadline} ms`));
        }, deadline);
        // The logger finishes only after its transport has (winston >= 3.17 waits for the file stream).
        logger.once('finish', () => {
          clearTimeout(timer);
          resolve();
        });
        if (opened) logger.end();
        else transport.once('open', () => logger.end()); // after the flush above: listeners run in order
      }),
  };
}
