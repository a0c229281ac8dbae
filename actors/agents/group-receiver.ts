// GroupReceiverActor (worker side of the GroupSender): answers the master's registry requests from the
// worker's copy (where it stands) and applies its updates (registry-receiver.ts does the work).
import type { TaskLog } from '../../log/task-log';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { WorkerStore } from '../../store/worker-store';
import type { ActorSpec } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { answerError, answerUnsupported, type PeerRequest } from '../node/peer-events';
import { RegistryReceiver } from './registry-receiver';

export type GroupReceiverMsg = { type: 'request'; req: PeerRequest };

export interface GroupReceiverDeps {
  store: WorkerStore;
  periodMs: number;
  log: TaskLog;
  /** This copy of the registry is the master's (`agents` of them): the master's point matched it. */
  onInSync?: (agents: number) => void;
}

interface State {
  receiver: RegistryReceiver;
  updates: number;
}

export function groupReceiverSpec(d: GroupReceiverDeps): ActorSpec<State, GroupReceiverMsg> {
  // An empty digest is no verdict: the master did not know its own at that point (registry-receiver.ts).
  const matched = (mine: string, masters: string): void => {
    if (masters !== '' && mine === masters) d.onInSync?.(d.store.registryCount());
  };
  return {
    name: 'agent-groups',
    kind: 'GroupReceiverActor',
    restart: loopPolicy(d.periodMs),
    init: () => ({
      // A resend cut short by a restart starts afresh: the receiver's staging mark is part of this instance.
      receiver: new RegistryReceiver(d.store, (added, deleted) => {
        if (added || deleted.length) d.log.info(`Registry updated: ${added} agents added or changed, ${deleted.length} deleted.`);
      }),
      updates: 0,
    }),
    summary: (s) => `updates=${s.updates} seq=${d.store.registrySeq()}`,
    unhandled: (m, err) => answerError(m.req, err),
    receive: (s, m) => {
      switch (m.type) {
        case 'request': {
          const b = m.req.env.body;
          switch (b.kind) {
            case 'registryStateRequest': {
              const point = s.receiver.state();
              m.req.respond(body('registryState', point));
              matched(point.digest, b.value.masterDigest);
              return s;
            }
            case 'registryUpdate': {
              const point = s.receiver.apply(b.value);
              m.req.respond(body('registryState', point));
              if (b.value.last) matched(point.digest, b.value.digest);
              return { ...s, updates: s.updates + 1 };
            }
            default:
              answerUnsupported(m.req, 'the agent-groups loop');
              return s;
          }
        }
        default: return assertNever(m.type, 'message');
      }
    },
  };
}
