// watcher.ts: calls back "something changed" under the synced folders, debounced. No detail: the
// LocalIntegrity actor rescans (cheap when little changed) and its periodic tick catches anything
// a watch missed (an event queue overflow, a folder created after start on the fallback path).
//
// Node 20 watches recursively on Linux; where it cannot (ERR_FEATURE_UNAVAILABLE_ON_PLATFORM), each
// folder is watched and the set of folders is refreshed after every change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SYNCED_DIRS, type SyncedDir } from '../../config/synced-dirs';
import { errCode } from './fs-util';

interface WatchOptions {
  dataDir: string;
  dirs?: readonly SyncedDir[];
  /** Quiet time after the last event before the callback runs; default 200 ms. */
  debounceMs?: number;
  /** Called on a watch error (the watch of that folder is dropped; the periodic rescan remains). */
  onError?: (err: Error) => void;
}

export interface SyncedWatcher {
  /** 'recursive' or 'per-folder', for logs. */
  readonly mode: 'recursive' | 'per-folder';
  close(): void;
}

export function watchSyncedDirs(onChange: () => void, opts: WatchOptions): SyncedWatcher {
  const dataDir = path.resolve(opts.dataDir);
  const roots = (opts.dirs ?? SYNCED_DIRS).map((d) => path.join(dataDir, ...d.dir.split('/')));
  const debounceMs = opts.debounceMs ?? 200;
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let mode: SyncedWatcher['mode'] = 'recursive';

  const fire = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (closed) return;
      if (mode === 'per-folder') refreshFolders();
      onChange();
    }, debounceMs);
  };

  const watchOne = (dir: string, recursive: boolean): boolean => {
    if (watchers.has(dir)) return true;
    try {
      const w = fs.watch(dir, { recursive, persistent: false }, fire);
      w.on('error', (err) => {
        w.close();
        watchers.delete(dir);
        opts.onError?.(err);
      });
      watchers.set(dir, w);
      return true;
    } catch (err) {
      if (errCode(err) === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw err;
      return false; // a folder missing on this node: nothing to watch there
    }
  };

  const refreshFolders = (): void => {
    for (const [dir, w] of watchers) {
      if (!fs.existsSync(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const root of roots) for (const d of foldersUnder(root)) watchOne(d, false);
  };

  try {
    for (const root of roots) watchOne(root, true);
  } catch (err) {
    if (errCode(err) !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw err;
    mode = 'per-folder';
    refreshFolders();
  }

  return {
    get mode() {
      return mode;
    },
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function foldersUnder(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (err) {
      if (errCode(err) === 'ENOENT' || errCode(err) === 'ENOTDIR' || errCode(err) === 'EACCES') continue;
      throw err;
    }
    out.push(d);
    for (const e of entries) if (e.isDirectory()) stack.push(path.join(d, e.name));
  }
  return out;
}
