// watcher.ts: calls back "something changed" under the synced folders, debounced. No detail: the
// LocalIntegrity actor rescans (cheap when little changed) and its periodic tick catches anything a
// watch missed (an event queue overflow, a watch limit reached).
//
// Folders are watched, not files: one fs.watch (inotify) per folder hears every create, write, rename
// and delete of its entries, so a file replaced by a rename (an atomic save, `git checkout`) is heard
// as well as one written in place. (Node's recursive watch on Linux holds a watch per file, which
// follows the file's old inode after a rename: later changes of that file went unheard.)
// A folder's watch follows the folder's inode, so watches are kept by path and checked against it:
// on every rename event the entry named and the folder itself are looked at again, and a new folder
// is armed with everything below it, a folder gone or moved away is dropped, one replaced is re-armed.
// The folders above each synced root, up to data_dir, are watched too, for the root (or ruleset/, which
// `warden ruleset install` swaps whole) being created, removed or replaced.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isExcludedName, SYNCED_DIRS, type SyncedDir } from '../../config/synced-dirs';
import { type Clock, systemClock, type Timer } from '../../lib/clock';
import { errCode, isMissing } from './fs-util';

interface WatchOptions {
  dataDir: string;
  dirs?: readonly SyncedDir[];
  /** Quiet time after the last event before the callback runs; default 200 ms. */
  debounceMs?: number;
  clock?: Clock;
  /** A watch that broke, or a folder that could not be watched (the periodic rescan remains). */
  onError?: (err: Error) => void;
}

export interface SyncedWatcher {
  /** The folders watched now (synced folders, not their parents), sorted: for tests and the actor's summary. */
  folders(): string[];
  close(): void;
}

interface Armed {
  readonly watcher: fs.FSWatcher;
  readonly dev: number;
  readonly ino: number;
}

interface Root {
  readonly abs: string;
  readonly recursive: boolean;
}

export function watchSyncedDirs(onChange: () => void, opts: WatchOptions): SyncedWatcher {
  const dataDir = path.resolve(opts.dataDir);
  const clock = opts.clock ?? systemClock;
  const debounceMs = opts.debounceMs ?? 200;
  const roots: Root[] = (opts.dirs ?? SYNCED_DIRS).map((d) => ({ abs: path.join(dataDir, ...d.dir.split('/')), recursive: d.recursive }));
  const armed = new Map<string, Armed>();
  /** Folders above the roots, watched for a root (or a folder on its way) made, removed or replaced. */
  const ancestors = new Map<string, Armed>();
  let timer: Timer | undefined;
  let closed = false;

  const fire = (): void => {
    timer?.cancel();
    timer = clock.setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
  };

  /** The synced root a path lies in (or is), if it may hold a watched folder. */
  const rootOf = (abs: string): Root | undefined =>
    roots.find((r) => abs === r.abs || (r.recursive && abs.startsWith(r.abs + path.sep)));

  let starting = true;
  /** One folder's watch; undefined when the folder is gone or may not be read (the scan reports those). */
  const watch = (dir: string, listener: (event: string, name: string | null) => void, broke: () => void): fs.FSWatcher | undefined => {
    try {
      const w = fs.watch(dir, { persistent: false }, (event, name) => {
        if (closed) return;
        // A folder that cannot be read now (EIO, EMFILE...) is the owner's failure, not the process's.
        try {
          listener(event, name);
        } catch (err) {
          opts.onError?.(err as Error);
        }
      });
      w.on('error', (err) => {
        broke();
        opts.onError?.(err);
      });
      return w;
    } catch (err) {
      if (isMissing(err) || errCode(err) === 'EACCES') return undefined;
      // At start (no watch support, the watch limit reached) the caller hears it; later, onError does.
      if (starting) throw err;
      opts.onError?.(err as Error);
      return undefined;
    }
  };

  /** Watches `top` and, under a recursive root, every folder below it; folders armed already stay. */
  const arm = (top: string): void => {
    const stack = [top];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const st = fs.lstatSync(dir, { throwIfNoEntry: false });
      if (!st?.isDirectory()) continue;
      const have = armed.get(dir);
      if (!have || have.dev !== st.dev || have.ino !== st.ino) {
        if (have) drop(dir);
        const w = watch(dir, (event, name) => folderEvent(dir, event, name), () => drop(dir));
        if (!w) continue;
        armed.set(dir, { watcher: w, dev: st.dev, ino: st.ino });
      }
      if (!rootOf(dir)?.recursive) continue;
      for (const name of readFolder(dir)) if (!isExcludedName(name)) stack.push(path.join(dir, name));
    }
  };

  /** Stops watching `top` and every folder below it. */
  const drop = (top: string): void => {
    for (const [dir, a] of armed) {
      if (dir === top || dir.startsWith(top + path.sep)) {
        a.watcher.close();
        armed.delete(dir);
      }
    }
  };

  /** Brings the watches at `abs` in line with what is there now: armed, dropped or re-armed. */
  const recheck = (abs: string): void => {
    const root = rootOf(abs);
    if (!root || (abs !== root.abs && isExcludedName(path.basename(abs)))) return;
    const st = fs.lstatSync(abs, { throwIfNoEntry: false });
    const have = armed.get(abs);
    if (st?.isDirectory()) {
      if (!have || have.dev !== st.dev || have.ino !== st.ino) arm(abs);
    } else if (have) {
      drop(abs);
    }
  };

  const folderEvent = (dir: string, event: string, name: string | null): void => {
    // 'rename' is any change of the folder's entries (create, delete, move in or out) or of itself.
    if (event === 'rename') {
      if (name !== null) recheck(path.join(dir, name));
      recheck(dir);
    }
    fire();
  };

  /**
   * Every folder from data_dir down to each root's parent, with the names in it that lead to a root:
   * a root is heard when it, or any folder above it (ruleset/ swapped whole by `ruleset install`), is
   * created, removed or replaced.
   */
  const ancestorNames = new Map<string, Set<string>>();
  for (const r of roots) {
    const segs = path.relative(dataDir, r.abs).split(path.sep);
    let cur = dataDir;
    for (const seg of segs) {
      if (!ancestorNames.has(cur)) ancestorNames.set(cur, new Set());
      ancestorNames.get(cur)!.add(seg);
      cur = path.join(cur, seg);
    }
  }

  /** Watches an ancestor folder anew when it is new or another inode than the one watched; then the ones below. */
  const armAncestor = (dir: string): void => {
    const st = statFolder(dir);
    const have = ancestors.get(dir);
    if (have && (!st || have.dev !== st.dev || have.ino !== st.ino)) {
      have.watcher.close();
      ancestors.delete(dir);
    }
    if (!st) return;
    if (!ancestors.has(dir)) {
      const w = watch(dir, (_event, name) => ancestorEvent(dir, name), () => {
        ancestors.get(dir)?.watcher.close();
        ancestors.delete(dir);
      });
      if (w) ancestors.set(dir, { watcher: w, dev: st.dev, ino: st.ino });
    }
    for (const name of ancestorNames.get(dir) ?? []) if (ancestorNames.has(path.join(dir, name))) armAncestor(path.join(dir, name));
  };

  const ancestorEvent = (dir: string, name: string | null): void => {
    const names = ancestorNames.get(dir)!;
    const hit = name === null ? [...names] : names.has(name) ? [name] : [];
    if (hit.length === 0) return;
    for (const n of hit) {
      const child = path.join(dir, n);
      if (ancestorNames.has(child)) armAncestor(child);
      for (const r of roots) if (r.abs === child || r.abs.startsWith(child + path.sep)) recheck(r.abs);
    }
    fire();
  };

  const close = (): void => {
    closed = true;
    timer?.cancel();
    for (const a of armed.values()) a.watcher.close();
    for (const a of ancestors.values()) a.watcher.close();
    armed.clear();
    ancestors.clear();
  };
  try {
    armAncestor(dataDir);
    for (const r of roots) arm(r.abs);
  } catch (err) {
    close();
    throw err;
  }
  starting = false;

  return { folders: () => [...armed.keys()].sort(), close };
}

/** An ancestor folder's identity; the admin may point one elsewhere with a symlink, so it is followed. */
function statFolder(dir: string): fs.Stats | undefined {
  try {
    const st = fs.statSync(dir, { throwIfNoEntry: false });
    return st?.isDirectory() ? st : undefined;
  } catch (err) {
    if (isMissing(err) || errCode(err) === 'EACCES') return undefined;
    throw err;
  }
}

/** The names of the folders in `dir` (symlinks are never followed); none when it cannot be read. */
function readFolder(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (err) {
    const c = errCode(err);
    if (isMissing(err) || c === 'EACCES') return [];
    throw err;
  }
}
