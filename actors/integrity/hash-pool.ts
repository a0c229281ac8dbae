// hash-pool.ts: MD5 of files by path, off the event loop, on a small pool of worker threads.
//
// Concurrency is bounded by the thread count: each thread hashes one batch at a time, the other batches
// wait in the pool's queue, which holds at most what callers asked for (one scan at a time per node).
// Sets below the inline limits are hashed in this thread: starting a worker costs more than they do.
// Threads start on first use and are unref'd while idle, so an idle pool never keeps a process alive.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { IntegrityError } from './errors';
import { HASH_WORKER_SOURCE } from './hash-worker-source';

export interface HashResult {
  readonly md5: string;
  readonly size: number;
  /** -1 when the file changed while it was read: the content hashed may be torn, so hash it again later. */
  readonly mtimeMs: number;
  readonly mode: number;
}
export interface HashFailure {
  readonly error: string; // an errno code such as ENOENT, or ENOTFILE
  readonly message: string;
}
export type HashOutcome = HashResult | HashFailure;

export function isHashFailure(o: HashOutcome): o is HashFailure {
  return 'error' in o;
}

export interface HashJob {
  readonly path: string;
  /** Expected size from the scan, used to balance batches; 0 if unknown. */
  readonly size?: number;
}

export interface HashPoolOptions {
  /** Worker threads; default: available cores minus one, between 1 and 4. */
  threads?: number;
  /** A set at most this many files AND this many bytes is hashed in-thread. */
  inlineMaxFiles?: number;
  inlineMaxBytes?: number;
  /** A batch closes at this many files or bytes, whichever comes first. */
  batchFiles?: number;
  batchBytes?: number;
}

interface Pending {
  readonly paths: string[];
  readonly resolve: (r: HashOutcome[]) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: (Pending & { id: number }) | undefined;
}

export class HashPool {
  private readonly opts: Required<HashPoolOptions>;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: HashPoolOptions = {}) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.opts = {
      threads: Math.max(1, opts.threads ?? Math.min(4, Math.max(1, cores - 1))),
      inlineMaxFiles: opts.inlineMaxFiles ?? 16,
      inlineMaxBytes: opts.inlineMaxBytes ?? 1 << 20,
      batchFiles: opts.batchFiles ?? 64,
      batchBytes: opts.batchBytes ?? 8 << 20,
    };
  }

  /** Hashes every file; failures (a file gone, a symlink swapped in) come back as HashFailure. */
  async hashFiles(jobs: readonly HashJob[]): Promise<Map<string, HashOutcome>> {
    if (this.closed) throw new IntegrityError('hash_failed', 'hash pool is closed');
    const out = new Map<string, HashOutcome>();
    const bytes = jobs.reduce((s, j) => s + (j.size ?? 0), 0);
    if (jobs.length <= this.opts.inlineMaxFiles && bytes <= this.opts.inlineMaxBytes) {
      for (const j of jobs) out.set(j.path, await hashFileInThread(j.path));
      return out;
    }
    const batches = this.split(jobs);
    const results = await Promise.all(batches.map((b) => this.enqueue(b)));
    batches.forEach((b, i) => b.forEach((p, k) => out.set(p, results[i][k])));
    return out;
  }

  /** Stops the threads; batches in flight fail with hash_failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new IntegrityError('hash_failed', 'hash pool closed'));
    for (const s of this.slots) {
      s.job?.reject(new IntegrityError('hash_failed', 'hash pool closed'));
      s.job = undefined;
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  get threadCount(): number {
    return this.slots.length;
  }

  private split(jobs: readonly HashJob[]): string[][] {
    const batches: string[][] = [];
    let cur: string[] = [], curBytes = 0;
    for (const j of jobs) {
      cur.push(j.path);
      curBytes += j.size ?? 0;
      if (cur.length >= this.opts.batchFiles || curBytes >= this.opts.batchBytes) {
        batches.push(cur);
        cur = [];
        curBytes = 0;
      }
    }
    if (cur.length > 0) batches.push(cur);
    return batches;
  }

  private enqueue(paths: string[]): Promise<HashOutcome[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ paths, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.opts.threads) slot = this.spawn();
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.job = { ...p, id: this.nextId++ };
      slot.worker.ref();
      slot.worker.postMessage({ id: slot.job.id, paths: p.paths });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(HASH_WORKER_SOURCE, { eval: true });
    const slot: Slot = { worker, job: undefined };
    worker.unref();
    worker.on('message', (m: { id: number; results: HashOutcome[] }) => {
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      slot.job = undefined;
      worker.unref();
      job.resolve(m.results);
      this.pump();
    });
    const fail = (err: Error): void => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      job?.reject(new IntegrityError('hash_failed', `hash worker failed: ${err.message}`, { cause: err }));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}

/** Streams one file through MD5 in this thread, with the same rules as the worker. */
export async function hashFileInThread(p: string): Promise<HashOutcome> {
  let fh: fs.promises.FileHandle | undefined;
  try {
    const C = fs.constants;
    fh = await fs.promises.open(p, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
    const before = await fh.stat();
    if (!before.isFile()) return { error: 'ENOTFILE', message: 'not a regular file' };
    const h = crypto.createHash('md5');
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1, before.size)));
    let size = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead <= 0) break;
      h.update(buf.subarray(0, bytesRead));
      size += bytesRead;
    }
    const after = await fh.stat();
    const stable = after.mtimeMs === before.mtimeMs && after.size === size;
    return { md5: h.digest('hex'), size, mtimeMs: stable ? after.mtimeMs : -1, mode: after.mode & 0o777 };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: e.code ?? 'EIO', message: e.message };
  } finally {
    await fh?.close();
  }
}
