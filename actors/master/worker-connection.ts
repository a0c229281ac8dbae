// The master's supervisor of one worker connection: routes the worker's requests to its loop actors and
// stops them all when the socket goes. A loop past its restart budget closes the connection.
import { ActorHandle, ActorSpec } from '../supervision/actor';
import { ClusterLog } from '../../scripts/log/cluster-log';
import { Peer } from '../../protocol/peer';
import { keepAliveCheckSpec, KeepAliveCheckMsg } from '../keepalive/keepalive-check';
import { ControlRequestHandler } from '../node/node-context';
import { serveRequests } from '../node/serve-requests';
import { body } from '../../protocol/envelope';

export type WorkerConnectionMsg = { type: 'closed'; reason: string };

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

interface State {
  keepAlive: ActorHandle<KeepAliveCheckMsg>;
  detach: () => void;
}

export function workerConnectionSpec(d: WorkerConnectionDeps): ActorSpec<State, WorkerConnectionMsg> {
  return {
    name: d.name,
    kind: 'WorkerConnection',
    summary: () => `${d.peer.remoteAddress} generation=${d.generation}`,
    init: (self) => {
      const keepAlive = self.spawn(keepAliveCheckSpec({
        timeoutMs: d.keepAliveTimeoutMs,
        checkEveryMs: d.keepAliveCheckMs,
        now: d.now,
        log: d.log.task('Keep Alive', d.name),
        onKeepAlive: d.onKeepAlive,
        dropWorker: (reason) => d.peer.close(new Error(reason)),
      }));
      const stopServing = serveRequests(d.peer, async (env) => {
        switch (env.body.kind) {
          case 'keepAlive':
            return new Promise((resolve) => keepAlive.tell({
              type: 'received', at: d.now(), ack: () => resolve(body('keepAliveAck', { receivedAtMs: d.now() })),
            }));
          case 'controlRequest': {
            const req = env.body.value;
            const result = await d.control({ command: req.command ?? '', args: parseArgs(req.argsJson) });
            return body('controlResponse', { resultJson: JSON.stringify(result) });
          }
          case 'ping':
            return body('pong', { payload: env.body.value.payload });
          default:
            return body('error', { code: 'unsupported', message: `the master does not handle ${env.body.kind} from a worker` });
        }
      });
      const onClose = (err?: Error) => self.tell({ type: 'closed', reason: err ? err.message : 'closed by the worker' });
      d.peer.once('close', onClose);
      return { keepAlive, detach: () => { stopServing(); d.peer.off('close', onClose); } };
    },
    // A loop that keeps failing takes the connection down; the worker will dial again.
    onChildFailed: (child, err) => {
      d.log.task('Main', d.name).error(`Closing the connection: ${child.name} failed`, err);
      d.peer.close(err);
    },
    receive: (s, m) => {
      switch (m.type) {
        case 'closed':
          d.onClosed(m.reason);
          return s;
      }
    },
    onStop: (s) => {
      s.detach();
      d.peer.close();
    },
  };
}

function parseArgs(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  const v = JSON.parse(json) as unknown;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
