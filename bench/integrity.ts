// `npm run bench -- integrity`: a master with 10,000 files / 100 MB and two workers, as real processes.
// Cold syncs of a fresh worker (with the worker's own breakdown of its steps), each beside the time this
// disk takes, just then, to create 10,000 files, at the default intervals and again with every node
// rescanning each second; then, in this process, the worker's receive-and-stage
// step alone at several staging depths; the master's CPU while idle checks run, one 200 MB file
// streamed to both workers with every node's RSS watched, then, with the rescans 10 s apart as in
// production, rounds of 100 files changed in place and replaced by rename (an atomic save) reaching
// both workers. This machine's MD5 throughput is the physical reference.
//
// Nothing is deleted until the end: trees done with are moved aside. On ext4 without a journal (this
// sandbox's disk), creating a file scans past every inode freed in the last minutes, so 10,000 files
// made just after 10,000 were deleted take several times longer: a bench that deleted between its runs
// would measure its own deletions.
import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { scanSyncedFiles } from '../actors/integrity/scanner';
import { groupIntoPacks, packSource } from '../actors/integrity/pack-source';
import { receivePack } from '../actors/integrity/pack-receiver';
import { Staging } from '../actors/integrity/staging';
import { makeTree, replaceFilesByRename, rewriteFiles } from './fixtures/tree-maker';
import type { RulesetView } from '../actors/integrity/ruleset-view';

const FILES = 10_000;
const BYTES = 100 * 1000 * 1000;
/** Issue 10's target on this machine, inside DESIGN.md's 3 s. */
const TARGET_COLD_MS = 2_500;
/** Cold syncs of worker-1, each from an empty data folder; the median counts. */
const COLD_RUNS = 3;
const TARGET_IDLE_CPU_MS = 100;
const TARGET_CHANGE_MS = 1_000;
const IDLE_WINDOW_MS = 10_000;
/** Change rounds run with production intervals: a round that waits for a rescan shows it. */
const ROUND_INTERVAL = '10s';
const ROUNDS = 5;
const ROUND_GAP_MS = 2_000;
const BIG_BYTES = 200 * 1000 * 1000;
/** Streaming holds a few MiB per stream (window, chunks, a read piece): nowhere near the file's size. */
const BIG_EXTRA_RSS_MB = 64;

function line(what: string, value: string, target?: string, ratio?: number): void {
  const r = ratio === undefined ? '' : `  ratio ${ratio.toFixed(2)} ${ratio <= 1 ? '(meets)' : '(misses)'}`;
  process.stdout.write(`  ${what.padEnd(46)} ${value.padStart(12)}${target ? `  target ${target}` : ''}${r}\n`);
}

/** Process CPU (user + system) in ms from /proc; null where there is no /proc. */
function cpuMsOf(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** Resident set size in MB from /proc; null where there is none. */
function rssMbOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Creates `n` empty files in a new folder, one at a time; the folder is kept (see the top of this file). */
function createFilesMs(dir: string, n: number): number {
  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  for (let i = 0; i < n; i++) fs.closeSync(fs.openSync(path.join(dir, `f-${i}`), 'wx', 0o600));
  return Date.now() - started;
}

/** Moves a tree done with out of the way, to be deleted with the rest at the end. */
function setAside(dir: string, trash: string): void {
  fs.mkdirSync(trash, { recursive: true });
  fs.renameSync(dir, path.join(trash, `${path.basename(dir)}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`));
}

/** A file of `bytes` written 1 MiB at a time (each MiB numbered, so no two are alike). */
function writeBigFile(file: string, bytes: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const block = randomBytes(1 << 20);
  const fd = fs.openSync(file + '.tmp', 'w', 0o640);
  try {
    for (let off = 0, i = 0; off < bytes; off += block.length, i++) {
      block.writeUInt32BE(i, 0);
      fs.writeSync(fd, block, 0, Math.min(block.length, bytes - off));
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(file + '.tmp', file);
}

/** Staging depths compared, each run DEPTH_RUNS times; the median counts. */
const DEPTHS = [8, 32, 128];
const DEPTH_RUNS = 3;
/** Packs received at once, as the master sends them (integrity-master.ts). */
const PACKS_AT_ONCE = 4;

/**
 * The worker's receive-and-stage step alone, in this process: the master's packs are read into memory
 * first, then staged into a fresh staging folder at each depth and flushed (one syncfs).
 */
async function stagingDepths(masterDir: string, scratch: string): Promise<void> {
  const table = (await scanSyncedFiles({ dataDir: masterDir })).table;
  const packs: Buffer[][] = [];
  for (const paths of groupIntoPacks([...table.keys()], table)) {
    const chunks: Buffer[] = [];
    for await (const c of packSource(masterDir, paths, table, [])) chunks.push(c);
    packs.push(chunks);
  }
  for (const depth of DEPTHS) {
    const stage: number[] = [], flush: number[] = [];
    for (let run = 0; run < DEPTH_RUNS; run++) {
      const worker = path.join(scratch, `depth-${depth}-${run}`);
      const staging = await Staging.open({ dataDir: worker, depth });
      let next = 0;
      const t0 = Date.now();
      await Promise.all(Array.from({ length: PACKS_AT_ONCE }, async () => {
        for (let i = next++; i < packs.length; i = next++) {
          await receivePack(staging, packs[i], (rel, err) => { throw new Error(`${rel} refused: ${err.message}`); });
        }
      }));
      stage.push(Date.now() - t0);
      const t1 = Date.now();
      await staging.flush();
      flush.push(Date.now() - t1);
      if (staging.entries.length !== table.size) throw new Error(`staged ${staging.entries.length} of ${table.size} files`);
      setAside(worker, path.join(scratch, 'trash'));
    }
    line(`  depth ${String(depth).padStart(2)}: receive+stage, median of ${DEPTH_RUNS} (${stage.join(', ')})`, `${median(stage)} ms`);
    line(`            flush, median of ${DEPTH_RUNS} (${flush.join(', ')})`, `${median(flush)} ms`);
  }
}

/** The worker's debug line on its cold sync's steps, as "plan 15 ms, receive+stage 4018 ms, ...". */
function coldSyncSteps(logFile: string): string | null {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  const m = /Took (\d+) ms to plan, (\d+) ms to receive and stage, (?:(\d+) ms to flush, )?(\d+) ms to apply/.exec(text);
  if (!m) return null;
  return [`plan ${m[1]}`, `receive+stage ${m[2]}`, ...(m[3] === undefined ? ['flush (in apply)'] : [`flush ${m[3]}`]), `apply ${m[4]}`].join(', ') + ' ms';
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function md5Throughput(): number {
  const buf = Buffer.alloc(64 * 1024 * 1024, 7);
  const started = process.hrtime.bigint();
  for (let i = 0; i < 4; i++) createHash('md5').update(buf).digest();
  const s = Number(process.hrtime.bigint() - started) / 1e9;
  return (4 * buf.length) / 1e6 / s;
}

export async function runIntegrityBench(): Promise<void> {
  const mbps = md5Throughput();
  line('MD5 throughput, one core (reference)', `${mbps.toFixed(0)} MB/s`);
  line(`  so hashing ${BYTES / 1e6} MB once takes`, `${((BYTES / 1e6 / mbps) * 1000).toFixed(0)} ms`);

  // The cold syncs run at the production intervals (10 s), as a cluster runs; then again with every node
  // rescanning each second (the master's rescans of its 10,000 files then compete with the sync for the
  // cores), the condition of the figures before 2026-12-02, and that of the idle section below.
  const c = new LocalCluster({ workers: 2, intervals: { integrity: ROUND_INTERVAL, local_integrity: ROUND_INTERVAL } });
  try {
    await c.configure();
    const tree = await makeTree(c.master.dataDir, { files: FILES, totalBytes: BYTES });
    line('master tree', `${tree.paths.length} files`, undefined);
    const ruleset = () => c.ask('master', 'ruleset', 5_000).catch(() => null) as Promise<RulesetView | null>;
    const inSync = (v: RulesetView | null, names: string[]) => !!v && names.every((n) => v.workers.find((w) => w.name === n)?.in_sync);
    const setIntervals = (every: string) => {
      for (const n of c.nodes) fs.writeFileSync(n.configFile, fs.readFileSync(n.configFile, 'utf8').replace(/^ {2}(local_integrity|integrity): .*$/gm, `  $1: ${every}`));
    };

    c.start('master');
    await c.waitFor('the master scanned its tree', ruleset, (v) => !!v && v.master.files >= FILES, 120_000, 100);

    // Cold sync: a fresh worker, from its start to every file applied; then again from an empty folder.
    const trash = path.join(c.dir, 'trash');
    let runs = 0;
    const coldSyncs = async (): Promise<{ cold: number; floor: number }> => {
      const colds: number[] = [], floors: number[] = [];
      for (let run = 1; run <= COLD_RUNS; run++) {
        if (runs++ > 0) {
          await c.kill('worker-1', 'SIGTERM');
          setAside(c.node('worker-1').dataDir, trash);
        }
        floors.push(createFilesMs(path.join(trash, `floor-${runs}`), FILES));
        const t0 = Date.now();
        c.start('worker-1', ['--debug']);
        // The master keeps a worker's last report across its restarts: only a report after this start counts.
        await c.waitFor('worker-1 in sync', ruleset, (v) => !!v && v.workers.some((w) => w.name === 'worker-1' && w.in_sync && Date.parse(w.last_check ?? '') >= t0), 300_000, 20);
        colds.push(Date.now() - t0);
        process.stdout.write(`    run ${run}: ${colds[run - 1]} ms (creating ${FILES} empty files here just before, one at a time: ${floors[run - 1]} ms); ` +
          `the worker's steps: ${coldSyncSteps(path.join(c.node('worker-1').dataDir, 'logs', 'cluster.log')) ?? 'not logged'}\n`);
      }
      return { cold: median(colds), floor: median(floors) };
    };
    process.stdout.write(`  cold syncs, every node's intervals at ${ROUND_INTERVAL} (the default):\n`);
    const { cold, floor } = await coldSyncs();
    line(`cold sync of a fresh worker (process start incl.), median of ${COLD_RUNS}`, `${cold} ms`, `${TARGET_COLD_MS} ms`, cold / TARGET_COLD_MS);
    // The floor a worker cannot go under: it must create one inode per file, on this disk as it is then.
    line(`  creating ${FILES} empty files on this disk (reference), median`, `${floor} ms`);
    process.stdout.write(`  staging the whole tree in this process, ${PACKS_AT_ONCE} packs at once, at each depth (small files written at once):\n`);
    await stagingDepths(c.master.dataDir, path.join(c.dir, 'depths'));

    setIntervals('1s');
    await c.kill('master', 'SIGTERM');
    c.start('master');
    await c.waitFor('the master scanned its tree', ruleset, (v) => !!v && v.master.files >= FILES, 120_000, 100);
    process.stdout.write('  cold syncs, every node\'s intervals at 1s (the master rescans its tree every second):\n');
    const busy = await coldSyncs();
    line(`cold sync with 1 s rescans, median of ${COLD_RUNS}`, `${busy.cold} ms`);
    c.start('worker-2');
    await c.waitFor('worker-2 in sync', ruleset, (v) => inSync(v, ['worker-1', 'worker-2']), 300_000, 50);

    // Idle: every second one local rescan on the master and one check from each worker.
    await new Promise((r) => setTimeout(r, 1_500));
    const pid = c.master.process!.pid!;
    const cpu0 = cpuMsOf(pid);
    await new Promise((r) => setTimeout(r, IDLE_WINDOW_MS));
    const cpu1 = cpuMsOf(pid);
    if (cpu0 !== null && cpu1 !== null) {
      const perCycle = (cpu1 - cpu0) / (IDLE_WINDOW_MS / 1000);
      line('master CPU per idle cycle (1 rescan + 2 checks)', `${perCycle.toFixed(1)} ms`, `${TARGET_IDLE_CPU_MS} ms`, perCycle / TARGET_IDLE_CPU_MS);
    }

    // One 200 MB file: it must stream. Every node's RSS is sampled while it travels to both workers.
    const pids = { master: c.master.process!.pid!, 'worker-1': c.node('worker-1').process!.pid!, 'worker-2': c.node('worker-2').process!.pid! };
    const base = Object.fromEntries(Object.entries(pids).map(([n, p]) => [n, rssMbOf(p) ?? 0]));
    const peak: Record<string, number> = { ...base };
    const sampler = setInterval(() => {
      for (const [n, p] of Object.entries(pids)) peak[n] = Math.max(peak[n], rssMbOf(p) ?? 0);
    }, 20);
    try {
      const before2 = (await ruleset())!.master.digest;
      const t2 = Date.now();
      writeBigFile(path.join(c.master.dataDir, 'etc/shared/bench/big.bin'), BIG_BYTES);
      await c.waitFor('the 200 MB file applied everywhere', ruleset, (v) => !!v && v.master.digest !== before2 && inSync(v, ['worker-1', 'worker-2']), 300_000, 20);
      line(`a ${BIG_BYTES / 1e6} MB file reaching 2 workers (write incl.)`, `${Date.now() - t2} ms`);
    } finally {
      clearInterval(sampler);
    }
    for (const n of Object.keys(pids)) {
      const extra = peak[n] - base[n];
      line(`  ${n} RSS during it: ${base[n].toFixed(0)} MB before, peak +`, `${extra.toFixed(0)} MB`, `${BIG_EXTRA_RSS_MB} MB`, extra / BIG_EXTRA_RSS_MB);
    }
    const got = fs.statSync(path.join(c.node('worker-1').dataDir, 'etc/shared/bench/big.bin')).size;
    if (got !== BIG_BYTES) throw new Error(`worker-1 holds ${got} bytes of the big file, not ${BIG_BYTES}`);

    // Change rounds with the rescans 10 s apart: each round must come from the watch, not a rescan.
    setIntervals(ROUND_INTERVAL);
    for (const n of c.nodes) await c.kill(n.name, 'SIGTERM');
    await c.startAll();
    await c.waitFor('the cluster back in sync', ruleset, (v) => !!v && v.master.files >= FILES && inSync(v, ['worker-1', 'worker-2']), 120_000, 100);
    const changed = tree.paths.filter((_, i) => i % 100 === 0).slice(0, 100);
    const rounds = async (what: string, change: (tag: string) => Promise<void>): Promise<void> => {
      const took: number[] = [];
      for (let r = 1; r <= ROUNDS; r++) {
        await new Promise((res) => setTimeout(res, ROUND_GAP_MS));
        const before = (await ruleset())!.master.digest;
        const t = Date.now();
        await change(`bench ${what} ${r} ${t}`);
        await c.waitFor(`${what}, round ${r}, applied everywhere`, ruleset, (v) => !!v && v.master.digest !== before && inSync(v, ['worker-1', 'worker-2']), 60_000, 10);
        took.push(Date.now() - t);
      }
      const worst = Math.max(...took);
      line(`100 files ${what} reaching 2 workers, median of ${ROUNDS}`, `${median(took)} ms`, `${TARGET_CHANGE_MS} ms`, median(took) / TARGET_CHANGE_MS);
      line(`  max (${took.join(', ')} ms)`, `${worst} ms`, `${TARGET_CHANGE_MS} ms`, worst / TARGET_CHANGE_MS);
    };
    process.stdout.write(`  change rounds, every node's intervals at ${ROUND_INTERVAL}, rounds ${ROUND_GAP_MS / 1000} s apart:\n`);
    await rounds('changed in place', (tag) => rewriteFiles(c.master.dataDir, changed, tag));
    await rounds('replaced by rename', (tag) => replaceFilesByRename(c.master.dataDir, changed, tag));

    const health = (await c.ask('master', 'health')) as { workers: { name: string; integrity_sync: unknown }[] };
    for (const w of health.workers) process.stdout.write(`  health ${w.name}: integrity_sync ${JSON.stringify(w.integrity_sync)}\n`);
  } finally {
    await c.stop();
  }
}
