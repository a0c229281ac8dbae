import * as fs from 'node:fs';
import * as path from 'node:path';
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
});

describe('watchSyncedDirs', () => {
  test('calls back once, debounced, for a burst of changes in a subfolder', async () => {
    writeTree(dataDir, { 'etc/shared/g/a': 'A', 'etc/rules/r.xml': 'R' });
    let calls = 0;
    const w = watchSyncedDirs(() => calls++, { dataDir, debounceMs: 100 });
    try {
      for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dataDir, 'etc/shared/g/a'), `A${i}`);
      fs.writeFileSync(path.join(dataDir, 'etc/rules/new.xml'), 'N');
      const deadline = Date.now() + 3000;
      while (calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 250));
      expect(calls).toBe(1);
      expect(['recursive', 'per-folder']).toContain(w.mode);
    } finally {
      w.close();
    }
    fs.writeFileSync(path.join(dataDir, 'etc/shared/g/a'), 'after close');
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(1);
  });
});
