import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyStaged, describeRecovery, recoverIntegrity } from '../../actors/integrity/apply';
import { IntegrityError } from '../../actors/integrity/errors';
import { commitJournal, JOURNAL_VERSION } from '../../actors/integrity/journal';
import { syncFromLocalMaster } from './local-sync';
import { Staging, stagingDirOf, type ExpectedFile } from '../../actors/integrity/staging';
import { listFolders, md5, readTree, removeDir, tempDir, writeTree } from './helpers';

let worker: string, master: string, outside: string;
beforeEach(() => {
  worker = tempDir();
  master = tempDir();
  outside = tempDir();
});
afterEach(() => {
  for (const d of [worker, master, outside]) removeDir(d);
});

const expected = (content: string, mode = 0o640, mtimeMs = 1_700_000_000_000): ExpectedFile => ({
  md5: md5(content), size: Buffer.byteLength(content), mode, mtimeMs,
});

async function refusal(f: () => Promise<unknown>): Promise<IntegrityError> {
  try {
    await f();
  } catch (err) {
    if (err instanceof IntegrityError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('StagedFile', () => {
  test('keeps a verified file with its mode and mtime; apply renames it into place', async () => {
    const staging = await Staging.open({ dataDir: worker });
    await staging.stage('etc/shared/g 1/räte.conf', expected('hello', 0o604), [Buffer.from('hel'), Buffer.from('lo')]);
    await staging.stage('etc/lists/empty', expected(''), []);
    const r = await applyStaged(staging, { deletes: [] });
    expect(r).toMatchObject({ written: 2, deleted: 0 });
    const abs = path.join(worker, 'etc/shared/g 1/räte.conf');
    expect(fs.readFileSync(abs, 'utf8')).toBe('hello');
    const st = fs.statSync(abs);
    expect(st.mode & 0o777).toBe(0o604);
    expect(Math.round(st.mtimeMs)).toBe(1_700_000_000_000);
    expect(fs.statSync(path.join(worker, 'etc/lists/empty')).size).toBe(0);
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  });

  test.each<[string, string[], string]>([
    ['bytes that do not match the MD5', ['hellO'], 'md5_mismatch'],
    ['too few bytes', ['hell'], 'size_mismatch'],
    ['too many bytes (refused while writing)', ['hello', '!'], 'size_mismatch'],
  ])('refuses %s and leaves nothing behind', async (_n, chunks, code) => {
    const staging = await Staging.open({ dataDir: worker });
    const err = await refusal(() => staging.stage('etc/shared/a.conf', expected('hello'), chunks.map((c) => Buffer.from(c))));
    expect(err.code).toBe(code);
    expect(err.message).toContain('etc/shared/a.conf');
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
    expect(staging.entries).toEqual([]);
  });
});

describe('folders the worker lacks', () => {
  test('move into place whole (one rename a folder); files in folders it has are renamed one by one', async () => {
    writeTree(worker, { 'etc/shared/default/agent.conf': 'old' });
    const staging = await Staging.open({ dataDir: worker, durable: false });
    const files: Record<string, string> = {
      'etc/shared/default/agent.conf': 'new', // a folder the worker has
      'etc/shared/default/sub/deep/a.txt': 'a', // a new folder under one it has
      'etc/shared/default/sub/b.txt': 'b',
      'etc/shared/web/agent.conf': 'web', // a new group
      'etc/decoders/local.xml': '<decoder/>', // a synced root the worker lacks
    };
    for (const [rel, c] of Object.entries(files)) await staging.stageWhole(rel, expected(c), [Buffer.from(c)]);
    // The staged tree's folders, by inode: a moved folder keeps its inode.
    const inode = (...p: string[]) => fs.statSync(path.join(...p)).ino;
    const staged = { sub: inode(staging.dir, 't/etc/shared/default/sub'), web: inode(staging.dir, 't/etc/shared/web'), decoders: inode(staging.dir, 't/etc/decoders') };
    const r = await applyStaged(staging, { deletes: [] });
    expect(r).toMatchObject({ written: 5, deleted: 0, unwritable: [] });
    expect(readTree(worker)).toEqual(files);
    expect(inode(worker, 'etc/shared/default/sub')).toBe(staged.sub);
    expect(inode(worker, 'etc/shared/web')).toBe(staged.web);
    expect(inode(worker, 'etc/decoders')).toBe(staged.decoders);
    expect(fs.statSync(path.join(worker, 'etc/shared/web')).mode & 0o777).toBe(0o750);
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  });

  test('a crash after a folder moved: recovery finishes the other files and leaves the moved ones be', async () => {
    writeTree(worker, { 'etc/shared/default/agent.conf': 'old' });
    const staging = await Staging.open({ dataDir: worker, durable: false });
    const files: Record<string, string> = { 'etc/shared/default/agent.conf': 'new', 'etc/shared/web/a.conf': 'a', 'etc/shared/web/b.conf': 'b' };
    for (const [rel, c] of Object.entries(files)) await staging.stageWhole(rel, expected(c), [Buffer.from(c)]);
    const crash = new Error('killed');
    const err = await applyStaged(staging, { deletes: [], hooks: { afterStep: (_n, what) => { if (what === 'move etc/shared/web') throw crash; } } }).catch((e: unknown) => e);
    expect(err).toBe(crash);
    expect(readTree(worker)).toEqual({ ...files, 'etc/shared/default/agent.conf': 'old' });
    const report = await recoverIntegrity({ dataDir: worker });
    expect(report).toMatchObject({ outcome: 'rolled_forward', written: 1, unverified: [] });
    expect(readTree(worker)).toEqual(files);
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  });
});

describe('hostile input', () => {
  test.each<[string, string, string]>([
    ['a ../ path', 'etc/shared/../../../x', 'path_invalid'],
    ['an absolute path', '/tmp/evil', 'path_invalid'],
    ['a path outside the synced folders', 'etc/ossec-local.conf', 'path_outside'],
    ['an excluded name', 'etc/shared/default/merged.mg', 'path_excluded'],
  ])('staging refuses %s before writing anything', async (_n, rel, code) => {
    const staging = await Staging.open({ dataDir: worker });
    const err = await refusal(() => staging.stage(rel, expected('x'), [Buffer.from('x')]));
    expect(err.code).toBe(code);
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
    expect(readTree(worker)).toEqual({});
  });

  test('a path through a symlink is refused and nothing is written outside', async () => {
    fs.mkdirSync(path.join(worker, 'etc/shared'), { recursive: true });
    fs.symlinkSync(outside, path.join(worker, 'etc/shared/evil'));
    const staging = await Staging.open({ dataDir: worker });
    const err = await refusal(() => staging.stage('etc/shared/evil/owned', expected('x'), [Buffer.from('x')]));
    expect(err.code).toBe('path_symlink');
    expect(err.message).toContain('etc/shared/evil/owned');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test("the node's own config is neither written nor deleted", async () => {
    fs.mkdirSync(path.join(worker, 'etc/rules'), { recursive: true });
    const cfg = path.join(worker, 'etc/rules/node.yml');
    fs.writeFileSync(cfg, 'mine');
    const staging = await Staging.open({ dataDir: worker, ownConfigPath: cfg });
    expect((await refusal(() => staging.stage('etc/rules/node.yml', expected('x'), [Buffer.from('x')]))).code).toBe('own_config');
    expect((await refusal(() => applyStaged(staging, { deletes: ['etc/rules/node.yml'] }))).code).toBe('own_config');
    expect(fs.readFileSync(cfg, 'utf8')).toBe('mine');
  });

  test('a hostile delete refuses the whole apply before anything changes', async () => {
    writeTree(worker, { 'etc/shared/old': 'old' });
    fs.writeFileSync(path.join(outside, 'victim'), 'v');
    const staging = await Staging.open({ dataDir: worker });
    await staging.stage('etc/shared/new', expected('new'), [Buffer.from('new')]);
    const rel = path.relative(worker, path.join(outside, 'victim'));
    const err = await refusal(() => applyStaged(staging, { deletes: ['etc/shared/old', rel] }));
    expect(err.code).toBe('path_invalid');
    expect(readTree(worker)).toEqual({ 'etc/shared/old': 'old' });
    expect(fs.existsSync(path.join(outside, 'victim'))).toBe(true);
  });
});

describe('syncFromLocalMaster', () => {
  test('converges: missing, changed, mode-only, extra, type changes both ways, emptied folders', async () => {
    writeTree(master, {
      'etc/shared/default/agent.conf': 'new conf',
      'etc/shared/x': 'x is a file now',
      'etc/rules/y/z.xml': 'y is a folder now',
      'etc/rules/same.xml': 'same',
      'etc/lists/mode': 'm',
      'etc/decoders/new dir/dé cø.xml': 'dec',
      'etc/lists/empty': '',
    });
    writeTree(worker, {
      'etc/shared/default/agent.conf': 'old conf',
      'etc/shared/x/inner/a': 'was a folder',
      'etc/shared/gone/deep/f': 'extra',
      'etc/rules/y': 'was a file',
      'etc/rules/same.xml': 'same',
      'etc/rules/old/extra.xml': 'extra, but rules keep their folders',
      'etc/lists/mode': 'm',
      'etc/shared/default/merged.mg': 'local only',
    });
    fs.chmodSync(path.join(master, 'etc/lists/mode'), 0o600);
    const r = await syncFromLocalMaster({ masterDir: master, workerDir: worker });
    expect(r.plan.conflicts).toEqual([
      { path: 'etc/rules/y', workerHas: 'file' },
      { path: 'etc/shared/x', workerHas: 'folder' },
    ]);
    const expectedTree = { ...readTree(master), 'etc/shared/default/merged.mg': 'local only' };
    expect(readTree(worker)).toEqual(expectedTree);
    expect(fs.statSync(path.join(worker, 'etc/lists/mode')).mode & 0o777).toBe(0o600);
    expect(listFolders(worker)).toEqual([
      'etc/decoders', 'etc/decoders/new dir', 'etc/lists', 'etc/rules', 'etc/rules/old', 'etc/rules/y', 'etc/shared', 'etc/shared/default',
    ]);
    const again = await syncFromLocalMaster({ masterDir: master, workerDir: worker });
    expect(again.apply).toMatchObject({ written: 0, deleted: 0 });
  });

  test('a file replaces an empty folder that no table lists', async () => {
    writeTree(master, { 'etc/shared/x': 'file' });
    fs.mkdirSync(path.join(worker, 'etc/shared/x/empty'), { recursive: true });
    await syncFromLocalMaster({ masterDir: master, workerDir: worker });
    expect(readTree(worker)).toEqual({ 'etc/shared/x': 'file' });
  });
});

describe('recoverIntegrity', () => {
  test('clean when there is nothing, rolled back for uncommitted staging', async () => {
    expect((await recoverIntegrity({ dataDir: worker })).outcome).toBe('clean');
    const staging = await Staging.open({ dataDir: worker });
    await staging.stage('etc/shared/a', expected('a'), [Buffer.from('a')]);
    expect((await recoverIntegrity({ dataDir: worker })).outcome).toBe('rolled_back');
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
    expect(readTree(worker)).toEqual({});
  });

  test('rolls a committed journal forward, skipping a staged file that no longer verifies', async () => {
    writeTree(worker, { 'etc/shared/extra': 'e' });
    const staging = await Staging.open({ dataDir: worker });
    const a = await staging.stage('etc/shared/a', expected('a'), [Buffer.from('a')]);
    const b = await staging.stage('etc/shared/b', expected('b'), [Buffer.from('b')]);
    await commitJournal(staging.dir, { version: JOURNAL_VERSION, writes: [a, b], deletes: ['etc/shared/extra'], conflicts: [] });
    fs.writeFileSync(path.join(staging.dir, b.staged), 'X'); // damaged after the commit
    await expect(Staging.open({ dataDir: worker })).rejects.toMatchObject({ code: 'journal_pending' });
    const r = await recoverIntegrity({ dataDir: worker });
    expect(r).toMatchObject({ outcome: 'rolled_forward', written: 1, deleted: 1, unverified: ['etc/shared/b'] });
    expect(readTree(worker)).toEqual({ 'etc/shared/a': 'a' });
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  });

  test('sets a journal it cannot trust aside, beside the staging folder, and leaves the staging clean', async () => {
    const dir = stagingDirOf(worker);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'journal.json'), '{"sum":"00","body":"{}"}');
    fs.writeFileSync(path.join(dir, 'f-1'), 'staged');
    const r = await recoverIntegrity({ dataDir: worker, now: Date.UTC(2026, 10, 26, 10, 0, 0) });
    expect(r).toMatchObject({ outcome: 'set_aside', setAside: { reason: expect.stringMatching(/checksum mismatch/) } });
    expect(r.setAside!.file).toBe(path.join(path.dirname(dir), 'integrity-journal.json.failed-2026-11-26T10-00-00-000Z'));
    expect(fs.readFileSync(r.setAside!.file, 'utf8')).toBe('{"sum":"00","body":"{}"}');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(describeRecovery(r)).toMatch(/^Set aside an integrity journal that could not be replayed \(.*checksum mismatch\): kept as .*failed-2026-11-26T10-00-00-000Z\./);
    await expect(Staging.open({ dataDir: worker })).resolves.toBeInstanceOf(Staging);
    // A second one the same millisecond does not overwrite the first.
    fs.writeFileSync(path.join(dir, 'journal.json'), 'torn');
    const again = await recoverIntegrity({ dataDir: worker, now: Date.UTC(2026, 10, 26, 10, 0, 0) });
    expect(again.setAside!.file).toBe(`${r.setAside!.file}-1`);
    expect(fs.readFileSync(r.setAside!.file, 'utf8')).toBe('{"sum":"00","body":"{}"}');
  });

  test('a committed journal whose target is too long for this node is replayed without it', async () => {
    // 20 folders of 203 bytes: the path fits the 4096-byte limit alone, not under this data_dir.
    const long = `etc/rules/${Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(203, 'd')).join('/')}/f.xml`;
    expect(Buffer.byteLength(path.join(worker, long))).toBeGreaterThan(4096);
    const staging = await Staging.open({ dataDir: worker });
    const a = await staging.stage('etc/rules/a.xml', expected('a'), [Buffer.from('a')]);
    const b = await staging.stage(long, expected('b'), [Buffer.from('b')]);
    await commitJournal(staging.dir, { version: JOURNAL_VERSION, writes: [a, b], deletes: [], conflicts: [] });
    const r = await recoverIntegrity({ dataDir: worker });
    expect(r).toMatchObject({ outcome: 'rolled_forward', written: 1, unwritable: [{ path: long, reason: expect.stringMatching(/^ENAMETOOLONG/) }] });
    expect(readTree(worker)).toEqual({ 'etc/rules/a.xml': 'a' });
    expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  });
});
