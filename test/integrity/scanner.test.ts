import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledEntry } from '../../lib/compiled-entry';
import { HashPool, hashFileInThread, isHashFailure } from '../../actors/integrity/hash-pool';
import { hasChanges, scanSyncedFiles } from '../../actors/integrity/scanner';
import { makeTree } from '../../bench/fixtures/tree-maker';
import { watchSyncedDirs } from '../../actors/integrity/watcher';
import { md5, removeDir, tempDir, writeTree } from './helpers';

let dataDir: string;
beforeEach(() => {
  dataDir = tempDir();
});
afterEach(() => removeDir(dataDir));

describe('scanSyncedFiles', () => {
  test('lists synced files with MD5, size and mode; skips excluded names, symlinks and other folders', async () => {
    writeTree(dataDir, {
      'etc/shared/default/agent.conf': 'conf',
      'etc/shared/default/merged.mg': 'built locally',
      'etc/rules/local_rules.xml': '<rules/>',
      'etc/rules/local_rules.xml~': 'backup',
      'etc/decoders/a b/é.xml': 'dec',
      'etc/lists/empty': '',
      'etc/lists/x.swp': 'swap',
      'etc/lists/tmp.tmp/inside': 'in an excluded folder',
      'etc/client.keys': 'not synced here',
      'queue/cluster/x': 'no',
    });
    fs.chmodSync(path.join(dataDir, 'etc/rules/local_rules.xml'), 0o600);
    fs.symlinkSync('/etc/passwd', path.join(dataDir, 'etc/shared/link'));
    const r = await scanSyncedFiles({ dataDir });
    expect([...r.table.keys()].sort()).toEqual([
      'etc/decoders/a b/é.xml',
      'etc/lists/empty',
      'etc/rules/local_rules.xml',
      'etc/shared/default/agent.conf',
    ]);
    expect(r.table.get('etc/shared/default/agent.conf')).toMatchObject({ md5: md5('conf'), size: 4, mode: 0o640 });
    expect(r.table.get('etc/rules/local_rules.xml')?.mode).toBe(0o600);
    expect(r.table.get('etc/lists/empty')).toMatchObject({ md5: md5(''), size: 0 });
    expect(r.skipped).toEqual([{ path: 'etc/shared/link', reason: 'symlink' }]);
    expect(r.added).toHaveLength(4);
    expect(r.hashed).toBe(4);
  });

  test('rehashes only files whose mtime or size changed; reports added, modified, removed', async () => {
    writeTree(dataDir, { 'etc/shared/a': 'A', 'etc/shared/b': 'B', 'etc/shared/c': 'C' });
    const first = await scanSyncedFiles({ dataDir });
    const idle = await scanSyncedFiles({ dataDir, previous: first.table });
    expect(idle.hashed).toBe(0);
    expect(hasChanges(idle)).toBe(false);

    fs.writeFileSync(path.join(dataDir, 'etc/shared/a'), 'A2');
    fs.rmSync(path.join(dataDir, 'etc/shared/b'));
    fs.writeFileSync(path.join(dataDir, 'etc/shared/d'), 'D');
    fs.chmodSync(path.join(dataDir, 'etc/shared/c'), 0o600); // mode only: no rehash
    const next = await scanSyncedFiles({ dataDir, previous: first.table });
    expect({ added: next.added, modified: next.modified, removed: next.removed }).toEqual({
      added: ['etc/shared/d'], modified: ['etc/shared/a', 'etc/shared/c'], removed: ['etc/shared/b'],
    });
    expect(next.hashed).toBe(2);
    expect(next.table.get('etc/shared/c')).toMatchObject({ md5: md5('C'), mode: 0o600 });

    // Same size, new mtime, same bytes: hashed again, and no change reported.
    const t = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dataDir, 'etc/shared/d'), t, t);
    const touched = await scanSyncedFiles({ dataDir, previous: next.table });
    expect(touched.hashed).toBe(1);
    expect(hasChanges(touched)).toBe(false);
  });

  test('the worker pool and the in-thread path give the same table', async () => {
    await makeTree(dataDir, { files: 300, totalBytes: 3 << 20 });
    const pool = new HashPool({ threads: 2, inlineMaxFiles: 4 });
    try {
      const a = await scanSyncedFiles({ dataDir, pool });
      const b = await scanSyncedFiles({ dataDir });
      expect(pool.threadCount).toBeGreaterThan(0);
      expect(a.table.size).toBe(300);
      expect([...a.table]).toEqual([...b.table]);
    } finally {
      await pool.close();
    }
  });
});

describe('HashPool', () => {
  test('hashes by path, reports failures per file, and refuses after close', async () => {
    writeTree(dataDir, { 'f/one': 'one', 'f/two': 'two'.repeat(100_000) });
    fs.symlinkSync(path.join(dataDir, 'f/one'), path.join(dataDir, 'f/link'));
    const pool = new HashPool({ threads: 1, inlineMaxFiles: 0, batchFiles: 2 });
    const p = (n: string): string => path.join(dataDir, 'f', n);
    try {
      const out = await pool.hashFiles([{ path: p('one') }, { path: p('two') }, { path: p('gone') }, { path: p('link') }]);
      expect(out.get(p('one'))).toMatchObject({ md5: md5('one'), size: 3 });
      expect(out.get(p('two'))).toMatchObject({ md5: md5('two'.repeat(100_000)), size: 300_000 });
      expect(out.get(p('gone'))).toMatchObject({ error: 'ENOENT' });
      expect(out.get(p('link'))).toMatchObject({ error: 'ELOOP' });
    } finally {
      await pool.close();
    }
    await expect(pool.hashFiles([{ path: p('one') }])).rejects.toMatchObject({ code: 'hash_failed' });
    const inThread = await hashFileInThread(p('two'));
    expect(!isHashFailure(inThread) && inThread.md5).toBe(md5('two'.repeat(100_000)));
  });

  test('close() fails the batches still queued or running with hash_failed', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`f/${i}`] = `file ${i}\n`.repeat(1000);
    writeTree(dataDir, files);
    const pool = new HashPool({ threads: 1, inlineMaxFiles: 0, batchFiles: 1 });
    const running = pool.hashFiles(Object.keys(files).map((f) => ({ path: path.join(dataDir, f) })));
    const failed = expect(running).rejects.toMatchObject({ code: 'hash_failed', message: 'hash pool closed' });
    // At once: 200 one-file batches were handed to the pool before hashFiles() first awaited.
    await pool.close();
    await failed;
    expect(pool.threadCount).toBe(0);
  });

  test('an idle pool, never closed, does not keep the process alive', () => {
    writeTree(dataDir, { 'f/a': 'a', 'f/b': 'b' });
    const poolJs = compiledEntry(require.resolve('../../actors/integrity/hash-pool'), 'hash-pool');
    const script = `
      const { HashPool } = require(${JSON.stringify(poolJs)});
      const pool = new HashPool({ threads: 2, inlineMaxFiles: 0, batchFiles: 1 });
      pool.hashFiles([${JSON.stringify(path.join(dataDir, 'f/a'))}, ${JSON.stringify(path.join(dataDir, 'f/b'))}].map((p) => ({ path: p })))
        .then((out) => console.log(out.size, pool.threadCount));`;
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect([r.status, r.signal, r.stdout.trim(), r.stderr]).toEqual([0, null, '2 2', '']);
    expect(Date.now() - t0).toBeLessThan(10_000); // not held until the pool's idle timeout (30 s)
  });
});

describe('watchSyncedDirs', () => {
  // The watcher debounces on real timers (it takes no clock), so nothing here sleeps a fixed time: a
  // test polls for what it expects, with a deadline. "No further call" cannot be polled for; a second
  // watcher with twice the debounce (a witness) sees the same changes, so once its own call came, any
  // call the watcher under test would make has come too: the wait is tied to the changes, not guessed.
  const DEBOUNCE_MS = 100;
  const counting = (debounceMs: number) => {
    const calls = { n: 0 };
    const w = watchSyncedDirs(() => calls.n++, { dataDir, debounceMs });
    return { calls, w };
  };

  test('calls back once, debounced, for a burst of changes in a subfolder', async () => {
    writeTree(dataDir, { 'etc/shared/g/a': 'A', 'etc/rules/r.xml': 'R' });
    const { calls, w } = counting(DEBOUNCE_MS);
    const witness = counting(2 * DEBOUNCE_MS);
    try {
      for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dataDir, 'etc/shared/g/a'), `A${i}`);
      fs.writeFileSync(path.join(dataDir, 'etc/rules/new.xml'), 'N');
      await eventually('the debounced call', () => calls.n > 0);
      await eventually('the witness call, one debounce period after any call of the watcher', () => witness.calls.n > 0);
      expect(calls.n).toBe(1);
    } finally {
      w.close();
      witness.w.close();
    }
    // After close(), no call, though the change is seen (by a new witness).
    const after = counting(2 * DEBOUNCE_MS);
    try {
      fs.writeFileSync(path.join(dataDir, 'etc/shared/g/a'), 'after close');
      await eventually('the witness call after close', () => after.calls.n > 0);
    } finally {
      after.w.close();
    }
    expect(calls.n).toBe(1);
  });
});

/** Polls cond until it holds, failing with `what` after timeoutMs: done as soon as it holds. */
async function eventually(what: string, cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
