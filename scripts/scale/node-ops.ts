// node-ops.ts: the steps of `scale apply` and `scale down` on one node: write its config and start it,
// wait until it answers (and a worker until the master lists it), stop it, and remove a worker
// gracefully (stopped, forgotten by the master, its agents active elsewhere); with masters elected
// through etcd, wait for the election to settle, and remove a master (the leader hands the lead on).
import * as fs from 'node:fs';
import type { DesiredNode, ObservedNode } from './scale-plan';
import { nodePaths } from './local-paths';
import { nodeMarks } from './observe';
import { startDetached, stopGracefully, tailOf } from './managed-process';
import { inspectPid } from './process-identity';
import { activeAgentsOn, anyMasterView, nodeAnswers, type MasterView } from './cluster-probe';
import { type ScaleRun, seconds, waitFor } from './scale-run';
import type { Topology } from '../../config/topology';

/** The data folders of the topology's masters, in its order: any of them answers for the leader. */
export function masterDataDirs(t: Topology): string[] {
  return t.masters.map((m) => nodePaths(t.baseDir, m.name).data);
}

/** What the leader says, through whichever master answers; null when none does. */
export function clusterView(run: ScaleRun): Promise<MasterView | null> {
  return anyMasterView(masterDataDirs(run.t));
}

/** Creates the node's folders, writes its config when it differs, and starts it detached; returns the pid. */
export function startNode(run: ScaleRun, d: DesiredNode): number {
  const p = nodePaths(run.t.baseDir, d.spec.name);
  fs.mkdirSync(p.data, { recursive: true, mode: 0o750 });
  const onDisk = fs.existsSync(p.config) ? fs.readFileSync(p.config, 'utf8') : null;
  if (onDisk !== d.config) {
    // A config holding the key inline is a secret: 0600; one naming a key_file is not.
    const mode = 'inline' in run.t.cluster.key ? 0o600 : 0o640;
    fs.writeFileSync(p.config, d.config, { mode });
    fs.chmodSync(p.config, mode);
  }
  const pid = startDetached({ args: ['daemon', '--config', p.config], cwd: p.dir, outFile: p.out, pidFile: p.pid });
  run.say(`  ${d.spec.name}: started (${d.spec.type}, pid ${pid}, log ${p.out})`);
  return pid;
}

/** Waits until the node answers on its control socket, then (a worker) until the master lists it connected. */
export async function waitNodeUp(run: ScaleRun, d: DesiredNode, pid: number): Promise<boolean> {
  const name = d.spec.name;
  const p = nodePaths(run.t.baseDir, name);
  const up = await waitFor(run, `${name} to answer on its control socket`, async () => {
    if (inspectPid(pid, nodeMarks(p.config)).state !== 'ours') return 'exited' as const;
    return (await nodeAnswers(p.data)) ? 'up' as const : null;
  });
  if (up.value !== 'up') {
    const why = up.value === 'exited' ? 'exited' : `did not answer within ${seconds(up.ms)}`;
    run.fail(`${name} ${why}; the end of ${p.out}:\n${tailOf(p.out)}`);
    return false;
  }
  if (d.spec.type === 'master') {
    run.say(`  ${name}: up in ${seconds(up.ms)}`);
    return true;
  }
  const joined = await waitFor(run, `the master to list ${name} as connected`, async () => {
    if (inspectPid(pid, nodeMarks(p.config)).state !== 'ours') return 'exited' as const;
    const v = await clusterView(run);
    return v?.connected.get(name) === true ? 'connected' as const : null;
  });
  if (joined.value === 'connected') run.say(`  ${name}: up in ${seconds(up.ms)}, connected to the master ${seconds(joined.ms)} later`);
  else if (joined.value === 'exited') run.fail(`${name} exited after it came up; the end of ${p.out}:\n${tailOf(p.out)}`);
  else run.fail(`${name} is up but the master has not listed it as connected within ${seconds(joined.ms)} (see ${p.data}/logs/cluster.log)`);
  return joined.value === 'connected';
}

/** SIGTERM and wait; says what happened. */
export async function stopNode(run: ScaleRun, o: ObservedNode): Promise<boolean> {
  if (o.pid === null) return true;
  const p = nodePaths(run.t.baseDir, o.name);
  const r = await stopGracefully(o.pid, nodeMarks(p.config), p.pid, run.timeoutMs);
  if (r.stopped) run.say(`  ${o.name}: stopped (pid ${o.pid}) in ${seconds(r.ms)}`);
  else run.fail(`${o.name} (pid ${o.pid}) still runs ${seconds(r.ms)} after SIGTERM; it was not killed: look at ${p.out}, then stop it by hand`);
  return r.stopped;
}

/**
 * Removes a worker: stops it, then waits until the master no longer lists it as connected and every
 * agent it served is active on another node; says how long each took, or what was still missing.
 */
/** Returns whether the process stopped (the rest is reported). */
export async function removeWorker(run: ScaleRun, o: ObservedNode): Promise<boolean> {
  const before = await clusterView(run);
  const served = before ? activeAgentsOn(before, o.name).map((a) => a.id) : [];
  run.say(`  ${o.name}: stopping${before ? `; it serves ${served.length} active agent(s)` : ' (the master does not answer: its agents cannot be followed)'}`);
  if (!(await stopNode(run, o))) return false;
  if (!before) return true;

  const forgotten = await waitFor(run, `the master to drop ${o.name}`, async () => {
    const v = await clusterView(run);
    return v && v.connected.get(o.name) !== true ? true : null;
  });
  if (forgotten.value) run.say(`  ${o.name}: the master lists it as gone ${seconds(forgotten.ms)} after it stopped`);
  else run.fail(`the master still lists ${o.name} as connected ${seconds(forgotten.ms)} after it stopped`);
  if (served.length === 0) return true;

  let last: MasterView | null = null;
  const moved = await waitFor(run, `the ${served.length} agent(s) of ${o.name} to be active on other workers`, async () => {
    last = (await clusterView(run)) ?? last;
    return last && strandedAgents(last, served, o.name).length === 0 ? true : null;
  });
  if (moved.value && last) {
    run.say(`  ${o.name}: all ${served.length} of its agents active elsewhere ${seconds(moved.ms)} later (${whereServed(last, served)})`);
  } else {
    const stranded = last ? strandedAgents(last, served, o.name) : served;
    run.fail(`${stranded.length} of the ${served.length} agents ${o.name} served are not active on another node ${seconds(moved.ms)} after it stopped: ${stranded.slice(0, 10).join(', ')}${stranded.length > 10 ? ', ...' : ''}`);
  }
  return true;
}

/**
 * Masters elected through etcd: waits until one of `names` leads with every other of them listed as its
 * connected standby, and says who leads. Returns the leader's name, or null (reported) on timeout.
 */
export async function waitLeader(run: ScaleRun, names: readonly string[]): Promise<string | null> {
  let last: MasterView | null = null;
  const settled = await waitFor(run, `one of ${names.join(', ')} to lead, the others its standbys`, async () => {
    last = (await clusterView(run)) ?? last;
    return last && electionSettled(last, names) ? last : null;
  });
  const v = settled.value;
  if (v?.leader) {
    const standbys = names.filter((n) => n !== v.leader!.name);
    run.say(`  ${v.leader.name}: leads (epoch ${v.leader.epoch}) ${seconds(settled.ms)} later${standbys.length > 0 ? `; ${standbys.join(', ')}: standby` : ''}`);
    return v.leader.name;
  }
  const seen = last as MasterView | null;
  const roles = seen ? names.map((n) => `${n}: ${seen.roles.get(n) ?? 'not listed'}${seen.connected.get(n) === false ? ' (not connected)' : ''}`).join(', ') : 'no master answers';
  run.fail(`no leader with its standbys within ${seconds(settled.ms)} (${roles}); see each master's data/logs/cluster.log and whether etcd answers at ${run.t.etcd?.endpoints.join(', ')}`);
  return null;
}

/** Pure: one of `names` leads and lists every other as a connected standby. */
export function electionSettled(v: MasterView, names: readonly string[]): boolean {
  const leader = v.leader?.name;
  if (!leader || !names.includes(leader)) return false;
  return names.every((n) => n === leader || (v.roles.get(n) === 'standby' && v.connected.get(n) === true));
}

/**
 * Removes a master elected through etcd: stops it (a leader resigns, so a standby leads at once), then waits
 * until one of `remaining` leads and the removed one is no longer listed as connected.
 */
export async function removeMaster(run: ScaleRun, o: ObservedNode, remaining: readonly string[]): Promise<boolean> {
  const before = await clusterView(run);
  const role = before?.roles.get(o.name);
  run.say(`  ${o.name}: stopping${role === 'leader' ? '; it leads: a standby takes the lead' : role === 'standby' ? ' (a standby)' : ''}`);
  if (!(await stopNode(run, o))) return false;
  if (remaining.length === 0) return true;
  const gone = await waitFor(run, `one of ${remaining.join(', ')} to lead without ${o.name}`, async () => {
    const v = await clusterView(run);
    return v?.leader && remaining.includes(v.leader.name) && v.connected.get(o.name) !== true ? v.leader : null;
  });
  if (gone.value) run.say(`  ${o.name}: gone; ${gone.value.name} leads (epoch ${gone.value.epoch}) ${seconds(gone.ms)} after it stopped`);
  else run.fail(`no master of ${remaining.join(', ')} leads without ${o.name} ${seconds(gone.ms)} after it stopped`);
  return true;
}

/** Agents (of `ids`) not yet active on a node other than `gone`; an agent removed meanwhile counts as settled. */
export function strandedAgents(v: MasterView, ids: readonly string[], gone: string): string[] {
  const byId = new Map(v.agents.map((a) => [a.id, a]));
  return ids.filter((id) => {
    const a = byId.get(id);
    return a !== undefined && !(a.status === 'active' && a.node !== null && a.node !== gone);
  });
}

/** "worker-1: 7, worker-3: 5" */
function whereServed(v: MasterView, ids: readonly string[]): string {
  const count = new Map<string, number>();
  const wanted = new Set(ids);
  for (const a of v.agents) if (wanted.has(a.id) && a.node) count.set(a.node, (count.get(a.node) ?? 0) + 1);
  return [...count].sort().map(([n, c]) => `${n}: ${c}`).join(', ');
}
