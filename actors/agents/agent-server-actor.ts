// AgentServerActor: owns a node's agent port. Its loop sweeps silent agents to disconnected, closes the
// connections of agents deleted from the registry, and flushes status changes to the node's store
// (the worker's AgentInfoActor then sends them to the master).
import { ActorSpec } from '../supervision/actor';
import { AgentServer } from '../../agents/server/agent-server';
import { StatusTracker } from '../../agents/server/status-tracker';
import { AgentInfoUpdate } from '../../store/agent-types';
import { TaskLog } from '../../log/cluster-log';

export type AgentServerMsg = { type: 'sweep' } | { type: 'flush' } | { type: 'changed' };

export interface AgentServerActorDeps {
  server: AgentServer;
  tracker: StatusTracker;
  /** Does the registry still hold this agent? (deleted agents are disconnected at the next sweep) */
  exists: (id: number) => boolean;
  connectedIds: () => number[];
  /** Writes status changes where this node keeps them. */
  record: (updates: AgentInfoUpdate[]) => void;
  disconnectAfterMs: number;
  sweepEveryMs: number;
  flushDebounceMs: number;
  now: () => number;
  log: TaskLog;
}

interface State {
  flushTimer: NodeJS.Timeout | null;
  flushed: number;
}

export function agentServerSpec(d: AgentServerActorDeps): ActorSpec<State, AgentServerMsg> {
  const flush = (s: State): State => {
    if (s.flushTimer) clearTimeout(s.flushTimer);
    const updates = d.tracker.drain();
    if (updates.length) d.record(updates);
    return { flushTimer: null, flushed: s.flushed + updates.length };
  };
  return {
    name: 'agent-server',
    kind: 'AgentServerActor',
    tick: { schedule: { everyMs: d.sweepEveryMs }, message: () => ({ type: 'sweep' }) },
    summary: (s) => `connected=${d.server.connectedAgents} active=${d.tracker.count('active')} flushed=${s.flushed}`,
    init: () => ({ flushTimer: null, flushed: 0 }),
    receive: (s, m, self) => {
      switch (m.type) {
        case 'changed':
          if (s.flushTimer) return s;
          return { ...s, flushTimer: setTimeout(() => self.tell({ type: 'flush' }), d.flushDebounceMs) };
        case 'flush':
          return flush(s);
        case 'sweep': {
          const deleted = d.connectedIds().filter((id) => !d.exists(id));
          if (deleted.length) {
            d.server.disconnect(deleted, 'deleted from the registry');
            d.log.info(`Disconnected ${deleted.length} deleted agent(s).`);
          }
          const silent = d.tracker.sweep(d.now(), d.disconnectAfterMs);
          if (silent.length) d.log.info(`${silent.length} agent(s) disconnected after ${d.disconnectAfterMs / 1000}s of silence.`);
          return flush(s);
        }
      }
    },
    onStop: (s) => { flush(s); },
  };
}
