// measure-scanner.ts: not a test. Times the scanner on a synced tree (default 10,000 files / 100 MB).
// Run: npm run build && node dist/test/integrity/measure-scanner.js [files] [MB]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HashPool } from '../../actors/integrity/hash-pool';
import { scanSyncedFiles } from '../../actors/integrity/scanner';
import { tableDigest } from '../../actors/integrity/file-table';
import { makeTree, rewriteFiles } from '../../bench/fixtures/tree-maker';
import { syncFromLocalMaster } from './local-sync';

async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const c0 = process.cpuUsage(), t0 = process.hrtime.bigint();
  const r = await f();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  console.log(`${label.padEnd(44)} wall ${wall.toFixed(1).padStart(8)} ms   main-thread+pool CPU user ${(cpu.user / 1000).toFixed(1)} ms sys ${(cpu.system / 1000).toFixed(1)} ms`);
  return r;
}

async function main(): Promise<void> {
  const files = Number(process.argv[2] ?? 10_000);
  const mb = Number(process.argv[3] ?? 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scan-'));
  const pool = new HashPool();
  try {
    const made = await timed(`make ${files} files / ${mb} MB`, () => makeTree(dir, { files, totalBytes: mb << 20 }));
    const cold = await timed('cold scan (hash all, worker pool)', () => scanSyncedFiles({ dataDir: dir, pool }));
    console.log(`  hashed ${cold.hashed}, table ${cold.table.size} files`);
    await timed('cold scan (hash all, in-thread)', () => scanSyncedFiles({ dataDir: dir }));
    for (let i = 0; i < 3; i++) {
      const idle = await timed(`idle rescan #${i + 1} (nothing changed)`, () => scanSyncedFiles({ dataDir: dir, previous: cold.table, pool }));
      if (idle.hashed !== 0) throw new Error('idle scan hashed files');
    }
    await timed('tableDigest', async () => tableDigest(cold.table));
    await rewriteFiles(dir, made.paths.slice(0, 100), 'changed');
    const ch = await timed('rescan after 100 files changed', () => scanSyncedFiles({ dataDir: dir, previous: cold.table, pool }));
    console.log(`  hashed ${ch.hashed}, modified ${ch.modified.length}`);
    // Not the scanner: a whole local sync (no network), for a first idea of the apply side.
    const worker = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-sync-'));
    try {
      const s1 = await timed('local sync, cold (empty worker)', () => syncFromLocalMaster({ masterDir: dir, workerDir: worker, pool }));
      console.log(`  written ${s1.apply.written}`);
      await rewriteFiles(dir, made.paths.slice(100, 200), 'changed again');
      const s2 = await timed('local sync, 100 files changed (tables kept)', () =>
        syncFromLocalMaster({ masterDir: dir, workerDir: worker, pool, masterTable: s1.masterTable }));
      console.log(`  written ${s2.apply.written}`);
    } finally {
      fs.rmSync(worker, { recursive: true, force: true });
    }
  } finally {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
