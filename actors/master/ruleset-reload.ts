// ruleset-reload.ts: the master analyses its own agents' events with its own ruleset, so its engine
// follows its rules, decoders and lists on disk, as a worker's follows a sync. LocalIntegrity publishes
// a new table after each scan that found a change (on a watch event, or its tick); when the digest of
// a ruleset folder differs from the table before, the engine rebuilds (EngineHost keeps the running
// ruleset if the new one brings errors, and folds reloads asked for during a build into one).
import type { ReloadableEngine } from '../analysis/engine-host';
import type { IntegrityFeed, MasterTable } from '../integrity/integrity-feed';
import { RULESET_SYNCED_DIRS } from '../../config/synced-dirs';

/** True when a ruleset folder's content differs between two tables of the master. Pure. */
export function rulesetDiffers(before: MasterTable, after: MasterTable): boolean {
  return RULESET_SYNCED_DIRS.some((f) => before.folders[f] !== after.folders[f]);
}

/**
 * Reloads `engine` on every table published whose ruleset folders differ from the last one's. The
 * first table is the files the engine was built from at start: it only sets the baseline.
 * Returns the unsubscribe.
 */
export function reloadOnRulesetChange(feed: IntegrityFeed, engine: ReloadableEngine): () => void {
  let last = feed.current;
  return feed.subscribe((t) => {
    const changed = last !== null && rulesetDiffers(last, t);
    last = t;
    // Never rejects: the outcome (swapped in, or refused and why) is in the engine's status and log.
    if (changed) void engine.reload();
  });
}
