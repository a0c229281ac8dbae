// LocalIntegrityActor (master, once per node): keeps the table of the master's synced files. It scans
// on an interval and on a file-system change (debounced watch), and publishes the table on the feed
// whenever it changed, so every worker connection notifies its worker at once.
import { ActorSpec } from '../supervision/actor';
import { TaskLog } from '../../log/cluster-log';
import type { FileTable } from './file-table';
import { HashPool } from './hash-pool';
import { IntegrityFeed, masterTableOf } from './integrity-feed';
import { hasChanges, scanSyncedFiles } from './scanner';
import { watchSyncedDirs, type SyncedWatcher } from './watcher';
import { secondsOf } from './integrity-wire';

export type LocalIntegrityMsg = { type: 'scan'; why: 'tick' | 'change' | 'start' };

export interface LocalIntegrityDeps {
  dataDir: string;
  feed: IntegrityFeed;
  everyMs: number;
  log: TaskLog;
  now: () => number;
  /** Quiet time after a file-system event before the rescan (default 100 ms). */
  debounceMs?: number;
  /** Each scan's cost, for benches and health: wall and CPU (user + system) milliseconds. */
  onScan?: (r: { wallMs: number; cpuMs: number; files: number; hashed: number; changed: boolean }) => void;
}

interface State {
  scans: number;
  watcher: SyncedWatcher | null;
  pool: HashPool;
  /** A scan is queued already: further events fold into it. */
  queued: boolean;
}

export function localIntegritySpec(d: LocalIntegrityDeps): ActorSpec<State, LocalIntegrityMsg> {
  return {
    name: 'local-integrity',
    kind: 'LocalIntegrityActor',
    tick: { schedule: { everyMs: d.everyMs }, message: () => ({ type: 'scan', why: 'tick' }) },
    summary: (s) => `scans=${s.scans} files=${d.feed.current?.table.size ?? '-'} digest=${d.feed.current?.digest.slice(0, 8) ?? '-'}`,
    init: (self) => {
      const state: State = { scans: 0, watcher: null, pool: new HashPool(), queued: true };
      try {
        state.watcher = watchSyncedDirs(() => {
          if (state.queued) return;
          state.queued = true;
          self.tell({ type: 'scan', why: 'change' });
        }, { dataDir: d.dataDir, debounceMs: d.debounceMs ?? 100, onError: (err) => d.log.warning(`Watch error: ${err.message}. The periodic scan remains.`) });
      } catch (err) {
        d.log.warning(`Cannot watch the synced folders (${(err as Error).message}); scanning every ${secondsOf(d.everyMs)} only.`);
      }
      self.tell({ type: 'scan', why: 'start' });
      return state;
    },
    receive: async (s, m) => {
      s.queued = false;
      const started = d.now();
      const cpu0 = process.cpuUsage();
      const previous: FileTable | undefined = d.feed.current?.table;
      const r = await scanSyncedFiles({ dataDir: d.dataDir, previous, pool: s.pool });
      const cpu = process.cpuUsage(cpu0);
      const wallMs = d.now() - started;
      const changed = !d.feed.current || hasChanges(r);
      if (changed) d.feed.publish(masterTableOf(r.table, d.now()));
      for (const k of r.skipped.slice(0, 5)) d.log.warning(`Skipped ${k.path}: ${k.reason}.`);
      if (changed || m.why === 'start') {
        d.log.info(`Scanned ${r.table.size} files (${r.hashed} hashed) in ${secondsOf(wallMs)}: ${r.added.length} added, ${r.modified.length} changed, ${r.removed.length} removed.`);
      } else {
        d.log.debug(`Scanned ${r.table.size} files in ${secondsOf(wallMs)}: no change.`);
      }
      d.onScan?.({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, files: r.table.size, hashed: r.hashed, changed });
      // Mutated, not copied: the watcher's callback holds this object.
      s.scans++;
      return s;
    },
    onStop: async (s) => {
      s.watcher?.close();
      await s.pool.close();
    },
  };
}
