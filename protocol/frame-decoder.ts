// A pure frame parser: bytes in, whole frames out. No socket, no clock.
//
// Errors are thrown, never returned: push() either returns the frames completed by this chunk or throws a
// ProtocolError ('frame_too_large', 'bad_version', 'bad_frame'). A decoder that threw is dead: every later
// push() throws the same error, so a caller can never resynchronise on garbage by accident.
//
// Memory: a frame that sits inside one chunk is returned as views into that chunk (no copy), so a caller that
// reuses its read buffer must consume the frames before the next push. A frame that spans chunks is copied
// once into a buffer of exactly its size, allocated only after its header passed validation; so the decoder
// never holds more than one frame (at most maxFrameSize bytes) plus a 14-byte header, and the two spares below.
//
// A caller that consumes every frame before its next push (Peer decrypts each at once) may have spanning
// frames assembled in two buffers kept for reuse (reuseAssembly): a stream's megabyte frames then cost no
// fresh allocation each, whose pages the kernel must fault in and the GC must later find and free.
//
// The limit can change between frames (setMaxFrameSize): a session setup reads with a small limit and
// raises it once the session is proven, from its pushEach() callback, before the next header is read.
import { ProtocolError } from './errors';
import { ABSOLUTE_MAX_FRAME_SIZE, checkLength, DEFAULT_MAX_FRAME_SIZE, Frame, FrameKind, HEADER_SIZE, parseHeader } from './frame';

export interface FrameDecoderOptions {
  /** Largest whole frame accepted, header included. */
  maxFrameSize?: number;
}

type Emit = (frame: Frame) => void;

function checkMax(max: number): number {
  if (!Number.isSafeInteger(max) || max < HEADER_SIZE || max > ABSOLUTE_MAX_FRAME_SIZE) {
    throw new RangeError(`maxFrameSize must be an integer between ${HEADER_SIZE} and ${ABSOLUTE_MAX_FRAME_SIZE}`);
  }
  return max;
}

export class FrameDecoder {
  private max: number;
  private failure: ProtocolError | null = null;
  /** Header bytes of a frame whose header spans chunks. */
  private headerBuf: Buffer | null = null;
  private headerFilled = 0;
  /** Whole-frame buffer (header + payload) of a frame whose payload spans chunks. */
  private frameBuf: Buffer | null = null;
  private frameFilled = 0;
  private frameKind: FrameKind = FrameKind.Clear;
  private frameSeq = 0;
  /** The frame the current step completed, if any. */
  private completed: Frame | null = null;
  /** Once reuse is on: frames up to this size are assembled in `spares`, taken in turn. */
  private reuseMax = 0;
  private readonly spares: (Buffer | null)[] = [null, null];
  private nextSpare = 0;

  constructor(options: FrameDecoderOptions = {}) {
    this.max = checkMax(options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE);
  }

  /** Largest whole frame accepted, header included. */
  get maxFrameSize(): number {
    return this.max;
  }

  /** Applies to every header read from now on (a frame already started keeps the size it announced). */
  setMaxFrameSize(max: number): void {
    this.max = checkMax(max);
  }

  /**
   * From now on, a frame of at most `maxBytes` that spans chunks is assembled in one of two buffers kept for
   * the purpose, taken in turn, instead of a fresh one. The frames a push() returns then stay valid only
   * until the next push(): one push can complete a frame and start the next, never two of either, so two
   * buffers are enough. For callers that consume each frame at once.
   */
  reuseAssembly(maxBytes: number): void {
    this.reuseMax = Math.min(maxBytes, this.max);
  }

  /** True while a frame has started and not finished: what the half-frame deadline watches. */
  hasPartial(): boolean {
    return this.headerFilled > 0 || this.frameBuf !== null;
  }

  /** Bytes held for the unfinished frame. */
  bufferedBytes(): number {
    return this.frameBuf !== null ? this.frameFilled : this.headerFilled;
  }

  push(chunk: Buffer): Frame[] {
    const frames: Frame[] = [];
    this.pushEach(chunk, (f) => frames.push(f));
    return frames;
  }

  /**
   * Like push(), but hands each frame to `each` as soon as it is complete, before the next header is read:
   * `each` may change the limit for the frames that follow. What `each` throws is thrown as is, and leaves
   * the decoder alive. Frames are views into the chunk, valid until `each` returns.
   */
  pushEach(chunk: Buffer, each: Emit): void {
    if (this.failure) throw this.failure;
    let off = 0;
    while (off < chunk.length) off = this.step(chunk, off, each);
  }

  /** Reads one piece (a header, a frame, or part of one; at most one frame completes); decoding errors kill the decoder. */
  private step(chunk: Buffer, off: number, each: Emit): number {
    let next: number;
    this.completed = null;
    try {
      if (this.frameBuf !== null) next = this.fillFrame(chunk, off);
      else if (this.headerFilled === 0 && chunk.length - off >= HEADER_SIZE) next = this.takeFrame(chunk, off);
      else next = this.fillHeader(chunk, off);
    } catch (err) {
      this.failure = err instanceof ProtocolError ? err : new ProtocolError('bad_frame', 'frame decoding failed', { cause: err });
      this.headerBuf = null;
      this.frameBuf = null;
      this.headerFilled = 0;
      throw this.failure;
    }
    const frame = this.completed;
    this.completed = null;
    if (frame) each(frame);
    return next;
  }

  /** Header inside the chunk: the frame is a view when whole, else it starts an assembly buffer. */
  private takeFrame(chunk: Buffer, off: number): number {
    const h = parseHeader(chunk, off, this.max);
    const end = off + HEADER_SIZE + h.payloadLength;
    if (end <= chunk.length) {
      this.completed = { kind: h.kind, seq: h.seq, header: chunk.subarray(off, off + HEADER_SIZE), payload: chunk.subarray(off + HEADER_SIZE, end) };
      return end;
    }
    this.startFrame(h.kind, h.seq, HEADER_SIZE + h.payloadLength);
    const frameBuf = this.frameBuf as Buffer;
    this.frameFilled = chunk.copy(frameBuf, 0, off);
    return chunk.length;
  }

  /** Header split across chunks: gather it in a 14-byte buffer, validating the length as soon as it is known. */
  private fillHeader(chunk: Buffer, off: number): number {
    if (this.headerBuf === null) this.headerBuf = Buffer.allocUnsafe(HEADER_SIZE);
    const header = this.headerBuf;
    const n = Math.min(HEADER_SIZE - this.headerFilled, chunk.length - off);
    chunk.copy(header, this.headerFilled, off, off + n);
    const before = this.headerFilled;
    this.headerFilled += n;
    if (before < 4 && this.headerFilled >= 4) checkLength(header.readUInt32BE(0), this.max);
    if (this.headerFilled < HEADER_SIZE) return off + n;
    const h = parseHeader(header, 0, this.max);
    this.headerBuf = null;
    this.headerFilled = 0;
    if (h.payloadLength === 0) {
      this.completed = { kind: h.kind, seq: h.seq, header, payload: header.subarray(HEADER_SIZE) };
      return off + n;
    }
    this.startFrame(h.kind, h.seq, HEADER_SIZE + h.payloadLength);
    header.copy(this.frameBuf as Buffer, 0);
    this.frameFilled = HEADER_SIZE;
    return off + n;
  }

  private fillFrame(chunk: Buffer, off: number): number {
    const frameBuf = this.frameBuf as Buffer;
    const n = Math.min(frameBuf.length - this.frameFilled, chunk.length - off);
    chunk.copy(frameBuf, this.frameFilled, off, off + n);
    this.frameFilled += n;
    if (this.frameFilled === frameBuf.length) {
      this.completed = { kind: this.frameKind, seq: this.frameSeq, header: frameBuf.subarray(0, HEADER_SIZE), payload: frameBuf.subarray(HEADER_SIZE) };
      this.frameBuf = null;
      this.frameFilled = 0;
    }
    return off + n;
  }

  private startFrame(kind: FrameKind, seq: number, size: number): void {
    this.frameKind = kind;
    this.frameSeq = seq;
    // allocUnsafe is safe here: every byte is overwritten before the frame is handed out.
    this.frameBuf = size <= this.reuseMax ? this.spare(size) : Buffer.allocUnsafe(size);
    this.frameFilled = 0;
  }

  private spare(size: number): Buffer {
    const i = this.nextSpare;
    this.nextSpare = 1 - i;
    let buf = this.spares[i];
    if (buf === null || buf.length < size) buf = this.spares[i] = Buffer.allocUnsafe(this.reuseMax);
    return buf.subarray(0, size);
  }
}
