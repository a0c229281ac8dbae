// scale-status.ts: `warden scale status FILE [--json]`: the topology's nodes against what runs under its
// base_dir, with what the master says of each (connected, active agents, role). With several masters,
// whichever answers first speaks for the leader (a standby passes the question on). Reads only: a stale
// pid file is shown as not running and left for the next apply to clean.
import { table } from '../commands/control';
import { topologyNodes, type NodeType, type Topology } from '../../config/topology';
import { activeAgentsOn, anyMasterView, type MasterView } from './cluster-probe';
import { masterDataDirs } from './node-ops';
import { observeNodes, observeSim, type ObservedSim } from './observe';
import type { DesiredNode, ObservedNode } from './scale-plan';
import { desiredSimArgs } from './sim-ops';

export interface NodeStatus {
  name: string;
  type: NodeType | null;
  desired: boolean;
  pid: number | null;
  running: boolean;
  /** As the master lists it; null when the master does not answer. */
  connected: boolean | null;
  /** leader, standby or worker, as the leader lists it; null when no master answers or it is not listed. */
  role: 'leader' | 'standby' | 'worker' | null;
  /** Active agents the master records on it; null when the master does not answer. */
  agents: number | null;
  /** The config on disk against the topology's: same, changed, or missing (never written). */
  config: 'same' | 'changed' | 'missing' | 'not desired';
}

export interface ScaleStatus {
  topology: string;
  cluster: string;
  base_dir: string;
  master_answers: boolean;
  /** The master that leads (the one that answered for the cluster), and its epoch; null when none answers. */
  leader: { name: string; epoch: number } | null;
  nodes: NodeStatus[];
  agent_sim: { desired: boolean; pid: number | null; running: boolean; count: number | null; active: number | null; command: 'same' | 'changed' | null } | null;
  /** Every desired node runs with its config, nothing else runs, the simulated agents as asked. */
  in_sync: boolean;
}

/** Pure: the status document from what was observed. */
export function statusOf(t: Topology, desired: readonly DesiredNode[], observed: readonly ObservedNode[], sim: ObservedSim, view: MasterView | null): ScaleStatus {
  const wanted = new Map(desired.map((d) => [d.spec.name, d]));
  const nodes: NodeStatus[] = observed.map((o): NodeStatus => {
    const d = wanted.get(o.name);
    return {
      name: o.name,
      type: d?.spec.type ?? o.type,
      desired: d !== undefined,
      pid: o.pid,
      running: o.running,
      connected: view ? view.connected.get(o.name) === true : null,
      role: view?.roles.get(o.name) ?? null,
      agents: view ? activeAgentsOn(view, o.name).length : null,
      config: !d ? 'not desired' : o.config === null ? 'missing' : o.config === d.config ? 'same' : 'changed',
    };
  }).sort((a, b) => Number(b.type === 'master') - Number(a.type === 'master') || Number(b.desired) - Number(a.desired) || a.name.localeCompare(b.name));
  const simArgs = desiredSimArgs(t);
  const prefix = t.agentSim ? `${t.agentSim.namePrefix}-` : null;
  const agentSim = simArgs || sim.running
    ? {
      desired: simArgs !== null, pid: sim.pid, running: sim.running, count: t.agentSim?.count ?? null,
      active: view && prefix ? view.agents.filter((a) => a.name.startsWith(prefix) && a.status === 'active').length : null,
      command: sim.running ? (JSON.stringify(sim.args) === JSON.stringify(simArgs) ? 'same' as const : 'changed' as const) : null,
    }
    : null;
  const in_sync = nodes.every((n) => (n.desired ? n.running && n.config === 'same' : !n.running))
    && (!agentSim || (agentSim.desired ? agentSim.running && agentSim.command === 'same' : !agentSim.running));
  return {
    topology: t.path, cluster: t.cluster.name, base_dir: t.baseDir, master_answers: view !== null, leader: view?.leader ?? null,
    nodes, agent_sim: agentSim, in_sync,
  };
}

export async function collectStatus(t: Topology, desired: readonly DesiredNode[]): Promise<ScaleStatus> {
  const ignore = (): void => {};
  const observed = observeNodes(t.baseDir, topologyNodes(t).map((n) => n.name), ignore, false);
  const sim = observeSim(t.baseDir, ignore, false);
  const view = await anyMasterView(masterDataDirs(t));
  return statusOf(t, desired, observed, sim, view);
}

export function statusTable(s: ScaleStatus): string {
  const yn = (b: boolean | null): string => (b === null ? '?' : b ? 'yes' : 'no');
  const tb = table(['NAME', 'TYPE', 'ROLE', 'DESIRED', 'PID', 'RUNNING', 'CONNECTED', 'AGENTS', 'CONFIG']);
  for (const n of s.nodes) tb.push([n.name, n.type ?? '?', n.role ?? '?', yn(n.desired), n.pid ?? '-', yn(n.running), yn(n.connected), n.agents ?? '?', n.config]);
  const lines = [`Cluster ${s.cluster} (${s.topology}), nodes under ${s.base_dir}:`, tb.toString()];
  const a = s.agent_sim;
  if (a) {
    lines.push(`Simulated agents: ${a.running ? `running (pid ${a.pid})` : 'not running'}${a.desired ? `, ${a.count} desired` : ', not desired'}` +
      `${a.active !== null ? `, ${a.active} active` : ''}${a.command === 'changed' ? ', command line changed (restart needed)' : ''}`);
  }
  if (!s.master_answers) lines.push('No master answers: ROLE, CONNECTED and AGENTS unknown (?).');
  else if (s.leader && s.leader.epoch > 0) lines.push(`${s.leader.name} leads (epoch ${s.leader.epoch}).`);
  const restart = s.nodes.some((n) => n.running && n.config === 'changed') || s.agent_sim?.command === 'changed';
  lines.push(s.in_sync ? 'In sync with the topology.' : `Not in sync: \`warden scale apply${restart ? ' --restart' : ''} ${s.topology}\` brings it there.`);
  return lines.join('\n');
}
