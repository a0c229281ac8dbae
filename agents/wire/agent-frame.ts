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
  readonly maxMessageSize: number;
  private failure: AgentProtocolError | null = null;
  private readonly header = Buffer.alloc(AGENT_FRAME_HEADER);
  private headerFilled = 0;
  private body: Buffer | null = null;
  private bodyFilled = 0;

  constructor(options: AgentFrameDecoderOptions = {}) {
    const max = options.maxMessageSize ?? AGENT_MAX_MESSAGE;
    if (!Number.isSafeInteger(max) || max < 1 || max > 0xffffffff) {
      throw new RangeError('maxMessageSize must be an integer between 1 and 2^32-1');
    }
    this.maxMessageSize = max;
  }

  /** True while a message has started and not finished: what a half-frame deadline watches. */
  hasPartial(): boolean {
    return this.headerFilled > 0 || this.body !== null;
  }

  bufferedBytes(): number {
    return this.body !== null ? AGENT_FRAME_HEADER + this.bodyFilled : this.headerFilled;
  }

  push(chunk: Buffer): Buffer[] {
    if (this.failure) throw this.failure;
    const out: Buffer[] = [];
    let off = 0;
    while (off < chunk.length) {
      if (this.body === null) {
        const n = Math.min(AGENT_FRAME_HEADER - this.headerFilled, chunk.length - off);
        chunk.copy(this.header, this.headerFilled, off, off + n);
        this.headerFilled += n;
        off += n;
        if (this.headerFilled < AGENT_FRAME_HEADER) break;
        this.startBody(out);
      } else {
        const n = Math.min(this.body.length - this.bodyFilled, chunk.length - off);
        chunk.copy(this.body, this.bodyFilled, off, off + n);
        this.bodyFilled += n;
        off += n;
        if (this.bodyFilled === this.body.length) this.finishBody(out);
      }
    }
    return out;
  }

  /** Validates the length before allocating; an empty message is legal framing and yields an empty buffer. */
  private startBody(out: Buffer[]): void {
    const length = this.header.readUInt32LE(0);
    this.headerFilled = 0;
    if (length > this.maxMessageSize) {
      this.failure = new AgentProtocolError('frame_too_large', `agent message of ${length} bytes is over the ${this.maxMessageSize}-byte limit`);
      throw this.failure;
    }
    this.body = Buffer.allocUnsafe(length);
    this.bodyFilled = 0;
    if (length === 0) this.finishBody(out);
  }

  private finishBody(out: Buffer[]): void {
    out.push(this.body as Buffer);
    this.body = null;
    this.bodyFilled = 0;
  }
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
