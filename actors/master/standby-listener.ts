// standby-listener.ts: the cluster port of a master that does not lead (a standby under cluster.etcd).
// It admits no one: every worker's hello is answered with NotLeader and where the leader is, as this
// standby last saw it in etcd, so that a worker dialing cluster.nodes in turn reaches the leader next.
// Sessions are held only for that one answer; refusals are logged through a RepeatLimiter.
import type { ClusterLog } from '../../log/task-log';
import { RepeatLimiter } from '../../log/repeat-limiter';
import type { Clock } from '../../lib/clock';
import { body, type BodyValue } from '../../protocol/envelope';
import type { Peer, PeerServer } from '../../protocol/peer';
import { sourceKey } from '../../protocol/source-address';
import type { ActorSpec } from '../supervision/actor';
import { SERVICE_POLICY } from '../node/policies';
import { awaitHello } from './await-hello';

/** The leader as a standby knows it; null while there is none. */
export interface LeaderInfo {
  name: string;
  /** host:port of its cluster port. */
  address: string;
  epoch: number;
}

export interface StandbyListenerDeps {
  server: PeerServer;
  /** This standby's own name, for its messages. */
  nodeName: string;
  leader: () => LeaderInfo | null;
  log: ClusterLog;
  clock: Clock;
}

const HELLO_TIMEOUT_MS = 5_000;
/** The answer is given this long to reach the worker before the socket goes. */
const ANSWER_LINGER_MS = 100;
const LOG_INTERVAL_MS = 60_000;

type Msg = { type: 'answered'; peer: Peer };

interface State {
  detach: () => void;
  said: RepeatLimiter;
}

export interface NotLeaderFields {
  reason: string;
  leaderName: string;
  leaderAddress: string;
  epoch: number;
}

/** Pure: the answer to any hello while this node does not lead. */
export function notLeaderAnswer(nodeName: string, leader: LeaderInfo | null): NotLeaderFields {
  return leader
    ? { reason: `${nodeName} is a standby`, leaderName: leader.name, leaderAddress: leader.address, epoch: leader.epoch }
    : { reason: `${nodeName} is a standby and no master leads right now (an election is under way, or etcd is unreachable)`, leaderName: '', leaderAddress: '', epoch: 0 };
}

export function standbyListenerSpec(d: StandbyListenerDeps): ActorSpec<State, Msg> {
  const log = d.log.task('Listener');
  return {
    name: 'standby-listener',
    kind: 'StandbyListener',
    restart: SERVICE_POLICY,
    summary: () => {
      const l = d.leader();
      return l ? `standby; sends workers to ${l.name} at ${l.address} (epoch ${l.epoch})` : 'standby; no leader known';
    },
    init: (self) => {
      const said = new RepeatLimiter(log, d.clock, { intervalMs: LOG_INTERVAL_MS });
      const onPeer = (peer: Peer): void => {
        awaitHello(peer, HELLO_TIMEOUT_MS, d.clock).then((hello) => {
          const answer = notLeaderAnswer(d.nodeName, d.leader());
          const who = JSON.stringify((hello.env.body.value as BodyValue<'hello'>).nodeName);
          said.info(`worker ${who} at ${sourceKey(peer.remoteAddress)}`, answer.leaderAddress
            ? `Sent worker ${who} from ${peer.remoteAddress} to the leader ${answer.leaderName} at ${answer.leaderAddress}.`
            : `Told worker ${who} from ${peer.remoteAddress} that no master leads yet.`);
          hello.respond(body('notLeader', answer));
          self.after(ANSWER_LINGER_MS, { type: 'answered', peer });
        }, () => peer.close());
      };
      d.server.on('peer', onPeer);
      return { detach: () => d.server.off('peer', onPeer), said };
    },
    unhandled: (m) => m.peer.close(),
    receive: (s, m) => {
      m.peer.close();
      return s;
    },
    onStop: (s) => {
      s.detach();
      s.said.close();
    },
  };
}
