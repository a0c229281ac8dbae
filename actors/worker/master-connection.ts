// The worker's supervisor of its connection to the master, with its loop actors.
// A loop past its restart budget closes the connection; the dialer then dials again.
import { ActorSpec } from '../supervision/actor';
import { Peer } from '../../protocol/peer';
import { NodeContext } from '../node/node-context';
import { serveRequests } from '../node/serve-requests';
import { body } from '../../protocol/envelope';
import { keepAliveSenderSpec } from '../keepalive/keepalive-sender';

export type MasterConnectionMsg = { type: 'closed'; reason: string };

export interface MasterConnectionDeps {
  ctx: NodeContext;
  peer: Peer;
  masterName: string;
  onClosed: (reason: string) => void;
}

interface State {
  detach: () => void;
}

export function masterConnectionSpec(d: MasterConnectionDeps): ActorSpec<State, MasterConnectionMsg> {
  const { ctx, peer } = d;
  const intervals = ctx.config.intervals;
  return {
    name: 'master',
    kind: 'MasterConnection',
    summary: () => `${d.masterName} at ${peer.remoteAddress}`,
    init: (self) => {
      self.spawn(keepAliveSenderSpec({
        everyMs: intervals.keepAlive,
        timeoutMs: intervals.keepAliveTimeout,
        now: ctx.now,
        log: ctx.log.task('Keep Alive'),
        sendKeepAlive: async (timeoutMs) => {
          const r = await peer.request(body('keepAlive', { sentAtMs: ctx.now() }), timeoutMs);
          if (r.body.kind !== 'keepAliveAck') throw new Error(`unexpected answer ${r.body.kind}`);
        },
        reconnect: (reason) => peer.close(new Error(reason)),
      }));
      const stopServing = serveRequests(peer, async (env) => {
        switch (env.body.kind) {
          case 'ping': return body('pong', { payload: env.body.value.payload });
          default: return body('error', { code: 'unsupported', message: `the worker does not handle ${env.body.kind}` });
        }
      });
      const onClose = (err?: Error) => self.tell({ type: 'closed', reason: err ? err.message : 'closed by the master' });
      peer.once('close', onClose);
      return { detach: () => { stopServing(); peer.off('close', onClose); } };
    },
    onChildFailed: (child, err) => {
      ctx.log.task('Main').error(`Closing the connection to the master: ${child.name} failed`, err);
      peer.close(err);
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
      peer.close();
    },
  };
}
