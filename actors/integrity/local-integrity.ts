// LocalIntegrityActor (master, once per node): keeps the table of the master's synced files. It scans
// on its schedule and on a file-system change (debounced watch), and publishes the table on the feed
// whenever it changed, so every worker connection notifies its worker at once.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { ActorHandle, ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import type { FileTable } from './file-table';
import { HashPool } from './hash-pool';
import { IntegrityFeed, masterTableOf } from './integrity-feed';
import { hasChanges, scanSyncedFiles } from './scanner';
import { watchSyncedDirs, type SyncedWatcher } from './watcher';
import { secondsOf } from './integrity-wire';

export type LocalIntegrityMsg =
  | { type: 'scan'; why: 'tick' | 'change' | 'start' }
  | { type: 'changed' }
  | { type: 'watch-failed'; error: Error };

export interface LocalIntegrityDeps {
  dataDir: string;
  feed: IntegrityFeed;
  schedule: TickSchedule;
  periodMs: number;
  log: TaskLog;
  clock: Clock;
  /** Quiet time after a file-system event before the rescan (default 100 ms). */
  debounceMs?: number;
  /** Each scan's cost, for benches and health: wall and CPU (user + system) milliseconds. */
  onScan?: (r: { wallMs: number; cpuMs: number; files: number; hashed: number; changed: boolean }) => void;
}

/** Why a scan ran, in its log line: an operator (and a test) can tell the watch's work from the schedule's. */
const SCAN_CAUSE = { start: 'at start', tick: 'on schedule', change: 'after a watch event' } as const;

interface State {
  scans: number;
  watcher: SyncedWatcher | null;
  pool: HashPool;
  /** A scan for a change is queued already: further changes fold into it. */
  scanQueued: boolean;
}

export function localIntegritySpec(d: LocalIntegrityDeps): ActorSpec<State, LocalIntegrityMsg> {
  return {
    name: 'local-integrity',
    kind: 'LocalIntegrityActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'scan', why: 'tick' }) },
    summary: (s) => `scans=${s.scans} files=${d.feed.current?.table.size ?? '-'} digest=${d.feed.current?.digest.slice(0, 8) ?? '-'} watch=${s.watcher ? `${s.watcher.folders().length} folders` : 'off'}`,
    init: (self) => {
      self.tell({ type: 'scan', why: 'start' });
      return { scans: 0, watcher: watch(self), pool: new HashPool(), scanQueued: true };
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'changed':
          if (s.scanQueued) return s;
          self.tell({ type: 'scan', why: 'change' });
          return { ...s, scanQueued: true };
        case 'scan': return scan(s, m.why);
        // A watch that broke is re-armed by the restart; the scans on the schedule go on meanwhile.
        case 'watch-failed': throw m.error;
        default: return assertNever(m, 'message');
      }
    },
    onStop: async (s) => {
      s.watcher?.close();
      await s.pool.close();
    },
  };

  /** The watch, or null when the system refuses one (the periodic scan is then all there is, and says so). */
  function watch(self: ActorHandle<LocalIntegrityMsg>): SyncedWatcher | null {
    try {
      return watchSyncedDirs(() => self.tell({ type: 'changed' }), {
        dataDir: d.dataDir, debounceMs: d.debounceMs ?? 100, clock: d.clock,
        onError: (error) => self.tell({ type: 'watch-failed', error }),
      });
    } catch (err) {
      d.log.warning(`Cannot watch the synced folders (${(err as Error).message}); scanning ${'everyMs' in d.schedule ? `every ${secondsOf(d.schedule.everyMs)}` : 'on its schedule'} only.`);
      return null;
    }
  }

  async function scan(s: State, why: 'tick' | 'change' | 'start'): Promise<State> {
    const started = d.clock.now();
    const cpu0 = process.cpuUsage();
    const previous: FileTable | undefined = d.feed.current?.table;
    const r = await scanSyncedFiles({ dataDir: d.dataDir, previous, pool: s.pool });
    const cpu = process.cpuUsage(cpu0);
    const wallMs = d.clock.now() - started;
    const changed = !d.feed.current || hasChanges(r);
    if (changed) d.feed.publish(masterTableOf(r.table, d.clock.now()));
    for (const k of r.skipped.slice(0, 5)) d.log.warning(`Skipped ${k.path}: ${k.reason}.`);
    if (changed || why === 'start') {
      d.log.info(`Scanned ${r.table.size} files (${r.hashed} hashed) in ${secondsOf(wallMs)} ${SCAN_CAUSE[why]}: ${r.added.length} added, ${r.modified.length} changed, ${r.removed.length} removed.`);
    } else {
      d.log.debug(`Scanned ${r.table.size} files in ${secondsOf(wallMs)} ${SCAN_CAUSE[why]}: no change.`);
    }
    d.onScan?.({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, files: r.table.size, hashed: r.hashed, changed });
    return { ...s, scans: s.scans + 1, scanQueued: why === 'change' ? false : s.scanQueued && why !== 'start' };
  }
}
