// local-sync.ts: one whole sync between two data dirs on this machine, with no network: scan both,
// plan, stage from the master's files, apply. The crash tests and the benches drive it; the cluster's
// IntegrityActor does the same steps with the staging fed from a stream of the master's chunks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyStaged, type ApplyHooks, type ApplyReport } from '../../actors/integrity/apply';
import type { FileTable } from '../../actors/integrity/file-table';
import type { HashPool } from '../../actors/integrity/hash-pool';
import { pathsToFetch, planSync, type SyncPlan } from '../../actors/integrity/integrity-plan';
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
  /** Files staged at once. */
  concurrency?: number;
  /** Called after each file staged (count from 1), before the journal exists. */
  afterStaged?: (count: number) => void | Promise<void>;
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
  const staging = await Staging.open({ dataDir: opts.workerDir, ownConfigPath: opts.ownConfigPath, durable: opts.durable });
  const todo = pathsToFetch(plan);
  let staged = 0;
  const next = async (): Promise<void> => {
    for (let rel = todo.shift(); rel !== undefined; rel = todo.shift()) {
      const e = master.table.get(rel)!;
      const src = fs.createReadStream(path.join(opts.masterDir, ...rel.split('/')), { highWaterMark: 1 << 20 });
      await staging.stage(rel, e, src);
      await opts.afterStaged?.(++staged);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, next));
  } catch (err) {
    await staging.discard();
    throw err;
  }
  const apply = await applyStaged(staging, { deletes: plan.extra, conflicts: plan.conflicts, hooks: opts.hooks });
  return { plan, apply, masterTable: master.table };
}
