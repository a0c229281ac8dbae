// KeepAliveActor, master side: answers a worker's keep-alives and drops the worker once it is silent too long.
import { ActorSpec } from '../supervision/actor';
import { TaskLog } from '../../log/cluster-log';
import { isWorkerSilent } from './keepalive-core';

export type KeepAliveCheckMsg =
  | { type: 'received'; at: number; ack: () => void }
  | { type: 'check' };

interface State {
  lastKeepAlive: number;
  received: number;
}

export interface KeepAliveCheckDeps {
  timeoutMs: number;
  checkEveryMs: number;
  now: () => number;
  log: TaskLog;
  /** The worker's entry in the master's table. */
  onKeepAlive: (at: number) => void;
  /** Closes the connection; the connection supervisor does the rest. */
  dropWorker: (reason: string) => void;
}

export function keepAliveCheckSpec(d: KeepAliveCheckDeps): ActorSpec<State, KeepAliveCheckMsg> {
  return {
    name: 'keep-alive',
    kind: 'KeepAliveActor',
    init: () => ({ lastKeepAlive: d.now(), received: 0 }),
    tick: { schedule: { everyMs: d.checkEveryMs }, message: () => ({ type: 'check' }) },
    summary: (s) => `received=${s.received} last=${new Date(s.lastKeepAlive).toISOString()}`,
    receive: (s, m) => {
      switch (m.type) {
        case 'received':
          m.ack();
          d.onKeepAlive(m.at);
          d.log.debug('Keep alive received.');
          return { lastKeepAlive: m.at, received: s.received + 1 };
        case 'check': {
          const now = d.now();
          if (isWorkerSilent(s.lastKeepAlive, now, d.timeoutMs)) {
            const reason = `no keep-alive for ${((now - s.lastKeepAlive) / 1000).toFixed(1)}s (limit ${d.timeoutMs / 1000}s)`;
            d.log.warning(`Dropping the worker: ${reason}.`);
            d.dropWorker(reason);
          }
          return s;
        }
      }
    },
  };
}
