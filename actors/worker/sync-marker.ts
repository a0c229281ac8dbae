// The marker of a worker's complete sync, kept across runs in <data_dir>/queue/cluster/sync-marker.json:
// its presence at start means this node's files and registry copy were the master's once, so it may serve
// agents from them while it cannot reach the master (sync-state.ts).
import * as fs from 'fs';
import * as path from 'path';
import type { SyncMarker } from './sync-state';

export function syncMarkerPath(dataDir: string): string {
  return path.join(dataDir, 'queue', 'cluster', 'sync-marker.json');
}

/** The marker, null when there is none; a file that cannot be read or parsed is reported, not fatal. */
export function readSyncMarker(dataDir: string): { marker: SyncMarker | null; problem: string | null } {
  const file = syncMarkerPath(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { marker: null, problem: null };
    return { marker: null, problem: `cannot read ${file}: ${(err as Error).message}` };
  }
  try {
    const v = JSON.parse(text) as Partial<SyncMarker>;
    if ([v.at, v.files, v.agents].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) {
      return { marker: { at: v.at!, files: v.files!, agents: v.agents! }, problem: null };
    }
    return { marker: null, problem: `${file} does not hold a sync marker (at, files, agents); ignored` };
  } catch (err) {
    return { marker: null, problem: `${file} is not JSON (${(err as Error).message}); ignored` };
  }
}

/** Written whole or not at all (a temporary file renamed over it). */
export function writeSyncMarker(dataDir: string, marker: SyncMarker): void {
  const file = syncMarkerPath(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(marker) + '\n', { mode: 0o640 });
  fs.renameSync(tmp, file);
}
