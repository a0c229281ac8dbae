// Options of a Peer, parsed once into a typed object; every problem is reported at once.
import { DEFAULT_MAX_FRAME_SIZE, HEADER_SIZE, MiB } from './frame';
import { TAG_SIZE } from './session-crypto';
import { type Clock, systemClock } from '../lib/clock';

export interface PeerOptions {
  /** Largest whole frame accepted or sent, header included (default 4 MiB + 1 KiB). */
  maxFrameSize?: number;
  /** Deadline of a request without its own (default 20 s). */
  requestTimeoutMs?: number;
  /** Deadline of the whole session setup, connect included (default 5 s). */
  handshakeTimeoutMs?: number;
  /** How long a frame may stay half-received (default 10 s). */
  halfFrameTimeoutMs?: number;
  /** Largest data of one stream chunk (default 1 MiB). */
  streamChunkSize?: number;
  /** Bytes a stream sender may have in flight: the receiver's window (default 8 MiB). */
  streamWindow?: number;
  /** A stream sender waiting this long for credit fails with 'stream_stalled' (default 60 s). */
  streamStallTimeoutMs?: number;
  /** Incoming streams open at once; more are aborted with 'too_many_streams' (default 64). */
  maxIncomingStreams?: number;
  /** send() returns false once this many bytes wait to be written (default 1 MiB). */
  writeHighWaterMark?: number;
  /** Bytes waiting to be written past which the connection is closed with 'send_queue_full' (default 64 MiB). */
  maxWriteQueue?: number;
  /** What request deadlines and stalled streams are timed by (default: the system's clock). */
  clock?: Clock;
}

type Limits = Required<Omit<PeerOptions, 'clock'>>;
export type ResolvedPeerOptions = Limits & { clock: Clock };

const LIMIT_DEFAULTS: Limits = {
  maxFrameSize: DEFAULT_MAX_FRAME_SIZE,
  requestTimeoutMs: 20_000,
  handshakeTimeoutMs: 5_000,
  halfFrameTimeoutMs: 10_000,
  streamChunkSize: MiB,
  streamWindow: 8 * MiB,
  streamStallTimeoutMs: 60_000,
  maxIncomingStreams: 64,
  writeHighWaterMark: MiB,
  maxWriteQueue: 64 * MiB,
};

export const PEER_DEFAULTS: ResolvedPeerOptions = { ...LIMIT_DEFAULTS, clock: systemClock };

/** Room a stream chunk needs around its data: frame header, tag, envelope and chunk fields. */
export const STREAM_CHUNK_OVERHEAD = HEADER_SIZE + TAG_SIZE + 32;

export function resolvePeerOptions(options: PeerOptions = {}): ResolvedPeerOptions {
  const o: ResolvedPeerOptions = { ...PEER_DEFAULTS, clock: options.clock ?? systemClock };
  const problems: string[] = [];
  for (const key of Object.keys(LIMIT_DEFAULTS) as (keyof Limits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) problems.push(`${key} must be a positive integer (got ${String(value)})`);
    else o[key] = value;
  }
  if (o.maxFrameSize < HEADER_SIZE + TAG_SIZE + 64) problems.push(`maxFrameSize ${o.maxFrameSize} is too small for any message`);
  if (o.streamChunkSize + STREAM_CHUNK_OVERHEAD > o.maxFrameSize) {
    problems.push(`streamChunkSize ${o.streamChunkSize} does not fit in maxFrameSize ${o.maxFrameSize}`);
  }
  if (o.streamWindow < o.streamChunkSize) problems.push(`streamWindow ${o.streamWindow} is smaller than streamChunkSize ${o.streamChunkSize}`);
  if (o.maxWriteQueue < o.writeHighWaterMark + o.maxFrameSize) {
    problems.push(`maxWriteQueue ${o.maxWriteQueue} must exceed writeHighWaterMark + maxFrameSize`);
  }
  if (problems.length > 0) throw new RangeError(`invalid peer options: ${problems.join('; ')}`);
  return o;
}
