// The accepting side: sets a session up on every connection and emits a Peer for each one that succeeds.
import { EventEmitter } from 'events';
import { createServer, Server, Socket } from 'net';
import { AddressLimiter } from './address-limiter';
import { asWardenError, ClosedError, WardenError } from './errors';
import { Keyring } from './keyring';
import { Peer } from './peer';
import { PeerOptions, ResolvedPeerOptions, resolvePeerOptions } from './peer-options';
import { PROOF_BUDGET_MAX_ADDRESSES, PROOF_FAILURE_BUDGET } from './preauth-limits';
import { ProofBudget } from './proof-budget';
import { setupAsMaster } from './session-setup';
import { SocketInput } from './socket-input';

export interface PeerServerOptions extends PeerOptions {
  keyring: Keyring;
  /**
   * Connections from one address still setting their session up (default 10, as Wazuh's cap). Only
   * connections without a proven key count: a host running many workers is not capped, a flood is.
   */
  maxConnectionsPerAddress?: number;
}

/** Why a connection was refused or failed before its session existed. */
export interface RejectedInfo {
  address: string;
  error: WardenError;
}

export interface PeerServer {
  on(event: 'peer', listener: (peer: Peer) => void): this;
  on(event: 'rejected', listener: (info: RejectedInfo) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
}

export class PeerServer extends EventEmitter {
  private readonly options: ResolvedPeerOptions;
  private keyring: Keyring;
  private readonly limiter: AddressLimiter;
  private readonly proofs: ProofBudget;
  private readonly server: Server;
  /** Every accepted socket until it closes: set-up, established, or lingering after a reject. */
  private readonly sockets = new Set<Socket>();
  private readonly peers = new Set<Peer>();
  private closing = false;

  constructor(opts: PeerServerOptions) {
    super();
    this.options = resolvePeerOptions(opts);
    this.keyring = opts.keyring;
    this.limiter = new AddressLimiter(opts.maxConnectionsPerAddress ?? 10);
    this.proofs = new ProofBudget({ ...PROOF_FAILURE_BUDGET, maxAddresses: PROOF_BUDGET_MAX_ADDRESSES }, this.options.clock);
    this.server = createServer({ noDelay: true }, (socket) => this.onConnection(socket));
  }

  /** Connections with an established session. */
  get peerCount(): number {
    return this.peers.size;
  }

  /**
   * Swaps the keyring for connections from now on (key rotation with no restart). Sessions already set up
   * keep their session keys and are not disturbed.
   */
  setKeyring(keyring: Keyring): void {
    this.keyring = keyring;
  }

  listen(port: number, host: string): Promise<{ port: number }> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(new WardenError('listen_failed', `cannot listen on ${host}:${port}: ${err.message}`, { cause: err }));
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        // Once listening, a server error is unexpected: it is passed on, never thrown.
        this.server.on('error', (err) => this.reportError(err));
        const address = this.server.address();
        resolve({ port: typeof address === 'object' && address ? address.port : port });
      });
    });
  }

  /** Stops listening and closes every connection, set-up ones included. */
  close(): Promise<void> {
    this.closing = true;
    const done = new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
    });
    for (const peer of [...this.peers]) peer.close(new ClosedError('server closing'));
    for (const socket of [...this.sockets]) socket.destroy();
    return done;
  }

  private onConnection(socket: Socket): void {
    const address = socket.remoteAddress ?? 'unknown';
    if (this.closing) {
      socket.destroy();
      return;
    }
    if (!this.limiter.tryAcquire(address)) {
      socket.destroy();
      this.reject(address, new WardenError('too_many_connections', `${address} already has ${this.limiter.maxPerAddress} connections setting up a session`));
      return;
    }
    this.sockets.add(socket);
    let slotHeld = true;
    const releaseSlot = () => {
      if (slotHeld) this.limiter.release(address);
      slotHeld = false;
    };
    socket.once('close', () => {
      this.sockets.delete(socket);
      releaseSlot();
    });
    const input = new SocketInput();
    input.attach(socket);
    const proofs = { allows: () => this.proofs.allows(address), retryInMs: () => this.proofs.retryInMs(address), failed: () => this.proofs.failed(address) };
    setupAsMaster(socket, input, { keyring: this.keyring, timeoutMs: this.options.handshakeTimeoutMs, maxFrameSize: this.options.maxFrameSize, clock: this.options.clock, proofs }).then(
      (session) => {
        releaseSlot();
        if (this.closing || socket.destroyed) {
          socket.destroy();
          return;
        }
        const peer = new Peer(socket, input, session, this.options, 'master');
        this.peers.add(peer);
        peer.once('close', () => this.peers.delete(peer));
        this.emitSafely('peer', peer, (err) => peer.close(new WardenError('handler_error', "a 'peer' listener failed", { cause: err })));
        peer.start();
      },
      (err: unknown) => {
        this.reject(address, asWardenError(err, 'handshake_failed'));
      },
    );
  }

  private reject(address: string, error: WardenError): void {
    this.emitSafely('rejected', { address, error }, (err) => this.reportError(err));
  }

  /** An error of the server itself: to 'error' listeners if any, else a process warning (never a crash). */
  private reportError(err: unknown): void {
    if (this.listenerCount('error') > 0) this.emit('error', err);
    else process.emitWarning(`PeerServer: ${err instanceof Error ? err.message : String(err)}`);
  }

  /** A throwing listener must not take the server down. */
  private emitSafely(event: string, arg: unknown, onFail: (err: unknown) => void): void {
    try {
      this.emit(event, arg);
    } catch (err) {
      onFail(err);
    }
  }
}
