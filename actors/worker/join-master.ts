// A worker's way in: a session with the master, then a Hello that the master must accept. The master's
// first requests may follow its acceptance at once: they are held (EarlyPeerEvents) until the
// connection's actor takes them.
import type { WardenConfig } from '../../config/schema';
import type { NodeAddress } from '../../config/address';
import { body } from '../../protocol/envelope';
import type { Keyring } from '../../protocol/keyring';
import { connectPeer, type Peer } from '../../protocol/peer';
import type { PeerOptions } from '../../protocol/peer-options';
import { ProtocolError, WardenError } from '../../protocol/errors';
import type { EpochFloor } from './epoch-floor';
import { staleLeaderReason } from './epoch-floor';
import { EarlyPeerEvents } from '../node/peer-events';
import { CLUSTER_PROTOCOL_VERSION, WARDEN_VERSION } from '../node/version';

export interface Joined {
  peer: Peer;
  early: EarlyPeerEvents;
  masterName: string;
  masterVersion: string;
  /** The master's leadership epoch (0: a single master without etcd). */
  epoch: number;
}

/** The master reached does not lead; `leader` is where the leader is, when it said. */
export class NotLeaderError extends WardenError {
  constructor(readonly reason: string, readonly leader: { name: string; address: string; epoch: number } | null) {
    super('not_leader', leader ? `it does not lead (${reason}); the leader is ${leader.name} at ${leader.address}` : `it does not lead (${reason}) and knows no leader yet`);
  }
}

export const JOIN_TIMEOUT_MS = 5_000;

export interface JoinDeps {
  cluster: WardenConfig['cluster'];
  master: NodeAddress;
  keyring: Keyring;
  peerOptions: PeerOptions;
  /** The highest epoch followed: an older master is refused (fencing), a newer one raises it. */
  floor: EpochFloor;
}

export async function joinMaster(d: JoinDeps): Promise<Joined> {
  const c = d.cluster;
  const peer = await connectPeer({ host: d.master.host, port: d.master.port, keyring: d.keyring, handshakeTimeoutMs: JOIN_TIMEOUT_MS, ...d.peerOptions });
  const early = new EarlyPeerEvents(peer);
  try {
    const reply = await peer.request(body('hello', {
      clusterName: c.name, nodeName: c.nodeName, nodeType: c.nodeType, version: WARDEN_VERSION,
      protocolVersion: CLUSTER_PROTOCOL_VERSION, address: c.bindAddr, knownEpoch: d.floor.value,
    }), JOIN_TIMEOUT_MS);
    if (reply.body.kind === 'notLeader') {
      const n = reply.body.value;
      throw new NotLeaderError(n.reason, n.leaderAddress ? { name: n.leaderName, address: n.leaderAddress, epoch: n.epoch } : null);
    }
    if (reply.body.kind !== 'helloAccepted') throw new ProtocolError('unexpected_message', `hello was answered with ${reply.body.kind}, expected helloAccepted`);
    const accepted = reply.body.value;
    const stale = staleLeaderReason(accepted.epoch, d.floor.value);
    if (stale) throw new WardenError('stale_leader', `refused master ${accepted.masterName}: ${stale}`);
    d.floor.raise(accepted.epoch);
    return { peer, early, masterName: accepted.masterName, masterVersion: accepted.version, epoch: accepted.epoch };
  } catch (err) {
    early.release();
    peer.close();
    throw err;
  }
}
