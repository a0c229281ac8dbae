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
}

interface State {
  receiver: RegistryReceiver;
  updates: number;
}

export function groupReceiverSpec(d: GroupReceiverDeps): ActorSpec<State, GroupReceiverMsg> {
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
            case 'registryStateRequest':
              m.req.respond(body('registryState', s.receiver.state()));
              return s;
            case 'registryUpdate':
              m.req.respond(body('registryState', s.receiver.apply(b.value)));
              return { ...s, updates: s.updates + 1 };
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
