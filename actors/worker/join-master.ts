// A worker's way in: a session with the master, then a Hello that the master must accept. The master's
// first requests may follow its acceptance at once: they are held (EarlyPeerEvents) until the
// connection's actor takes them.
import type { WardenConfig } from '../../config/schema';
import type { NodeAddress } from '../../config/address';
import { body } from '../../protocol/envelope';
import type { Keyring } from '../../protocol/keyring';
import { connectPeer, type Peer } from '../../protocol/peer';
import type { PeerOptions } from '../../protocol/peer-options';
import { requestOf } from '../../protocol/request';
import { EarlyPeerEvents } from '../node/peer-events';
import { CLUSTER_PROTOCOL_VERSION, WARDEN_VERSION } from '../node/version';

export interface Joined {
  peer: Peer;
  early: EarlyPeerEvents;
  masterName: string;
  masterVersion: string;
}

export const JOIN_TIMEOUT_MS = 5_000;

export interface JoinDeps {
  cluster: WardenConfig['cluster'];
  master: NodeAddress;
  keyring: Keyring;
  peerOptions: PeerOptions;
}

export async function joinMaster(d: JoinDeps): Promise<Joined> {
  const c = d.cluster;
  const peer = await connectPeer({ host: d.master.host, port: d.master.port, keyring: d.keyring, handshakeTimeoutMs: JOIN_TIMEOUT_MS, ...d.peerOptions });
  const early = new EarlyPeerEvents(peer);
  try {
    const accepted = await requestOf(peer, body('hello', {
      clusterName: c.name, nodeName: c.nodeName, nodeType: c.nodeType, version: WARDEN_VERSION,
      protocolVersion: CLUSTER_PROTOCOL_VERSION, address: c.bindAddr,
    }), 'helloAccepted', JOIN_TIMEOUT_MS);
    return { peer, early, masterName: accepted.masterName, masterVersion: accepted.version };
  } catch (err) {
    early.release();
    peer.close();
    throw err;
  }
}
