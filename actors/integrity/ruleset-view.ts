// ruleset-view.ts: `warden control ruleset`: per worker, whether its rules, decoders, lists and shared
// files match the master's, from the folder digests each worker sends with every integrity check, and
// the state of its analysis engine (rules, when loaded, the last reload's outcome); the master's own
// engine likewise. Pure.
import type { MasterTable, WorkerIntegrityReport } from './integrity-feed';
import type { EngineStatus } from '../analysis/engine-messages';

/**
 * The engine's status rides in the report's folders map under this key, as JSON: the wire schema has
 * no field for it yet (a proto field would be cleaner; this needs no protocol change). Not a path, so
 * it cannot clash with a synced folder.
 */
const ENGINE_REPORT_KEY = 'engine';

/** What a worker's report shows of its engine. */
interface EngineView {
  state: EngineStatus['state'];
  rules: number;
  loaded_at: string | null;
  generation: number;
  /** Problems of severity 'error' in the running ruleset. */
  errors: number;
  /** The last reload's failure, null when it worked or none ran. */
  error: string | null;
  problems: string[];
  last_reload: string | null;
  dropped: number;
}

function engineViewOf(s: EngineStatus): EngineView {
  const r = s.last_reload;
  return {
    state: s.state, rules: s.rules, loaded_at: s.loaded_at, generation: s.generation, errors: s.errors,
    error: r && !r.ok ? r.error ?? 'failed' : null, problems: r && !r.ok ? (r.problems ?? []).slice(0, 5) : [],
    last_reload: r?.at ?? null, dropped: s.dropped,
  };
}

export function engineReportExtras(s: EngineStatus | null): Record<string, string> {
  if (!s) return {};
  return { [ENGINE_REPORT_KEY]: JSON.stringify(engineViewOf(s)) };
}

function engineOf(r: WorkerIntegrityReport | undefined): EngineView | null {
  const raw = r?.folders[ENGINE_REPORT_KEY];
  if (!raw) return null;
  try {
    return JSON.parse(raw) as EngineView;
  } catch {
    return null;
  }
}

/** The view's short names of the synced folders. */
const RULESET_PARTS = { rules: 'etc/rules', decoders: 'etc/decoders', lists: 'etc/lists', shared: 'etc/shared' } as const;
type RulesetPart = keyof typeof RULESET_PARTS;

interface RulesetWorker {
  name: string;
  /** null: the worker has not reported since the master started. */
  rules: boolean | null;
  decoders: boolean | null;
  lists: boolean | null;
  shared: boolean | null;
  in_sync: boolean;
  files: number | null;
  last_check: string | null;
  /** null: the worker has sent no engine status (not started yet, or an older Warden). */
  engine: EngineView | null;
}

export interface RulesetView {
  /** The master's engine too: it analyses the events of agents connected to it, with its own files. */
  master: { name: string; files: number; digest: string; engine: EngineView | null } & Record<RulesetPart, string>;
  workers: RulesetWorker[];
}

export function rulesetView(masterName: string, master: MasterTable | null, workers: readonly string[], reports: ReadonlyMap<string, WorkerIntegrityReport>,
  masterEngine: EngineStatus | null = null): RulesetView {
  const folder = (f: Record<string, string> | undefined, p: RulesetPart): string => f?.[RULESET_PARTS[p]] ?? '';
  const parts = Object.keys(RULESET_PARTS) as RulesetPart[];
  const m = master?.folders;
  const names = [...new Set([...workers, ...reports.keys()])].sort();
  return {
    master: {
      name: masterName, files: master?.table.size ?? 0, digest: master?.digest ?? '', engine: masterEngine && engineViewOf(masterEngine),
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
        engine: engineOf(r),
      };
    }),
  };
}
