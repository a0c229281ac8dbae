// scale-down.ts: `warden scale down FILE`: stops everything `scale apply` started under the topology's
// base_dir (the simulated agents, then the workers, then the masters: standbys before the leader),
// removes their pid files, and keeps their data and configs, so a later apply starts them as they were.
import { lockPath } from './local-paths';
import { clusterView, stopNode } from './node-ops';
import { observeNodes, observeSim } from './observe';
import { acquireScaleLock } from './scale-lock';
import type { ScaleRun } from './scale-run';
import { stopSim } from './sim-ops';
import { topologyNodes } from '../../config/topology';

export async function downTopology(run: ScaleRun): Promise<void> {
  const t = run.t;
  const lock = acquireScaleLock(lockPath(t.baseDir), 'down');
  try {
    const onStale = (name: string, why: string): void => run.say(`  ${name}: removed a stale pid file (${why})`);
    const running = observeNodes(t.baseDir, topologyNodes(t).map((n) => n.name), onStale).filter((o) => o.running);
    const sim = observeSim(t.baseDir, (why) => run.say(`  agent-sim: removed a stale pid file (${why})`));
    if (running.length === 0 && !sim.running) {
      run.say(`Nothing to stop: no node of ${t.cluster.name} runs under ${t.baseDir}.`);
      return;
    }
    run.say(`Stopping ${running.length} node(s) of ${t.cluster.name} under ${t.baseDir} (data kept):`);
    if (sim.running) await stopSim(run, sim);
    // The leader, asked before anything stops (its standbys go before it, so the lead never moves).
    const leader = t.etcd ? (await clusterView(run))?.leader?.name : undefined;
    // Workers together (nothing to hand their agents to), then the masters.
    await Promise.all(running.filter((o) => o.type !== 'master').map((o) => stopNode(run, o)));
    const masters = running.filter((x) => x.type === 'master').sort((a, b) => Number(a.name === leader) - Number(b.name === leader));
    for (const o of masters) await stopNode(run, o);
    run.say(run.failures.length === 0 ? 'Done: nothing of this topology runs any more.' : `Done with ${run.failures.length} problem(s) (marked !! above).`);
  } finally {
    lock.release();
  }
}
