// Reading authd's one request line from a stream: bytes are pushed as they arrive, and the reader says
// when the line is complete or too long. Pure: no socket. Like authd, the newline is required; what
// follows it is ignored.

type LineEvent =
  | { kind: 'more' }
  /** The request without its newline. */
  | { kind: 'line'; line: string }
  /** `maxBytes` arrived with no newline among them. */
  | { kind: 'too_long'; received: number };

export class RequestLineReader {
  private readonly chunks: Buffer[] = [];
  private received = 0;
  private done = false;

  constructor(private readonly maxBytes: number) {
    if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new RangeError('maxBytes must be a positive integer');
  }

  /** Bytes buffered so far (tells a log line how much a client sent before it stopped). */
  get bufferedBytes(): number {
    return this.received;
  }

  push(chunk: Buffer): LineEvent {
    if (this.done) return { kind: 'more' };
    const nl = chunk.indexOf(0x0a);
    const take = nl < 0 ? chunk.length : nl;
    // The limit counts the line's bytes, newline excluded, so a line of exactly maxBytes is accepted.
    if (this.received + take > this.maxBytes) {
      this.done = true;
      return { kind: 'too_long', received: this.received + chunk.length };
    }
    this.chunks.push(chunk.subarray(0, take));
    this.received += take;
    if (nl < 0) return { kind: 'more' };
    this.done = true;
    return { kind: 'line', line: Buffer.concat(this.chunks).toString('utf8') };
  }
}
