// scale-plan.ts: pure; what `scale apply` must do to bring this machine from what runs to the topology.
// Order: nodes that can start at once start first (so a removed worker's agents have somewhere to go);
// removed workers stop one at a time, then a removed master; nodes that need a port a stopping node
// still holds, or a new master replacing an old one, start last. Masters elected through etcd
// (`elected`) are peers: a new one starts first, so a removed one hands the lead to a running standby.
import type { NodeSpec, NodeType } from '../../config/topology';

export interface DesiredNode {
  spec: NodeSpec;
  /** The config text the topology renders for it. */
  config: string;
}

export interface ObservedNode {
  name: string;
  /** From its config on disk; null when unreadable. */
  type: NodeType | null;
  running: boolean;
  pid: number | null;
  /** The config on disk (what a running node was started with), or null. */
  config: string | null;
  /** The ports its config on disk names. */
  ports: number[];
}

export interface ApplyPlan {
  startFirst: DesiredNode[];
  stopWorkers: ObservedNode[];
  stopMasters: ObservedNode[];
  /** Running with another config than the topology's: restarted with --restart ... */
  restart: DesiredNode[];
  /** ... or only reported. */
  changed: DesiredNode[];
  startLast: DesiredNode[];
  unchanged: DesiredNode[];
}

export function portsOf(spec: NodeSpec): number[] {
  return [spec.type === 'master' ? spec.clusterPort : 0, spec.agentsPort, spec.enrollmentPort, spec.metricsPort].filter((p) => p > 0);
}

export function planApply(desired: readonly DesiredNode[], observed: readonly ObservedNode[], restartChanged: boolean, elected = false): ApplyPlan {
  const byName = new Map(observed.map((o) => [o.name, o]));
  const wanted = new Set(desired.map((d) => d.spec.name));
  const stopping = observed.filter((o) => o.running && !wanted.has(o.name));
  const stopWorkers = stopping.filter((o) => o.type !== 'master');
  const stopMasters = stopping.filter((o) => o.type === 'master');
  const heldPorts = new Set(stopping.flatMap((o) => o.ports));

  const plan: ApplyPlan = { startFirst: [], stopWorkers, stopMasters, restart: [], changed: [], startLast: [], unchanged: [] };
  // The master first in every list, so workers find it.
  const ordered = [...desired].sort((a, b) => rank(a.spec.type) - rank(b.spec.type));
  for (const d of ordered) {
    const o = byName.get(d.spec.name);
    if (o?.running) {
      if (o.config === d.config) plan.unchanged.push(d);
      else (restartChanged ? plan.restart : plan.changed).push(d);
      continue;
    }
    const waits = portsOf(d.spec).some((p) => heldPorts.has(p)) || (d.spec.type === 'master' && stopMasters.length > 0 && !elected);
    (waits ? plan.startLast : plan.startFirst).push(d);
  }
  return plan;
}

function rank(type: NodeType): number {
  return type === 'master' ? 0 : 1;
}

/** True when applying changes nothing (changed configs alone are only reported). */
export function planIsEmpty(p: ApplyPlan): boolean {
  return p.startFirst.length + p.stopWorkers.length + p.stopMasters.length + p.restart.length + p.startLast.length === 0;
}

/** What to do with the simulated agents: their command line is their whole config. */
export type SimAction = 'none' | 'keep' | 'start' | 'stop' | 'restart' | 'changed';

export function planSim(desiredArgs: readonly string[] | null, running: boolean, runningArgs: readonly string[] | null, restartChanged: boolean): SimAction {
  if (!desiredArgs) return running ? 'stop' : 'none';
  if (!running) return 'start';
  if (runningArgs && runningArgs.join('\0') === desiredArgs.join('\0')) return 'keep';
  return restartChanged ? 'restart' : 'changed';
}
