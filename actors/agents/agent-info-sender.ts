// AgentInfoActor (worker -> master): sends the statuses of this worker's agents that changed, in batches,
// soon after a change (debounced) and on an interval. A row is marked synced only once the master
// acknowledged the commit of its batch, so a failed send loses nothing.
import { ActorSpec } from '../supervision/actor';
import { Peer } from '../../protocol/peer';
import { body } from '../../protocol/envelope';
import { WorkerStore } from '../../store/worker-store';
import { TaskLog } from '../../scripts/log/cluster-log';
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
      // Drain what is pending; each batch commits on the master before its rows count as synced.
      for (;;) {
        const pending = d.store.pendingInfo(d.batchSize);
        if (pending.length === 0) break;
        const r = await d.peer.request(body('agentInfoBatch', { agents: pending.map((p) => infoToWire(p.update)) }), REQUEST_TIMEOUT_MS);
        if (r.body.kind !== 'agentInfoAck') throw new Error(`the master answered agent-info with ${r.body.kind}`);
        d.store.markSynced(pending.map((p) => ({ id: p.update.id, version: p.version })));
        rows += pending.length;
        dropped += r.body.value.dropped.length;
        if (pending.length < d.batchSize) break;
      }
      if (rows > 0) {
        d.log.info(`Sent ${rows} agent rows in ${((d.now() - started) / 1000).toFixed(3)}s (${dropped} unknown to the master).`);
      }
      return { sentRows: s.sentRows + rows, timer: null };
    },
    onStop: (s) => { if (s.timer) clearTimeout(s.timer); },
  };
}
