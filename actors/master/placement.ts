// PlacementActor (master, once per node): keeps the master's record of where agents are right, and their
// spread over the workers fair. Every round (one per interval):
//   - agents still recorded on a node that is gone (it died, or left unheard) and silent past
//     intervals.agent_disconnect are disconnected, as that node's own sweep would have done;
//   - when one worker holds far more agents than the others (rebalance-plan.ts), it is asked to move some
//     to their next server (MoveAgents; it sends them Wazuh's `#!-force_reconnect`, spread over time).
// Agents that reconnect elsewhere are recorded by the worker they reach (its agent-info).
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { GlobalStore } from '../../store/global-store';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import type { ListenerMsg, WorkerView } from './listener';
import { planRebalance, REBALANCE, type RebalancePolicy } from './rebalance-plan';

/** Timings of the placement; the defaults suit production, tests shorten them. */
export interface PlacementTimings {
  /**
   * One round per this. Longer than what a move takes to show (the spread below, agents reconnecting, the
   * new worker's agent-info), so each round sees the outcome of the last.
   */
  everyMs: number;
  /** The agents of one move are sent away over this long, in small batches (move-plan.ts). */
  spreadMs: number;
}

export const PLACEMENT_TIMINGS: PlacementTimings = { everyMs: 30_000, spreadMs: 10_000 };

export type PlacementMsg =
  | { type: 'round' }
  | { type: 'workers'; r: Settled<WorkerView[]> }
  | { type: 'asked'; worker: string; count: number; r: Settled<number> };

export interface PlacementDeps {
  store: GlobalStore;
  listener: ActorHandle<ListenerMsg>;
  /** The master's own name: its agent port serves agents too. */
  masterName: string;
  /** intervals.agent_disconnect: an agent of a gone node silent this long is disconnected. */
  disconnectAfterMs: number;
  timings?: Partial<PlacementTimings>;
  policy?: RebalancePolicy;
  clock: Clock;
  log: TaskLog;
}

interface State {
  /** A rebalance is under way (the hysteresis of rebalance-plan.ts). */
  rebalancing: boolean;
  rounds: number;
  moves: number;
  /** The last decision, for `control actors` and the shell. */
  last: string;
}

const ASK_TIMEOUT_MS = 5_000;

export function placementSpec(d: PlacementDeps): ActorSpec<State, PlacementMsg> {
  const t = { ...PLACEMENT_TIMINGS, ...d.timings };
  return {
    name: 'placement',
    kind: 'PlacementActor',
    restart: loopPolicy(t.everyMs),
    tick: { schedule: { everyMs: t.everyMs }, message: () => ({ type: 'round' }) },
    summary: (s) => `rounds=${s.rounds} moves=${s.moves}${s.rebalancing ? ' rebalancing' : ''}: ${s.last}`,
    init: () => ({ rebalancing: false, rounds: 0, moves: 0, last: '-' }),
    receive: (s, m, self) => {
      switch (m.type) {
        case 'round':
          self.pipe(d.listener.ask<WorkerView[]>((reply) => ({ type: 'workers', reply }), ASK_TIMEOUT_MS), (r) => ({ type: 'workers', r }));
          return s;
        case 'workers':
          if (!m.r.ok) throw m.r.error;
          return round(s, m.r.value, self);
        case 'asked':
          if (m.r.ok) d.log.info(`${m.worker} is moving ${m.r.value} agents to their next server.`);
          else d.log.warning(`Could not ask ${m.worker} to move ${m.count} agents: ${m.r.error.message}. The next round decides again.`);
          return s;
        default: return assertNever(m, 'message');
      }
    },
  };

  function round(s: State, workers: WorkerView[], self: ActorHandle<PlacementMsg>): State {
    const now = d.clock.now();
    const live = [d.masterName, ...workers.filter((w) => w.connected).map((w) => w.name)];
    const stale = d.store.disconnectStaleAgents(live, now - d.disconnectAfterMs);
    if (stale > 0) d.log.info(`${stale} agents recorded on nodes that are gone and silent for over ${d.disconnectAfterMs / 1000}s marked disconnected.`);
    const perNode = d.store.activeAgentsPerNode();
    // Standby masters serve no agents: only workers share the load.
    const loads = workers.filter((w) => w.connected && w.role === 'worker' && w.sync?.accepting).map((w) => ({ name: w.name, agents: perNode.get(w.name) ?? 0 }));
    const decision = planRebalance(loads, s.rebalancing, d.policy ?? REBALANCE);
    const next = { ...s, rounds: s.rounds + 1, rebalancing: decision.rebalancing, last: decision.reason };
    if (decision.move) {
      const { worker, count } = decision.move;
      d.log.info(`Rebalancing: ${decision.reason}.`);
      self.pipe(d.listener.ask<Settled<number>>((reply) => ({ type: 'move-agents', name: worker, count, spreadMs: t.spreadMs, reason: decision.reason, reply }), ASK_TIMEOUT_MS)
        .then((r) => { if (!r.ok) throw r.error; return r.value; }), (r) => ({ type: 'asked', worker, count, r }));
      return { ...next, moves: s.moves + 1 };
    }
    if (s.rebalancing) d.log.info(`Rebalanced: ${decision.reason}.`);
    else d.log.debug(decision.reason);
    return next;
  }
}
