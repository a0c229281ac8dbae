// hash-pool.ts: MD5 of files by path, off the event loop, on a piscina pool of worker threads running
// hash-worker.ts (compiled; see lib/compiled-entry.ts).
//
// Concurrency is bounded by the thread count: each thread hashes one batch at a time, the other batches
// wait in piscina's queue, which holds at most what callers asked for (one scan at a time per node).
// Sets below the inline limits are hashed in this thread: starting a worker costs more than they do.
// Threads start on first use, are unref'd while idle (an idle pool never keeps a process alive), and
// stop after IDLE_MS unused, so a node that rarely hashes does not hold a thread's memory for nothing.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import Piscina from 'piscina';
import { compiledEntry } from '../../lib/compiled-entry';
import { IntegrityError } from './errors';
import type { HashFailure, HashOutcome } from './hash-worker';

export type { HashOutcome } from './hash-worker';

const IDLE_MS = 30_000;

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

export class HashPool {
  private readonly opts: Required<HashPoolOptions>;
  private piscina: Piscina | undefined;
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
    const pool = this.threads();
    const batches = this.split(jobs);
    const results = await Promise.all(batches.map((b) => this.run(pool, b)));
    batches.forEach((b, i) => b.forEach((p, k) => out.set(p, results[i][k])));
    return out;
  }

  /** Stops the threads; batches queued or in flight fail with hash_failed. */
  async close(): Promise<void> {
    this.closed = true;
    const pool = this.piscina;
    this.piscina = undefined;
    await pool?.destroy();
  }

  get threadCount(): number {
    return this.piscina?.threads.length ?? 0;
  }

  private threads(): Piscina {
    this.piscina ??= new Piscina({
      filename: compiledEntry(__filename, 'hash-worker'),
      name: 'hashBatch',
      minThreads: 0,
      maxThreads: this.opts.threads,
      idleTimeout: IDLE_MS,
      recordTiming: false,
    });
    return this.piscina;
  }

  private async run(pool: Piscina, paths: string[]): Promise<HashOutcome[]> {
    try {
      return (await pool.run(paths)) as HashOutcome[];
    } catch (err) {
      const why = this.closed ? 'hash pool closed' : `hash worker failed: ${(err as Error).message}`;
      throw new IntegrityError('hash_failed', why, { cause: err });
    }
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
