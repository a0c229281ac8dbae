// integrity-plan.ts: what a worker must fetch and delete to match the master. Pure; no fs, no clock.
//
// Tables list files only. A type change shows as a path that is a file on one side and a folder (the
// parent of other files) on the other; it is reported in `conflicts` so that apply clears the way
// (deletes the extra files and the folder, or the file) before it writes.
import { comparePaths, MODE_MASK, type FileTable } from './file-table';

export interface PathConflict {
  readonly path: string;
  /** What the worker holds at `path`: a folder where the master has a file, or the reverse. */
  readonly workerHas: 'folder' | 'file';
}

export interface SyncPlan {
  /** On the master only: to fetch. */
  readonly missing: string[];
  /** On both, with a different MD5 or mode: to fetch. */
  readonly changed: string[];
  /** On the worker only: to delete. */
  readonly extra: string[];
  /** Paths whose type differs; every file involved is also in missing or extra. */
  readonly conflicts: PathConflict[];
}

export function planSync(master: FileTable, worker: FileTable): SyncPlan {
  const missing: string[] = [], changed: string[] = [], extra: string[] = [];
  for (const [path, m] of master) {
    const w = worker.get(path);
    if (!w) missing.push(path);
    else if (w.md5 !== m.md5 || (w.mode & MODE_MASK) !== (m.mode & MODE_MASK)) changed.push(path);
  }
  for (const path of worker.keys()) if (!master.has(path)) extra.push(path);
  const conflicts = findConflicts(missing, extra);
  missing.sort(comparePaths);
  changed.sort(comparePaths);
  extra.sort(comparePaths);
  return { missing, changed, extra, conflicts };
}

export function isInSync(plan: SyncPlan): boolean {
  return plan.missing.length + plan.changed.length + plan.extra.length === 0;
}

/** Paths to fetch from the master: missing then changed. */
export function pathsToFetch(plan: SyncPlan): string[] {
  return [...plan.missing, ...plan.changed];
}

// Only a missing path can collide with a worker folder, and only an extra path with a master folder,
// so the scan is over those two lists and their ancestors: O(n * depth).
function findConflicts(missing: string[], extra: string[]): PathConflict[] {
  const out: PathConflict[] = [];
  if (missing.length > 0 && extra.length > 0) {
    const workerFolders = foldersOf(extra);
    for (const p of missing) if (workerFolders.has(p)) out.push({ path: p, workerHas: 'folder' });
    const masterFolders = foldersOf(missing);
    for (const p of extra) if (masterFolders.has(p)) out.push({ path: p, workerHas: 'file' });
  }
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

function foldersOf(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const p of paths) {
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
      const f = p.slice(0, i);
      if (folders.has(f)) break; // its ancestors are in already
      folders.add(f);
    }
  }
  return folders;
}
