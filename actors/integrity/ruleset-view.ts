// ruleset-view.ts: `warden control ruleset`: per worker, whether its rules, decoders, lists and shared
// files match the master's, from the folder digests each worker sends with every integrity check, the
// files it could not write, and the state of its analysis engine (rules, when loaded, the last reload's
// outcome); the master's own engine likewise. Pure.
import type { MasterTable, WorkerIntegrityReport } from './integrity-feed';
import type { EngineStatus } from '../analysis/engine-messages';
import { shortPath, type UnwritableFile } from './unwritable';

/**
 * The engine's status rides in the report's folders map under this key, as JSON: the wire schema has
 * no field for it yet (a proto field would be cleaner; this needs no protocol change). Not a path, so
 * it cannot clash with a synced folder.
 */
const ENGINE_REPORT_KEY = 'engine';

/** What a worker's report shows of its engine. */
interface EngineView {
  state: EngineStatus['state'];
  /** Which ruleset it runs: built-in, installed (<data_dir>/ruleset), ruleset_dirs; null before one runs or from an older node. */
  ruleset: EngineStatus['ruleset'];
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
    state: s.state, ruleset: s.ruleset ?? null, rules: s.rules, loaded_at: s.loaded_at, generation: s.generation, errors: s.errors,
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

/** The files a worker could not write ride in its report's folders map too, under this key, as JSON. */
const UNWRITABLE_REPORT_KEY = 'unwritable';
/** Files named in a report; the count says how many there are in all. */
const UNWRITABLE_SHOWN = 20;
const REASON_MAX = 200;

interface UnwritableView {
  count: number;
  files: UnwritableFile[];
}

export function unwritableReportExtras(list: readonly UnwritableFile[]): Record<string, string> {
  if (list.length === 0) return {};
  const files = list.slice(0, UNWRITABLE_SHOWN).map((u) => ({ path: shortPath(u.path), reason: u.reason.slice(0, REASON_MAX) }));
  return { [UNWRITABLE_REPORT_KEY]: JSON.stringify({ count: list.length, files }) };
}

/** What a worker's report says it could not write; a malformed entry is dropped, text is bounded and printable. */
export function unwritableOf(folders: Readonly<Record<string, string>> | undefined): UnwritableView {
  const raw = folders?.[UNWRITABLE_REPORT_KEY];
  if (!raw) return { count: 0, files: [] };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { count: 0, files: [] }; // a worker's bad report shows as nothing rather than failing the view
  }
  const doc = (typeof v === 'object' && v !== null ? v : {}) as { count?: unknown; files?: unknown };
  const printable = (x: unknown, max: number): string | null => (typeof x === 'string' ? x.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, max) : null);
  const files: UnwritableFile[] = [];
  for (const f of Array.isArray(doc.files) ? doc.files.slice(0, UNWRITABLE_SHOWN) : []) {
    const p = printable((f as { path?: unknown }).path, 512), reason = printable((f as { reason?: unknown }).reason, REASON_MAX);
    if (p !== null && reason !== null) files.push({ path: p, reason });
  }
  const count = typeof doc.count === 'number' && Number.isSafeInteger(doc.count) && doc.count >= files.length ? doc.count : files.length;
  return { count, files };
}

/** The view's short names of the synced folders; `installed` is the three folders of <data_dir>/ruleset together. */
const RULESET_PARTS = {
  rules: ['etc/rules'], decoders: ['etc/decoders'], lists: ['etc/lists'], shared: ['etc/shared'],
  installed: ['ruleset/rules', 'ruleset/decoders', 'ruleset/lists'],
} as const;
type RulesetPart = keyof typeof RULESET_PARTS;

interface RulesetWorker {
  name: string;
  /** null: the worker has not reported since the master started. */
  rules: boolean | null;
  decoders: boolean | null;
  lists: boolean | null;
  shared: boolean | null;
  /** Its installed ruleset (ruleset/rules, decoders, lists) matches the master's, or neither has one. */
  installed: boolean | null;
  in_sync: boolean;
  files: number | null;
  last_check: string | null;
  /** Files the worker could not write at its last sync (a path too long there, an immutable folder, ...). */
  unwritable: number;
  /** The first of them, each with its reason. */
  unwritable_files: UnwritableFile[];
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
  // Digests of the folders of a part; '' for a folder not reported (an older node has no ruleset/ folders).
  const folder = (f: Record<string, string> | undefined, p: RulesetPart): string => RULESET_PARTS[p].map((d) => f?.[d] ?? '').join(p === 'installed' ? ',' : '');
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
      const u = unwritableOf(r?.folders);
      return {
        name, rules: same('rules'), decoders: same('decoders'), lists: same('lists'), shared: same('shared'), installed: same('installed'),
        in_sync: !!r && !!master && r.digest === master.digest,
        files: r?.files ?? null,
        last_check: r ? new Date(r.at).toISOString() : null,
        unwritable: u.count, unwritable_files: u.files,
        engine: engineOf(r),
      };
    }),
  };
}
