// AgentInfoActor (worker -> master): sends the statuses of this worker's agents that changed, in batches,
// soon after a change (debounced) and on an interval. A row is marked synced only once the master
// acknowledged the commit of its batch, so a failed send loses nothing.
import { ActorSpec } from '../supervision/actor';
import { Peer } from '../../protocol/peer';
import { body } from '../../protocol/envelope';
import { WorkerStore } from '../../store/worker-store';
import { TaskLog } from '../../log/cluster-log';
import { infoToWire } from './agent-codec';

export type AgentInfoMsg = { type: 'send' } | { type: 'changed' };

export interface AgentInfoDeps {
  peer: Peer;
  store: WorkerStore;
  everyMs: number;
  debounceMs: number;
  batchSize: number;
  log: TaskLog;
  now: () => number;
}

interface State {
  sentRows: number;
  timer: NodeJS.Timeout | null;
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
    tick: { schedule: { everyMs: d.everyMs }, message: () => ({ type: 'send' }) },
    summary: (s) => `sent=${s.sentRows} pending=${d.store.pendingCount()}`,
    init: (self) => {
      self.tell({ type: 'send' });
      return { sentRows: 0, timer: null };
    },
    receive: async (s, m, self) => {
      if (m.type === 'changed') {
        if (s.timer) return s;
        return { ...s, timer: setTimeout(() => self.tell({ type: 'send' }), d.debounceMs) };
      }
      if (s.timer) clearTimeout(s.timer);
      const started = d.now();
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
        const r = await d.peer.request(body('agentInfoBatch', { agents }), REQUEST_TIMEOUT_MS);
        steps.request += performance.now() - t; t = performance.now();
        if (r.body.kind !== 'agentInfoAck') throw new Error(`the master answered agent-info with ${r.body.kind}`);
        d.store.markSynced(pending.map((p) => ({ id: p.update.id, version: p.version })));
        steps.mark += performance.now() - t;
        rows += pending.length;
        dropped += r.body.value.dropped.length;
        if (pending.length < limit) break;
      }
      if (rows > 0) {
        const split = TIMING ? ` [read ${steps.read.toFixed(0)} ms, request ${steps.request.toFixed(0)} ms, mark ${steps.mark.toFixed(0)} ms, at ${Date.now() % 100_000}]` : '';
        d.log.info(`Sent ${rows} agent rows in ${((d.now() - started) / 1000).toFixed(3)}s (${dropped} unknown to the master).${split}`);
      }
      return { sentRows: s.sentRows + rows, timer: null };
    },
    onStop: (s) => { if (s.timer) clearTimeout(s.timer); },
  };
}
