// The frame format. Header, 14 bytes, big-endian:
//   u32 length of everything after this field (10 + payload bytes)
//   u8  format version (1)
//   u8  kind: 0 = clear session-setup frame, 1 = sealed
//   u64 sequence number (0 for clear frames)
// then the payload (for sealed frames: ciphertext followed by the 16-byte GCM tag).
import { ProtocolError } from './errors';

export const FRAME_VERSION = 1;
export const HEADER_SIZE = 14;
/** Bytes of the header after the length field: counted in the length. */
export const HEADER_AFTER_LENGTH = HEADER_SIZE - 4;
export const MiB = 1024 * 1024;
/** Whole frame, header included: a 4 MiB payload plus room for the header, tag and envelope fields. */
export const DEFAULT_MAX_FRAME_SIZE = 4 * MiB + 1024;
/** u32 length field + 4 bytes: nothing may claim more. */
export const ABSOLUTE_MAX_FRAME_SIZE = 0xffffffff + 4;

export const FrameKind = { Clear: 0, Sealed: 1 } as const;
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

export interface Frame {
  kind: FrameKind;
  seq: number;
  /** The 14 header bytes: the sealed frame's additional authenticated data. */
  header: Buffer;
  payload: Buffer;
}

export interface FrameHeader {
  kind: FrameKind;
  seq: number;
  payloadLength: number;
}

const TWO_32 = 0x1_0000_0000;
/** Sequence numbers stay exact JS integers; 2^53 frames take millennia at line rate. */
const MAX_SEQ_HIGH = Math.floor(Number.MAX_SAFE_INTEGER / TWO_32);

/** Writes a header at offset 0 of target (at least 14 bytes). */
export function writeHeader(target: Buffer, kind: FrameKind, seq: number, payloadLength: number): void {
  target.writeUInt32BE(HEADER_AFTER_LENGTH + payloadLength, 0);
  target[4] = FRAME_VERSION;
  target[5] = kind;
  target.writeUInt32BE(Math.floor(seq / TWO_32), 6);
  target.writeUInt32BE(seq >>> 0, 10);
}

export function encodeHeader(kind: FrameKind, seq: number, payloadLength: number): Buffer {
  const header = Buffer.allocUnsafe(HEADER_SIZE);
  writeHeader(header, kind, seq, payloadLength);
  return header;
}

/** A whole frame in one buffer: what the session setup sends in clear. */
export function encodeFrame(kind: FrameKind, seq: number, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(HEADER_SIZE + payload.length);
  writeHeader(frame, kind, seq, payload.length);
  frame.set(payload, HEADER_SIZE);
  return frame;
}

/** Checks the length field alone, so an oversized frame is refused as soon as 4 bytes are in. */
export function checkLength(lengthField: number, maxFrameSize: number): void {
  if (lengthField < HEADER_AFTER_LENGTH) {
    throw new ProtocolError('bad_frame', `frame length ${lengthField} is shorter than its header`);
  }
  if (lengthField + 4 > maxFrameSize) {
    throw new ProtocolError('frame_too_large', `frame of ${lengthField + 4} bytes exceeds the maximum of ${maxFrameSize}`);
  }
}

/** Parses and validates the 14 bytes at offset; throws ProtocolError. */
export function parseHeader(buf: Buffer, offset: number, maxFrameSize: number): FrameHeader {
  const lengthField = buf.readUInt32BE(offset);
  checkLength(lengthField, maxFrameSize);
  const version = buf[offset + 4];
  if (version !== FRAME_VERSION) throw new ProtocolError('bad_version', `frame format version ${version}, expected ${FRAME_VERSION}`);
  const kind = buf[offset + 5];
  if (kind !== FrameKind.Clear && kind !== FrameKind.Sealed) throw new ProtocolError('bad_frame', `unknown frame kind ${kind}`);
  const high = buf.readUInt32BE(offset + 6);
  if (high > MAX_SEQ_HIGH) throw new ProtocolError('bad_frame', 'sequence number out of range');
  const seq = high * TWO_32 + buf.readUInt32BE(offset + 10);
  if (kind === FrameKind.Clear && seq !== 0) throw new ProtocolError('bad_frame', 'clear frame with a sequence number');
  return { kind, seq, payloadLength: lengthField - HEADER_AFTER_LENGTH };
}
