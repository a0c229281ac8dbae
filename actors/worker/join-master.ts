// A worker's way in: a session with the master, then a Hello that the master must accept.
import { connectPeer, Peer } from '../../protocol/peer';
import { NodeAddress } from '../../config/address';
import { NodeContext } from '../node/node-context';
import { body } from '../../protocol/envelope';
import { CLUSTER_PROTOCOL_VERSION, WARDEN_VERSION } from '../node/version';

export interface Joined {
  peer: Peer;
  masterName: string;
  masterVersion: string;
}

export const JOIN_TIMEOUT_MS = 5_000;

export async function joinMaster(ctx: NodeContext, master: NodeAddress): Promise<Joined> {
  const c = ctx.config.cluster;
  const peer = await connectPeer({ host: master.host, port: master.port, keyring: ctx.keyring, handshakeTimeoutMs: JOIN_TIMEOUT_MS, ...ctx.peerOptions });
  try {
    const reply = await peer.request(body('hello', {
        clusterName: c.name, nodeName: c.nodeName, nodeType: c.nodeType, version: WARDEN_VERSION,
        protocolVersion: CLUSTER_PROTOCOL_VERSION, address: c.bindAddr,
    }), JOIN_TIMEOUT_MS);
    if (reply.body.kind !== 'helloAccepted') throw new Error(`the master answered the hello with ${reply.body.kind}`);
    return { peer, masterName: reply.body.value.masterName, masterVersion: reply.body.value.version };
  } catch (err) {
    peer.close();
    throw err;
  }
}
