// AgentServerActor: owns a node's agent port. Its loop sweeps silent agents to disconnected, closes the
// connections of agents deleted from the registry, flushes status changes to the node's store (the
// worker's AgentInfoActor then sends them to the master), and moves agents away when the master asks
// (in batches over time, move-plan.ts).
import type { TaskLog } from '../../log/task-log';
import type { Clock, Timer } from '../../lib/clock';
import type { Signal } from '../../lib/signal';
import { assertNever } from '../../lib/assert-never';
import { AgentServer } from '../../agents/server/agent-server';
import { StatusTracker } from '../../agents/server/status-tracker';
import { AgentInfoUpdate } from '../../store/agent-types';
import type { ActorHandle, ActorSpec } from '../supervision/actor';
import { SERVICE_POLICY } from '../node/policies';
import { planMoveBatches } from './move-plan';

export type AgentServerMsg =
  | { type: 'sweep' }
  | { type: 'flush' }
  | { type: 'changed' }
  /** Move this many agents to their next server, spread over spreadMs; replies how many it will move. */
  | { type: 'move'; count: number; spreadMs: number; reason: string; reply?: (willMove: number) => void }
  | { type: 'move-batch'; count: number };

export interface AgentServerActorDeps {
  server: AgentServer;
  tracker: StatusTracker;
  /** Fired by the server's connections when the tracker holds changes. */
  statusChanged: Signal;
  /** Does the registry still hold this agent? (deleted agents are disconnected at the next sweep) */
  exists: (id: number) => boolean;
  /** Writes status changes where this node keeps them. */
  record: (updates: AgentInfoUpdate[]) => void;
  disconnectAfterMs: number;
  sweepEveryMs: number;
  flushDebounceMs: number;
  /** Writes the agents' message counters when they changed (a no-op unless agents.verify_counters). */
  saveCounters: () => void;
  countersSaveEveryMs: number;
  clock: Clock;
  log: TaskLog;
}

interface State {
  flush: Timer | null;
  flushed: number;
  /** Agents asked to move since the start. */
  moved: number;
  countersSavedAt: number;
  unsubscribe: () => void;
}

export function agentServerSpec(d: AgentServerActorDeps): ActorSpec<State, AgentServerMsg> {
  return {
    name: 'agent-server',
    kind: 'AgentServerActor',
    restart: SERVICE_POLICY,
    tick: { schedule: { everyMs: d.sweepEveryMs }, message: () => ({ type: 'sweep' }) },
    summary: (s) => `connected=${d.server.connectedAgents} active=${d.tracker.count('active')} flushed=${s.flushed} moved=${s.moved} ${portSummary(d.server)}`,
    init: (self) => {
      // Status changes are signalled by the server's connections: each becomes a message here.
      const unsubscribe = d.statusChanged.subscribe(() => self.tell({ type: 'changed' }));
      return { flush: null, flushed: 0, moved: 0, countersSavedAt: d.clock.now(), unsubscribe };
    },
    unhandled: (m) => { if (m.type === 'move') m.reply?.(0); },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'changed': return changed(s, self);
        case 'flush': return flush(s);
        case 'sweep': return sweep(s);
        case 'move': return move(s, m, self);
        case 'move-batch': {
          const ids = d.server.moveAway(m.count);
          return { ...s, moved: s.moved + ids.length };
        }
        default: return assertNever(m, 'message');
      }
    },
    // What changed since the last flush is written before the port goes.
    onStop: (s) => {
      s.unsubscribe();
      flush(s);
      d.saveCounters();
    },
  };

  function changed(s: State, self: ActorHandle<AgentServerMsg>): State {
    return s.flush ? s : { ...s, flush: self.after(d.flushDebounceMs, { type: 'flush' }) };
  }

  function move(s: State, m: Extract<AgentServerMsg, { type: 'move' }>, self: ActorHandle<AgentServerMsg>): State {
    const count = Math.min(m.count, d.server.connectedAgents);
    const batches = planMoveBatches(count, m.spreadMs);
    d.log.info(`Moving ${count} of ${d.server.connectedAgents} agents to their next server over ${(m.spreadMs / 1000).toFixed(1)}s ` +
      `(${batches.length} batches): ${m.reason}.`);
    for (const b of batches) {
      if (b.atMs === 0) self.tell({ type: 'move-batch', count: b.count });
      else self.after(b.atMs, { type: 'move-batch', count: b.count });
    }
    m.reply?.(count);
    return s;
  }

  function flush(s: State): State {
    s.flush?.cancel();
    const updates = d.tracker.drain();
    if (updates.length) d.record(updates);
    return { ...s, flush: null, flushed: s.flushed + updates.length };
  }

  function sweep(s: State): State {
    d.server.closeExpired();
    const deleted = d.server.connectedIds().filter((id) => !d.exists(id));
    if (deleted.length) {
      d.server.disconnect(deleted, 'deleted from the registry');
      d.log.info(`Disconnected ${deleted.length} deleted agent(s).`);
    }
    const now = d.clock.now();
    const silent = d.tracker.sweep(now, d.disconnectAfterMs);
    if (silent.length) d.log.info(`${silent.length} agent(s) disconnected after ${d.disconnectAfterMs / 1000}s of silence.`);
    if (now - s.countersSavedAt < d.countersSaveEveryMs) return flush(s);
    d.saveCounters();
    return flush({ ...s, countersSavedAt: now });
  }
}

/** The port's budgets at work, for the shell and the benchmark: what it holds and what it closed. */
function portSummary(server: AgentServer): string {
  const p = server.stats();
  const c = p.closedBy;
  return `unauthenticated=${p.unauthenticated} held=${p.heldBytes}B closed: auth=${c.authDeadline} half_frame=${c.halfFrame} ` +
    `idle=${c.idle} evicted=${c.evicted} over_budget=${c.overBudget} refused=${c.refused} not_serving=${c.notServing} moved_away=${c.movedAway} ` +
    `replays=${p.replaysDropped}`;
}
