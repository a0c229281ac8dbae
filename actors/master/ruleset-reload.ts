// ruleset-reload.ts: the master analyses its own agents' events with its own ruleset, so its engine
// follows its rules, decoders and lists on disk, as a worker's follows a sync. LocalIntegrity publishes
// a new table after each scan that found a change (on a watch event, or its tick); when the digest of
// a ruleset folder differs from the table before, the engine rebuilds (EngineHost keeps the running
// ruleset if the new one brings errors, and folds reloads asked for during a build into one).
// The workers, which hold most agents, get the new files first: the rebuild waits until every connected
// worker reports the new table, or DEFER_MAX_MS, so it does not take a core from their syncs.
import type { ReloadableEngine } from '../analysis/engine-host';
import type { IntegrityFeed, MasterTable, WorkerIntegrityReport } from '../integrity/integrity-feed';
import type { Clock, Timer } from '../../lib/clock';
import { RULESET_SYNCED_DIRS } from '../../config/synced-dirs';

/** Longest the master's own rebuild waits for the workers' syncs. */
export const DEFER_MAX_MS = 2_000;

/** True when a ruleset folder's content differs between two tables of the master. Pure. */
export function rulesetDiffers(before: MasterTable, after: MasterTable): boolean {
  return RULESET_SYNCED_DIRS.some((f) => before.folders[f] !== after.folders[f]);
}

/** The workers whose last report is not of the table with `digest`. Pure. */
export function workersBehind(digest: string, workers: readonly string[], reports: ReadonlyMap<string, WorkerIntegrityReport>): string[] {
  return workers.filter((w) => reports.get(w)?.digest !== digest);
}

interface DeferOptions {
  clock: Clock;
  /** The workers connected now. */
  workers: () => readonly string[];
  deferMaxMs?: number;
}

/**
 * Reloads `engine` on every table published whose ruleset folders differ from the last one's. The
 * first table is the files the engine was built from at start: it only sets the baseline. With `defer`,
 * each rebuild waits for the connected workers to report the new table (at most deferMaxMs).
 * Returns the unsubscribe.
 */
export function reloadOnRulesetChange(feed: IntegrityFeed, engine: ReloadableEngine, defer?: DeferOptions): () => void {
  let last = feed.current;
  let waiting: Timer | null = null;
  // Never rejects: the outcome (swapped in, or refused and why) is in the engine's status and log.
  const reload = (): void => {
    waiting?.cancel();
    waiting = null;
    void engine.reload();
  };
  const workersHaveIt = (): boolean => !defer || workersBehind(feed.current?.digest ?? '', defer.workers(), feed.workerReports()).length === 0;
  const unsubscribeTables = feed.subscribe((t) => {
    const changed = last !== null && rulesetDiffers(last, t);
    last = t;
    if (!changed || waiting) return;
    if (workersHaveIt()) reload();
    else waiting = defer!.clock.setTimeout(reload, defer!.deferMaxMs ?? DEFER_MAX_MS);
  });
  const unsubscribeReports = feed.subscribeReports(() => { if (waiting && workersHaveIt()) reload(); });
  return () => {
    unsubscribeTables();
    unsubscribeReports();
    waiting?.cancel();
  };
}
