// AgentInfoActor (worker -> master): sends the statuses of this worker's agents that changed, in batches,
// soon after a change (debounced) and on its schedule. A row is marked synced only once the master
// acknowledged the commit of its batch, so a failed send loses nothing: the restarted loop sends it again.
import type { TaskLog } from '../../log/task-log';
import type { Clock, Timer } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { requestOf, type Requester } from '../../protocol/request';
import { WorkerStore } from '../../store/worker-store';
import type { ActorHandle, ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import { infoToWire } from './agent-codec';

export type AgentInfoMsg = { type: 'send' } | { type: 'changed' };

export interface AgentInfoDeps {
  peer: Requester;
  store: WorkerStore;
  schedule: TickSchedule;
  periodMs: number;
  debounceMs: number;
  batchSize: number;
  log: TaskLog;
  clock: Clock;
}

interface State {
  sentRows: number;
  debounce: Timer | null;
}

const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Rows per request, whatever batchSize allows: 5,000 rows parsed, converted and encoded at once grew a
 * worker by 15-19 MB; the master, busy with the other workers' requests meanwhile, loses nothing.
 */
export const MAX_ROWS_PER_REQUEST = 2_500;
/** WARDEN_AGENT_INFO_TIMING=1: the log line splits a run into its steps (the agent-info bench reads it). */
const TIMING = !!process.env.WARDEN_AGENT_INFO_TIMING;

export function agentInfoSenderSpec(d: AgentInfoDeps): ActorSpec<State, AgentInfoMsg> {
  return {
    name: 'agent-info',
    kind: 'AgentInfoActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'send' }) },
    summary: (s) => `sent=${s.sentRows} pending=${d.store.pendingCount()}`,
    init: (self) => {
      self.tell({ type: 'send' });
      return { sentRows: 0, debounce: null };
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'changed': return changed(s, self);
        case 'send': return send(s);
        default: return assertNever(m, 'message');
      }
    },
  };

  function changed(s: State, self: ActorHandle<AgentInfoMsg>): State {
    if (s.debounce) return s;
    return { ...s, debounce: self.after(d.debounceMs, { type: 'send' }) };
  }

  async function send(s: State): Promise<State> {
    s.debounce?.cancel();
    const started = d.clock.now();
    let rows = 0, dropped = 0;
    const steps = { read: 0, request: 0, mark: 0 };
    // Drain what is pending; each batch commits on the master before its rows count as synced.
    for (;;) {
      let t = performance.now();
      const limit = Math.min(d.batchSize, MAX_ROWS_PER_REQUEST);
      const pending = d.store.pendingInfo(limit);
      if (pending.length === 0) break;
      const agents = pending.map((p) => infoToWire(p.update));
      steps.read += performance.now() - t; t = performance.now();
      const ack = await requestOf(d.peer, body('agentInfoBatch', { agents }), 'agentInfoAck', REQUEST_TIMEOUT_MS);
      steps.request += performance.now() - t; t = performance.now();
      d.store.markSynced(pending.map((p) => ({ id: p.update.id, version: p.version })));
      steps.mark += performance.now() - t;
      rows += pending.length;
      dropped += ack.dropped.length;
      if (pending.length < limit) break;
    }
    if (rows > 0) {
      const split = TIMING ? ` [read ${steps.read.toFixed(0)} ms, request ${steps.request.toFixed(0)} ms, mark ${steps.mark.toFixed(0)} ms, at ${d.clock.now() % 100_000}]` : '';
      d.log.info(`Sent ${rows} agent rows in ${((d.clock.now() - started) / 1000).toFixed(3)}s (${dropped} unknown to the master).${split}`);
    }
    return { sentRows: s.sentRows + rows, debounce: null };
  }
}
