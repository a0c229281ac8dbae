// The receiving side of one stream: a Readable whose consumer drives the credit. Credit is re-granted only
// for bytes the consumer has taken, so a slow consumer slows the sender instead of filling memory.
import { Readable } from 'stream';
import { ProtocolError, WardenError } from './errors';

export interface StreamInfo {
  streamId: number;
  kind: string;
  name: string;
  /** Bytes announced by the sender, 0 when unknown; checked at the end when announced. */
  size: number;
  metaJson: string;
}

export interface IncomingStreamHooks {
  grant(streamId: number, bytes: number): void;
  /** The consumer gave up (destroyed the readable): tell the sender. */
  abort(streamId: number, reason: string): void;
  /** The stream is over, one way or another: forget it. */
  done(streamId: number): void;
}

/**
 * A Readable that reports every read, and hands out the chunks as they were pushed. Flowing mode, pipe()
 * and async iteration all consume through read(), while _read() would not do: Readable stops calling it
 * until the next push, which may never come. A read() without a size would join everything buffered into
 * one new buffer (async iteration does that): a copy of up to a window each time, and garbage the GC finds
 * late. Reading the size of the oldest chunk instead returns that chunk itself.
 */
class CreditReadable extends Readable {
  /** Sizes of the chunks pushed and not yet read, oldest first (the first may be partly read). */
  private readonly sizes: number[] = [];

  constructor(
    private readonly onRead: () => void,
    options: ConstructorParameters<typeof Readable>[0],
  ) {
    super(options);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (Buffer.isBuffer(chunk) && chunk.length > 0) this.sizes.push(chunk.length);
    return super.push(chunk, encoding);
  }

  override read(size?: number): unknown {
    const chunk: unknown = super.read(size === undefined && this.sizes.length > 0 ? this.sizes[0] : size);
    if (Buffer.isBuffer(chunk)) this.consumed(chunk.length);
    this.onRead();
    return chunk;
  }

  private consumed(bytes: number): void {
    while (bytes > 0 && this.sizes.length > 0) {
      const head = this.sizes[0];
      if (head > bytes) {
        this.sizes[0] = head - bytes;
        return;
      }
      bytes -= head;
      this.sizes.shift();
    }
  }
}

export class IncomingStream {
  readonly readable: Readable;
  private granted = 0;
  private received = 0;
  private finished = false;

  constructor(
    readonly info: StreamInfo,
    private readonly window: number,
    private readonly hooks: IncomingStreamHooks,
  ) {
    this.readable = new CreditReadable(() => this.maybeGrant(), {
      highWaterMark: window,
      read: () => undefined, // data is pushed as it arrives, within the credit
      destroy: (err, callback) => {
        if (!this.finished) {
          this.finished = true;
          this.hooks.abort(info.streamId, err ? err.message : 'receiver closed the stream');
          this.hooks.done(info.streamId);
        }
        callback(err);
      },
    });
  }

  /** Opens the window: the first credit. */
  start(): void {
    this.granted = this.window;
    this.hooks.grant(this.info.streamId, this.window);
  }

  onChunk(data: Buffer): void {
    if (this.finished) return;
    this.received += data.length;
    if (this.received > this.granted) {
      throw new ProtocolError('stream_protocol', `stream ${this.info.streamId} sent ${this.received} bytes with ${this.granted} granted`);
    }
    this.readable.push(data);
  }

  onEnd(): void {
    if (this.finished) return;
    if (this.info.size > 0 && this.received !== this.info.size) {
      this.fail(new ProtocolError('stream_protocol', `stream ${this.info.streamId} ended after ${this.received} of ${this.info.size} announced bytes`));
      return;
    }
    this.finished = true;
    this.hooks.done(this.info.streamId);
    this.readable.push(null);
  }

  /** The sender aborted or the connection closed: the readable errors, no abort goes back. */
  fail(err: WardenError): void {
    if (this.finished) return;
    this.finished = true;
    this.hooks.done(this.info.streamId);
    this.readable.destroy(err);
  }

  /** Grants what the consumer freed once it is worth a message (a quarter of the window). */
  private maybeGrant(): void {
    if (this.finished || this.granted === 0) return;
    const consumed = this.received - this.readable.readableLength;
    const grantable = consumed + this.window - this.granted;
    if (grantable >= this.window / 4) {
      this.granted += grantable;
      this.hooks.grant(this.info.streamId, grantable);
    }
  }
}
