// KeepAliveActor, master side: answers a worker's keep-alives and fails with a link failure once the
// worker has been silent too long, so that its connection closes.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { LinkLostError } from '../../protocol/errors';
import type { ActorSpec } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { answerError, answerUnsupported, type PeerRequest } from '../node/peer-events';
import { loopStatesFromWire, type LoopState } from '../node/loop-states';
import { isWorkerSilent } from './keepalive-core';

/** A worker's sync gate as its keep-alive says: null from a worker that does not say. */
export interface WorkerSync {
  state: string;
  accepting: boolean;
}

export type KeepAliveCheckMsg =
  | { type: 'request'; req: PeerRequest }
  | { type: 'check' };

interface State {
  lastKeepAlive: number;
  received: number;
}

export interface KeepAliveCheckDeps {
  timeoutMs: number;
  checkEveryMs: number;
  clock: Clock;
  log: TaskLog;
  /** A keep-alive arrived (for the master's table of workers), with the worker's loops and sync gate. */
  received: (at: number, loops: LoopState[], sync: WorkerSync | null) => void;
}

export function keepAliveCheckSpec(d: KeepAliveCheckDeps): ActorSpec<State, KeepAliveCheckMsg> {
  return {
    name: 'keep-alive',
    kind: 'KeepAliveActor',
    restart: loopPolicy(d.checkEveryMs),
    init: () => ({ lastKeepAlive: d.clock.now(), received: 0 }),
    tick: { schedule: { everyMs: d.checkEveryMs }, message: () => ({ type: 'check' }) },
    summary: (s) => `received=${s.received} last=${new Date(s.lastKeepAlive).toISOString()}`,
    unhandled: (m, err) => { if (m.type === 'request') answerError(m.req, err); },
    receive: (s, m) => {
      switch (m.type) {
        case 'request': return onRequest(s, m.req);
        case 'check': return check(s);
        default: return assertNever(m, 'message');
      }
    },
  };

  function onRequest(s: State, req: PeerRequest): State {
    if (req.env.body.kind !== 'keepAlive') {
      answerUnsupported(req, 'the keep-alive loop');
      return s;
    }
    const at = d.clock.now();
    req.respond(body('keepAliveAck', { receivedAtMs: at }));
    const v = req.env.body.value;
    d.received(at, loopStatesFromWire(v.loops), v.syncState ? { state: v.syncState, accepting: v.acceptingAgents } : null);
    d.log.debug('Keep alive received.');
    return { lastKeepAlive: at, received: s.received + 1 };
  }

  function check(s: State): State {
    const now = d.clock.now();
    if (isWorkerSilent(s.lastKeepAlive, now, d.timeoutMs)) {
      const why = `no keep-alive for ${((now - s.lastKeepAlive) / 1000).toFixed(1)}s (limit ${d.timeoutMs / 1000}s)`;
      d.log.warning(`Dropping the worker: ${why}.`);
      throw new LinkLostError(why);
    }
    return s;
  }
}
