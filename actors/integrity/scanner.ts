// scanner.ts: builds the table of synced files. A file whose mtime and size match the previous table
// keeps its hash and costs one lstat; only new or touched files are hashed, on the hash pool.
//
// The walk uses synchronous readdir/lstat (cheapest in CPU, which the idle-check target counts) and
// yields to the event loop every `yieldEvery` entries so other loops are never stalled for long.
// Symlinks and special files are skipped, never followed, and so are names a worker would refuse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isExcludedName, SYNCED_DIRS, type SyncedDir } from '../../config/synced-dirs';
import { IntegrityError } from './errors';
import { MODE_MASK, type FileEntry, type FileTable } from './file-table';
import { hashFileInThread, isHashFailure, type HashJob, type HashOutcome, type HashPool } from './hash-pool';
import { checkRelPath } from './path-guard';
import { errCode, isMissing } from './fs-util';

interface ScanOptions {
  dataDir: string;
  dirs?: readonly SyncedDir[];
  /** The last table: its hashes are reused for files whose mtime and size did not change. */
  previous?: FileTable;
  /** Hashes off the event loop; without one, files are hashed in this thread. */
  pool?: HashPool;
  /** Directory entries handled between two yields to the event loop. */
  yieldEvery?: number;
}

interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

interface ScanResult {
  readonly table: FileTable;
  /** Compared with `previous`: new paths, paths whose MD5 or mode changed, paths gone. Sorted. */
  readonly added: string[];
  readonly modified: string[];
  readonly removed: string[];
  /** Files read and hashed by this scan. */
  readonly hashed: number;
  readonly skipped: SkippedFile[];
}

export function hasChanges(r: ScanResult): boolean {
  return r.added.length + r.modified.length + r.removed.length > 0;
}

interface Seen {
  rel: string;
  abs: string;
  st: fs.Stats;
}

export async function scanSyncedFiles(opts: ScanOptions): Promise<ScanResult> {
  const dataDir = path.resolve(opts.dataDir);
  const previous = opts.previous ?? new Map<string, FileEntry>();
  const yieldEvery = opts.yieldEvery ?? 512;
  const skipped: SkippedFile[] = [];
  const table = new Map<string, FileEntry>();
  const toHash: Seen[] = [];
  let sinceYield = 0;

  for (const dir of opts.dirs ?? SYNCED_DIRS) {
    const stack: string[] = [dir.dir];
    while (stack.length > 0) {
      const relDir = stack.pop()!;
      const absDir = path.join(dataDir, ...relDir.split('/'));
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(absDir, { withFileTypes: true });
      } catch (err) {
        if (isMissing(err)) continue; // no such synced folder on this node, or it vanished mid-walk
        if (relDir === dir.dir) throw new IntegrityError('scan_failed', `cannot read ${relDir}: ${errCode(err)}`, { cause: err, path: relDir });
        skipped.push({ path: relDir, reason: `unreadable folder (${errCode(err)})` });
        continue;
      }
      for (const d of entries) {
        if (++sinceYield >= yieldEvery) {
          sinceYield = 0;
          await new Promise<void>((r) => setImmediate(r));
        }
        if (isExcludedName(d.name)) continue;
        const rel = `${relDir}/${d.name}`;
        if (d.isDirectory()) {
          if (dir.recursive) stack.push(rel);
          continue;
        }
        if (!d.isFile()) {
          skipped.push({ path: rel, reason: d.isSymbolicLink() ? 'symlink' : 'not a regular file' });
          continue;
        }
        const prev = previous.get(rel);
        // A path in the previous table passed this check already; only new names cost the regexes.
        const why = prev ? undefined : unsyncableName(rel, opts.dirs ?? SYNCED_DIRS);
        if (why) {
          skipped.push({ path: rel, reason: why });
          continue;
        }
        const abs = absDir + path.sep + d.name;
        const st = fs.lstatSync(abs, { throwIfNoEntry: false });
        if (!st) continue;
        if (!st.isFile()) {
          skipped.push({ path: rel, reason: 'not a regular file' });
          continue;
        }
        if (prev && prev.mtimeMs === st.mtimeMs && prev.size === st.size) {
          const mode = st.mode & MODE_MASK;
          table.set(rel, prev.mode === mode ? prev : { ...prev, mode });
        } else {
          toHash.push({ rel, abs, st });
        }
      }
    }
  }

  const outcomes = await hashAll(toHash, opts.pool);
  for (const s of toHash) {
    const o = outcomes.get(s.abs)!;
    if (isHashFailure(o)) {
      if (o.error !== 'ENOENT') skipped.push({ path: s.rel, reason: `unreadable (${o.error})` });
      continue;
    }
    table.set(s.rel, { md5: o.md5, size: o.size, mtimeMs: o.mtimeMs, mode: o.mode & MODE_MASK });
  }
  return { table, ...diffTables(previous, table), hashed: toHash.length, skipped };
}

/** What changed between two tables, by MD5 and mode (a touch that keeps the content is no change). */
function diffTables(before: FileTable, after: FileTable): { added: string[]; modified: string[]; removed: string[] } {
  const added: string[] = [], modified: string[] = [], removed: string[] = [];
  for (const [p, e] of after) {
    const b = before.get(p);
    if (!b) added.push(p);
    else if (b.md5 !== e.md5 || b.mode !== e.mode) modified.push(p);
  }
  for (const p of before.keys()) if (!after.has(p)) removed.push(p);
  return { added: added.sort(), modified: modified.sort(), removed: removed.sort() };
}

async function hashAll(files: readonly Seen[], pool: HashPool | undefined): Promise<Map<string, HashOutcome>> {
  if (files.length === 0) return new Map();
  if (pool) return pool.hashFiles(files.map((s): HashJob => ({ path: s.abs, size: s.st.size })));
  const out = new Map<string, HashOutcome>();
  for (const s of files) out.set(s.abs, await hashFileInThread(s.abs));
  return out;
}

// The master must not list a path that every worker would refuse, or the sync would never converge.
function unsyncableName(rel: string, dirs: readonly SyncedDir[]): string | undefined {
  try {
    checkRelPath(rel, dirs);
    return undefined;
  } catch (err) {
    if (err instanceof IntegrityError) return `name refused by the path guard (${err.code})`;
    throw err;
  }
}
