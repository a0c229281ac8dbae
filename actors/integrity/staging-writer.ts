// staging-writer.ts: hands small staged files to the staging writer thread (staging-thread.ts) in
// batches. While the thread writes one batch, the files that arrive meanwhile gather into the next, so
// thousands of files cost a few messages; each batch's bytes travel in one transferred buffer.
// Measured against synchronous writes on the event loop and against one thread-pool call per step of
// each file (bench/integrity.ts and the commit that brought this in): the thread wins on both counts.
// One thread per process, started on first use, stopped after IDLE_MS unused (piscina unrefs it idle).
import Piscina from 'piscina';
import { compiledEntry } from '../../lib/compiled-entry';
import type { StagingBatch, StagingFileJob } from './staging-thread';

/** A batch closes at this many files or bytes (small files are at most 256 KiB each). */
const BATCH_FILES = 64;
const BATCH_BYTES = 4 << 20;
/** Batches handed to the thread at once: the next one waits in its queue, so it never idles between two. */
const BATCHES_IN_FLIGHT = 2;
const IDLE_MS = 30_000;

interface Job {
  readonly file: string;
  readonly content: Uint8Array;
  readonly mode: number;
  readonly mtimeSec: number;
  readonly done: (err?: Error) => void;
}

const queue: Job[] = [];
let inFlight = 0;
let pool: Piscina | undefined;

/** Creates `file` (it must not exist) with `content`, mode and mtime, in the writer thread. */
export function writeInThread(file: string, content: Uint8Array, mode: number, mtimeSec: number): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({ file, content, mode, mtimeSec, done: (err) => (err ? reject(err) : resolve()) });
    pump();
  });
}

function pump(): void {
  while (inFlight < BATCHES_IN_FLIGHT && queue.length > 0) {
    inFlight++;
    void send(takeBatch());
  }
}

function takeBatch(): Job[] {
  let bytes = 0, n = 0;
  while (n < queue.length && n < BATCH_FILES && (n === 0 || bytes + queue[n].content.byteLength <= BATCH_BYTES)) bytes += queue[n++].content.byteLength;
  return queue.splice(0, n);
}

// Settles every job of the batch; never rejects.
async function send(batch: Job[]): Promise<void> {
  try {
    const bytes = new ArrayBuffer(batch.reduce((s, j) => s + j.content.byteLength, 0));
    const view = new Uint8Array(bytes);
    const files: StagingFileJob[] = [];
    let offset = 0;
    for (const j of batch) {
      view.set(j.content, offset);
      files.push({ file: j.file, offset, size: j.content.byteLength, mode: j.mode, mtimeSec: j.mtimeSec });
      offset += j.content.byteLength;
    }
    const task: StagingBatch = { bytes, files };
    const results = (await threads().run(task, { transferList: [bytes] })) as (string | null)[];
    batch.forEach((j, i) => j.done(results[i] === null ? undefined : new Error(results[i] ?? 'not written')));
  } catch (err) {
    for (const j of batch) j.done(err as Error);
  } finally {
    inFlight--;
    pump();
  }
}

function threads(): Piscina {
  pool ??= new Piscina({
    filename: compiledEntry(__filename, 'staging-thread'),
    name: 'writeBatch',
    minThreads: 0,
    maxThreads: 1,
    concurrentTasksPerWorker: BATCHES_IN_FLIGHT,
    idleTimeout: IDLE_MS,
    recordTiming: false,
  });
  return pool;
}
