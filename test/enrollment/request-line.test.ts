import { RequestLineReader } from '../../agents/server/request-line';

function feed(reader: RequestLineReader, chunks: string[]) {
  return chunks.map((c) => reader.push(Buffer.from(c)));
}

describe('RequestLineReader', () => {
  test.each([
    ['one chunk', ["OSSEC A:'a1'\n"], "OSSEC A:'a1'"],
    ['bytes after the newline are ignored', ["OSSEC A:'a1'\nmore\n"], "OSSEC A:'a1'"],
    ['an empty line', ['\n'], ''],
  ])('%s', (_what, chunks, line) => {
    const events = feed(new RequestLineReader(64), chunks);
    expect(events[events.length - 1]).toEqual({ kind: 'line', line });
  });

  test('a UTF-8 character split between chunks is decoded whole', () => {
    const bytes = Buffer.from("A:'\u00e9'\n", 'utf8');
    const at = bytes.indexOf(0xc3) + 1; // between the two bytes of é
    const r = new RequestLineReader(64);
    expect(r.push(bytes.subarray(0, at))).toEqual({ kind: 'more' });
    expect(r.push(bytes.subarray(at))).toEqual({ kind: 'line', line: "A:'\u00e9'" });
  });

  test('a line split at every byte reads the same', () => {
    const text = "OSSEC PASS: p OSSEC A:'agent-1' V:'v4.14.7' G:'web' IP:'src'\n";
    for (let cut = 1; cut < text.length; cut++) {
      const r = new RequestLineReader(1024);
      expect(r.push(Buffer.from(text.slice(0, cut)))).toEqual({ kind: 'more' });
      expect(r.push(Buffer.from(text.slice(cut)))).toEqual({ kind: 'line', line: text.slice(0, -1) });
    }
  });

  test.each([
    ['exactly the limit', 'x'.repeat(8) + '\n', 'line'],
    ['one over, in one chunk', 'x'.repeat(9) + '\n', 'too_long'],
    ['one over, without a newline', 'x'.repeat(9), 'too_long'],
    ['under, no newline yet', 'x'.repeat(8), 'more'],
  ])('limit of 8 bytes: %s', (_what, text, kind) => {
    expect(new RequestLineReader(8).push(Buffer.from(text)).kind).toBe(kind);
  });

  test('the limit counts across chunks, and nothing is read after the verdict', () => {
    const r = new RequestLineReader(8);
    expect(feed(r, ['xxxx', 'xxxx']).map((e) => e.kind)).toEqual(['more', 'more']);
    expect(r.bufferedBytes).toBe(8);
    expect(r.push(Buffer.from('x'))).toEqual({ kind: 'too_long', received: 9 });
    expect(r.push(Buffer.from('\n'))).toEqual({ kind: 'more' });
    expect(() => new RequestLineReader(0)).toThrow(RangeError);
  });
});
