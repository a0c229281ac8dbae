// `warden control --config F nodes|health|actors [--json]`: asks the running node through its control socket.
import Table from 'cli-table3';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { ControlError } from '../../actors/control/control-protocol';
import { loadConfigOrExit } from './daemon';
import { NodeRow, WorkerHealth } from '../../actors/master/cluster-views';
import { ActorInfo } from '../../actors/supervision/registry';

export const CONTROL_COMMANDS = ['nodes', 'health', 'agents', 'actors', 'ruleset'] as const;

export async function controlCommand(what: string, opts: { config: string; json?: boolean }): Promise<void> {
  if (!(CONTROL_COMMANDS as readonly string[]).includes(what)) {
    process.stderr.write(`warden control: unknown command ${JSON.stringify(what)}; use one of ${CONTROL_COMMANDS.join(', ')}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit(opts.config);
  let result: unknown;
  try {
    result = await askNode(controlSocketPath(config.dataDir), { command: what, args: {} });
  } catch (err) {
    const code = err instanceof ControlError ? err.code : 'error';
    process.stderr.write(`warden control ${what}: ${(err as Error).message}\n`);
    process.exit(code === 'not_running' ? 3 : 1);
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  process.stdout.write(render(what, result) + '\n');
}

/** A plain table: no colours (output is often piped), no lines between rows. */
export function table(head: string[]): Table.Table {
  return new Table({
    head, style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

function render(what: string, result: unknown): string {
  switch (what) {
    case 'nodes': return nodesTable((result as { nodes: NodeRow[] }).nodes);
    case 'health': return healthTable((result as { workers: WorkerHealth[] }).workers);
    case 'agents': return agentsTable((result as { agents: AgentRow[] }).agents);
    case 'actors': return actorsTable((result as { actors: ActorInfo[] }).actors);
    case 'ruleset': return rulesetTable(result as RulesetView);
    default: return JSON.stringify(result, null, 2);
  }
}

/** One row per worker: "yes"/"NO" per synced folder, "?" before its first check; then its engine. */
export function rulesetTable(v: RulesetView): string {
  const yn = (b: boolean | null) => (b === null ? '?' : b ? 'yes' : 'NO');
  const t = table(['WORKER', 'RULES', 'DECODERS', 'LISTS', 'SHARED', 'IN SYNC', 'FILES', 'LAST CHECK', 'ENGINE']);
  for (const w of v.workers) t.push([w.name, yn(w.rules), yn(w.decoders), yn(w.lists), yn(w.shared), w.in_sync ? 'yes' : 'NO', w.files ?? '-', w.last_check ?? '-', engineCell(w.engine)]);
  const failed = [v.master, ...v.workers].filter((n) => n.engine?.error);
  const notes = failed.map((n) => `${n.name}: reload refused at ${n.engine!.last_reload}: ${n.engine!.error}${n.engine!.problems.length ? `\n  ${n.engine!.problems.join('\n  ')}` : ''}`);
  for (const w of v.workers.filter((x) => x.unwritable > 0)) {
    const more = w.unwritable - w.unwritable_files.length;
    notes.push(`${w.name}: ${w.unwritable} files could not be written there (tried again at each sync):` +
      w.unwritable_files.map((f) => `\n  ${JSON.stringify(f.path)}: ${f.reason}`).join('') + (more > 0 ? `\n  ... and ${more} more` : ''));
  }
  const m = v.master;
  return `Master ${m.name}: ${m.files} files, digest ${m.digest.slice(0, 12) || '-'}, engine ${engineCell(m.engine ?? null)}\n${t.toString()}${notes.length ? `\n${notes.join('\n')}` : ''}`;
}

/** "4512 rules, gen 2, loaded 2025-...": a refused reload says so, the old engine still running. */
function engineCell(e: RulesetView['workers'][number]['engine']): string {
  if (!e) return '?';
  if (e.state !== 'running') return e.state;
  return `${e.rules} rules, gen ${e.generation}, loaded ${e.loaded_at ?? '-'}${e.error ? ', RELOAD FAILED' : ''}${e.dropped ? `, ${e.dropped} dropped` : ''}`;
}

/** The nodes table; with per-node agent counts when given (the demo's view). */
export function nodesTable(nodes: (NodeRow & { agents?: number })[]): string {
  const withAgents = nodes.some((n) => n.agents !== undefined);
  const t = table(['NAME', 'TYPE', 'VERSION', 'ADDRESS', 'CONNECTED', ...(withAgents ? ['AGENTS'] : [])]);
  for (const n of nodes) t.push([n.name, n.type, n.version, n.address, n.connected ? 'yes' : 'no', ...(withAgents ? [String(n.agents ?? 0)] : [])]);
  return t.toString();
}

function healthTable(workers: WorkerHealth[]): string {
  const t = table(['WORKER', 'CONNECTED', 'SYNC', 'ADDRESS', 'LAST KEEP-ALIVE', 'INTEGRITY CHECK', 'INTEGRITY SYNC', 'AGENT INFO', 'AGENT GROUPS', 'ACTIVE AGENTS', 'LOOPS']);
  for (const w of workers) {
    t.push([
      w.name, w.connected ? 'yes' : `no (${w.disconnect_reason ?? '?'})`, syncStateCell(w), w.address,
      w.seconds_since_keep_alive === null ? '-' : `${w.seconds_since_keep_alive}s ago`,
      w.integrity_check?.at ?? '-', syncCell(w.integrity_sync), w.agent_info?.at ?? '-', w.agent_groups?.at ?? '-',
      String(w.active_agents), loopsCell(w),
    ]);
  }
  return workers.length ? t.toString() : 'No workers have connected yet.';
}

/** "in_sync"; "syncing" with whether the worker takes agents meanwhile (from an earlier sync's state). */
function syncStateCell(w: WorkerHealth): string {
  if (w.sync === null) return '-';
  if (w.sync === 'in_sync') return 'in_sync';
  return w.accepting_agents ? 'syncing (serving last state)' : 'syncing (refusing agents)';
}

/** When the last sync ran, and how many files the worker could not write then, if any. */
function syncCell(r: WorkerHealth['integrity_sync']): string {
  if (!r) return '-';
  const n = typeof r.unwritable === 'number' ? r.unwritable : 0;
  return n > 0 ? `${r.at} (${n} not writable)` : r.at;
}

/** "ok", or each loop that restarted: "worker integrity: failing, 7 restarts (EPERM: ...)". */
function loopsCell(w: WorkerHealth): string {
  const troubled = [...w.loops.worker.map((l) => ({ side: 'worker', l })), ...w.loops.master.map((l) => ({ side: 'master', l }))]
    .filter(({ l }) => l.restarts > 0 || l.failing || l.status === 'backing-off');
  if (troubled.length === 0) return w.connected ? 'ok' : '-';
  return troubled.map(({ side, l }) =>
    `${side} ${l.name}: ${l.failing ? 'failing' : l.status}, ${l.restarts} restarts${l.last_error ? ` (${l.last_error.slice(0, 60)})` : ''}`).join('\n');
}

interface AgentRow { id: string; name: string; ip: string; status: string; node: string | null; groups: string[]; version: string | null }

function agentsTable(agents: AgentRow[]): string {
  const t = table(['ID', 'NAME', 'IP', 'STATUS', 'NODE', 'GROUPS', 'VERSION']);
  for (const a of agents) t.push([a.id, a.name, a.ip, a.status, a.node ?? '-', a.groups.join(',') || '-', a.version ?? '-']);
  return agents.length ? t.toString() : 'No agents registered.';
}

/** "busy 1.2s", "backing-off (restart in 3.0s, failing)", "idle". */
function statusCell(a: ActorInfo, now: number): string {
  const secs = (ms: number): string => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
  if (a.status === 'busy' && a.busySince !== null) return `busy ${secs(now - a.busySince)}`;
  if (a.status === 'backing-off') return `backing-off (restart in ${a.nextRestartAt === null ? '?' : secs(a.nextRestartAt - now)}${a.failing ? ', failing' : ''})`;
  return a.failing ? `${a.status} (failing)` : a.status;
}

function actorsTable(actors: ActorInfo[]): string {
  const t = table(['PATH', 'KIND', 'STATUS', 'MAILBOX', 'HANDLED', 'RESTARTS', 'LAST ERROR', 'SUMMARY']);
  for (const a of actors) {
    t.push([a.path, a.kind, statusCell(a, Date.now()), String(a.mailbox), String(a.handled), String(a.restarts),
      a.lastError ? `${a.lastError.message} (${new Date(a.lastError.at).toISOString()})` : '-', a.summary]);
  }
  return t.toString();
}
