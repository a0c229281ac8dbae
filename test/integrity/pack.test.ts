// Packs: the decoder split at every byte, hostile headers, grouping, and a pack staged end to end
// (small files whole, a big one in chunks, a bad MD5 refused alone, a pack cut short).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodePackHeader, PackDecoder, parsePackMeta, packMetaJson, type PackEvent, type PackHeader } from '../../actors/integrity/file-pack';
import { groupIntoPacks, PACK_SCRATCH_BYTES, packSource } from '../../actors/integrity/pack-source';
import { receivePack, WHOLE_STAGE_MAX } from '../../actors/integrity/pack-receiver';
import { Staging } from '../../actors/integrity/staging';
import { md5, removeDir, tempDir, writeTree } from './helpers';

const header = (p: string, content: Buffer | string, over: Partial<PackHeader> = {}): PackHeader =>
  ({ path: p, md5: md5(content), size: Buffer.byteLength(content), mode: 0o640, mtimeMs: 1_700_000_000_000, ...over });
const record = (p: string, content: string): Buffer[] => [encodePackHeader(header(p, content)), Buffer.from(content)];

/** Files rebuilt from events: path -> content, and the error if any. */
function replay(events: PackEvent[]): { files: Record<string, string>; error?: string } {
  const files: Record<string, string> = {};
  let cur: string | undefined, parts: Buffer[] = [], error: string | undefined;
  for (const e of events) {
    if (e.type === 'file') { cur = e.header.path; parts = []; }
    else if (e.type === 'data') parts.push(Buffer.from(e.data));
    else if (e.type === 'end') files[cur!] = Buffer.concat(parts).toString();
    else error = e.error.message;
  }
  return { files, error };
}

describe('pack decoder', () => {
  const bytes = Buffer.concat([...record('etc/rules/a.xml', 'alpha'), ...record('etc/lists/empty', ''), ...record('etc/rules/b.xml', 'bravo!')]);
  const want = { 'etc/rules/a.xml': 'alpha', 'etc/lists/empty': '', 'etc/rules/b.xml': 'bravo!' };

  test('gives the same files however the bytes are split', () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new PackDecoder();
      const r = replay([...d.push(bytes.subarray(0, cut)), ...d.push(bytes.subarray(cut))]);
      expect(r).toEqual({ files: want });
      expect(() => d.finish()).not.toThrow();
    }
    const d = new PackDecoder();
    const events = [...bytes].flatMap((b) => d.push(Buffer.from([b])));
    expect(replay(events)).toEqual({ files: want });
  });

  test.each([
    { what: 'a zero header length', bytes: Buffer.from([0, 0, 0, 0]), error: /header of 0 bytes/ },
    { what: 'a huge header length', bytes: Buffer.from([0x7f, 0, 0, 0]), error: /header of \d+ bytes/ },
    { what: 'a header that is not JSON', bytes: Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]), error: /not JSON/ },
    { what: 'a negative size', bytes: encodePackHeader(header('etc/rules/a', 'x', { size: -1 })), error: /malformed pack header/ },
    { what: 'a fractional size', bytes: encodePackHeader(header('etc/rules/a', 'x', { size: 1.5 })), error: /malformed pack header/ },
  ])('$what ends the pack with an error, after the files before it', ({ bytes: bad, error }) => {
    const d = new PackDecoder();
    const r = replay(d.push(Buffer.concat([...record('etc/rules/ok', 'ok'), bad])));
    expect(r.files).toEqual({ 'etc/rules/ok': 'ok' });
    expect(r.error).toMatch(error);
    expect(d.push(Buffer.from('more'))).toEqual([expect.objectContaining({ type: 'error' })]);
  });

  test('a header encoded from a path and a table entry is the one encoded from a whole header', () => {
    const h = header('etc/rules/ü.xml', 'x');
    const { path: rel, ...entry } = h;
    expect(encodePackHeader(rel, entry)).toEqual(encodePackHeader(h));
    expect(new PackDecoder().push(encodePackHeader(rel, entry))).toEqual([{ type: 'file', header: h }]);
  });

  test('a pack cut inside a file or a header is refused at its end', () => {
    for (const cut of [2, 10, bytes.length - 1]) {
      const d = new PackDecoder();
      d.push(bytes.subarray(0, cut));
      expect(() => d.finish()).toThrow(/pack ended inside/);
    }
  });

  test('pack announcements', () => {
    expect(parsePackMeta(packMetaJson(42))).toBe(42);
    expect(() => parsePackMeta('nope')).toThrow(/not JSON/);
    expect(() => parsePackMeta('{"syncId":"1"}')).toThrow(/malformed/);
  });
});

describe('grouping into packs', () => {
  test.each([
    { what: 'small files share packs up to maxFiles', sizes: [1, 1, 1, 1, 1], limits: { maxBytes: 100, maxFiles: 2 }, want: [2, 2, 1] },
    { what: 'bytes close a pack', sizes: [40, 40, 40, 10], limits: { maxBytes: 100, maxFiles: 10 }, want: [2, 2] },
    { what: 'a big file travels alone', sizes: [10, 500, 10], limits: { maxBytes: 100, maxFiles: 10 }, want: [1, 1, 1] },
    { what: 'nothing to send', sizes: [], limits: { maxBytes: 100, maxFiles: 10 }, want: [] },
  ])('$what', ({ sizes, limits, want }) => {
    const t = new Map(sizes.map((size, i) => [`etc/rules/f${i}`, { md5: md5(String(i)), size, mtimeMs: 1, mode: 0o640 }]));
    const packs = groupIntoPacks([...t.keys()], t, limits);
    expect(packs.map((p) => p.length)).toEqual(want);
    expect(packs.flat()).toEqual([...t.keys()]);
  });
});

describe('a pack from the master files to the worker staging', () => {
  let root: string;
  beforeEach(() => { root = tempDir(); });
  afterEach(() => removeDir(root));

  test('small and big files stage; a changed file is left out; a bad MD5 is refused alone', async () => {
    const master = path.join(root, 'master'), worker = path.join(root, 'worker');
    const big = Buffer.alloc(WHOLE_STAGE_MAX * 3 + 17, 'big block ');
    writeTree(master, { 'etc/rules/a.xml': 'alpha', 'etc/lists/empty': '', 'etc/decoders/big.xml': big, 'etc/rules/moved.xml': 'before' });
    const entry = (c: string | Buffer, mode = 0o640) => ({ md5: md5(c), size: Buffer.byteLength(c), mtimeMs: 1, mode });
    const t = new Map([
      ['etc/rules/a.xml', entry('alpha')], ['etc/lists/empty', entry('')], ['etc/decoders/big.xml', entry(big, 0o600)], ['etc/rules/moved.xml', entry('before')],
    ]);
    fs.writeFileSync(path.join(master, 'etc/rules/moved.xml'), 'changed since the scan');
    const failed: string[] = [];
    const chunks: Buffer[] = [];
    for await (const b of packSource(master, [...t.keys()], t, failed)) chunks.push(b);
    expect(failed).toEqual(['etc/rules/moved.xml']);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1024 * 1024);

    // With a scratch buffer, small files are read into it: the same bytes when each value is copied before
    // the next is pulled (as Peer.sendStream does), and no buffer of its own per small file.
    const scratch = Buffer.alloc(PACK_SCRATCH_BYTES);
    const copied: Buffer[] = [];
    let inScratch = 0;
    for await (const b of packSource(master, [...t.keys()], t, [], scratch)) {
      if (b.buffer === scratch.buffer) inScratch++;
      copied.push(Buffer.from(b));
    }
    expect(Buffer.concat(copied).equals(Buffer.concat(chunks))).toBe(true);
    expect(inScratch).toBe(1); // a.xml: the empty list yields no content, big.xml comes in pieces of its own

    // The bytes of a.xml tampered with on the way: refused alone, the others stage.
    const bytes = Buffer.concat(chunks);
    const at = bytes.indexOf('alpha');
    bytes.write('ALPHA', at);
    const staging = await Staging.open({ dataDir: worker, durable: false });
    const refused: string[] = [];
    const out = await receivePack(staging, (function* () { for (let i = 0; i < bytes.length; i += 100_000) yield bytes.subarray(i, i + 100_000); })(), (p, err) => refused.push(`${p}: ${err.message}`));
    expect(out).toEqual({ staged: 2, refused: 1 });
    expect(refused.join('\n')).toMatch(/etc\/rules\/a\.xml: .*does not match the announced/);
    const staged = Object.fromEntries(staging.entries.map((e) => [e.rel, fs.readFileSync(path.join(staging.dir, e.staged))]));
    expect(Object.keys(staged).sort()).toEqual(['etc/decoders/big.xml', 'etc/lists/empty']);
    expect(staged['etc/decoders/big.xml'].equals(big)).toBe(true);
    expect(fs.statSync(path.join(staging.dir, staging.entries.find((e) => e.rel === 'etc/decoders/big.xml')!.staged)).mode & 0o777).toBe(0o600);

    // Cut short inside the big file: the pack is refused and no partial file is left.
    const again = await Staging.open({ dataDir: path.join(root, 'w2'), durable: false });
    await expect(receivePack(again, [bytes.subarray(0, bytes.length - 1000)], () => undefined)).rejects.toThrow(/pack ended inside a file/);
    expect(fs.readdirSync(again.dir).length).toBe(again.entries.length);
  });
});
