// local-sync.ts: one whole sync between two data dirs on this machine, with no network: scan both,
// plan, stage the master's files from its packs, apply. The crash tests and the benches drive it; the
// cluster's IntegrityActor does the same steps with the packs arriving over the link.
import { applyStaged, type ApplyHooks, type ApplyReport } from '../../actors/integrity/apply';
import type { FileTable } from '../../actors/integrity/file-table';
import type { HashPool } from '../../actors/integrity/hash-pool';
import { pathsToFetch, planSync, type SyncPlan } from '../../actors/integrity/integrity-plan';
import { groupIntoPacks, packSource } from '../../actors/integrity/pack-source';
import { receivePack } from '../../actors/integrity/pack-receiver';
import { scanSyncedFiles } from '../../actors/integrity/scanner';
import { Staging } from '../../actors/integrity/staging';

interface LocalSyncOptions {
  masterDir: string;
  workerDir: string;
  pool?: HashPool;
  /** Previous tables, so unchanged files are not hashed again. */
  masterTable?: FileTable;
  workerTable?: FileTable;
  ownConfigPath?: string;
  /** Make staged files durable before the commit (default true); false only for tests and benches on throwaway dirs. */
  durable?: boolean;
  /** Small files written at once (the staging's depth). */
  concurrency?: number;
  /** Called as each file is staged (count from 1), while others may be in flight, before the journal exists. */
  afterStaged?: (count: number) => void;
  hooks?: ApplyHooks;
}

interface LocalSyncReport {
  plan: SyncPlan;
  apply: ApplyReport;
  masterTable: FileTable;
}

export async function syncFromLocalMaster(opts: LocalSyncOptions): Promise<LocalSyncReport> {
  const master = await scanSyncedFiles({ dataDir: opts.masterDir, previous: opts.masterTable, pool: opts.pool });
  const worker = await scanSyncedFiles({ dataDir: opts.workerDir, previous: opts.workerTable, pool: opts.pool });
  const plan = planSync(master.table, worker.table);
  const staging = await Staging.open({ dataDir: opts.workerDir, ownConfigPath: opts.ownConfigPath, durable: opts.durable, depth: opts.concurrency });
  let staged = 0;
  const refused: string[] = [];
  try {
    // One pack after another, as one lane of the master sends them.
    for (const paths of groupIntoPacks(pathsToFetch(plan), master.table)) {
      const failed: string[] = [];
      await receivePack(staging, packSource(opts.masterDir, paths, master.table, failed),
        (rel, err) => refused.push(`${rel}: ${err.message}`), () => opts.afterStaged?.(++staged));
      refused.push(...failed.map((rel) => `${rel}: could not be read`));
    }
    if (refused.length > 0) throw new Error(`local sync refused ${refused.length} files: ${refused.slice(0, 3).join('; ')}`);
  } catch (err) {
    await staging.discard();
    throw err;
  }
  const apply = await applyStaged(staging, { deletes: plan.extra, conflicts: plan.conflicts, hooks: opts.hooks });
  return { plan, apply, masterTable: master.table };
}
