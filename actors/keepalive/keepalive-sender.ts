// KeepAliveActor, worker side: sends a keep-alive on every tick and drops the link when the master stops answering.
import { ActorSpec } from '../supervision/actor';
import { TaskLog } from '../../log/cluster-log';
import { afterKeepAlive, SenderState } from './keepalive-core';

export type KeepAliveSenderMsg = { type: 'send' };

export interface KeepAliveSenderDeps {
  everyMs: number;
  timeoutMs: number;
  now: () => number;
  log: TaskLog;
  /** Sends one keep-alive and resolves when the master answered; rejects on timeout or error. */
  sendKeepAlive: (timeoutMs: number) => Promise<void>;
  /** Drops the link; the dialer redials. */
  reconnect: (reason: string) => void;
}

export function keepAliveSenderSpec(d: KeepAliveSenderDeps): ActorSpec<SenderState & { sent: number }, KeepAliveSenderMsg> {
  return {
    name: 'keep-alive',
    kind: 'KeepAliveActor',
    init: () => ({ lastAck: d.now(), missed: 0, sent: 0 }),
    tick: { schedule: { everyMs: d.everyMs }, message: () => ({ type: 'send' }) },
    summary: (s) => `sent=${s.sent} missed=${s.missed} last_ack=${new Date(s.lastAck).toISOString()}`,
    receive: async (s) => {
      let answered = true;
      try {
        // An answer later than one interval counts as missed: the next tick is due.
        await d.sendKeepAlive(Math.min(d.everyMs, d.timeoutMs));
        d.log.info('Keep alive sent.');
      } catch (err) {
        answered = false;
        d.log.warning(`Keep alive not answered: ${(err as Error).message}`);
      }
      const { state, verdict } = afterKeepAlive(s, answered, d.now(), d.timeoutMs);
      if (verdict.action === 'reconnect') {
        d.log.error(`Lost the master: ${verdict.reason}. Reconnecting.`);
        d.reconnect(verdict.reason);
      }
      return { ...state, sent: s.sent + 1 };
    },
  };
}
