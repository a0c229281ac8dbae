// Many streams over one Peer. Each side numbers the streams it sends: the worker (client) odd ids, the
// master (server) even ids, so a StreamAbort or StreamCredit names its stream without ambiguity.
import type { Readable } from 'stream';
import type { Body, Envelope } from './envelope';
import { ClosedError, ProtocolError, WardenError, asWardenError } from './errors';
import { IncomingStream, StreamInfo } from './stream-incoming';
import { OutgoingStream, StreamSendResult, StreamTransport } from './stream-outgoing';
import type { Clock } from '../lib/clock';

export type { StreamInfo } from './stream-incoming';
export type { StreamSendResult } from './stream-outgoing';

export interface StreamOpenOptions {
  kind: string;
  name: string;
  /** Total bytes, checked by the receiver at the end; omit or 0 when unknown. */
  size?: number;
  metaJson?: string;
}

export type StreamSource = AsyncIterable<Buffer | Uint8Array | string> | Readable;

export interface StreamMuxOptions {
  chunkSize: number;
  window: number;
  maxIncoming: number;
  /** 1 for the side that dialed (odd ids), 0 for the side that accepted (even ids). */
  idParity: 0 | 1;
  /** A sender waiting this long for credit (or for its connection to drain) fails with 'stream_stalled'. */
  stallTimeoutMs: number;
  clock: Clock;
}

export interface StreamMuxHooks extends StreamTransport {
  /** Sends a one-way envelope. */
  send(body: Body): void;
  /** Hands a new incoming stream to the application; false when nobody listens. */
  deliver(info: StreamInfo, readable: Readable): boolean;
  debug(message: string): void;
}

const MAX_STREAM_ID = 0xffffffff;

/**
 * A stream's data is copied into a chunk buffer as it comes and sealed from there, one buffer the size of a
 * chunk: not the source's many small buffers, sealed part by part (a pack of small files was a hundred
 * cipher calls and ciphertexts a chunk). The buffers are kept for the next streams, a few for the process.
 */
const SPARE_CHUNKS = 8;
const spareChunks: Buffer[] = [];

function takeChunkBuffer(size: number): Buffer {
  const i = spareChunks.findIndex((b) => b.length === size);
  return i >= 0 ? spareChunks.splice(i, 1)[0] : Buffer.allocUnsafeSlow(size);
}

function giveChunkBuffer(b: Buffer): void {
  if (spareChunks.length < SPARE_CHUNKS) spareChunks.push(b);
}

export class StreamMux {
  private readonly outgoing = new Map<number, OutgoingStream>();
  private readonly incoming = new Map<number, IncomingStream>();
  private lastId: number;

  constructor(
    private readonly options: StreamMuxOptions,
    private readonly hooks: StreamMuxHooks,
  ) {
    this.lastId = options.idParity === 1 ? -1 : 0;
  }

  get openCount(): { outgoing: number; incoming: number } {
    return { outgoing: this.outgoing.size, incoming: this.incoming.size };
  }

  async send(open: StreamOpenOptions, source: StreamSource): Promise<StreamSendResult> {
    if (this.hooks.isClosed()) throw new ClosedError('cannot open a stream on a closed connection');
    const id = this.nextId();
    const stream = new OutgoingStream(id, this.hooks, this.options.stallTimeoutMs, this.options.clock);
    this.outgoing.set(id, stream);
    const { chunkSize } = this.options;
    const chunk = takeChunkBuffer(chunkSize);
    try {
      this.hooks.send({ kind: 'streamOpen', value: { streamId: id, kind: open.kind, name: open.name, size: open.size ?? 0, metaJson: open.metaJson ?? '' } });
      let bytes = 0;
      for await (const raw of source) {
        let buf = typeof raw === 'string' ? Buffer.from(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        // Copied before the next value is pulled: a source may reuse its buffer for the next one (packSource does).
        while (buf.length > 0) {
          const n = Math.min(buf.length, chunkSize - bytes);
          buf.copy(chunk, bytes, 0, n);
          buf = buf.subarray(n);
          bytes += n;
          if (bytes === chunkSize) {
            await stream.sendChunk([chunk], bytes); // sealed (copied out) once it resolves
            bytes = 0;
          }
        }
        stream.throwIfFailed();
      }
      if (bytes > 0) await stream.sendChunk([chunk.subarray(0, bytes)], bytes);
      stream.throwIfFailed();
      this.hooks.send({ kind: 'streamEnd', value: { streamId: id } });
      return stream.result();
    } catch (err) {
      const error = asWardenError(err, 'stream_source_failed');
      // Tell the receiver unless it is the one that aborted, or the connection is gone.
      if (error.code !== 'stream_aborted' && !this.hooks.isClosed()) {
        this.hooks.send({ kind: 'streamAbort', value: { streamId: id, reason: `${error.code}: ${error.message}` } });
      }
      throw error;
    } finally {
      this.outgoing.delete(id);
      giveChunkBuffer(chunk);
    }
  }

  /** Routes a stream envelope; throws ProtocolError when the peer breaks the stream rules. */
  onEnvelope(env: Envelope): void {
    const b = env.body;
    switch (b.kind) {
      case 'streamOpen':
        return this.onOpen(b.value.streamId, { streamId: b.value.streamId, kind: b.value.kind, name: b.value.name, size: b.value.size, metaJson: b.value.metaJson });
      case 'streamChunk':
        return this.incomingOf(b.value.streamId)?.onChunk(b.value.data as Buffer);
      case 'streamEnd':
        return this.incomingOf(b.value.streamId)?.onEnd();
      case 'streamCredit':
        return this.onCredit(b.value.streamId, b.value.bytes);
      case 'streamAbort':
        return this.onAbort(b.value.streamId, b.value.reason);
      default:
        throw new ProtocolError('unexpected_message', `${b.kind} is not a stream message`);
    }
  }

  /** Wakes senders waiting for the connection to drain. */
  pokeAll(): void {
    for (const s of this.outgoing.values()) s.poke();
  }

  /** The connection is gone: every stream fails with its error. */
  closeAll(err: WardenError): void {
    const closed = err instanceof ClosedError ? err : new ClosedError(`connection closed: ${err.message}`, { cause: err });
    for (const s of [...this.outgoing.values()]) s.fail(closed);
    for (const s of [...this.incoming.values()]) s.fail(closed);
  }

  private nextId(): number {
    do this.lastId = this.lastId + 2 > MAX_STREAM_ID ? this.options.idParity + 2 : this.lastId + 2;
    while (this.outgoing.has(this.lastId));
    return this.lastId;
  }

  private isOurs(id: number): boolean {
    return id % 2 === this.options.idParity;
  }

  private incomingOf(id: number): IncomingStream | undefined {
    const s = this.incoming.get(id);
    if (!s) this.hooks.debug(`data for stream ${id}, which is not open (aborted or finished)`);
    return s;
  }

  private onOpen(id: number, info: StreamInfo): void {
    if (id === 0 || this.isOurs(id) || this.incoming.has(id)) throw new ProtocolError('stream_protocol', `peer opened stream ${id}, which it may not use`);
    if (this.incoming.size >= this.options.maxIncoming) {
      this.hooks.send({ kind: 'streamAbort', value: { streamId: id, reason: 'too_many_streams' } });
      return;
    }
    const stream = new IncomingStream(info, this.options.window, {
      grant: (streamId, bytes) => this.hooks.send({ kind: 'streamCredit', value: { streamId, bytes } }),
      abort: (streamId, reason) => {
        if (!this.hooks.isClosed()) this.hooks.send({ kind: 'streamAbort', value: { streamId, reason } });
      },
      done: (streamId) => this.incoming.delete(streamId),
    });
    // An unobserved stream error must not crash the process; consumers that care listen or iterate.
    stream.readable.on('error', (err) => this.hooks.debug(`stream ${id} (${info.name}): ${err.message}`));
    this.incoming.set(id, stream);
    if (!this.hooks.deliver(info, stream.readable)) {
      stream.readable.destroy(new WardenError('stream_aborted', 'no_handler: nobody receives streams here'));
      return;
    }
    stream.start();
  }

  private onCredit(id: number, bytes: number): void {
    if (!this.isOurs(id)) throw new ProtocolError('stream_protocol', `credit for stream ${id}, which the peer sends`);
    const s = this.outgoing.get(id);
    if (s) s.addCredit(bytes);
  }

  private onAbort(id: number, reason: string): void {
    const err = new WardenError('stream_aborted', `stream ${id} aborted by the peer: ${reason}`);
    if (this.isOurs(id)) this.outgoing.get(id)?.fail(err);
    else this.incoming.get(id)?.fail(err);
  }
}
