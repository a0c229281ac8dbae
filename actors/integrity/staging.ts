// staging.ts: where a worker puts received files before apply: <data_dir>/queue/cluster/integrity-staging/.
// A small file is verified (size, MD5) once all its bytes are here, then handed to the writer threads
// (staging-writer.ts), at most `depth` files at once: file creation, not the network or the hashing,
// bounds a cold sync, and now runs beside them. A small file whose folder the worker lacks is staged in
// the layout it will have, under t/ (t/etc/shared/web/agent.conf), so that apply moves that folder in
// one rename rather than a rename per file; the others, and big files, are staged flat (f-<n>), which
// costs no folder (a big file's StagedFile hashes while it writes). Either way a file whose bytes do not match what the master announced is refused, and
// a staged file carries its final mode and mtime, so apply only renames. Staged files are made durable
// all at once by flush() before the journal commits: one syncfs, not one fsync a file.
import { execFile } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Clock, systemClock } from '../../lib/clock';
import { Lanes } from '../../lib/lanes';
import { IntegrityError } from './errors';
import { MODE_MASK } from './file-table';
import { isMissing } from './fs-util';
import { PathGuard, type GuardOptions } from './path-guard';
import { ContentMismatchError, writeInThread } from './staging-writer';

const STAGING_DIR = 'queue/cluster/integrity-staging';
export const JOURNAL_FILE = 'journal.json';
const STAGED_PREFIX = 'f-';
/** The folder of the staged tree, inside the staging folder. */
export const STAGED_TREE = 't';
/** A staged tree path longer than this (bytes) is staged flat instead: the staging folder must not make a path too long. */
const TREE_PATH_MAX = 3_800;
/**
 * Small files handed to the writer thread and not yet written: enough to fill its two batches of 64.
 * bench/integrity.ts measures 1, 8, 32, 64 and 128: 128 had the best median, the others within noise.
 */
const STAGE_DEPTH = 128;

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

interface StagingOptions extends GuardOptions {
  /** Make staged files durable in flush() (default true); false only for tests and benches on throwaway dirs. */
  durable?: boolean;
  /** Small files written at once (default STAGE_DEPTH). */
  depth?: number;
  /** Times flush() for the sync's log. */
  clock?: Clock;
  /** A background syncfs starts every this many bytes staged (default EARLY_WRITEBACK_BYTES); durable only. */
  writebackEvery?: number;
}

export class Staging {
  private readonly staged = new Map<string, StagedEntry>();
  /** Paths being staged or staged: a path announced twice is refused, even while the first is in flight. */
  private readonly claimed = new Set<string>();
  private readonly lanes: Lanes;
  private counter = 0;
  /** Target folders looked up: true when absent (its files are staged in the tree). */
  private readonly absentTargets = new Map<string, boolean>();
  /** Files still waiting for a lane are refused, not written. */
  private discarded = false;
  /** How long the last flush() took, in ms (null before one ran). */
  flushMs: number | null = null;
  /** Bytes staged since the last early writeback began, and that writeback while it runs. */
  private sinceWriteback = 0;
  private writeback: Promise<boolean> | null = null;
  /** Background writebacks started so far. */
  writebacks = 0;

  private constructor(
    readonly dir: string, readonly guard: PathGuard, readonly durable: boolean, depth: number, private readonly clock: Clock,
    private readonly writebackEvery: number,
  ) {
    this.lanes = new Lanes(depth);
  }

  /**
   * Opens an empty staging folder. Refuses (journal_pending) while an apply's journal is there:
   * run recoverIntegrity first. Leftover staged files of an apply never committed are removed.
   */
  static async open(opts: StagingOptions): Promise<Staging> {
    const guard = new PathGuard(opts);
    const dir = stagingDirOf(guard.dataDir);
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o750 });
    const names = await fs.promises.readdir(dir);
    if (names.includes(JOURNAL_FILE)) {
      throw new IntegrityError('journal_pending', `an integrity apply is pending in ${dir}: recover it first`);
    }
    await Promise.all(names.map((n) => fs.promises.rm(path.join(dir, n), { recursive: true, force: true })));
    return new Staging(dir, guard, opts.durable ?? true, opts.depth ?? STAGE_DEPTH, opts.clock ?? systemClock, opts.writebackEvery ?? EARLY_WRITEBACK_BYTES);
  }

  /** Small files written at once. */
  get depth(): number {
    return this.lanes.width;
  }

  /** Starts a file; the path is checked (path-guard) before anything is written. */
  async create(rel: string, expected: ExpectedFile): Promise<StagedFile> {
    const entry = this.entryFor(rel, expected, false);
    let fh: fs.promises.FileHandle;
    try {
      fh = await fs.promises.open(this.pathOf(entry.staged), 'wx', 0o600);
    } catch (err) {
      this.claimed.delete(entry.rel);
      throw err;
    }
    return new StagedFile(this, fh, entry);
  }

  /**
   * Stages a small file whose bytes are all here: its size checked here, its MD5 by the writer thread
   * before it writes anything, at most `depth` files at once. Settles when the file is staged (or refused).
   */
  async stageWhole(rel: string, expected: ExpectedFile, parts: readonly Uint8Array[]): Promise<StagedEntry> {
    return this.stageClaimed(this.claimWhole(rel, expected), parts);
  }

  /**
   * Checks the path of a small file about to arrive and claims it (a second copy is refused): the pack
   * receiver asks at the file's header, so a refused path costs no memory. Then stageClaimed(), or release().
   */
  claimWhole(rel: string, expected: ExpectedFile): StagedEntry {
    return this.entryFor(rel, expected, true);
  }

  /** stageWhole() of a claimed file. */
  async stageClaimed(e: StagedEntry, parts: readonly Uint8Array[]): Promise<StagedEntry> {
    try {
      checkSize(e, parts);
      await this.lanes.run(() => this.writeWhole(e, parts));
    } catch (err) {
      this.claimed.delete(e.rel);
      throw err;
    }
    return e;
  }

  // Accepted before the lane is given back, so that discard(), once the lanes are idle, sees every file.
  private async writeWhole(e: StagedEntry, parts: readonly Uint8Array[]): Promise<void> {
    if (this.discarded) throw new IntegrityError('staging_failed', `${e.rel}: the staging was discarded`, { path: e.rel });
    const content = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    try {
      await writeInThread(this.pathOf(e.staged), content, e.mode & MODE_MASK, e.mtimeMs / 1000, e.md5);
    } catch (err) {
      if (err instanceof ContentMismatchError) throw md5Mismatch(e, err.actualMd5);
      throw new IntegrityError('staging_failed', `${e.rel}: cannot stage: ${(err as Error).message}`, { cause: err, path: e.rel });
    }
    this.accept(e);
  }

  /**
   * Makes every staged file durable (before the journal commits): one syncfs of the file system
   * (`sync -f`); where that is not available, one fsync per staged file.
   */
  async flush(): Promise<void> {
    const started = this.clock.now();
    try {
      await this.makeDurable();
    } finally {
      this.flushMs = this.clock.now() - started;
    }
  }

  private async makeDurable(): Promise<void> {
    if (!this.durable || this.staged.size === 0) return;
    await this.writeback; // its outcome does not matter: the syncfs below covers everything staged
    if (await syncFileSystem(this.dir)) return;
    const queue = [...this.staged.values()];
    const lane = async (): Promise<void> => {
      for (let e = queue.pop(); e !== undefined; e = queue.pop()) {
        const fh = await fs.promises.open(this.pathOf(e.staged), 'r');
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

  /** Removes every staged file (the apply is abandoned), once the writes in flight have ended. */
  async discard(): Promise<void> {
    this.discarded = true;
    await this.lanes.idle();
    await Promise.all([...this.staged.values()].filter((e) => !isTreeStaged(e)).map((e) => fs.promises.rm(this.pathOf(e.staged), { force: true })));
    await fs.promises.rm(path.join(this.dir, STAGED_TREE), { recursive: true, force: true });
    this.staged.clear();
    this.claimed.clear();
  }

  /** @internal called by StagedFile.finish */
  accept(e: StagedEntry): void {
    this.staged.set(e.rel, e);
    this.sinceWriteback += e.size;
    if (this.durable && this.writeback === null && this.sinceWriteback >= this.writebackEvery) {
      // The disk writes what is staged so far while the rest comes: flush() then waits only for the tail.
      this.sinceWriteback = 0;
      this.writebacks++;
      this.writeback = syncFileSystem(this.dir).finally(() => { this.writeback = null; });
    }
  }

  /** A claimed file that will not be staged after all (StagedFile.abort, a pack cut short): the path may come again. */
  release(rel: string): void {
    if (!this.staged.has(rel)) this.claimed.delete(rel);
  }

  /** The absolute path of a staged name: path.join, without its normalising (names and paths are clean). */
  private pathOf(staged: string): string {
    return path.sep === '/' ? `${this.dir}/${staged}` : path.join(this.dir, staged);
  }

  // One lstat a folder: a cold sync's 10,000 files lie in a few hundred.
  private targetFolderAbsent(abs: string): boolean {
    const folder = path.dirname(abs);
    let absent = this.absentTargets.get(folder);
    if (absent === undefined) this.absentTargets.set(folder, (absent = lstatAbsent(folder)));
    return absent;
  }

  /**
   * The entry of a file to stage: in the staged tree when `tree`, its target folder is absent (apply will
   * move it whole) and its path is not too long there; flat otherwise.
   */
  private entryFor(rel: string, expected: ExpectedFile, tree: boolean): StagedEntry {
    const g = this.guard.check(rel);
    if (this.claimed.has(g.rel)) throw new IntegrityError('staging_failed', `${g.rel} staged twice`, { path: g.rel });
    if (!/^[0-9a-f]{32}$/.test(expected.md5)) throw new IntegrityError('staging_failed', `${g.rel}: bad MD5 ${JSON.stringify(expected.md5)}`, { path: g.rel });
    if (!Number.isSafeInteger(expected.size) || expected.size < 0) throw new IntegrityError('staging_failed', `${g.rel}: bad size ${expected.size}`, { path: g.rel });
    if (!Number.isFinite(expected.mtimeMs)) throw new IntegrityError('staging_failed', `${g.rel}: bad mtime`, { path: g.rel });
    const { md5, size, mode, mtimeMs } = expected;
    this.claimed.add(g.rel);
    const inTree = tree && this.targetFolderAbsent(g.abs) && fitsTree(this.pathOf(treeStagedName(g.rel)));
    return { md5, size, mode, mtimeMs, rel: g.rel, staged: inTree ? treeStagedName(g.rel) : `${STAGED_PREFIX}${(++this.counter).toString(36)}` };
  }
}

// A folder that cannot be looked at (too long a path here, not searchable) is not moved: its files go
// the way of single renames, which report each one that cannot be written.
function lstatAbsent(folder: string): boolean {
  try {
    return fs.lstatSync(folder, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

/** UTF-8 takes at most 3 bytes per UTF-16 unit: most paths need no byte count. */
function fitsTree(abs: string): boolean {
  return abs.length * 3 <= TREE_PATH_MAX || Buffer.byteLength(abs) <= TREE_PATH_MAX;
}

/** The staged name of a file staged in the tree: its own path under t/. */
export function treeStagedName(rel: string): string {
  return `${STAGED_TREE}/${rel}`;
}

export function isTreeStaged(e: StagedEntry): boolean {
  return e.staged === treeStagedName(e.rel);
}

/** A staged name as the journal may hold it: in the staged tree under the file's own path, or flat. Pure. */
export function isStagedName(staged: string, rel: string): boolean {
  return staged === treeStagedName(rel) || /^f-[0-9a-z]+$/.test(staged);
}

/** Throws size_mismatch when the bytes are not as many as announced. */
function checkSize(e: StagedEntry, parts: readonly Uint8Array[]): void {
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  if (size !== e.size) throw new IntegrityError('size_mismatch', `${e.rel}: got ${size} bytes, announced ${e.size}`, { path: e.rel });
}

function md5Mismatch(e: StagedEntry, md5: string): IntegrityError {
  return new IntegrityError('md5_mismatch', `${e.rel}: content MD5 ${md5} does not match the announced ${e.md5}`, { path: e.rel });
}

const SYNCFS_TIMEOUT_MS = 120_000;
/**
 * Every this many bytes staged, a syncfs starts in the background (one at a time): a cold sync's 100 MB
 * were all written back by the flush before the journal commit, 0.2-0.5 s at the end of the sync.
 */
const EARLY_WRITEBACK_BYTES = 24 * 1024 * 1024;

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
      throw md5Mismatch(e, md5);
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
    this.staging.release(this.entry.rel);
    await this.fh.close();
    try {
      await fs.promises.unlink(path.join(this.staging.dir, this.entry.staged));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
}

