// AgentInfoActor (master side, one per worker connection): stores each batch of agent statuses a worker
// sends, then acknowledges it, so the worker marks those rows synced only once they are committed. The
// master stores an update only for an agent that still exists (the store decides).
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body, type BodyValue } from '../../protocol/envelope';
import { GlobalStore } from '../../store/global-store';
import type { ActorSpec } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { answerError, answerUnsupported, type PeerRequest } from '../node/peer-events';
import type { LoopRun } from '../master/worker-table';
import { infoFromWire } from './agent-codec';

export type AgentInfoReceiverMsg = { type: 'request'; req: PeerRequest };

export interface AgentInfoReceiverDeps {
  worker: string;
  store: GlobalStore;
  periodMs: number;
  clock: Clock;
  log: TaskLog;
  /** Each stored batch, for `health`. */
  ran: (run: LoopRun) => void;
}

interface State {
  batches: number;
  rows: number;
}

export function agentInfoReceiverSpec(d: AgentInfoReceiverDeps): ActorSpec<State, AgentInfoReceiverMsg> {
  return {
    name: 'agent-info',
    kind: 'AgentInfoActor',
    restart: loopPolicy(d.periodMs),
    init: () => ({ batches: 0, rows: 0 }),
    summary: (s) => `batches=${s.batches} rows=${s.rows}`,
    unhandled: (m, err) => answerError(m.req, err),
    receive: (s, m) => {
      switch (m.type) {
        case 'request': {
          const b = m.req.env.body;
          if (b.kind !== 'agentInfoBatch') {
            answerUnsupported(m.req, 'the agent-info loop');
            return s;
          }
          const applied = store(b.value);
          m.req.respond(body('agentInfoAck', applied));
          return { batches: s.batches + 1, rows: s.rows + b.value.agents.length };
        }
        default: return assertNever(m.type, 'message');
      }
    },
  };

  function store(batch: BodyValue<'agentInfoBatch'>): { applied: number; dropped: number[] } {
    const started = d.clock.now();
    const t0 = performance.now();
    const updates = [];
    const refused: number[] = [];
    for (const a of batch.agents) {
      const u = infoFromWire(a);
      if (u) updates.push(u); else refused.push(a.id ?? 0);
    }
    const t1 = performance.now();
    const r = d.store.applyAgentInfo(d.worker, updates);
    // WARDEN_AGENT_INFO_TIMING=1: the conversion and the commit apart (the agent-info bench reads it).
    const split = process.env.WARDEN_AGENT_INFO_TIMING ? ` [convert ${(t1 - t0).toFixed(0)} ms, commit ${(performance.now() - t1).toFixed(0)} ms, at ${d.clock.now() % 100_000}]` : '';
    const dropped = [...refused, ...r.dropped.filter((x) => x.reason === 'unknown_agent').map((x) => x.id)];
    const durationMs = d.clock.now() - started;
    d.ran({ at: d.clock.now(), durationMs, counts: { received: batch.agents.length, applied: r.applied, dropped: r.dropped.length + refused.length } });
    d.log.info(`Stored ${r.applied} of ${batch.agents.length} agent rows in ${(durationMs / 1000).toFixed(3)}s.${split}`);
    return { applied: r.applied, dropped };
  }
}
