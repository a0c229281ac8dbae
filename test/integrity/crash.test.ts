// kill -9 mid-apply, for real: a child process runs a whole sync and SIGKILLs itself at each staging
// point and after each apply step; recoverIntegrity then must leave every file wholly old or wholly
// new, the set converged (old tree before the journal's commit, the master's after), and a new sync
// must converge from there.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recoverIntegrity } from '../../actors/integrity/apply';
import { planSync, isInSync } from '../../actors/integrity/integrity-plan';
import { syncFromLocalMaster } from './local-sync';
import { scanSyncedFiles } from '../../actors/integrity/scanner';
import { stagingDirOf } from '../../actors/integrity/staging';
import { compiledEntry } from '../../lib/compiled-entry';
import { listFolders, readTree, removeDir, tempDir, writeTree } from './helpers';

jest.setTimeout(180_000);

const DRIVER = compiledEntry(__filename, 'crash-driver'); // dist/test/integrity/crash-driver.js
const BIG = 'big block\n'.repeat(300_000); // 3 MB: several chunks, so kills land mid-file

const OLD: Record<string, string> = {
  'etc/shared/default/agent.conf': 'old conf',
  'etc/shared/x/inner/a': 'x was a folder',
  'etc/shared/gone/deep/f': 'extra, its folders go too',
  'etc/rules/y': 'y was a file',
  'etc/rules/same.xml': 'same',
  'etc/rules/big.xml': 'small before',
  'etc/lists/drop': 'extra',
};
const NEW: Record<string, string> = {
  'etc/shared/default/agent.conf': 'new conf',
  'etc/shared/x': 'x is a file',
  'etc/rules/y/z.xml': 'y is a folder',
  'etc/rules/same.xml': 'same',
  'etc/rules/big.xml': BIG,
  'etc/decoders/new dir/dé cø.xml': 'decoder',
  'etc/lists/empty': '',
};
const LOCAL = { 'etc/shared/default/merged.mg': 'built on this node' };

let root: string, master: string, template: string;
beforeAll(() => {
  root = tempDir('warden-crash-');
  master = path.join(root, 'master');
  template = path.join(root, 'template');
  writeTree(master, NEW);
  writeTree(template, { ...OLD, ...LOCAL });
});
afterAll(() => removeDir(root));

function freshWorker(name: string): string {
  const w = path.join(root, name);
  fs.cpSync(template, w, { recursive: true, preserveTimestamps: true });
  return w;
}

function runChild(worker: string, killStage: number, killStep: number): { signal: string | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [DRIVER, master, worker, String(killStage), String(killStep)], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { signal: r.signal, out: r.stdout, err: r.stderr };
}

async function checkAfterCrash(worker: string, committed: boolean, outcomes: string[]): Promise<void> {
  const report = await recoverIntegrity({ dataDir: worker });
  const tree = readTree(worker);
  for (const p of new Set([...Object.keys(OLD), ...Object.keys(NEW)])) {
    const now = tree[p];
    // Wholly old or wholly new: a path holds one side's bytes, or is absent where a side lacks it.
    expect([OLD[p], NEW[p]]).toContain(now);
  }
  expect(tree).toEqual(committed ? { ...NEW, ...LOCAL } : { ...OLD, ...LOCAL });
  expect(outcomes).toContain(report.outcome);
  expect(fs.readdirSync(stagingDirOf(worker))).toEqual([]);
  // A new sync converges from wherever the crash left the tree.
  await syncFromLocalMaster({ masterDir: master, workerDir: worker, concurrency: 2 });
  expect(readTree(worker)).toEqual({ ...NEW, ...LOCAL });
  expect(listFolders(worker, 'etc/shared')).toEqual(['etc/shared/default']);
  const [m, w] = await Promise.all([scanSyncedFiles({ dataDir: master }), scanSyncedFiles({ dataDir: worker })]);
  expect(isInSync(planSync(m.table, w.table))).toBe(true);
}

let counts: { staged: number; steps: number; moved: string[] };

test('the driver runs a whole sync in a child process', async () => {
  const worker = freshWorker('dry-run');
  const r = runChild(worker, 0, 0);
  expect(r.err).toBe('');
  counts = JSON.parse(r.out) as typeof counts;
  expect(counts.staged).toBe(6); // files to fetch
  // Steps (apply.ts): commit, 4 deletes, 1 folder cleared, 1 folder moved whole (etc/decoders, which the
  // worker lacks), 5 files renamed (etc/rules/y is a file until apply deletes it), prune, fsync, clear.
  expect(counts.steps).toBe(1 + 4 + 1 + 1 + 5 + 3);
  expect(counts.moved).toEqual(['etc/decoders']);
  expect(readTree(worker)).toEqual({ ...NEW, ...LOCAL });
});

test('SIGKILL while staging: recovery rolls back to the old tree', async () => {
  for (let k = 1; k <= counts.staged; k++) {
    const worker = freshWorker(`stage-${k}`);
    expect(runChild(worker, k, 0).signal).toBe('SIGKILL');
    await checkAfterCrash(worker, false, ['rolled_back']);
  }
});

test('SIGKILL after every apply step: recovery rolls forward to the master tree', async () => {
  for (let k = 1; k <= counts.steps; k++) {
    const worker = freshWorker(`step-${k}`);
    expect(runChild(worker, 0, k).signal).toBe('SIGKILL');
    // After the last step (the journal cleared) the apply is complete: nothing is left to recover.
    await checkAfterCrash(worker, true, k === counts.steps ? ['clean'] : ['rolled_forward']);
  }
});
