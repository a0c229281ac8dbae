// The dialing side: connect, set the session up under one deadline, hand back a Peer.
import { connect } from 'net';
import { Keyring } from './keyring';
import { Peer } from './peer';
import { PeerOptions, resolvePeerOptions } from './peer-options';
import { setupAsWorker } from './session-setup';
import { SocketInput } from './socket-input';

export interface ConnectOptions extends PeerOptions {
  host: string;
  port: number;
  keyring: Keyring;
  /** The source address to dial from (tests and benchmarks stand for other hosts with 127.0.0.x). */
  localAddress?: string;
}

/**
 * Resolves once the session is set up; rejects with WardenError 'connect_failed' (no connection was made,
 * within handshakeTimeoutMs), TimeoutError 'timeout', AuthError 'auth_failed' or ProtocolError.
 */
export async function connectPeer(opts: ConnectOptions): Promise<Peer> {
  const options = resolvePeerOptions(opts);
  const input = new SocketInput();
  const socket = connect({ host: opts.host, port: opts.port, localAddress: opts.localAddress, noDelay: true, onread: input.onread() });
  const session = await setupAsWorker(socket, input, { keyring: opts.keyring, timeoutMs: options.handshakeTimeoutMs, maxFrameSize: options.maxFrameSize, clock: options.clock });
  const peer = new Peer(socket, input, session, options, 'worker');
  peer.start();
  return peer;
}
