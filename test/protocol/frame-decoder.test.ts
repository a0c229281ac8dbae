// The pure frame parser: every split, several frames per chunk, oversized lengths, arbitrary bytes.
import fc from 'fast-check';
import { ProtocolError } from '../../protocol/errors';
import { encodeFrame, Frame, FrameKind, HEADER_SIZE } from '../../protocol/frame';
import { FrameDecoder } from '../../protocol/frame-decoder';

const MAX = 64 * 1024;

function sealedFrame(seq: number, payload: Buffer): Buffer {
  return encodeFrame(FrameKind.Sealed, seq, payload);
}

function simplify(frames: Frame[]): { kind: number; seq: number; payload: string }[] {
  return frames.map((f) => ({ kind: f.kind, seq: f.seq, payload: f.payload.toString('hex') }));
}

/** The bytes cut at the given points (taken modulo the length), in order. */
function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => (bytes.length ? c % bytes.length : 0)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  return chunks;
}

const framesOf = (items: { seq: number; payload: Uint8Array }[]) => items.map((i) => ({ seq: i.seq, payload: Buffer.from(i.payload).toString('hex') }));

function decodeAll(chunks: Buffer[], maxFrameSize = MAX): Frame[] {
  const d = new FrameDecoder({ maxFrameSize });
  return chunks.flatMap((c) => d.push(c));
}

describe('FrameDecoder', () => {
  const frames = [
    encodeFrame(FrameKind.Clear, 0, Buffer.from('setup')),
    sealedFrame(1, Buffer.alloc(0)),
    sealedFrame(2, Buffer.from('0123456789abcdef0123456789')),
    sealedFrame(0x1_0000_0003, Buffer.alloc(300, 7)), // a sequence above 32 bits
  ];
  const stream = Buffer.concat(frames);
  const expected = [
    { kind: 0, seq: 0, payload: Buffer.from('setup').toString('hex') },
    { kind: 1, seq: 1, payload: '' },
    { kind: 1, seq: 2, payload: Buffer.from('0123456789abcdef0123456789').toString('hex') },
    { kind: 1, seq: 0x1_0000_0003, payload: Buffer.alloc(300, 7).toString('hex') },
  ];

  test('several frames in one chunk come out whole, as views into the chunk', () => {
    const out = decodeAll([stream]);
    expect(simplify(out)).toEqual(expected);
    expect(out[2].payload.buffer).toBe(stream.buffer); // no copy
    expect(out[2].header.equals(frames[2].subarray(0, HEADER_SIZE))).toBe(true);
  });

  test('split at every byte position, the frames are the same', () => {
    for (let at = 0; at <= stream.length; at++) {
      expect(simplify(decodeAll([stream.subarray(0, at), stream.subarray(at)]))).toEqual(expected);
    }
  });

  test('fed one byte at a time, the frames are the same and hasPartial tracks them', () => {
    const d = new FrameDecoder({ maxFrameSize: MAX });
    const out: Frame[] = [];
    const boundaries = new Set<number>();
    let end = 0;
    for (const f of frames) boundaries.add((end += f.length));
    for (let i = 0; i < stream.length; i++) {
      out.push(...d.push(stream.subarray(i, i + 1)));
      expect(d.hasPartial()).toBe(!boundaries.has(i + 1));
    }
    expect(simplify(out)).toEqual(expected);
    expect(d.bufferedBytes()).toBe(0);
  });

  test.each([
    { what: 'a header declaring 4 GiB', bytes: Buffer.from([0xff, 0xff, 0xff, 0xff]), code: 'frame_too_large' },
    { what: 'one byte over the maximum', bytes: (() => { const b = Buffer.alloc(4); b.writeUInt32BE(MAX - 4 + 1); return b; })(), code: 'frame_too_large' },
    { what: 'a length shorter than the header', bytes: Buffer.from([0, 0, 0, 9, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]), code: 'bad_frame' },
    { what: 'format version 2', bytes: Buffer.from([0, 0, 0, 10, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1]), code: 'bad_version' },
    { what: 'an unknown kind', bytes: Buffer.from([0, 0, 0, 10, 1, 9, 0, 0, 0, 0, 0, 0, 0, 1]), code: 'bad_frame' },
    { what: 'a clear frame with a sequence', bytes: Buffer.from([0, 0, 0, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5]), code: 'bad_frame' },
    { what: 'a sequence beyond 2^53', bytes: Buffer.from([0, 0, 0, 10, 1, 1, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1]), code: 'bad_frame' },
  ])('$what is refused with $code', ({ bytes, code }) => {
    const d = new FrameDecoder({ maxFrameSize: MAX });
    expect(() => d.push(bytes)).toThrow(expect.objectContaining({ code }));
    // A decoder that failed stays failed.
    expect(() => d.push(sealedFrame(1, Buffer.from('x')))).toThrow(ProtocolError);
  });

  test('an oversized length is refused before any allocation, from its first 4 bytes', () => {
    const spy = jest.spyOn(Buffer, 'allocUnsafe');
    try {
      const d = new FrameDecoder({ maxFrameSize: MAX });
      d.push(Buffer.from([0xff, 0xff]));
      expect(() => d.push(Buffer.from([0xff, 0xff]))).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
      expect(spy.mock.calls.every(([size]) => size <= HEADER_SIZE)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  test('a frame spanning chunks is assembled into one buffer of exactly its size', () => {
    const big = sealedFrame(1, Buffer.alloc(10_000, 1));
    const d = new FrameDecoder({ maxFrameSize: MAX });
    expect(d.push(big.subarray(0, 20))).toEqual([]);
    expect(d.bufferedBytes()).toBe(20);
    expect(d.push(big.subarray(20, 5000))).toEqual([]);
    const [f] = d.push(big.subarray(5000));
    expect(f.payload.equals(Buffer.alloc(10_000, 1))).toBe(true);
    expect(f.payload.buffer.byteLength).toBeGreaterThanOrEqual(10_014);
    expect(d.hasPartial()).toBe(false);
  });

  test('property: frames split randomly decode to what was encoded', () => {
    const frameArb = fc.record({ seq: fc.integer({ min: 1, max: 2 ** 40 }), payload: fc.uint8Array({ maxLength: 2000 }) });
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (items, cuts) => {
        const bytes = Buffer.concat(items.map((i) => sealedFrame(i.seq, Buffer.from(i.payload))));
        expect(framesOf(decodeAll(splitAt(bytes, cuts)))).toEqual(framesOf(items));
      }),
      { numRuns: 300 },
    );
  });

  test('property: with reuseAssembly, frames consumed after each push are what was encoded', () => {
    const frameArb = fc.record({ seq: fc.integer({ min: 1, max: 2 ** 40 }), payload: fc.uint8Array({ maxLength: 3000 }) });
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 14 }), (items, cuts) => {
        const bytes = Buffer.concat(items.map((i) => sealedFrame(i.seq, Buffer.from(i.payload))));
        const d = new FrameDecoder({ maxFrameSize: MAX });
        d.reuseAssembly(2000); // frames above it spanning chunks still get buffers of their own
        // Each push's frames consumed before the next push, as the contract says: a later push may overwrite them.
        const out = splitAt(bytes, cuts).flatMap((chunk) => framesOf(d.push(chunk)));
        expect(out).toEqual(framesOf(items));
      }),
      { numRuns: 300 },
    );
  });

  test('with reuseAssembly, spanning frames take turns in two buffers; bigger ones get their own', () => {
    const d = new FrameDecoder({ maxFrameSize: MAX });
    d.reuseAssembly(5000);
    const seen = new Set<ArrayBufferLike>();
    for (let i = 1; i <= 6; i++) {
      const f = sealedFrame(i, Buffer.alloc(1000 + i, i));
      expect(d.push(f.subarray(0, 100))).toEqual([]);
      const [out] = d.push(f.subarray(100));
      expect(out.payload.equals(Buffer.alloc(1000 + i, i))).toBe(true);
      seen.add(out.payload.buffer);
    }
    expect(seen.size).toBe(2);
    const big = sealedFrame(7, Buffer.alloc(6000, 7));
    d.push(big.subarray(0, 10));
    const [out] = d.push(big.subarray(10));
    expect(seen.has(out.payload.buffer)).toBe(false);
    expect(out.payload.equals(Buffer.alloc(6000, 7))).toBe(true);
  });

  test('property: arbitrary bytes never crash the decoder: frames or a ProtocolError', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 6 }), (chunks) => {
        const d = new FrameDecoder({ maxFrameSize: 1024 });
        try {
          for (const c of chunks) for (const f of d.push(Buffer.from(c))) expect(f.header.length).toBe(HEADER_SIZE);
        } catch (err) {
          expect(err).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('options are checked', () => {
    expect(() => new FrameDecoder({ maxFrameSize: 3 })).toThrow(RangeError);
    expect(new FrameDecoder().maxFrameSize).toBe(4 * 1024 * 1024 + 1024);
  });
});

describe('FrameDecoder limits that change between frames', () => {
  test('pushEach hands each frame over before the next header is read, so the limit can be raised in between', () => {
    const small = encodeFrame(FrameKind.Clear, 0, Buffer.alloc(10));
    const big = encodeFrame(FrameKind.Sealed, 1, Buffer.alloc(5_000));
    const d = new FrameDecoder({ maxFrameSize: 100 });
    const seen: number[] = [];
    d.pushEach(Buffer.concat([small, big]), (f) => {
      seen.push(f.payload.length);
      d.setMaxFrameSize(10_000);
    });
    expect(seen).toEqual([10, 5_000]);
  });

  test('without the raise, the same bytes fail on the second frame', () => {
    const d = new FrameDecoder({ maxFrameSize: 100 });
    const both = Buffer.concat([encodeFrame(FrameKind.Clear, 0, Buffer.alloc(10)), encodeFrame(FrameKind.Sealed, 1, Buffer.alloc(5_000))]);
    expect(() => d.push(both)).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
    expect(() => d.setMaxFrameSize(HEADER_SIZE - 1)).toThrow(RangeError);
  });
});
