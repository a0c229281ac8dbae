// The accepting side: sets a session up on every connection and emits a Peer for each one that succeeds.
//
// Before a connection has proven a key it is held in a PreAuthPool, capped per source address and in total:
// a newcomer is never refused, the oldest unproven connection makes room for it (so a flood cannot lock a
// real worker out, even from the worker's own host), and each holds at most one setup frame of a few KiB
// until the handshake deadline. Two pools, one per stage: connections that have not sent a valid init yet,
// and connections answered with a challenge. A real worker sends its init as it connects, so it leaves the
// first pool at once: a flood of idle or garbage connections, however fast it renews, only ever evicts its
// own. Failed key proofs are budgeted per address (proof-budget.ts).
import { EventEmitter } from 'events';
import { createServer, Server, Socket } from 'net';
import { PreAuthPool, type PreAuthLimits } from '../lib/preauth-pool';
import { asWardenError, ClosedError, WardenError } from './errors';
import { FrameDecoder } from './frame-decoder';
import { Keyring } from './keyring';
import { Peer } from './peer';
import { PeerOptions, ResolvedPeerOptions, resolvePeerOptions } from './peer-options';
import { PREAUTH_MAX_PER_ADDRESS, PREAUTH_MAX_TOTAL, PROOF_BUDGET_MAX_ADDRESSES, PROOF_FAILURE_BUDGET } from './preauth-limits';
import { ProofBudget, type ProofBudgetLimits } from './proof-budget';
import { encodeSetup } from './session-handshake';
import { type ProofGate, setupAsMaster } from './session-setup';
import { SocketInput } from './socket-input';
import { sourceKey } from './source-address';

export interface PeerServerOptions extends PeerOptions {
  keyring: Keyring;
  /** Unproven connections held per source address and in all (defaults: preauth-limits.ts). */
  preAuth?: Partial<PreAuthLimits>;
  /** Failed key proofs allowed per source address (defaults: preauth-limits.ts). */
  proofBudget?: Partial<ProofBudgetLimits>;
}

/** Why a connection was refused or failed before its session existed. */
export interface RejectedInfo {
  address: string;
  error: WardenError;
}

/** The unproven connections, now and since the start. */
export interface PreAuthStats {
  held: number;
  /** Bytes of unfinished setup frames they hold. */
  heldBytes: number;
  /** Connections that ended before proving a key, by the code of what ended them ('timeout' is the deadline). */
  closedBy: Record<string, number>;
}

export interface PeerServer {
  on(event: 'peer', listener: (peer: Peer) => void): this;
  on(event: 'rejected', listener: (info: RejectedInfo) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
}

/** A connection that has not proven a key yet (or lingers after its refusal). */
interface Unproven {
  socket: Socket;
  address: string;
  since: number;
  decoder: FrameDecoder;
  abort: AbortController;
}

export class PeerServer extends EventEmitter {
  private readonly options: ResolvedPeerOptions;
  private keyring: Keyring;
  /** Connected, no valid init yet. */
  private readonly unanswered: PreAuthPool<Unproven>;
  /** Answered with a challenge, the key not proven yet. */
  private readonly challenged: PreAuthPool<Unproven>;
  private readonly proofs: ProofBudget;
  private readonly closedBy: Record<string, number> = {};
  private readonly server: Server;
  /** Every accepted socket until it closes: set-up, established, or lingering after a reject. */
  private readonly sockets = new Set<Socket>();
  private readonly peers = new Set<Peer>();
  /** The pool's entry of each unproven socket, for the byte count. */
  private readonly unproven = new Map<Socket, Unproven>();
  private closing = false;

  constructor(opts: PeerServerOptions) {
    super();
    this.options = resolvePeerOptions(opts);
    this.keyring = opts.keyring;
    const limits = { maxPerAddress: PREAUTH_MAX_PER_ADDRESS, maxTotal: PREAUTH_MAX_TOTAL, ...opts.preAuth };
    this.unanswered = new PreAuthPool(limits);
    this.challenged = new PreAuthPool(limits);
    this.proofs = new ProofBudget({ ...PROOF_FAILURE_BUDGET, maxAddresses: PROOF_BUDGET_MAX_ADDRESSES, ...opts.proofBudget }, this.options.clock);
    this.server = createServer({ noDelay: true }, (socket) => this.onConnection(socket));
  }

  /** Connections with an established session. */
  get peerCount(): number {
    return this.peers.size;
  }

  preAuthStats(): PreAuthStats {
    let heldBytes = 0;
    for (const conn of this.unproven.values()) heldBytes += conn.decoder.bufferedBytes();
    return { held: this.unanswered.size + this.challenged.size, heldBytes, closedBy: { ...this.closedBy } };
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
    if (this.closing) {
      socket.destroy();
      return;
    }
    const address = sourceKey(socket.remoteAddress ?? 'unknown');
    const conn: Unproven = { socket, address, since: this.options.clock.now(), decoder: new FrameDecoder(), abort: new AbortController() };
    this.sockets.add(socket);
    this.unproven.set(socket, conn);
    for (const old of this.unanswered.admit(address, conn)) this.evict(old, address, this.unanswered);
    const release = () => {
      this.unproven.delete(socket);
      this.unanswered.release(conn);
      this.challenged.release(conn);
    };
    socket.once('close', () => {
      this.sockets.delete(socket);
      release();
    });
    const input = new SocketInput();
    input.attach(socket);
    const o = this.options;
    setupAsMaster(socket, input, {
      keyring: this.keyring, timeoutMs: o.handshakeTimeoutMs, maxFrameSize: o.maxFrameSize, clock: o.clock,
      signal: conn.abort.signal, decoder: conn.decoder, proofs: this.gate(address),
      onChallenged: () => {
        this.unanswered.release(conn);
        for (const old of this.challenged.admit(address, conn)) this.evict(old, address, this.challenged);
      },
    }).then(
      (session) => {
        release();
        if (this.closing || socket.destroyed) {
          socket.destroy();
          return;
        }
        const peer = new Peer(socket, input, session, this.options, 'master');
        this.peers.add(peer);
        peer.once('close', () => this.peers.delete(peer));
        // Nobody serving (the listener restarting): close, so the worker redials now rather than wait on its hello.
        if (this.listenerCount('peer') === 0) return peer.close(new ClosedError('the master is not serving workers right now'));
        this.emitSafely('peer', peer, (err) => peer.close(new WardenError('handler_error', "a 'peer' listener failed", { cause: err })));
        peer.start();
      },
      (err: unknown) => {
        const error = asWardenError(err, 'handshake_failed');
        this.closedBy[error.code] = (this.closedBy[error.code] ?? 0) + 1;
        this.reject(address, error);
      },
    );
  }

  /** Closes an unproven connection to make room in `pool` for one from `newcomer`. */
  private evict(old: Unproven, newcomer: string, pool: PreAuthPool<Unproven>): void {
    const age = this.options.clock.now() - old.since;
    const stage = pool === this.challenged ? 'challenged' : 'without a valid init';
    const why = old.address === newcomer
      ? `${pool.limits.maxPerAddress} connections ${stage} from this address already`
      : `${pool.limits.maxTotal} connections ${stage} in all already, the most from this address`;
    const error = new WardenError('evicted', `closed after ${age} ms without proving a key, to make room for a newer connection (${why})`);
    // Said to the peer too: a real worker evicted by a flood from its own host logs why.
    if (old.socket.writable) old.socket.write(encodeSetup({ reject: { code: error.code, message: error.message } }));
    old.abort.abort(error);
    old.socket.destroy(); // it may be lingering after a refusal, its setup already over
  }

  private gate(address: string): ProofGate {
    return {
      allows: () => this.proofs.allows(address),
      retryInMs: () => this.proofs.retryInMs(address),
      failed: () => this.proofs.failed(address),
    };
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
