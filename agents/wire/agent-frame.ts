// TCP framing of the agent port (1514), both directions: uint32 little-endian length, then the message.
// Pure: push(chunk) returns whole messages or throws; no socket, no clock.
//
// The length is checked against the maximum before any buffer is allocated for the message, so a peer
// can never make us reserve more than maxMessageSize bytes. A decoder that threw stays dead: the caller
// must close the connection (Wazuh's remoted does the same), never resynchronise on garbage.
import { AgentProtocolError } from '../errors';

/** remoted's OS_MAXSTR: a longer length closes the connection. */
export const AGENT_MAX_MESSAGE = 65536;
const AGENT_FRAME_HEADER = 4;

interface AgentFrameDecoderOptions {
  maxMessageSize?: number;
}

export class AgentFrameDecoder {
  private maxSize: number;
  private failure: AgentProtocolError | null = null;
  private readonly header = Buffer.alloc(AGENT_FRAME_HEADER);
  private headerFilled = 0;
  private body: Buffer | null = null;
  private bodyFilled = 0;
  /** Bytes fed and not yet read (next() reads them one frame at a time). */
  private pending: Buffer | null = null;
  private pendingAt = 0;

  constructor(options: AgentFrameDecoderOptions = {}) {
    this.maxSize = checkedMax(options.maxMessageSize ?? AGENT_MAX_MESSAGE);
  }

  get maxMessageSize(): number {
    return this.maxSize;
  }

  /** Changes the maximum for the frames not yet started (a peer that proved its key may send more). */
  setMaxMessageSize(max: number): void {
    this.maxSize = checkedMax(max);
  }

  /** True while a message has started and not finished: what a half-frame deadline watches. */
  hasPartial(): boolean {
    return this.headerFilled > 0 || this.body !== null;
  }

  /** Bytes held: the frame in progress and what was fed but not read yet. */
  bufferedBytes(): number {
    const partial = this.body !== null ? AGENT_FRAME_HEADER + this.bodyFilled : this.headerFilled;
    return partial + (this.pending ? this.pending.length - this.pendingAt : 0);
  }

  /** Every whole message of the stream so far (feed, then next() until null). */
  push(chunk: Buffer): Buffer[] {
    this.feed(chunk);
    const out: Buffer[] = [];
    for (let m = this.next(); m !== null; m = this.next()) out.push(m);
    return out;
  }

  /** Takes bytes without reading them: the caller reads messages one at a time with next(). */
  feed(chunk: Buffer): void {
    if (this.failure) throw this.failure;
    if (chunk.length === 0) return;
    if (this.pending === null) {
      this.pending = chunk;
      this.pendingAt = 0;
    } else {
      this.pending = Buffer.concat([this.pending.subarray(this.pendingAt), chunk]);
      this.pendingAt = 0;
    }
  }

  /**
   * The next whole message, or null until more bytes come. Reads no further than that message, so a
   * maximum changed between two calls applies to the next frame.
   */
  next(): Buffer | null {
    if (this.failure) throw this.failure;
    while (this.pending !== null) {
      const chunk = this.pending;
      let off = this.pendingAt;
      let done: Buffer | null = null;
      if (this.body === null) {
        const n = Math.min(AGENT_FRAME_HEADER - this.headerFilled, chunk.length - off);
        chunk.copy(this.header, this.headerFilled, off, off + n);
        this.headerFilled += n;
        off += n;
        if (this.headerFilled === AGENT_FRAME_HEADER) done = this.startBody();
      } else {
        const n = Math.min(this.body.length - this.bodyFilled, chunk.length - off);
        chunk.copy(this.body, this.bodyFilled, off, off + n);
        this.bodyFilled += n;
        off += n;
        if (this.bodyFilled === this.body.length) done = this.finishBody();
      }
      if (off >= chunk.length) this.pending = null;
      else this.pendingAt = off;
      if (done) return done;
    }
    return null;
  }

  /**
   * Copies the bytes not yet read out of the chunk they came in, so that a caller holding them for a
   * while holds only them, not the whole socket read (up to 64 KiB) they are a slice of.
   */
  compact(): void {
    if (this.pending === null || (this.pendingAt === 0 && this.pending.buffer.byteLength === this.pending.length)) return;
    this.pending = Buffer.from(this.pending.subarray(this.pendingAt));
    this.pendingAt = 0;
  }

  /** Validates the length before allocating; an empty message is legal framing and yields an empty buffer. */
  private startBody(): Buffer | null {
    const length = this.header.readUInt32LE(0);
    this.headerFilled = 0;
    if (length > this.maxSize) {
      this.failure = new AgentProtocolError('frame_too_large', `agent message of ${length} bytes is over the ${this.maxSize}-byte limit`);
      this.pending = null;
      throw this.failure;
    }
    this.body = Buffer.allocUnsafe(length);
    this.bodyFilled = 0;
    return length === 0 ? this.finishBody() : null;
  }

  private finishBody(): Buffer {
    const out = this.body as Buffer;
    this.body = null;
    this.bodyFilled = 0;
    return out;
  }
}

function checkedMax(max: number): number {
  if (!Number.isSafeInteger(max) || max < 1 || max > 0xffffffff) {
    throw new RangeError('maxMessageSize must be an integer between 1 and 2^32-1');
  }
  return max;
}

/** Prefixes a message with its length; refuses what the other side would refuse. */
export function encodeAgentFrame(message: Buffer | string, maxMessageSize = AGENT_MAX_MESSAGE): Buffer {
  const body = typeof message === 'string' ? Buffer.from(message, 'latin1') : message;
  if (body.length > maxMessageSize) {
    throw new AgentProtocolError('frame_too_large', `agent message of ${body.length} bytes is over the ${maxMessageSize}-byte limit`);
  }
  const frame = Buffer.allocUnsafe(AGENT_FRAME_HEADER + body.length);
  frame.writeUInt32LE(body.length, 0);
  body.copy(frame, AGENT_FRAME_HEADER);
  return frame;
}

const PING = Buffer.from('#ping', 'latin1');
const PONG = Buffer.from('#pong', 'latin1');

/** remoted answers any message that starts with the plaintext `#ping` with `#pong`, before any decryption. */
export function isAgentPing(message: Buffer): boolean {
  return message.length >= PING.length && message.subarray(0, PING.length).equals(PING);
}

/** The reply to a ping (the message, not the frame). */
export function agentPong(): Buffer {
  return Buffer.from(PONG);
}

/** The ping a client sends, as a message. */
export function agentPing(): Buffer {
  return Buffer.from(PING);
}
