// helpers.ts: temp data dirs and table builders for the integrity tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type { FileEntry, FileTable } from '../../actors/integrity/file-table';
import { SYNCED_DIRS, isExcludedName } from '../../config/synced-dirs';

export function md5(data: string | Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

/** A table from [path, md5 tag, mode?] rows; the tag is hashed so tests read as names. */
export function table(rows: readonly (readonly [string, string, number?])[]): FileTable {
  const t = new Map<string, FileEntry>();
  for (const [p, tag, mode] of rows) t.set(p, { md5: md5(tag), mtimeMs: 1, size: tag.length, mode: mode ?? 0o640 });
  return t;
}

export function tempDir(prefix = 'warden-integrity-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes files under a data dir: { 'etc/shared/a.txt': 'content' }. */
export function writeTree(dataDir: string, files: Record<string, string | Buffer>, mode = 0o640): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dataDir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content, { mode });
    fs.chmodSync(abs, mode);
  }
}

/**
 * Files under `roots` of a data dir as rel -> content (utf8). A node applying a sync renames and removes
 * files and folders under the walk: one gone meanwhile is simply not there (yet); callers poll.
 */
function walkFiles(dataDir: string, roots: readonly string[], keep: (d: fs.Dirent) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const gone = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === 'ENOENT';
  const walk = (rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dataDir, rel), { withFileTypes: true });
    } catch (err) {
      if (gone(err)) return;
      throw err;
    }
    for (const d of entries.filter(keep)) {
      const r = `${rel}/${d.name}`;
      if (d.isDirectory()) walk(r);
      else {
        try {
          out[r] = fs.readFileSync(path.join(dataDir, r), 'utf8');
        } catch (err) {
          if (!gone(err)) throw err;
        }
      }
    }
  };
  for (const r of roots) walk(r);
  return out;
}

/** Every file under the data dir's etc/ as rel -> content (utf8), for whole-tree comparisons. */
export function readTree(dataDir: string, under = 'etc'): Record<string, string> {
  return walkFiles(dataDir, [under], () => true);
}

/** Every folder under the data dir's etc/, for checks of pruned folders. */
export function listFolders(dataDir: string, under = 'etc'): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(dataDir, rel), { withFileTypes: true })) {
      if (d.isDirectory()) {
        out.push(`${rel}/${d.name}`);
        walk(`${rel}/${d.name}`);
      }
    }
  };
  if (fs.existsSync(path.join(dataDir, under))) walk(under);
  return out.sort();
}

/** The synced files of a node as rel -> content. */
export function syncedTree(dataDir: string): Record<string, string> {
  return walkFiles(dataDir, SYNCED_DIRS.map((d) => d.dir), (d) => !isExcludedName(d.name) && (d.isDirectory() || d.isFile()));
}
