// staging-writer.ts: hands small staged files to the staging writer threads (staging-thread.ts) in
// batches. While a thread writes one batch, the files that arrive meanwhile gather into the next, so
// thousands of files cost a few messages; each batch's bytes travel in one buffer.
// Measured against synchronous writes on the event loop and against one thread-pool call per step of
// each file (bench/integrity.ts and the commit that brought this in): the threads win on both counts.
// Two lanes, one thread each; a folder always goes to the same lane. Creating a file takes its folder's
// lock for the whole inode allocation (which a file system busy with recent deletions makes slow), so
// two threads gain only when they write different folders: 1.3-1.8 s instead of 1.9-4.2 s for 10,000
// files in the measurement that chose this. Each thread is started on first use, stopped after IDLE_MS unused.
// A batch's bytes travel in a shared buffer the lane keeps for its next batches (dropped with the thread):
// a fresh buffer per batch would cost a cold sync some 100 MB of new pages to fault in and collect.
import * as path from 'node:path';
import Piscina from 'piscina';
import { compiledEntry } from '../../lib/compiled-entry';
import type { StagingBatch, StagingFileJob, StagingFileResult } from './staging-thread';

/** A batch closes at this many files or bytes (small files are at most 256 KiB each). */
const BATCH_FILES = 64;
const BATCH_BYTES = 4 << 20;
/** Batches handed to a lane's thread at once: the next one waits in its queue, so it never idles between two. */
const BATCHES_IN_FLIGHT = 2;
/** One thread per lane: this machine has two cores, and the event loop receives beside them. */
export const WRITER_LANES = 2;
const IDLE_MS = 30_000;

interface Job {
  readonly file: string;
  readonly content: Uint8Array;
  readonly mode: number;
  readonly mtimeSec: number;
  readonly md5: string;
  readonly done: (err?: Error) => void;
}

/** The bytes handed to writeInThread are not the ones announced: nothing was written. */
export class ContentMismatchError extends Error {
  override readonly name = 'ContentMismatchError';
  constructor(readonly actualMd5: string) {
    super(`content MD5 ${actualMd5}`);
  }
}

interface Lane {
  readonly queue: Job[];
  inFlight: number;
  pool: Piscina | undefined;
  /** Batch buffers not in use: at most BATCHES_IN_FLIGHT, each of BATCH_BYTES. */
  readonly spare: SharedArrayBuffer[];
  idle: NodeJS.Timeout | undefined;
  /** A pump waits for the end of this event-loop turn. */
  pumpDue: boolean;
}

const lanes: Lane[] = Array.from({ length: WRITER_LANES }, () => ({ queue: [], inFlight: 0, pool: undefined, spare: [], idle: undefined, pumpDue: false }));

/** The lane of a folder: a stable hash of its path. Pure. */
export function laneOf(folder: string, count = WRITER_LANES): number {
  let h = 0;
  for (let i = 0; i < folder.length; i++) h = (Math.imul(h, 31) + folder.charCodeAt(i)) | 0;
  return (h >>> 0) % count;
}

/**
 * Creates `file` (it must not exist; its folder is made if missing) with `content`, mode and mtime, in
 * the writer thread of its folder's lane, once the thread found the content's MD5 to be `md5`
 * (ContentMismatchError when not).
 */
export function writeInThread(file: string, content: Uint8Array, mode: number, mtimeSec: number, md5: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const lane = lanes[laneOf(path.dirname(file))];
    lane.queue.push({ file, content, mode, mtimeSec, md5, done: (err) => (err ? reject(err) : resolve()) });
    // The files of one received chunk arrive in one turn: sent at its end, they make one batch, not one each
    // (measured: 650 batches for 10,000 files, half of them of one file, each a message to the thread).
    if (!lane.pumpDue) {
      lane.pumpDue = true;
      setImmediate(() => {
        lane.pumpDue = false;
        pump(lane);
      });
    }
  });
}

function pump(lane: Lane): void {
  if (lane.idle && lane.queue.length > 0) {
    clearTimeout(lane.idle);
    lane.idle = undefined;
  }
  while (lane.inFlight < BATCHES_IN_FLIGHT && lane.queue.length > 0) {
    lane.inFlight++;
    void send(lane, takeBatch(lane.queue));
  }
}

function takeBatch(queue: Job[]): Job[] {
  let bytes = 0, n = 0;
  while (n < queue.length && n < BATCH_FILES && (n === 0 || bytes + queue[n].content.byteLength <= BATCH_BYTES)) bytes += queue[n++].content.byteLength;
  return queue.splice(0, n);
}

// Settles every job of the batch; never rejects.
async function send(lane: Lane, batch: Job[]): Promise<void> {
  const total = batch.reduce((s, j) => s + j.content.byteLength, 0);
  // Small files are at most 256 KiB, so a batch always fits; a fresh buffer, transferred, if one ever did not.
  const shared = total <= BATCH_BYTES ? lane.spare.pop() ?? new SharedArrayBuffer(BATCH_BYTES) : undefined;
  try {
    const bytes = shared ?? new ArrayBuffer(total);
    const view = new Uint8Array(bytes, 0, total);
    const files: StagingFileJob[] = [];
    let offset = 0;
    for (const j of batch) {
      view.set(j.content, offset);
      files.push({ file: j.file, offset, size: j.content.byteLength, mode: j.mode, mtimeSec: j.mtimeSec, md5: j.md5 });
      offset += j.content.byteLength;
    }
    const task: StagingBatch = { bytes, files };
    const results = (await threadOf(lane).run(task, shared ? {} : { transferList: [bytes as ArrayBuffer] })) as StagingFileResult[];
    batch.forEach((j, i) => j.done(errorOf(results[i])));
  } catch (err) {
    for (const j of batch) j.done(err as Error);
  } finally {
    if (shared) lane.spare.push(shared);
    lane.inFlight--;
    pump(lane);
    if (lane.inFlight === 0 && lane.queue.length === 0 && !lane.idle) {
      lane.idle = setTimeout(() => { lane.idle = undefined; lane.spare.length = 0; }, IDLE_MS).unref();
    }
  }
}

function errorOf(r: StagingFileResult | undefined): Error | undefined {
  if (r === null) return undefined;
  if (r === undefined) return new Error('not written');
  return typeof r === 'string' ? new Error(r) : new ContentMismatchError(r.md5);
}

function threadOf(lane: Lane): Piscina {
  lane.pool ??= new Piscina({
    filename: compiledEntry(__filename, 'staging-thread'),
    name: 'writeBatch',
    minThreads: 0,
    maxThreads: 1,
    concurrentTasksPerWorker: BATCHES_IN_FLIGHT,
    idleTimeout: IDLE_MS,
    recordTiming: false,
  });
  return lane.pool;
}
