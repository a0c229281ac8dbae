// Pure: the JSON documents of `warden control nodes|health` (DESIGN.md section 7).
import type { LoopState } from '../node/loop-states';
import { LoopRun, WorkerEntry } from './worker-table';

export interface MasterSelf {
  name: string;
  version: string;
  address: string;
}

export interface NodeRow {
  name: string;
  type: 'master' | 'worker';
  /** Under cluster.etcd the masters are a leader and standbys; without it the master is the leader. */
  role: 'leader' | 'standby' | 'worker';
  /** The leader's epoch (0 without etcd); null for workers. */
  epoch: number | null;
  version: string;
  address: string;
  connected: boolean;
}

export function nodesView(master: MasterSelf, workers: WorkerEntry[], epoch = 0): { nodes: NodeRow[] } {
  return {
    nodes: [
      { name: master.name, type: 'master', role: 'leader', epoch, version: master.version, address: master.address, connected: true },
      ...workers.map((w): NodeRow => w.role === 'standby'
        ? { name: w.name, type: 'master', role: 'standby', epoch: null, version: w.version, address: w.address, connected: w.connected }
        : { name: w.name, type: 'worker', role: 'worker', epoch: null, version: w.version, address: w.address, connected: w.connected }),
    ],
  };
}

/** A loop's last run as health shows it; loops of later issues fill theirs in. */
export interface LoopReport {
  at: string;
  duration_ms: number;
  [counts: string]: unknown;
}

export interface WorkerHealth {
  name: string;
  address: string;
  version: string;
  connected: boolean;
  connected_since: string | null;
  disconnected_at: string | null;
  disconnect_reason: string | null;
  last_keep_alive: string | null;
  seconds_since_keep_alive: number | null;
  integrity_check: LoopReport | null;
  integrity_sync: LoopReport | null;
  agent_info: LoopReport | null;
  agent_groups: LoopReport | null;
  active_agents: number;
  /** The worker's sync gate: 'syncing' until its first complete sync of files and agent groups, then 'in_sync'. */
  sync: 'syncing' | 'in_sync' | null;
  /** Whether it takes agents: once in sync, or from the state of an earlier run's sync meanwhile. */
  accepting_agents: boolean | null;
  /** The supervised loops of the link, on each side: a loop that keeps failing says so here. */
  loops: { master: LoopHealth[]; worker: LoopHealth[] };
}

export interface LoopHealth {
  name: string;
  status: string;
  restarts: number;
  failing: boolean;
  last_error: string | null;
  last_error_at: string | null;
}

export function healthView(master: MasterSelf, workers: (WorkerEntry & { masterLoops?: LoopState[] })[], now: number, activeAgents: (node: string) => number = () => 0):
  { master: MasterSelf & { time: string }; workers: WorkerHealth[] } {
  return {
    master: { ...master, time: iso(now)! },
    workers: workers.map((w) => ({
      name: w.name,
      address: w.address,
      version: w.version,
      connected: w.connected,
      connected_since: iso(w.connectedSince),
      disconnected_at: w.connected ? null : iso(w.disconnectedAt),
      disconnect_reason: w.connected ? null : w.disconnectReason,
      last_keep_alive: iso(w.lastKeepAlive),
      seconds_since_keep_alive: w.lastKeepAlive === null ? null : Math.max(0, Math.round((now - w.lastKeepAlive) / 100) / 10),
      integrity_check: loopReport(w.loops.integrityCheck),
      integrity_sync: loopReport(w.loops.integritySync),
      agent_info: loopReport(w.loops.agentInfo),
      agent_groups: loopReport(w.loops.agentGroups),
      active_agents: activeAgents(w.name),
      sync: w.connected && w.sync ? syncName(w.sync.state) : null,
      accepting_agents: w.connected && w.sync ? w.sync.accepting : null,
      loops: { master: (w.masterLoops ?? []).map(loopHealth), worker: w.connected ? w.workerLoops.map(loopHealth) : [] },
    })),
  };
}

function syncName(state: string): 'syncing' | 'in_sync' {
  return state === 'in_sync' ? 'in_sync' : 'syncing';
}

function loopReport(r: LoopRun | undefined): LoopReport | null {
  return r ? { at: iso(r.at)!, duration_ms: r.durationMs, ...r.counts } : null;
}

function loopHealth(l: LoopState): LoopHealth {
  return { name: l.name, status: l.status, restarts: l.restarts, failing: l.failing, last_error: l.lastError, last_error_at: iso(l.lastErrorAt) };
}

function iso(t: number | null): string | null {
  return t === null ? null : new Date(t).toISOString();
}
