// cluster-tables.ts: pure; the tables of `warden control` and the shell (nodes, health, agents, ruleset,
// actors), each fitted to a width (fit-table.ts): null is no limit, for output that is not a terminal.
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import type { NodeRow, WorkerHealth } from '../../actors/master/cluster-views';
import type { ActorInfo } from '../../actors/supervision/registry';
import type { StandbyLag } from '../../actors/replication/standby-barrier';
import { type Column, fitTable } from './fit-table';
import { localTimeCell, localTimeNote, systemTableTime, type TableTime } from './local-time';

export interface AgentRow { id: string; name: string; ip: string; status: string; node: string | null; groups: string[]; version: string | null }

/** The table of one control command's result. */
export function renderControl(what: string, result: unknown, width: number | null, now: number, time: TableTime = systemTableTime()): string {
  switch (what) {
    case 'nodes': return nodesTable((result as { nodes: NodeRow[] }).nodes, width);
    case 'health': {
      const h = result as { workers: WorkerHealth[]; standbys?: StandbyLag[] };
      const table = healthTable(h.workers, width, time);
      return h.standbys?.length ? `${table}\n\n${standbysTable(h.standbys, width)}` : table;
    }
    case 'agents': return agentsTable((result as { agents: AgentRow[] }).agents, width);
    case 'actors': return actorsTable((result as { actors: ActorInfo[]; now?: number }).actors, (result as { now?: number }).now ?? now, width, time);
    case 'ruleset': return rulesetTable(result as RulesetView, width, time);
    default: return JSON.stringify(result, null, 2);
  }
}

/** An ISO timestamp as the local time of day, the way cluster.log writes it: "10:00:03". */
export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Every timestamp in a cell (ISO, or local as cluster.log writes it) shortened to its time of day. */
export function shortTimes(cell: string): string {
  return cell
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (iso) => timeOfDay(iso))
    .replace(/\d{4}\/\d{2}\/\d{2} (\d{2}:\d{2}:\d{2})/g, '$1');
}

/**
 * One row per worker: "yes"/"NO" per synced folder (RULES, DECODERS, LISTS, SHARED: etc/; INSTALLED: the
 * ruleset/ folders of `warden ruleset install`), "?" before its first check; then its engine and the
 * ruleset that engine runs.
 */
export function rulesetTable(v: RulesetView, width: number | null = null, time: TableTime = systemTableTime()): string {
  const at = (iso: string | null | undefined): string => localTimeCell(iso, time.offsetOf);
  const yn = (b: boolean | null | undefined) => (b === null || b === undefined ? '?' : b ? 'yes' : 'NO');
  const cols: Column[] = [
    { head: 'WORKER' }, { head: 'RULES' }, { head: 'DECODERS', shortHead: 'DEC' }, { head: 'LISTS' }, { head: 'SHARED' },
    { head: 'INSTALLED', shortHead: 'INST' }, { head: 'IN SYNC', shortHead: 'SYNC' }, { head: 'FILES', drop: 2 },
    { head: 'LAST CHECK', shortHead: 'CHECKED', short: shortTimes, drop: 1 }, { head: 'ENGINE', short: shortTimes, min: 12 },
  ];
  const rows = v.workers.map((w) => [w.name, yn(w.rules), yn(w.decoders), yn(w.lists), yn(w.shared), yn(w.installed), w.in_sync ? 'yes' : 'NO',
    String(w.files ?? '-'), at(w.last_check), engineCell(w.engine, at)]);
  const failed = [v.master, ...v.workers].filter((n) => n.engine?.error);
  const notes = failed.map((n) => `${n.name}: reload refused at ${at(n.engine!.last_reload)}: ${n.engine!.error}${n.engine!.problems.length ? `\n  ${n.engine!.problems.join('\n  ')}` : ''}`);
  for (const w of v.workers.filter((x) => x.unwritable > 0)) {
    const more = w.unwritable - w.unwritable_files.length;
    notes.push(`${w.name}: ${w.unwritable} files could not be written there (tried again at each sync):` +
      w.unwritable_files.map((f) => `\n  ${JSON.stringify(f.path)}: ${f.reason}`).join('') + (more > 0 ? `\n  ... and ${more} more` : ''));
  }
  const m = v.master;
  return `Master ${m.name}: ${m.files} files, digest ${m.digest.slice(0, 12) || '-'}, engine ${engineCell(m.engine ?? null, at)}\n${fitTable(cols, rows, width)}` +
    `${notes.length ? `\n${notes.join('\n')}` : ''}\n${localTimeNote(time)}`;
}

const RULESET_NAMES: Record<string, string> = { builtin: 'built-in ruleset', installed: 'installed ruleset', ruleset_dirs: 'ruleset_dirs' };

/** "installed ruleset, 4512 rules, gen 2, loaded 2025/...": a refused reload says so, the old engine still running. */
function engineCell(e: RulesetView['workers'][number]['engine'], at: (iso: string | null) => string): string {
  if (!e) return '?';
  if (e.state !== 'running') return e.state;
  const which = e.ruleset ? `${RULESET_NAMES[e.ruleset] ?? e.ruleset}, ` : '';
  return `${which}${e.rules} rules, gen ${e.generation}, loaded ${at(e.loaded_at)}${e.error ? ', RELOAD FAILED' : ''}${e.dropped ? `, ${e.dropped} dropped` : ''}`;
}

/** The nodes table; with per-node agent counts when given (the demo's view). */
export function nodesTable(nodes: (NodeRow & { agents?: number })[], width: number | null = null): string {
  const withAgents = nodes.some((n) => n.agents !== undefined);
  const cols: Column[] = [
    { head: 'NAME' }, { head: 'TYPE' }, { head: 'VERSION', drop: 1 }, { head: 'ADDRESS', drop: 2 }, { head: 'CONNECTED', shortHead: 'CONN' },
    ...(withAgents ? [{ head: 'AGENTS' }] : []),
  ];
  // A master under etcd says whether it leads; a single master reads as before.
  const type = (n: NodeRow): string => n.role === 'standby' ? 'master (standby)' : n.type === 'master' && n.epoch ? `master (leader, epoch ${n.epoch})` : n.type;
  const rows = nodes.map((n) => [n.name, type(n), n.version, n.address, n.connected ? 'yes' : 'no', ...(withAgents ? [String(n.agents ?? 0)] : [])]);
  return fitTable(cols, rows, width);
}

/** The leader's standbys (cluster.etcd) and how far each lags in replication. */
export function standbysTable(standbys: StandbyLag[], width: number | null = null): string {
  const cols: Column[] = [{ head: 'STANDBY' }, { head: 'STATE' }, { head: 'ACKED WRITE', shortHead: 'ACKED' }, { head: 'WRITES BEHIND', shortHead: 'BEHIND' }, { head: 'LAST ACK' }];
  const rows = standbys.map((s) => [s.name, s.state, String(s.ackedSeq), String(s.behind), s.msSinceAck === null ? '-' : `${(s.msSinceAck / 1000).toFixed(1)}s ago`]);
  return fitTable(cols, rows, width);
}

/** 190 columns at full width; narrower, times shrink to the time of day, then the least needed columns go. */
export function healthTable(workers: WorkerHealth[], width: number | null = null, time: TableTime = systemTableTime()): string {
  if (!workers.length) return 'No workers have connected yet.';
  const at = (iso: string | null | undefined): string => localTimeCell(iso, time.offsetOf);
  const cols: Column[] = [
    { head: 'WORKER' },
    { head: 'CONNECTED', shortHead: 'CONN', short: (c) => c.replace(/^no \(.*\)$/s, 'no'), min: 3 },
    { head: 'SYNC', short: (c) => c.replace(/ \(.*\)$/s, ''), min: 7 },
    { head: 'ADDRESS', drop: 1 },
    { head: 'LAST KEEP-ALIVE', shortHead: 'KEEP-ALIVE' },
    { head: 'INTEGRITY CHECK', shortHead: 'CHECK', short: shortTimes, drop: 4 },
    { head: 'INTEGRITY SYNC', shortHead: 'SYNC', short: (c) => shortTimes(c).replace(' not writable', ' unwritable') },
    { head: 'AGENT INFO', shortHead: 'INFO', short: shortTimes, drop: 3 },
    { head: 'AGENT GROUPS', shortHead: 'GROUPS', short: shortTimes, drop: 2 },
    { head: 'ACTIVE AGENTS', shortHead: 'AGENTS' },
    { head: 'LOOPS', min: 12 },
  ];
  const rows = workers.map((w) => [
    w.name, w.connected ? 'yes' : `no (${w.disconnect_reason ?? '?'})`, syncStateCell(w), w.address,
    w.seconds_since_keep_alive === null ? '-' : `${w.seconds_since_keep_alive}s ago`,
    at(w.integrity_check?.at), syncCell(w.integrity_sync, at), at(w.agent_info?.at), at(w.agent_groups?.at),
    String(w.active_agents), loopsCell(w),
  ]);
  return `${fitTable(cols, rows, width)}\n${localTimeNote(time)}`;
}

/** "in_sync"; "syncing" with whether the worker takes agents meanwhile (from an earlier sync's state). */
function syncStateCell(w: WorkerHealth): string {
  if (w.sync === null || w.sync === undefined) return '-';
  if (w.sync === 'in_sync') return 'in_sync';
  return w.accepting_agents ? 'syncing (serving last state)' : 'syncing (refusing agents)';
}

/** When the last sync ran, and how many files the worker could not write then, if any. */
function syncCell(r: WorkerHealth['integrity_sync'], at: (iso: string) => string): string {
  if (!r) return '-';
  const n = typeof r.unwritable === 'number' ? r.unwritable : 0;
  return n > 0 ? `${at(r.at)} (${n} not writable)` : at(r.at);
}

/** "ok", or each loop that restarted: "worker integrity: failing, 7 restarts (EPERM: ...)". */
function loopsCell(w: WorkerHealth): string {
  const troubled = [...w.loops.worker.map((l) => ({ side: 'worker', l })), ...w.loops.master.map((l) => ({ side: 'master', l }))]
    .filter(({ l }) => l.restarts > 0 || l.failing || l.status === 'backing-off');
  if (troubled.length === 0) return w.connected ? 'ok' : '-';
  return troubled.map(({ side, l }) =>
    `${side} ${l.name}: ${l.failing ? 'failing' : l.status}, ${l.restarts} restarts${l.last_error ? ` (${l.last_error.slice(0, 60)})` : ''}`).join('\n');
}

export function agentsTable(agents: AgentRow[], width: number | null = null): string {
  if (!agents.length) return 'No agents registered.';
  const cols: Column[] = [
    { head: 'ID' }, { head: 'NAME' }, { head: 'IP', drop: 2 }, { head: 'STATUS' }, { head: 'NODE' }, { head: 'GROUPS', min: 8 }, { head: 'VERSION', drop: 1 },
  ];
  return fitTable(cols, agents.map((a) => [a.id, a.name, a.ip, a.status, a.node ?? '-', a.groups.join(',') || '-', a.version ?? '-']), width);
}

/** "busy 1.2s", "backing-off (restart in 3.0s, failing)", "idle". */
export function statusCell(a: Pick<ActorInfo, 'status' | 'busySince' | 'nextRestartAt' | 'failing'>, now: number): string {
  const secs = (ms: number): string => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
  if (a.status === 'busy' && a.busySince !== null) return `busy ${secs(now - a.busySince)}`;
  if (a.status === 'backing-off') return `backing-off (restart in ${a.nextRestartAt === null ? '?' : secs(a.nextRestartAt - now)}${a.failing ? ', failing' : ''})`;
  return a.failing ? `${a.status} (failing)` : a.status;
}

export function actorsTable(actors: ActorInfo[], now: number, width: number | null = null, time: TableTime = systemTableTime()): string {
  const cols: Column[] = [
    { head: 'PATH', min: 16 }, { head: 'KIND', drop: 2 }, { head: 'STATUS', min: 8 }, { head: 'MAILBOX', shortHead: 'MBOX' }, { head: 'HANDLED', drop: 3 },
    { head: 'RESTARTS', shortHead: 'RST' }, { head: 'LAST ERROR', short: shortTimes, min: 10 }, { head: 'SUMMARY', drop: 1 },
  ];
  const rows = actors.map((a) => [a.path, a.kind, statusCell(a, now), String(a.mailbox), String(a.handled), String(a.restarts),
    a.lastError ? `${a.lastError.message} (${localTimeCell(new Date(a.lastError.at).toISOString(), time.offsetOf)})` : '-', a.summary]);
  const table = fitTable(cols, rows, width);
  return actors.some((a) => a.lastError) ? `${table}\n${localTimeNote(time)}` : table;
}
