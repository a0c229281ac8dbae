// Pipelined staging: a pack's small files are handed to the writer thread several at once (never more
// than the staging's depth), each verified before it is written; a path announced twice is refused even while its first
// copy is still being written; discard() leaves nothing behind, whatever was in flight.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodePackHeader, type PackHeader } from '../../actors/integrity/file-pack';
import { receivePack } from '../../actors/integrity/pack-receiver';
import { Staging, type StagedEntry } from '../../actors/integrity/staging';
import * as writer from '../../actors/integrity/staging-writer';
import { md5, removeDir, tempDir } from './helpers';

const MTIME = 1_700_000_000_000;
const header = (p: string, content: string, mode = 0o640): PackHeader => ({ path: p, md5: md5(content), size: Buffer.byteLength(content), mode, mtimeMs: MTIME });
const pack = (files: [string, string][]): Buffer => Buffer.concat(files.flatMap(([p, c]) => [encodePackHeader(header(p, c)), Buffer.from(c)]));
const files = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [`etc/shared/g${i % 7}/file-${i}.conf`, `content of file ${i}\n`.repeat(1 + (i % 13))]);

let worker: string;
beforeEach(() => { worker = tempDir('warden-staging-'); });
afterEach(() => {
  jest.restoreAllMocks();
  removeDir(worker);
});

/** Every file under the staging folder, at any depth. */
function stagedFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
}

/** Counts the files handed to the writer thread and not yet written, at their peak. */
function watchWrites(): { peak: () => number } {
  const real = writer.writeInThread;
  let open = 0, peak = 0;
  jest.spyOn(writer, 'writeInThread').mockImplementation(async (...args: Parameters<typeof real>) => {
    peak = Math.max(peak, ++open);
    try {
      return await real(...args);
    } finally {
      open--;
    }
  });
  return { peak: () => peak };
}

test('a pack of 300 small files is written several at a time, never more than the depth; each file staged whole with its mode and mtime', async () => {
  const all = files(300);
  const staging = await Staging.open({ dataDir: worker, durable: false, depth: 4 });
  const opened = watchWrites();
  const heard: StagedEntry[] = [];
  const refused: string[] = [];
  const bytes = pack(all);
  const chunks = function* () { for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096); };
  const out = await receivePack(staging, chunks(), (p, err) => refused.push(`${p}: ${err.message}`), (e) => heard.push(e));
  expect(refused).toEqual([]);
  expect(out).toEqual({ staged: 300, refused: 0 });
  // The pack ended only once every write had: all of them are staged, and were heard one by one.
  expect(staging.entries.map((e) => e.rel).sort()).toEqual(all.map(([p]) => p).sort());
  expect(heard.map((e) => e.rel).sort()).toEqual(all.map(([p]) => p).sort());
  expect(opened.peak()).toBeGreaterThan(1);
  expect(opened.peak()).toBeLessThanOrEqual(4);
  for (const e of staging.entries) {
    const file = path.join(staging.dir, e.staged);
    expect(fs.readFileSync(file, 'utf8')).toBe(all.find(([p]) => p === e.rel)![1]);
    const st = fs.statSync(file);
    expect(st.mode & 0o777).toBe(0o640);
    expect(st.mtimeMs).toBe(MTIME);
  }
  expect(stagedFiles(staging.dir).length).toBe(300);
  // Staged in the layout they will have, so that apply can move a whole folder the worker lacks.
  for (const e of staging.entries) expect(e.staged).toBe(`t/${e.rel}`);
});

test('a file whose folder the worker has is staged flat; one whose folder it lacks, in the tree', async () => {
  fs.mkdirSync(path.join(worker, 'etc/shared/have'), { recursive: true });
  const staging = await Staging.open({ dataDir: worker, durable: false });
  const have = await staging.stageWhole('etc/shared/have/a.conf', header('etc/shared/have/a.conf', 'a'), [Buffer.from('a')]);
  const lack = await staging.stageWhole('etc/shared/lack/b.conf', header('etc/shared/lack/b.conf', 'b'), [Buffer.from('b')]);
  expect(have.staged).toMatch(/^f-[0-9a-z]+$/);
  expect(lack.staged).toBe('t/etc/shared/lack/b.conf');
  expect(fs.readFileSync(path.join(staging.dir, have.staged), 'utf8')).toBe('a');
  expect(fs.readFileSync(path.join(staging.dir, lack.staged), 'utf8')).toBe('b');
});

test('a folder it lacks whose staged path would pass 3,800 bytes is staged flat; the count is in bytes, not characters', async () => {
  const staging = await Staging.open({ dataDir: worker, durable: false });
  // 16 folders of 120 characters, two bytes each but the first: 3,840 bytes of path below t/ (1,936 characters).
  const wide = `etc/shared/${Array.from({ length: 16 }, (_, i) => `${i}`.padEnd(120, 'é')).join('/')}/w.conf`;
  // About 1,300 one-byte characters: three bytes each would be too many, one each is not.
  const narrow = `etc/shared/${Array.from({ length: 6 }, (_, i) => `${i}`.padEnd(200, 'n')).join('/')}/n.conf`;
  expect(Buffer.byteLength(path.join(staging.dir, 't', wide))).toBeGreaterThan(3_800);
  expect(path.join(staging.dir, 't', narrow).length * 3).toBeGreaterThan(3_800);
  const w = await staging.stageWhole(wide, header(wide, 'w'), [Buffer.from('w')]);
  const n = await staging.stageWhole(narrow, header(narrow, 'n'), [Buffer.from('n')]);
  expect(w.staged).toMatch(/^f-[0-9a-z]+$/);
  expect(n.staged).toBe(`t/${narrow}`);
  expect(fs.readFileSync(path.join(staging.dir, w.staged), 'utf8')).toBe('w');
  expect(fs.readFileSync(path.join(staging.dir, n.staged), 'utf8')).toBe('n');
});

test('a folder always goes to the same writer lane; folders spread over the lanes', () => {
  const folders = Array.from({ length: 200 }, (_, i) => `/data/queue/cluster/integrity-staging/t/etc/shared/group-${i}`);
  const lanes = folders.map((f) => writer.laneOf(f));
  expect(folders.map((f) => writer.laneOf(f))).toEqual(lanes);
  for (const l of lanes) expect(l >= 0 && l < writer.WRITER_LANES).toBe(true);
  for (let lane = 0; lane < writer.WRITER_LANES; lane++) expect(lanes.filter((l) => l === lane).length).toBeGreaterThan(200 / writer.WRITER_LANES / 2);
  expect(writer.laneOf('', 3)).toBe(0);
});

test('a file whose bytes do not match is refused before anything is written; the others stage', async () => {
  const staging = await Staging.open({ dataDir: worker, durable: false, depth: 8 });
  const good = files(20);
  const bytes = Buffer.concat([pack(good.slice(0, 10)), encodePackHeader(header('etc/rules/bad.xml', 'announced')), Buffer.from('ANNOUNCED'), pack(good.slice(10))]);
  const refused: string[] = [];
  const out = await receivePack(staging, [bytes], (p, err) => refused.push(`${p}: ${err.message}`));
  expect(out).toEqual({ staged: 20, refused: 1 });
  expect(refused).toEqual([expect.stringMatching(/^etc\/rules\/bad\.xml: .*does not match the announced/)]);
  expect(stagedFiles(staging.dir).length).toBe(20);
});

test('the same path twice, the first copy still being written: the second is refused and one file is staged', async () => {
  const staging = await Staging.open({ dataDir: worker, durable: false, depth: 8 });
  const [p, c] = files(1)[0];
  const both = await Promise.allSettled([staging.stageWhole(p, header(p, c), [Buffer.from(c)]), staging.stageWhole(p, header(p, c), [Buffer.from(c)])]);
  expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect((both.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'staging_failed', message: expect.stringMatching(/staged twice/) });
  expect(staging.entries).toHaveLength(1);
  expect(fs.readdirSync(staging.dir)).toHaveLength(1);
});

test('discard() while writes are in flight and waiting: once it resolves the staging folder is empty, and what waited is refused', async () => {
  const staging = await Staging.open({ dataDir: worker, durable: false, depth: 2 });
  const writes = Promise.allSettled(files(40).map(([p, c]) => staging.stageWhole(p, header(p, c), [Buffer.from(c)])));
  await staging.discard();
  expect(fs.readdirSync(staging.dir)).toEqual([]);
  expect(staging.entries).toEqual([]);
  const outcomes = await writes;
  expect(outcomes.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
  for (const r of outcomes) if (r.status === 'rejected') expect((r.reason as Error).message).toMatch(/the staging was discarded/);
  expect(fs.readdirSync(staging.dir)).toEqual([]);
});

test('durable staging starts a background writeback every writebackEvery bytes, one at a time; flush() waits for it', async () => {
  const fs50k = Array.from({ length: 40 }, (_, i): [string, string] => [`etc/shared/big/f-${i}.bin`, String(i % 10).repeat(50_000)]);
  const staging = await Staging.open({ dataDir: worker, durable: true, writebackEvery: 300_000 });
  await receivePack(staging, [pack(fs50k)], (p, err) => { throw new Error(`${p}: ${err.message}`); });
  // 2 MB staged, one writeback at most running at a time: at least one started, at most one per 300 kB.
  expect(staging.writebacks).toBeGreaterThanOrEqual(1);
  expect(staging.writebacks).toBeLessThanOrEqual(Math.floor(2_000_000 / 300_000));
  await staging.flush();
  expect(staging.entries).toHaveLength(40);
  const quietDir = tempDir('warden-staging-');
  try {
    const quiet = await Staging.open({ dataDir: quietDir, durable: false, writebackEvery: 1 });
    await receivePack(quiet, [pack(fs50k.slice(0, 3))], () => undefined);
    expect(quiet.writebacks).toBe(0); // nothing to make durable, nothing written back early
  } finally {
    removeDir(quietDir);
  }
});
