// The master's side of one worker connection: its loop actors and the worker's requests.
import { ActorSpec } from '../supervision/actor';
import { ClusterLog } from '../../scripts/log/cluster-log';
import { Peer } from '../../protocol/peer';
import { body } from '../../protocol/envelope';
import { keepAliveCheckSpec } from '../keepalive/keepalive-check';
import { ControlRequestHandler } from '../node/node-context';
import { connectionSupervisorSpec, ConnectionMsg } from '../node/connection-supervisor';

export type WorkerConnectionMsg = ConnectionMsg;

export interface WorkerConnectionDeps {
  name: string;
  generation: number;
  peer: Peer;
  log: ClusterLog;
  now: () => number;
  keepAliveTimeoutMs: number;
  keepAliveCheckMs: number;
  onKeepAlive: (at: number) => void;
  /** Cluster-wide control commands forwarded by the worker. */
  control: ControlRequestHandler;
  /** Tells the listener the connection is gone. */
  onClosed: (reason: string) => void;
}

export function workerConnectionSpec(d: WorkerConnectionDeps): ActorSpec<unknown, WorkerConnectionMsg> {
  return connectionSupervisorSpec({
    name: d.name,
    kind: 'WorkerConnection',
    peer: d.peer,
    log: d.log.task('Main', d.name),
    otherSide: 'the worker',
    summary: () => `${d.peer.remoteAddress} generation=${d.generation}`,
    onClosed: d.onClosed,
    spawnLoops: (self) => ({
      keepAlive: self.spawn(keepAliveCheckSpec({
        timeoutMs: d.keepAliveTimeoutMs,
        checkEveryMs: d.keepAliveCheckMs,
        now: d.now,
        log: d.log.task('Keep Alive', d.name),
        onKeepAlive: d.onKeepAlive,
        dropWorker: (reason) => d.peer.close(new Error(reason)),
      })),
    }),
    handle: async (env, loops) => {
      switch (env.body.kind) {
        case 'keepAlive':
          return new Promise((resolve) => loops.keepAlive.tell({
            type: 'received', at: d.now(), ack: () => resolve(body('keepAliveAck', { receivedAtMs: d.now() })),
          }));
        case 'controlRequest': {
          const req = env.body.value;
          const result = await d.control({ command: req.command, args: parseArgs(req.argsJson) });
          return body('controlResponse', { resultJson: JSON.stringify(result) });
        }
        case 'ping':
          return body('pong', { payload: env.body.value.payload });
        default:
          return body('error', { code: 'unsupported', message: `the master does not handle ${env.body.kind} from a worker` });
      }
    },
  }) as ActorSpec<unknown, WorkerConnectionMsg>;
}

function parseArgs(json: string): Record<string, unknown> {
  if (!json) return {};
  const v = JSON.parse(json) as unknown;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
