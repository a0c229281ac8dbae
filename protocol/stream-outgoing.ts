// The sending side of one stream: cuts the source into chunks and sends one only within the credit the
// receiver granted, so no more than its window is ever in flight.
import { TimeoutError, WardenError } from './errors';
import type { Clock } from '../lib/clock';

/** What a stream sender needs from its connection. */
export interface StreamTransport {
  isClosed(): boolean;
  /** Seals one StreamChunk from parts (not concatenated) of `length` bytes. */
  sendChunk(streamId: number, parts: readonly Buffer[], length: number): void;
  /** False while the connection's write backlog is above its high-water mark. */
  writable(): boolean;
}

export interface StreamSendResult {
  streamId: number;
  bytes: number;
  chunks: number;
  /** Most bytes sent and not yet acknowledged by a re-grant: never above the receiver's window. */
  maxInFlight: number;
}

export class OutgoingStream {
  private granted = 0;
  private firstGrant = 0;
  private sent = 0;
  private chunks = 0;
  private maxInFlight = 0;
  private failure: WardenError | null = null;
  private wake: (() => void) | null = null;

  constructor(
    readonly id: number,
    private readonly transport: StreamTransport,
    private readonly stallTimeoutMs: number,
    private readonly clock: Clock,
  ) {}

  get credit(): number {
    return this.granted - this.sent;
  }

  result(): StreamSendResult {
    return { streamId: this.id, bytes: this.sent, chunks: this.chunks, maxInFlight: this.maxInFlight };
  }

  addCredit(bytes: number): void {
    if (this.firstGrant === 0) this.firstGrant = bytes;
    this.granted += bytes;
    this.poke();
  }

  fail(err: WardenError): void {
    if (!this.failure) this.failure = err;
    this.poke();
  }

  /** Wakes a sender waiting for credit or for the connection to drain. */
  poke(): void {
    const wake = this.wake;
    this.wake = null;
    if (wake) wake();
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits for credit or a drained connection, at most stallTimeoutMs: a receiver that stops reading fails the stream. */
  private waitForWake(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.wake = null;
        reject(new TimeoutError('stream_stalled', `stream ${this.id} got no credit for ${this.stallTimeoutMs} ms`));
      }, this.stallTimeoutMs);
      this.wake = () => { timer.cancel(); resolve(); };
    });
  }

  /** Sends `length` bytes held in parts, as one chunk or, when credit is short, several. */
  async sendChunk(parts: Buffer[], length: number): Promise<void> {
    while (length > 0) {
      this.throwIfFailed();
      // Wait for a useful amount of credit (not slivers) and for room in the connection's write queue.
      const useful = Math.min(length, Math.max(1, Math.floor(this.firstGrant / 4)));
      if (this.credit < useful || !this.transport.writable()) {
        await this.waitForWake();
        continue;
      }
      const n = Math.min(length, this.credit);
      const piece = n === length ? parts : takeBytes(parts, n);
      this.transport.sendChunk(this.id, piece, n);
      this.sent += n;
      this.chunks++;
      this.maxInFlight = Math.max(this.maxInFlight, this.sent - (this.granted - this.firstGrant));
      length -= n;
    }
  }
}

/** Removes the first n bytes from parts (in place) and returns them as parts. */
function takeBytes(parts: Buffer[], n: number): Buffer[] {
  const out: Buffer[] = [];
  while (n > 0) {
    const head = parts[0];
    if (head.length <= n) {
      out.push(head);
      parts.shift();
      n -= head.length;
    } else {
      out.push(head.subarray(0, n));
      parts[0] = head.subarray(n);
      n = 0;
    }
  }
  return out;
}
