// A file this worker cannot write is skipped and reported, never a reason to stop the apply: a path
// that fits the master's data_dir but not the worker's longer one (ENAMETOOLONG), and a folder made
// immutable on the worker (EPERM). Every other file applies, the journal is cleared, a later sync
// still brings new files, and the skipped ones arrive once they can be written.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stagingDirOf } from '../../actors/integrity/staging';
import { chattrWorks } from '../helpers/chattr';
import { syncFromLocalMaster } from './local-sync';
import { readTree, removeDir, tempDir, writeTree } from './helpers';

const CHATTR = chattrWorks();
const withChattr = CHATTR ? test : test.skip;
if (!CHATTR) console.warn('unwritable: chattr +i is not available here (needs CAP_LINUX_IMMUTABLE); the immutable-folder test is skipped');

/** 18 folders of 200 bytes: about 3,650 bytes under data_dir, which the master's short data_dir keeps under 4096. */
const DEEP = `etc/rules/${Array.from({ length: 18 }, (_, i) => `${i}`.padEnd(200, 'd')).join('/')}/long.xml`;

let root: string, master: string, worker: string;
const immutable: string[] = [];
beforeEach(() => {
  root = tempDir('warden-unwritable-');
  master = path.join(root, 'm');
  // The worker's data_dir is 500 bytes longer: the same file's full path passes 4096 bytes there only.
  worker = path.join(root, 'w', 'x'.repeat(250), 'y'.repeat(250));
  fs.mkdirSync(master, { recursive: true });
  fs.mkdirSync(worker, { recursive: true });
});
afterEach(() => {
  // The flag first: an immutable folder cannot be removed.
  for (const p of immutable.splice(0)) execFileSync('chattr', ['-i', p]);
  removeDir(root);
});

const lock = (rel: string): void => {
  const abs = path.join(worker, rel);
  execFileSync('chattr', ['+i', abs]);
  immutable.push(abs);
};
const unlock = (rel: string): void => {
  const abs = path.join(worker, rel);
  execFileSync('chattr', ['-i', abs]);
  immutable.splice(immutable.indexOf(abs), 1);
};
const sync = () => syncFromLocalMaster({ masterDir: master, workerDir: worker, durable: false });

test('the test tree: the deep path fits under the master, not under the worker', () => {
  expect(Buffer.byteLength(path.join(master, DEEP))).toBeLessThan(4096);
  expect(Buffer.byteLength(path.join(worker, DEEP))).toBeGreaterThan(4096);
});

test('a path too long for this worker is skipped and reported; the rest applies and later syncs go on', async () => {
  writeTree(master, { [DEEP]: 'deep rule', 'etc/rules/ok.xml': 'ok', 'etc/lists/bad-ips': '10.0.0.1:' });
  writeTree(worker, { 'etc/rules/extra.xml': 'extra' });

  const first = await sync();
  expect(first.apply.unwritable).toEqual([{ path: DEEP, reason: expect.stringMatching(/ENAMETOOLONG/) }]);
  expect(first.apply.unwritable[0].reason).not.toContain(worker); // a reason, not a 4 KB path again
  expect(readTree(worker)).toEqual({ 'etc/rules/ok.xml': 'ok', 'etc/lists/bad-ips': '10.0.0.1:' });
  expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]); // the journal is cleared

  writeTree(master, { 'etc/rules/later.xml': 'later' });
  const second = await sync();
  expect(second.apply.unwritable.map((u) => u.path)).toEqual([DEEP]); // tried again, skipped again
  expect(readTree(worker)).toEqual({ 'etc/rules/ok.xml': 'ok', 'etc/lists/bad-ips': '10.0.0.1:', 'etc/rules/later.xml': 'later' });
  expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
});

withChattr('a folder where the master has a file, that cannot be cleared, is named once, the rest applies', async () => {
  writeTree(master, { 'etc/shared/x': 'x is a file now', 'etc/rules/ok.xml': 'ok' });
  writeTree(worker, { 'etc/shared/x/inner/a': 'x was a folder' });
  lock('etc/shared/x/inner');
  const r = await sync();
  expect(r.plan.conflicts).toEqual([{ path: 'etc/shared/x', workerHas: 'folder' }]);
  expect(r.apply.unwritable.map((u) => u.path).sort()).toEqual(['etc/shared/x', 'etc/shared/x/inner/a']);
  expect(readTree(worker)).toEqual({ 'etc/rules/ok.xml': 'ok', 'etc/shared/x/inner/a': 'x was a folder' });
  unlock('etc/shared/x/inner');
  expect((await sync()).apply.unwritable).toEqual([]);
  expect(readTree(worker)).toEqual(readTree(master));
});

withChattr('files in an immutable folder are skipped and reported; the rest applies; they arrive once it is writable', async () => {
  writeTree(master, {
    'etc/rules/ok.xml': 'ok',
    'etc/rules/locked/new.xml': 'new',
    'etc/rules/locked/changed.xml': 'changed on the master',
    'etc/shared/default/agent.conf': 'conf',
  });
  writeTree(worker, {
    'etc/rules/locked/changed.xml': 'old',
    'etc/rules/locked/old.xml': 'extra, cannot be deleted',
    'etc/shared/g2/sub/gone': 'extra; its emptied folder is in an immutable one',
  });
  lock('etc/rules/locked');
  lock('etc/shared/g2');

  const first = await sync();
  expect(first.apply.unwritable.map((u) => u.path).sort()).toEqual([
    'etc/rules/locked/changed.xml', 'etc/rules/locked/new.xml', 'etc/rules/locked/old.xml',
  ]);
  for (const u of first.apply.unwritable) expect(u.reason).toMatch(/EPERM/);
  expect(readTree(worker)).toEqual({
    'etc/rules/ok.xml': 'ok',
    'etc/rules/locked/changed.xml': 'old',
    'etc/rules/locked/old.xml': 'extra, cannot be deleted',
    'etc/shared/default/agent.conf': 'conf',
  });
  expect(fs.existsSync(path.join(worker, 'etc/shared/g2/sub'))).toBe(true); // could not be pruned: left, not fatal
  expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);

  writeTree(master, { 'etc/rules/later.xml': 'later' });
  const second = await sync();
  expect(second.apply.unwritable).toHaveLength(3);
  expect(readTree(worker)['etc/rules/later.xml']).toBe('later');

  unlock('etc/rules/locked');
  unlock('etc/shared/g2');
  const third = await sync();
  expect(third.apply.unwritable).toEqual([]);
  expect(readTree(worker)).toEqual(readTree(master));
});
