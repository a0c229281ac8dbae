// KeepAliveActor, worker side: sends a keep-alive on every tick, carrying the state of this connection's
// loops for the master's `health`. One unanswered keep-alive is counted; when the master has stopped
// answering (keepalive-core.ts decides), the loop fails with a link failure and its connection closes.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { LinkLostError, TimeoutError } from '../../protocol/errors';
import { requestOf, type Requester } from '../../protocol/request';
import type { ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import { loopStatesToWire, type LoopState } from '../node/loop-states';
import { afterKeepAlive, SenderState } from './keepalive-core';

export type KeepAliveSenderMsg = { type: 'send' };

export interface KeepAliveSenderDeps {
  peer: Requester;
  schedule: TickSchedule;
  /** The schedule's period (its longest gap, for a cron schedule). */
  periodMs: number;
  timeoutMs: number;
  clock: Clock;
  log: TaskLog;
  /** The loops of this connection, reported to the master. */
  loops: () => LoopState[];
  /** The worker's sync gate, reported to the master (its `health`, its placement of agents). */
  sync?: () => { state: string; accepting: boolean };
}

type State = SenderState & { sent: number };

export function keepAliveSenderSpec(d: KeepAliveSenderDeps): ActorSpec<State, KeepAliveSenderMsg> {
  return {
    name: 'keep-alive',
    kind: 'KeepAliveActor',
    restart: loopPolicy(d.periodMs),
    init: () => ({ lastAck: d.clock.now(), missed: 0, sent: 0 }),
    tick: { schedule: d.schedule, message: () => ({ type: 'send' }) },
    summary: (s) => `sent=${s.sent} missed=${s.missed} last_ack=${new Date(s.lastAck).toISOString()}`,
    receive: async (s, m) => {
      switch (m.type) {
        case 'send': return send(s);
        default: return assertNever(m.type, 'message');
      }
    },
  };

  async function send(s: State): Promise<State> {
    let answered = true;
    try {
      // An answer later than one period counts as missed: the next tick is due.
      const sync = d.sync?.();
      await requestOf(d.peer, body('keepAlive', {
        sentAtMs: d.clock.now(), loops: loopStatesToWire(d.loops()), syncState: sync?.state ?? '', acceptingAgents: sync?.accepting ?? false,
      }),
        'keepAliveAck', Math.min(d.periodMs, d.timeoutMs));
      d.log.info('Keep alive sent.');
    } catch (err) {
      // A late answer is what this loop measures, not a failure of it; anything else is.
      if (!(err instanceof TimeoutError)) throw err;
      answered = false;
      d.log.warning(`Keep alive not answered: ${err.message}`);
    }
    const { state, verdict } = afterKeepAlive(s, answered, d.clock.now(), d.timeoutMs);
    if (verdict.action === 'reconnect') throw new LinkLostError(`the master stopped answering: ${verdict.reason}`);
    return { ...state, sent: s.sent + 1 };
  }
}
