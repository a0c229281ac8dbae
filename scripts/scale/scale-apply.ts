// scale-apply.ts: `warden scale apply FILE`: brings this machine to the topology, in the order of
// scale-plan.ts. A running node whose config the topology now renders differently is only reported
// ("config changed, restart needed"), unless --restart: restarting a master, or a worker that serves
// agents, is the operator's call. Masters elected through etcd start together and settle among
// themselves which leads; apply waits for a leader with the others its standbys before the workers.
import * as fs from 'node:fs';
import { localPlacement, renderNodeConfig } from '../../config/node-config';
import { topologyNodes, type Topology } from '../../config/topology';
import { ensureClusterKey } from './cluster-key';
import { lockPath } from './local-paths';
import { removeMaster, removeWorker, startNode, stopNode, waitLeader, waitNodeUp } from './node-ops';
import { observeNodes, observeSim } from './observe';
import { acquireScaleLock } from './scale-lock';
import { type DesiredNode, type ObservedNode, planApply, planIsEmpty, planSim } from './scale-plan';
import type { ScaleRun } from './scale-run';
import { desiredSimArgs, startSim, stopSim } from './sim-ops';

export interface ApplyOptions {
  restart: boolean;
}

export function desiredNodes(t: Topology): DesiredNode[] {
  return topologyNodes(t).map((spec) => ({ spec, config: renderNodeConfig(t, spec, localPlacement(t, spec)) }));
}

/**
 * Starts the nodes (the master first, waited for, then the rest together) and waits for each; masters
 * elected through etcd start together, then wait until one of `electing` (every master running by then)
 * leads with the others its standbys.
 */
async function startAll(run: ScaleRun, nodes: readonly DesiredNode[], electing: readonly string[]): Promise<void> {
  const masters = nodes.filter((d) => d.spec.type === 'master');
  const workers = nodes.filter((d) => d.spec.type === 'worker');
  if (run.t.etcd && masters.length > 0) {
    const pids = masters.map((m) => ({ m, pid: startNode(run, m) }));
    const up = await Promise.all(pids.map(({ m, pid }) => waitNodeUp(run, m, pid)));
    if (up.every(Boolean)) await waitLeader(run, electing);
  } else {
    for (const m of masters) await waitNodeUp(run, m, startNode(run, m));
  }
  const started = workers.map((w) => ({ w, pid: startNode(run, w) }));
  for (const { w, pid } of started) await waitNodeUp(run, w, pid);
}

/** A running node with another config: stopped (a worker gracefully), then started with the new one. */
async function restartNode(run: ScaleRun, d: DesiredNode, o: ObservedNode): Promise<void> {
  run.say(`  ${d.spec.name}: config changed, restarting`);
  const stopped = d.spec.type === 'worker' ? await removeWorker(run, o) : await stopNode(run, o);
  if (stopped) await waitNodeUp(run, d, startNode(run, d));
}

export async function applyTopology(run: ScaleRun, opts: ApplyOptions): Promise<void> {
  const t = run.t;
  fs.mkdirSync(t.baseDir, { recursive: true, mode: 0o750 });
  const lock = acquireScaleLock(lockPath(t.baseDir), 'apply');
  try {
    ensureClusterKey(t, run.say);
    const desired = desiredNodes(t);
    const onStale = (name: string, why: string): void => run.say(`  ${name}: removed a stale pid file (${why})`);
    const observed = observeNodes(t.baseDir, desired.map((d) => d.spec.name), onStale);
    const sim = observeSim(t.baseDir, (why) => run.say(`  agent-sim: removed a stale pid file (${why})`));
    const plan = planApply(desired, observed, opts.restart, t.etcd !== null);
    const simArgs = desiredSimArgs(t);
    const simAction = planSim(simArgs, sim.running, sim.args, opts.restart);
    const byName = new Map(observed.map((o) => [o.name, o]));

    if (planIsEmpty(plan) && (simAction === 'keep' || simAction === 'none' || simAction === 'changed')) {
      const names = [...plan.unchanged, ...plan.changed].map((d) => d.spec.name);
      const older = plan.changed.length > 0 || simAction === 'changed';
      run.say(`Nothing to do: ${names.join(', ')} already ${names.length === 1 ? 'runs' : 'run'}${sim.running ? ', with the simulated agents' : ''}` +
        (older ? '; some with an older config:' : `, as ${t.path} describes.`));
      reportChanged(run, plan.changed, simAction === 'changed');
      return;
    }
    run.say(`Applying ${t.path} (cluster ${t.cluster.name}, ${desired.length} node(s), in ${t.baseDir}):`);
    // Masters elected through etcd: who runs once the first starts are done (a removed one still does).
    const later = new Set(plan.startLast.map((d) => d.spec.name));
    const electingFirst = [...t.masters.map((m) => m.name).filter((n) => !later.has(n)), ...plan.stopMasters.map((o) => o.name)];
    await startAll(run, plan.startFirst, electingFirst);
    for (const o of plan.stopWorkers) await removeWorker(run, o);
    const kept = t.masters.map((m) => m.name).filter((n) => !later.has(n));
    for (const o of plan.stopMasters) await (t.etcd ? removeMaster(run, o, kept) : stopNode(run, o));
    for (const d of plan.restart) {
      await restartNode(run, d, byName.get(d.spec.name)!);
      // One master at a time: the next restarts only once the restarted one is a standby again.
      if (t.etcd && d.spec.type === 'master') await waitLeader(run, kept);
    }
    await startAll(run, plan.startLast, t.masters.map((m) => m.name));

    if (simAction === 'stop' || simAction === 'restart') await stopSim(run, sim);
    if ((simAction === 'start' || simAction === 'restart') && run.failures.length > 0) {
      run.fail('the simulated agents were not started: a node did not come up (above); apply again once it is fixed');
    } else if (simAction === 'start' || simAction === 'restart') await startSim(run, simArgs!);
    reportChanged(run, plan.changed, simAction === 'changed');
    const running = plan.unchanged.length + plan.changed.length + plan.startFirst.length + plan.startLast.length + plan.restart.length;
    const toRestart = plan.changed.length + (simAction === 'changed' ? 1 : 0);
    run.say(run.failures.length > 0
      ? `Done with ${run.failures.length} problem(s) (marked !! above).`
      : `Done: ${running} node(s) of ${t.cluster.name} running${toRestart > 0 ? `; ${toRestart} with an older config (above)` : ' as described'}.`);
  } finally {
    lock.release();
  }
}

function reportChanged(run: ScaleRun, changed: readonly DesiredNode[], simChanged: boolean): void {
  for (const d of changed) {
    run.say(`  ${d.spec.name}: config changed, restart needed (it runs with its old config; \`warden scale apply --restart ${run.t.path}\` restarts it)`);
  }
  if (simChanged) {
    run.say(`  agent-sim: its command line changed (workers, count or rate), restart needed (\`warden scale apply --restart ${run.t.path}\` re-enrolls its agents)`);
  }
}
