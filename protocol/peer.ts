// One established, encrypted connection: one-way messages, requests with deadlines, replies and streams.
// Bad input of any kind closes the connection with a typed error; nothing is thrown into the event loop.
//
// Backpressure: send() returns false once the bytes waiting to be written (this Peer's queue plus the
// socket's buffer) reach writeHighWaterMark; 'drain' follows when they fall below it. A caller that keeps
// sending anyway is stopped at maxWriteQueue: the connection closes with 'send_queue_full'.
// A body too large for maxFrameSize is the caller's bug: send() and reply() throw ProtocolError
// 'frame_too_large' and request() rejects with it; the connection is not affected.
import { EventEmitter } from 'events';
import type { Transport } from './transport';
import type { Readable } from 'stream';
import { Body, Envelope, decodeEnvelope, encodeEnvelope, encodeStreamChunkHead } from './envelope';
import { wireTap } from './wire-tap';
import { asWardenError, ClosedError, ProtocolError, TimeoutError, WardenError } from './errors';
import { Frame, HEADER_SIZE } from './frame';
import { FrameDecoder } from './frame-decoder';
import { PendingRequests } from './pending-requests';
import { ResolvedPeerOptions, STREAM_CHUNK_OVERHEAD } from './peer-options';
import { OpeningBox, SealingBox, TAG_SIZE } from './session-crypto';
import { EstablishedSession } from './session-setup';
import { SocketInput } from './socket-input';
import { StreamInfo, StreamMux, StreamOpenOptions, StreamSendResult, StreamSource } from './stream';
import { WriteQueue } from './write-queue';

export type { PeerOptions } from './peer-options';
export { connectPeer } from './peer-client';
export type { ConnectOptions } from './peer-client';
export { PeerServer } from './peer-server';
export type { PeerServerOptions, RejectedInfo } from './peer-server';
export type { StreamInfo, StreamOpenOptions, StreamSendResult, StreamSource } from './stream';

export type PeerRole = 'worker' | 'master';

export interface PeerStats {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
}

export type Respond = (body: Body) => void;

export interface PeerEvents {
  /** A request (id != 0): answer it once with respond(body). */
  request: [env: Envelope, respond: Respond];
  /** A one-way message (stream traffic excluded). */
  message: [env: Envelope];
  /** An incoming stream; its readable grants credit as it is read. */
  stream: [info: StreamInfo, readable: Readable];
  /** Exactly once; err is absent for a clean close. */
  close: [err?: WardenError];
  drain: [];
  debug: [message: string];
}

export interface Peer {
  on<E extends keyof PeerEvents>(event: E, listener: (...args: PeerEvents[E]) => void): this;
  once<E extends keyof PeerEvents>(event: E, listener: (...args: PeerEvents[E]) => void): this;
  off<E extends keyof PeerEvents>(event: E, listener: (...args: PeerEvents[E]) => void): this;
}

const STREAM_KINDS: ReadonlySet<string> = new Set(['streamOpen', 'streamChunk', 'streamCredit', 'streamEnd', 'streamAbort']);
/** A graceful end() that the other side never completes is cut after this. */
const END_GRACE_MS = 5000;

export class Peer extends EventEmitter {
  readonly remoteAddress: string;
  readonly stats: PeerStats = { framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0 };
  private isClosed = false;
  private ending = false;
  private needDrain = false;
  private halfFrameTimer: NodeJS.Timeout | null = null;
  private endTimer: NodeJS.Timeout | null = null;
  private leftovers: Frame[];
  private readonly sealer: SealingBox;
  private readonly opener: OpeningBox;
  private readonly decoder: FrameDecoder;
  private readonly writes: WriteQueue;
  private readonly pending: PendingRequests;
  private readonly streams: StreamMux;

  constructor(
    private readonly socket: Transport,
    input: SocketInput,
    session: EstablishedSession,
    private readonly options: ResolvedPeerOptions,
    readonly role: PeerRole,
  ) {
    super();
    this.remoteAddress = socket.remoteAddress ?? 'unknown';
    ({ sealer: this.sealer, opener: this.opener, decoder: this.decoder, leftovers: this.leftovers } = session);
    // Each frame is opened (decrypted into a buffer of its own) as soon as it is whole: stream chunks can be assembled in reused buffers.
    this.decoder.reuseAssembly(options.streamChunkSize + STREAM_CHUNK_OVERHEAD);
    this.writes = new WriteQueue(socket, this.onFlushed);
    this.pending = new PendingRequests(options.clock);
    this.streams = new StreamMux(
      { chunkSize: options.streamChunkSize, window: options.streamWindow, maxIncoming: options.maxIncomingStreams, idParity: role === 'worker' ? 1 : 0, stallTimeoutMs: options.streamStallTimeoutMs, clock: options.clock },
      {
        isClosed: () => this.isClosed || this.ending,
        send: (body) => void this.send(body),
        sendChunk: (id, parts, length) => {
          const head = encodeStreamChunkHead(id, length);
          this.sealAndQueue([head, ...parts], head.length + length);
        },
        writable: () => this.writes.backlog < this.options.writeHighWaterMark,
        deliver: (info, readable) => this.listenerCount('stream') > 0 && this.emitSafely('stream', info, readable),
        debug: (message) => this.emit('debug', message),
      },
    );
    input.setSink(this.onChunk);
    socket.on('error', (err) => this.close(new ClosedError(`socket error: ${err.message}`, { cause: err })));
    socket.on('close', () => this.close(this.decoder.hasPartial() ? new ProtocolError('bad_frame', 'connection ended inside a frame') : undefined));
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Requests awaiting their reply. */
  get pendingRequests(): number {
    return this.pending.size;
  }

  /** Streams open now, each way. */
  get openStreams(): { outgoing: number; incoming: number } {
    return this.streams.openCount;
  }

  /** Bytes waiting to be written. */
  get backlog(): number {
    return this.writes.backlog;
  }

  /** Opens the frames that came with the session setup; call once listeners are attached. */
  start(): void {
    const frames = this.leftovers;
    this.leftovers = [];
    for (const f of frames) if (!this.isClosed) this.onFrame(f);
  }

  /** A one-way message. Returns false when the backlog is above the high-water mark or the peer is closed. */
  send(body: Body): boolean {
    if (this.isClosed || this.ending) return false;
    this.queueEnvelope(0, 0, body);
    return this.checkBacklog();
  }

  request(body: Body, timeoutMs = this.options.requestTimeoutMs): Promise<Envelope> {
    if (this.isClosed || this.ending) return Promise.reject(new ClosedError(`cannot send ${body.kind}: connection closed`));
    const id = this.pending.nextId();
    const reply = this.pending.wait(id, body.kind, timeoutMs);
    const tap = wireTap();
    // Registered here, in the caller's async context, so a trace knows which actor got the reply.
    if (tap) reply.then((env) => tap('in', env.body.kind, () => encodeEnvelope(env.id, env.replyTo, env.body as Body).length), () => undefined);
    try {
      this.queueEnvelope(id, 0, body);
    } catch (err) {
      this.pending.cancel(id, asWardenError(err));
      return reply;
    }
    this.checkBacklog();
    return reply;
  }

  /** Answers a request. Returns false when the answer could not be queued (closed). */
  reply(to: Envelope, body: Body): boolean {
    if (this.isClosed || this.ending) return false;
    this.queueEnvelope(0, to.id, body);
    return this.checkBacklog();
  }

  sendStream(open: StreamOpenOptions, source: StreamSource): Promise<StreamSendResult> {
    return this.streams.send(open, source);
  }

  /** Closes at once (idempotent): pending requests and streams fail, then 'close' is emitted once. */
  close(err?: Error): void {
    if (this.isClosed) return;
    this.isClosed = true;
    if (this.halfFrameTimer) clearTimeout(this.halfFrameTimer);
    if (this.endTimer) clearTimeout(this.endTimer);
    this.writes.clear();
    this.socket.destroy();
    const error = err === undefined ? undefined : asWardenError(err, 'local_close');
    const closed = error instanceof ClosedError ? error : new ClosedError(error ? `connection closed: ${error.message}` : 'connection closed', { cause: error });
    this.pending.rejectAll(closed);
    this.streams.closeAll(closed);
    this.emitSafely('close', error);
  }

  /** Resolves once send() would return true again; rejects with ClosedError if the connection goes first. */
  drained(): Promise<void> {
    if (this.isClosed) return Promise.reject(new ClosedError('connection closed'));
    if (this.writes.backlog < this.options.writeHighWaterMark) return Promise.resolve();
    this.needDrain = true;
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.off('close', onClose);
        resolve();
      };
      const onClose = (err?: WardenError) => {
        this.off('drain', onDrain);
        reject(new ClosedError('connection closed while waiting to drain', { cause: err }));
      };
      this.once('drain', onDrain);
      this.once('close', onClose);
    });
  }

  /** Graceful: what is queued is written, then the connection ends; 'close' follows. */
  end(): void {
    if (this.isClosed || this.ending) return;
    this.ending = true;
    this.writes.flush();
    this.socket.end();
    this.endTimer = setTimeout(() => this.close(), END_GRACE_MS);
    this.endTimer.unref();
  }

  private queueEnvelope(id: number, replyTo: number, body: Body): void {
    const payload = encodeEnvelope(id, replyTo, body);
    this.sealAndQueue([payload], payload.length);
    wireTap()?.('out', body.kind, () => payload.length);
  }

  private sealAndQueue(parts: readonly Buffer[], length: number): void {
    const frameSize = HEADER_SIZE + length + TAG_SIZE;
    if (frameSize > this.options.maxFrameSize) {
      throw new ProtocolError('frame_too_large', `message of ${frameSize} bytes exceeds maxFrameSize ${this.options.maxFrameSize}`);
    }
    this.stats.framesOut++;
    this.stats.bytesOut += this.writes.push(this.sealer.sealParts(parts, length));
  }

  private checkBacklog(): boolean {
    const backlog = this.writes.backlog;
    if (backlog < this.options.writeHighWaterMark) return true;
    if (backlog > this.options.maxWriteQueue) {
      this.close(new WardenError('send_queue_full', `${backlog} bytes wait to be written (limit ${this.options.maxWriteQueue})`));
    } else this.needDrain = true;
    return false;
  }

  private readonly onFlushed = (): void => {
    if (this.isClosed || this.writes.backlog >= this.options.writeHighWaterMark) return;
    this.streams.pokeAll();
    if (this.needDrain) {
      this.needDrain = false;
      this.emitSafely('drain');
    }
  };

  private readonly onChunk = (chunk: Buffer): void => {
    if (this.isClosed) return;
    this.stats.bytesIn += chunk.length;
    if (this.leftovers.length > 0) this.start();
    let frames: Frame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      return this.close(err as Error);
    }
    this.watchHalfFrame(frames.length > 0);
    for (let i = 0; i < frames.length && !this.isClosed; i++) this.onFrame(frames[i]);
  };

  private onFrame(frame: Frame): void {
    let env: Envelope;
    try {
      env = decodeEnvelope(this.opener.open(frame));
    } catch (err) {
      return this.close(err as Error);
    }
    this.stats.framesIn++;
    try {
      this.dispatch(env);
    } catch (err) {
      this.close(err instanceof ProtocolError ? err : new WardenError('handler_error', `a listener failed on ${env.body.kind}`, { cause: err }));
    }
  }

  private dispatch(env: Envelope): void {
    if (env.replyTo !== 0) {
      if (!this.pending.settle(env)) this.emit('debug', `reply to unknown request ${env.replyTo} (${env.body.kind}) ignored`);
    } else if (env.id !== 0) {
      if (this.listenerCount('request') === 0) {
        this.reply(env, { kind: 'error', value: { code: 'no_handler', message: `nobody serves ${env.body.kind} here` } });
        return;
      }
      let answered = false;
      // Called from application code, often a promise's then(): it must never throw.
      const respond: Respond = (body) => {
        if (answered) return;
        answered = true;
        try {
          this.reply(env, body);
        } catch (err) {
          this.emit('debug', `reply to ${env.body.kind} refused: ${asWardenError(err).message}`);
          this.reply(env, { kind: 'error', value: { code: 'reply_too_large', message: `the reply to ${env.body.kind} exceeds maxFrameSize` } });
        }
      };
      this.emit('request', env, respond);
    } else if (STREAM_KINDS.has(env.body.kind)) {
      this.streams.onEnvelope(env);
    } else {
      this.emit('message', env);
    }
  }

  /** A frame may stay half-received for halfFrameTimeoutMs; the clock restarts with each new frame. */
  private watchHalfFrame(completedSome: boolean): void {
    if (!this.decoder.hasPartial()) {
      if (this.halfFrameTimer) clearTimeout(this.halfFrameTimer);
      this.halfFrameTimer = null;
    } else if (!this.halfFrameTimer) {
      this.halfFrameTimer = setTimeout(() => {
        this.close(new TimeoutError('half_frame_timeout', `a frame stayed half-received for ${this.options.halfFrameTimeoutMs} ms`));
      }, this.options.halfFrameTimeoutMs);
    } else if (completedSome) {
      this.halfFrameTimer.refresh();
    }
  }

  /** Emits without letting a throwing listener escape into the socket's callbacks. */
  private emitSafely(event: string, ...args: unknown[]): boolean {
    try {
      return this.emit(event, ...args);
    } catch (err) {
      if (event !== 'close') this.close(new WardenError('handler_error', `a '${event}' listener failed`, { cause: err }));
      return true;
    }
  }
}
