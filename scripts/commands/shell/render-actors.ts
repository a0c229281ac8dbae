// render-actors.ts: pure; the shell's views of a node's actors: `tree`, `info` and `timers`. Every
// relative time is taken against the node's own clock (`view.now`), not the shell's.
import type { ActorsView } from '../../../actors/control/actor-commands';
import type { ActorInfo } from '../../../actors/supervision/registry';
import { quantile } from '../../../lib/histogram';
import { timeOfDay } from '../cluster-tables';
import { type Column, fitTable } from '../fit-table';
import { bucketTime, duration, relative } from './format';

/** idle, busy 1.2s, backing off until 10:00:03 (in 0.4s), stopped, failed; ", failing" past its budget. */
export function statusText(a: Pick<ActorInfo, 'status' | 'busySince' | 'nextRestartAt' | 'failing'>, now: number): string {
  let s: string = a.status;
  if (a.status === 'busy' && a.busySince !== null) s = `busy ${duration(now - a.busySince)}`;
  else if (a.status === 'backing-off') {
    s = a.nextRestartAt === null ? 'backing off' : `backing off until ${timeOfDay(new Date(a.nextRestartAt).toISOString())} (${relative(a.nextRestartAt, now)})`;
  }
  return a.failing ? `${s}, failing` : s;
}

/** The parent of each path: the longest other path that is a prefix of it, segment-wise. */
function parentOf(path: string, paths: ReadonlySet<string>): string | null {
  let p = path;
  while (p.lastIndexOf('/') > 0) {
    p = p.slice(0, p.lastIndexOf('/'));
    if (paths.has(p)) return p;
  }
  return null;
}

export interface TreeRow {
  /** "├─ keep-alive", with the tree drawn before the actor's name. */
  label: string;
  actor: ActorInfo;
}

/** Depth-first, siblings by name; the first actor(s) with no parent in the list are the roots. */
export function treeRows(actors: readonly ActorInfo[]): TreeRow[] {
  const paths = new Set(actors.map((a) => a.path));
  const children = new Map<string | null, ActorInfo[]>();
  for (const a of [...actors].sort((x, y) => x.path.localeCompare(y.path))) {
    const p = parentOf(a.path, paths);
    children.set(p, [...(children.get(p) ?? []), a]);
  }
  const rows: TreeRow[] = [];
  const walk = (a: ActorInfo, prefix: string, last: boolean, root: boolean): void => {
    const name = root ? a.path : a.path.slice(a.path.lastIndexOf('/') + 1);
    rows.push({ label: root ? name : `${prefix}${last ? '└─ ' : '├─ '}${name}`, actor: a });
    const kids = children.get(a.path) ?? [];
    const next = root ? '' : `${prefix}${last ? '   ' : '│  '}`;
    kids.forEach((k, i) => walk(k, next, i === kids.length - 1, false));
  };
  for (const r of children.get(null) ?? []) walk(r, '', true, true);
  return rows;
}

const TREE_COLUMNS: Column[] = [
  { head: 'ACTOR', min: 16 }, { head: 'KIND', drop: 2 }, { head: 'STATUS', min: 10 }, { head: 'MAILBOX', shortHead: 'MBOX', min: 4 },
  { head: 'RESTARTS', shortHead: 'RST', min: 3 }, { head: 'HANDLED', drop: 1 },
];

export function renderTree(view: ActorsView, width: number | null): string {
  const rows = treeRows(view.actors).map(({ label, actor: a }) => [
    label, a.kind, statusText(a, view.now), a.dropped ? `${a.mailbox} (${a.dropped} dropped)` : String(a.mailbox), String(a.restarts), String(a.handled),
  ]);
  return fitTable(TREE_COLUMNS, rows, width);
}

/** `tree --cluster`: each node's tree under its name; a node that did not answer says why. */
export function renderClusterTree(nodes: readonly { node: string; view?: ActorsView; error?: string }[], width: number | null): string {
  return nodes.map((n) => (n.view ? `${n.node}\n${renderTree(n.view, width)}` : `${n.node}: not reachable: ${n.error}`)).join('\n\n');
}

/** `info PATH`: one actor in full, from a view holding it and what is under it. */
export function renderInfo(view: ActorsView, path: string): string {
  const a = view.actors.find((x) => x.path === path);
  if (!a) return `no actor ${path} on ${view.node}`;
  const now = view.now;
  const depth = path.split('/').length;
  const kids = view.actors.filter((x) => x.path.startsWith(`${path}/`) && x.path.split('/').length === depth + 1);
  const ht = a.handleTime;
  const lines: [string, string][] = [
    ['status', statusText(a, now)],
    ['summary', a.summary || '-'],
    ['mailbox', `${a.mailbox} waiting${a.dropped ? `, ${a.dropped} dropped (mailbox full)` : ''}${a.pendingPipes ? `, ${a.pendingPipes} results of async work to come` : ''}`],
    ['handled', `${a.handled} messages, busy ${duration(a.busyMs)} in all; handling time p50 ${bucketTime(quantile(ht, 0.5))}, p99 ${bucketTime(quantile(ht, 0.99))}, mean ${ht.count ? duration((ht.sum / ht.count) * 1000) : '-'}`],
    ['restarts', `${a.restarts}${a.failing ? ' (failing: past its restart budget, retrying at its longest backoff)' : ''}`],
    ['started', `${new Date(a.startedAt).toISOString()} (${relative(a.startedAt, now)})`],
    ['policy', a.policy],
    ['tick', a.tick ? tickLine(a.tick, now) : 'none (not a scheduled loop)'],
    ['last messages', a.recentMessages.length ? a.recentMessages.join(', ') : '-'],
    ['children', kids.length ? kids.map((k) => `${k.path.slice(path.length + 1)} (${k.kind}, ${statusText(k, now)})`).join('\n') : 'none'],
  ];
  const pad = Math.max(...lines.map(([k]) => k.length)) + 2;
  const body = lines.map(([k, v]) => `${k.padEnd(pad)}${v.split('\n').join(`\n${' '.repeat(pad)}`)}`).join('\n');
  const log = a.restartLog.length
    ? a.restartLog.slice().reverse().map((f) => {
      const what = f.restartInMs === null ? (f.scope === 'link' ? 'link failure: handed to its parent' : 'handed to its parent') : `restarted after ${duration(f.restartInMs)}`;
      const stack = f.stack ? `\n${f.stack.split('\n').slice(1).map((l) => `      ${l.trim()}`).join('\n')}` : '';
      return `  ${new Date(f.at).toISOString()} (${relative(f.at, now)}) ${f.scope}, ${what}: ${f.message}${stack}`;
    }).join('\n')
    : '  none';
  return `${a.path}  ${a.kind} on ${view.node}\n${body}\nrestart log (newest first):\n${log}`;
}

function tickLine(t: NonNullable<ActorInfo['tick']>, now: number): string {
  const last = t.lastRunAt === null ? 'not run yet' : `last run ${relative(t.lastRunAt, now)}${t.lastDurationMs === null ? '' : `, took ${duration(t.lastDurationMs)}`}`;
  return `${t.schedule}; ${last}; next ${t.nextAt === null ? '-' : relative(t.nextAt, now)}; ${t.skipped} overlaps skipped`;
}

export interface TimerRow {
  path: string;
  schedule: string;
  last_run: number | null;
  last_duration_ms: number | null;
  next_run: number | null;
  skipped: number;
  status: string;
}

export function timerRows(view: ActorsView): TimerRow[] {
  return view.actors.filter((a) => a.tick).map((a) => ({
    path: a.path, schedule: a.tick!.schedule, last_run: a.tick!.lastRunAt, last_duration_ms: a.tick!.lastDurationMs,
    next_run: a.tick!.nextAt, skipped: a.tick!.skipped, status: statusText(a, view.now),
  }));
}

const TIMER_COLUMNS: Column[] = [
  { head: 'LOOP', min: 16 }, { head: 'SCHEDULE', min: 8 }, { head: 'LAST RUN', shortHead: 'LAST' }, { head: 'NEXT RUN', shortHead: 'NEXT' },
  { head: 'LAST DURATION', shortHead: 'TOOK' }, { head: 'SKIPPED', shortHead: 'SKIP' }, { head: 'STATUS', drop: 1, min: 8 },
];

export function renderTimers(view: ActorsView, width: number | null): string {
  const rows = timerRows(view);
  if (!rows.length) return `No scheduled loops on ${view.node}.`;
  return fitTable(TIMER_COLUMNS, rows.map((r) => [
    r.path, r.schedule, relative(r.last_run, view.now), r.next_run === null ? '-' : relative(r.next_run, view.now),
    r.last_duration_ms === null ? '-' : duration(r.last_duration_ms), String(r.skipped), r.status,
  ]), width);
}
