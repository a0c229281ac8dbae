// The receiving side of one stream, without a connection: chunks come out as they were pushed (never
// joined into one copy), sized reads still work, and credit follows what the consumer took.
import { IncomingStream } from '../../protocol/stream-incoming';

const WINDOW = 64 * 1024;

function makeStream(): { s: IncomingStream; grants: number[] } {
  const grants: number[] = [];
  const s = new IncomingStream({ streamId: 7, kind: 'test', name: 'test', size: 0, metaJson: '' }, WINDOW, {
    grant: (_id, bytes) => grants.push(bytes),
    abort: () => undefined,
    done: () => undefined,
  });
  s.start();
  return { s, grants };
}

const chunk = (n: number, fill: number): Buffer => Buffer.alloc(n, fill);

describe('IncomingStream', () => {
  test('async iteration yields each pushed chunk as it was, even when several wait', async () => {
    const { s } = makeStream();
    const pushed = [chunk(1000, 1), chunk(5000, 2), chunk(3, 3), chunk(20_000, 4)];
    for (const c of pushed) s.onChunk(c);
    s.onEnd();
    const got: Buffer[] = [];
    for await (const c of s.readable) got.push(c as Buffer);
    expect(got.map((c) => c.length)).toEqual(pushed.map((c) => c.length));
    got.forEach((c, i) => expect(c.equals(pushed[i])).toBe(true));
  });

  test('a sized read takes part of a chunk; iteration then goes on from the rest of it', async () => {
    const { s } = makeStream();
    s.onChunk(Buffer.from('abcdef'));
    s.onChunk(Buffer.from('ghij'));
    s.onEnd();
    expect((s.readable.read(2) as Buffer).toString()).toBe('ab');
    expect((s.readable.read(6) as Buffer).toString()).toBe('cdefgh'); // across the two chunks
    const rest: string[] = [];
    for await (const c of s.readable) rest.push((c as Buffer).toString());
    expect(rest).toEqual(['ij']);
  });

  test('credit is granted again for what the consumer took, once a quarter of the window is free', async () => {
    const { s, grants } = makeStream();
    expect(grants).toEqual([WINDOW]);
    for (let i = 0; i < 4; i++) s.onChunk(chunk(WINDOW / 4, i));
    expect(grants).toEqual([WINDOW]); // nothing taken yet
    const it = s.readable[Symbol.asyncIterator]();
    const first = await it.next();
    expect((first.value as Buffer).length).toBe(WINDOW / 4);
    expect(grants).toEqual([WINDOW, WINDOW / 4]);
    s.onEnd();
    let n = 1;
    while (!(await it.next()).done) n++;
    expect(n).toBe(4);
  });
});
