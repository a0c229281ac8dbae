// ruleset-view.ts: `warden control ruleset`: per worker, whether its rules, decoders, lists and shared
// files match the master's, from the folder digests each worker sends with every integrity check. Pure.
import type { MasterTable, WorkerIntegrityReport } from './integrity-feed';

/** The view's short names of the synced folders. */
export const RULESET_PARTS = { rules: 'etc/rules', decoders: 'etc/decoders', lists: 'etc/lists', shared: 'etc/shared' } as const;
export type RulesetPart = keyof typeof RULESET_PARTS;

export interface RulesetWorker {
  name: string;
  /** null: the worker has not reported since the master started. */
  rules: boolean | null;
  decoders: boolean | null;
  lists: boolean | null;
  shared: boolean | null;
  in_sync: boolean;
  files: number | null;
  last_check: string | null;
}

export interface RulesetView {
  master: { name: string; files: number; digest: string } & Record<RulesetPart, string>;
  workers: RulesetWorker[];
}

export function rulesetView(masterName: string, master: MasterTable | null, workers: readonly string[], reports: ReadonlyMap<string, WorkerIntegrityReport>): RulesetView {
  const folder = (f: Record<string, string> | undefined, p: RulesetPart): string => f?.[RULESET_PARTS[p]] ?? '';
  const parts = Object.keys(RULESET_PARTS) as RulesetPart[];
  const m = master?.folders;
  const names = [...new Set([...workers, ...reports.keys()])].sort();
  return {
    master: {
      name: masterName, files: master?.table.size ?? 0, digest: master?.digest ?? '',
      ...(Object.fromEntries(parts.map((p) => [p, folder(m, p)])) as Record<RulesetPart, string>),
    },
    workers: names.map((name) => {
      const r = reports.get(name);
      const same = (p: RulesetPart): boolean | null => (r && m ? folder(r.folders, p) === folder(m, p) : null);
      return {
        name, rules: same('rules'), decoders: same('decoders'), lists: same('lists'), shared: same('shared'),
        in_sync: !!r && !!master && r.digest === master.digest,
        files: r?.files ?? null,
        last_check: r ? new Date(r.at).toISOString() : null,
      };
    }),
  };
}
