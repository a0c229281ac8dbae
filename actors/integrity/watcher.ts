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
// Each synced root's parent is watched too, for the root itself being created, removed or replaced.
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
  const parents = new Map<string, fs.FSWatcher>();
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

  const watchParents = (): void => {
    const byParent = new Map<string, Root[]>();
    for (const r of roots) byParent.set(path.dirname(r.abs), [...(byParent.get(path.dirname(r.abs)) ?? []), r]);
    for (const [parent, under] of byParent) {
      const w = watch(parent, (event, name) => {
        const hit = name === null ? under : under.filter((r) => path.basename(r.abs) === name);
        if (hit.length === 0) return;
        for (const r of hit) recheck(r.abs);
        fire();
      }, () => {
        parents.get(parent)?.close();
        parents.delete(parent);
      });
      if (w) parents.set(parent, w);
    }
  };

  const close = (): void => {
    closed = true;
    timer?.cancel();
    for (const a of armed.values()) a.watcher.close();
    for (const w of parents.values()) w.close();
    armed.clear();
    parents.clear();
  };
  try {
    watchParents();
    for (const r of roots) arm(r.abs);
  } catch (err) {
    close();
    throw err;
  }
  starting = false;

  return { folders: () => [...armed.keys()].sort(), close };
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
