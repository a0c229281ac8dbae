// The synced-folder watcher, in process: it must keep hearing a file after the file is replaced by a
// rename (the way editors, deploy tools and git save), and keep its folder watches in line with the
// tree as folders are created, moved, removed and replaced. Events are real (inotify); the debounce
// runs on a manual clock, advanced once the watch has heard something.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { watchSyncedDirs, type SyncedWatcher } from '../../actors/integrity/watcher';
import { ManualClock } from '../helpers/manual-clock';
import { removeDir, tempDir, writeTree } from './helpers';

const DEBOUNCE_MS = 50;

let dir: string;
let clock: ManualClock;
let calls: number;
let watcher: SyncedWatcher | undefined;

beforeEach(() => {
  dir = tempDir('warden-watch-');
  clock = new ManualClock();
  calls = 0;
  writeTree(dir, {
    'etc/rules/local/a.xml': 'a0',
    'etc/rules/local/b.xml': 'b0',
    'etc/shared/default/agent.conf': 'conf',
    'etc/shared/web/deep/x.txt': 'x',
    'etc/decoders/d.xml': 'd',
  });
  fs.mkdirSync(path.join(dir, 'saves'));
});
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  removeDir(dir);
});

const abs = (rel: string) => path.join(dir, ...rel.split('/'));
const start = () => { watcher = watchSyncedDirs(() => { calls++; }, { dataDir: dir, clock, debounceMs: DEBOUNCE_MS }); return watcher; };
const folders = () => watcher!.folders().map((f) => path.relative(dir, f).split(path.sep).join('/'));

/** Waits for the watch to hear the change just made (real events), then lets its debounce run out. */
async function heard(what: string): Promise<void> {
  const before = calls;
  const end = Date.now() + 5_000;
  while (clock.pending === 0) {
    if (Date.now() > end) throw new Error(`the watch did not hear ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await clock.advance(DEBOUNCE_MS);
  expect(calls).toBe(before + 1);
}

/** Replaces a synced file by renaming a file written outside the synced folders over it. */
function saveByRename(rel: string, content: string): void {
  const tmp = path.join(dir, 'saves', 'tmp');
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, abs(rel));
}

test('a file replaced by a rename five times in a row is heard each time, and so is a write in place after', async () => {
  start();
  for (let round = 1; round <= 5; round++) {
    saveByRename('etc/rules/local/a.xml', `a${round}`);
    await heard(`replacement ${round}`);
  }
  fs.writeFileSync(abs('etc/rules/local/a.xml'), 'in place');
  await heard('the write in place');
});

test('a vim-style save (backup rename, new file, backup removed) is heard, and so is the next edit', async () => {
  start();
  fs.renameSync(abs('etc/rules/local/b.xml'), abs('etc/rules/local/b.xml~'));
  fs.writeFileSync(abs('etc/rules/local/b.xml'), 'b1');
  fs.rmSync(abs('etc/rules/local/b.xml~'));
  await heard('the vim save');
  fs.appendFileSync(abs('etc/rules/local/b.xml'), 'more');
  await heard('the next edit');
});

test('mkdir -p of a new group: every new folder is watched, and a file written deep inside is heard', async () => {
  start();
  fs.mkdirSync(abs('etc/shared/new-group/conf/deeper'), { recursive: true });
  await heard('the new folders');
  expect(folders()).toEqual(expect.arrayContaining(['etc/shared/new-group', 'etc/shared/new-group/conf', 'etc/shared/new-group/conf/deeper']));
  fs.writeFileSync(abs('etc/shared/new-group/conf/deeper/agent.conf'), 'new');
  await heard('a file in the new folder');
});

test('a folder moved between groups is watched at its new path, and a folder made at its old path too', async () => {
  start();
  fs.renameSync(abs('etc/shared/web/deep'), abs('etc/shared/default/deep'));
  await heard('the move');
  expect(folders()).toContain('etc/shared/default/deep');
  expect(folders()).not.toContain('etc/shared/web/deep');
  fs.writeFileSync(abs('etc/shared/default/deep/x.txt'), 'moved, then changed');
  await heard('a change in the moved folder');
  fs.mkdirSync(abs('etc/shared/web/deep'));
  await heard('a new folder at the old path');
  expect(folders()).toEqual(expect.arrayContaining(['etc/shared/web/deep', 'etc/shared/default/deep']));
  fs.writeFileSync(abs('etc/shared/web/deep/y.txt'), 'y');
  await heard('a file in the new folder at the old path');
});

test('a removed folder is no longer watched', async () => {
  start();
  fs.rmSync(abs('etc/shared/web'), { recursive: true });
  await heard('the removal');
  expect(folders().filter((f) => f.startsWith('etc/shared/web'))).toEqual([]);
});

test('a synced root replaced by another folder is watched anew, and one missing at start once it is made', async () => {
  start();
  expect(folders()).not.toContain('etc/lists');
  fs.renameSync(abs('etc/rules'), abs('etc/rules.old'));
  fs.mkdirSync(abs('etc/rules/fresh'), { recursive: true });
  await heard('the new rules folder');
  expect(folders().filter((f) => f.startsWith('etc/rules'))).toEqual(['etc/rules', 'etc/rules/fresh']);
  fs.writeFileSync(abs('etc/rules/fresh/r.xml'), 'r');
  await heard('a file in the new rules folder');
  fs.mkdirSync(abs('etc/lists'));
  await heard('etc/lists made');
  expect(folders()).toContain('etc/lists');
  fs.writeFileSync(abs('etc/lists/blocked'), '10.0.0.1:');
  await heard('a list written');
});

test('an installed ruleset: ruleset/ made where there was none, then swapped whole as `ruleset install` does, is followed', async () => {
  start();
  expect(folders().filter((f) => f.startsWith('ruleset'))).toEqual([]);
  writeTree(dir, { 'ruleset.new-1/rules/r.xml': 'r1', 'ruleset.new-1/lists/amazon/aws-sources': 'a' });
  fs.renameSync(abs('ruleset.new-1'), abs('ruleset'));
  await heard('the first install');
  expect(folders().filter((f) => f.startsWith('ruleset'))).toEqual(['ruleset/lists', 'ruleset/lists/amazon', 'ruleset/rules']);
  fs.writeFileSync(abs('ruleset/rules/r.xml'), 'r2');
  await heard('a file of the installed ruleset');

  writeTree(dir, { 'ruleset.new-2/rules/r.xml': 'r3', 'ruleset.new-2/decoders/d.xml': 'd' });
  fs.renameSync(abs('ruleset'), abs('ruleset.old-2'));
  fs.renameSync(abs('ruleset.new-2'), abs('ruleset'));
  fs.rmSync(abs('ruleset.old-2'), { recursive: true });
  await heard('the swap');
  expect(folders().filter((f) => f.startsWith('ruleset'))).toEqual(['ruleset/decoders', 'ruleset/rules']);
  fs.writeFileSync(abs('ruleset/decoders/d.xml'), 'd2');
  await heard('a file of the new ruleset');
  fs.writeFileSync(abs('ruleset/rules/r2.xml'), 'r');
  await heard('a new file in the new ruleset');
});

test('a burst of events is one call, after the quiet time', async () => {
  start();
  for (let i = 0; i < 20; i++) saveByRename(`etc/rules/local/a.xml`, `burst ${i}`);
  fs.writeFileSync(abs('etc/decoders/d.xml'), 'd1');
  await heard('the burst');
  expect(clock.pending).toBe(0);
});

test('a change beside the synced folders (etc/ossec.conf) is not heard', async () => {
  start();
  const seen: string[] = [];
  // A witness on etc/ shares the kernel's event queue with the watcher's watch of etc/: once the
  // witness has the event, the watcher has had it too.
  const witness = fs.watch(abs('etc'), { persistent: false }, (_event, name) => { if (name) seen.push(name); });
  try {
    fs.writeFileSync(abs('etc/ossec.conf'), 'node-local config');
    const end = Date.now() + 5_000;
    while (!seen.includes('ossec.conf')) {
      if (Date.now() > end) throw new Error('the witness did not hear etc/ossec.conf');
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(clock.pending).toBe(0);
  } finally {
    witness.close();
  }
});

test('close() drops every watch', () => {
  start();
  expect(folders()).toEqual(['etc/decoders', 'etc/rules', 'etc/rules/local', 'etc/shared', 'etc/shared/default', 'etc/shared/web', 'etc/shared/web/deep']);
  watcher!.close();
  expect(watcher!.folders()).toEqual([]);
});
