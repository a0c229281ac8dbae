// staging.ts: where a worker puts received files before apply: <data_dir>/queue/cluster/integrity-staging/.
// A StagedFile hashes while it writes and refuses a file whose bytes do not match the announced MD5
// and size; a finished file carries its final mode and mtime, so apply only renames. Staged files are
// made durable all at once by flush() before the journal commits: one syncfs, not one fsync a file.
import { execFile } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntegrityError } from './errors';
import { MODE_MASK } from './file-table';
import { isMissing } from './fs-util';
import { PathGuard, type GuardOptions } from './path-guard';

const STAGING_DIR = 'queue/cluster/integrity-staging';
export const JOURNAL_FILE = 'journal.json';
const STAGED_PREFIX = 'f-';

/** What the master announced for a file. */
export interface ExpectedFile {
  readonly md5: string;
  readonly size: number;
  readonly mode: number;
  readonly mtimeMs: number;
}

export interface StagedEntry extends ExpectedFile {
  /** The data_dir-relative target path. */
  readonly rel: string;
  /** The file's name inside the staging folder. */
  readonly staged: string;
}

export function stagingDirOf(dataDir: string): string {
  return path.join(path.resolve(dataDir), ...STAGING_DIR.split('/'));
}

export class Staging {
  private readonly staged = new Map<string, StagedEntry>();
  private counter = 0;

  private constructor(readonly dir: string, readonly guard: PathGuard, readonly durable: boolean) {}

  /**
   * Opens an empty staging folder. Refuses (journal_pending) while an apply's journal is there:
   * run recoverIntegrity first. Leftover staged files of an apply never committed are removed.
   */
  static async open(opts: GuardOptions & { durable?: boolean }): Promise<Staging> {
    const guard = new PathGuard(opts);
    const dir = stagingDirOf(guard.dataDir);
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o750 });
    const names = await fs.promises.readdir(dir);
    if (names.includes(JOURNAL_FILE)) {
      throw new IntegrityError('journal_pending', `an integrity apply is pending in ${dir}: recover it first`);
    }
    await Promise.all(names.map((n) => fs.promises.rm(path.join(dir, n), { recursive: true, force: true })));
    return new Staging(dir, guard, opts.durable ?? true);
  }

  /** Starts a file; the path is checked (path-guard) before anything is written. */
  async create(rel: string, expected: ExpectedFile): Promise<StagedFile> {
    const entry = this.entryFor(rel, expected);
    const fh = await fs.promises.open(path.join(this.dir, entry.staged), 'wx', 0o600);
    return new StagedFile(this, fh, entry);
  }

  /**
   * Stages a small file whose bytes are all here, verified before anything is written, with
   * synchronous calls: for thousands of small files a thread-pool round trip per call is the cost.
   */
  stageWhole(rel: string, expected: ExpectedFile, parts: readonly Uint8Array[]): StagedEntry {
    const e = this.entryFor(rel, expected);
    const h = createHash('md5');
    let size = 0;
    for (const p of parts) {
      h.update(p);
      size += p.byteLength;
    }
    if (size !== e.size) throw new IntegrityError('size_mismatch', `${e.rel}: got ${size} bytes, announced ${e.size}`, { path: e.rel });
    const md5 = h.digest('hex');
    if (md5 !== e.md5) throw new IntegrityError('md5_mismatch', `${e.rel}: content MD5 ${md5} does not match the announced ${e.md5}`, { path: e.rel });
    const file = path.join(this.dir, e.staged);
    const fd = fs.openSync(file, 'wx', 0o600);
    try {
      for (const p of parts) for (let off = 0; off < p.byteLength;) off += fs.writeSync(fd, p, off, p.byteLength - off);
      fs.fchmodSync(fd, e.mode & MODE_MASK);
      fs.futimesSync(fd, e.mtimeMs / 1000, e.mtimeMs / 1000);
    } catch (err) {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
      throw new IntegrityError('staging_failed', `${e.rel}: cannot stage: ${(err as Error).message}`, { cause: err, path: e.rel });
    }
    fs.closeSync(fd);
    this.accept(e);
    return e;
  }

  /**
   * Makes every staged file durable (before the journal commits): one syncfs of the file system
   * (`sync -f`); where that is not available, one fsync per staged file.
   */
  async flush(): Promise<void> {
    if (!this.durable || this.staged.size === 0) return;
    if (await syncFileSystem(this.dir)) return;
    const queue = [...this.staged.values()];
    const lane = async (): Promise<void> => {
      for (let e = queue.pop(); e !== undefined; e = queue.pop()) {
        const fh = await fs.promises.open(path.join(this.dir, e.staged), 'r');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, lane));
  }

  /** Stages one file from a stream of chunks. */
  async stage(rel: string, expected: ExpectedFile, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StagedEntry> {
    const f = await this.create(rel, expected);
    try {
      for await (const c of chunks) await f.write(c);
      return await f.finish();
    } catch (err) {
      await f.abort();
      throw err;
    }
  }

  get entries(): StagedEntry[] {
    return [...this.staged.values()];
  }

  /** Removes every staged file (the apply is abandoned). */
  async discard(): Promise<void> {
    await Promise.all([...this.staged.values()].map((e) => fs.promises.rm(path.join(this.dir, e.staged), { force: true })));
    this.staged.clear();
  }

  /** @internal called by StagedFile.finish */
  accept(e: StagedEntry): void {
    this.staged.set(e.rel, e);
  }

  private entryFor(rel: string, expected: ExpectedFile): StagedEntry {
    const g = this.guard.check(rel);
    if (this.staged.has(g.rel)) throw new IntegrityError('staging_failed', `${g.rel} staged twice`, { path: g.rel });
    if (!/^[0-9a-f]{32}$/.test(expected.md5)) throw new IntegrityError('staging_failed', `${g.rel}: bad MD5 ${JSON.stringify(expected.md5)}`, { path: g.rel });
    if (!Number.isSafeInteger(expected.size) || expected.size < 0) throw new IntegrityError('staging_failed', `${g.rel}: bad size ${expected.size}`, { path: g.rel });
    if (!Number.isFinite(expected.mtimeMs)) throw new IntegrityError('staging_failed', `${g.rel}: bad mtime`, { path: g.rel });
    const { md5, size, mode, mtimeMs } = expected;
    return { md5, size, mode, mtimeMs, rel: g.rel, staged: `${STAGED_PREFIX}${(++this.counter).toString(36)}` };
  }
}

const SYNCFS_TIMEOUT_MS = 120_000;

// syncfs(2) through coreutils: Node has no binding. False when it is missing or fails (fall back).
function syncFileSystem(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('sync', ['-f', dir], { timeout: SYNCFS_TIMEOUT_MS }, (err) => resolve(err === null));
  });
}

export class StagedFile {
  private readonly hash: Hash = createHash('md5');
  private written = 0;
  private done = false;

  constructor(private readonly staging: Staging, private readonly fh: fs.promises.FileHandle, readonly entry: StagedEntry) {}

  /** Appends a chunk; refuses at once when the file grows past its announced size. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.done) throw new IntegrityError('staging_failed', `${this.entry.rel}: write after finish`, { path: this.entry.rel });
    if (this.written + chunk.byteLength > this.entry.size) {
      await this.abort();
      throw new IntegrityError('size_mismatch', `${this.entry.rel}: more than the announced ${this.entry.size} bytes`, { path: this.entry.rel });
    }
    this.hash.update(chunk);
    this.written += chunk.byteLength;
    let off = 0;
    while (off < chunk.byteLength) off += (await this.fh.write(chunk, off, chunk.byteLength - off)).bytesWritten;
  }

  /** Verifies size and MD5, sets mode and mtime; on a mismatch the file is removed. Staging.flush() makes it durable. */
  async finish(): Promise<StagedEntry> {
    if (this.done) throw new IntegrityError('staging_failed', `${this.entry.rel}: finished twice`, { path: this.entry.rel });
    const e = this.entry;
    if (this.written !== e.size) {
      await this.abort();
      throw new IntegrityError('size_mismatch', `${e.rel}: got ${this.written} bytes, announced ${e.size}`, { path: e.rel });
    }
    const md5 = this.hash.digest('hex');
    if (md5 !== e.md5) {
      await this.abort();
      throw new IntegrityError('md5_mismatch', `${e.rel}: content MD5 ${md5} does not match the announced ${e.md5}`, { path: e.rel });
    }
    this.done = true;
    try {
      await this.fh.chmod(e.mode & MODE_MASK);
      await this.fh.utimes(e.mtimeMs / 1000, e.mtimeMs / 1000);
    } finally {
      await this.fh.close();
    }
    this.staging.accept(e);
    return e;
  }

  /** Drops the partial file. Safe to call twice. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.fh.close();
    try {
      await fs.promises.unlink(path.join(this.staging.dir, this.entry.staged));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
}

