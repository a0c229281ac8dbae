// `npm run bench -- hash-pool`: the integrity scanner's MD5 pool on its own, piscina (HashPool, in use)
// against the hand-written pool it replaced (bench/fixtures/hand-written-hash-pool.ts), beside plain
// in-thread hashing of the same files as the reference. 10,000 files / 100 MB, 10,000 files / 10 MB
// (many small batches: the pool's own overhead shows most) and 100 files / 100 KB (two batches: thread
// start shows most), each hashed by a new pool (cold: thread start included) and again by the same pool
// (warm). The two pools get the same options (batching, inline limits, threads) and the same hashing
// code; their runs alternate, starting with each in turn, so that drift in the machine's load falls on
// both, and the ratio is the median of each round's piscina/hand-written ratio (paired). Beside wall time,
// the process CPU time (all threads) of a run: it shows the pools' own cost even on a busy machine.
// Files are in the page cache for every run (the tree is read once first), so the figures compare pools,
// not disks. Both pools must return the same outcomes for every file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HashPool, hashFileInThread, isHashFailure, type HashJob, type HashOutcome, type HashPoolOptions } from '../actors/integrity/hash-pool';
import { HandWrittenHashPool } from './fixtures/hand-written-hash-pool';
import { makeTree } from './fixtures/tree-maker';

const ROUNDS = 9;

interface Pool {
  hashFiles(jobs: readonly HashJob[]): Promise<Map<string, HashOutcome>>;
  close(): Promise<void>;
}

const POOLS: readonly { name: string; make: (o: HashPoolOptions) => Pool }[] = [
  { name: 'piscina', make: (o) => new HashPool(o) },
  { name: 'hand-written', make: (o) => new HandWrittenHashPool(o) },
];

interface Work {
  label: string;
  jobs: HashJob[];
  bytes: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Timing {
  ms: number; // wall
  cpuMs: number; // process CPU, user + system, all threads
}

async function timed(f: () => Promise<Map<string, HashOutcome>>, expect: number): Promise<Timing & { out: Map<string, HashOutcome> }> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = await f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const failed = [...out.values()].filter(isHashFailure).length;
  if (out.size !== expect || failed > 0) throw new Error(`hashed ${out.size} of ${expect}, ${failed} failures`);
  return { ms, cpuMs: (c.user + c.system) / 1000, out };
}

async function inThread(jobs: readonly HashJob[]): Promise<Map<string, HashOutcome>> {
  const out = new Map<string, HashOutcome>();
  for (const j of jobs) out.set(j.path, await hashFileInThread(j.path));
  return out;
}

function sameOutcomes(a: Map<string, HashOutcome>, b: Map<string, HashOutcome>, what: string): void {
  for (const [p, o] of a) {
    if (JSON.stringify(o) !== JSON.stringify(b.get(p))) throw new Error(`${what}: ${p}: ${JSON.stringify(o)} != ${JSON.stringify(b.get(p))}`);
  }
}

async function workOf(dir: string, label: string, files: number, totalBytes: number): Promise<Work> {
  const made = await makeTree(dir, { files, totalBytes });
  const jobs = made.paths.map((rel) => {
    const abs = path.join(dir, ...rel.split('/'));
    return { path: abs, size: fs.statSync(abs).size };
  });
  await inThread(jobs); // into the page cache
  return { label, jobs, bytes: made.bytes };
}

function row(what: string, ts: readonly Timing[], w: Work, note = ''): void {
  const ms = median(ts.map((t) => t.ms));
  const cpu = median(ts.map((t) => t.cpuMs));
  const mbs = w.bytes / 1e6 / (ms / 1000);
  process.stdout.write(`  ${what.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms ${mbs.toFixed(0).padStart(5)} MB/s ${Math.round(w.jobs.length / (ms / 1000)).toString().padStart(7)} files/s  CPU ${cpu.toFixed(0).padStart(5)} ms${note}\n`);
}

async function measure(w: Work, reference: Map<string, HashOutcome>, threads: number | undefined): Promise<void> {
  const cold = POOLS.map((): Timing[] => []), warm = POOLS.map((): Timing[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < POOLS.length; k++) {
      const i = (r + k) % POOLS.length; // alternate which pool goes first
      const pool = POOLS[i].make(threads === undefined ? {} : { threads });
      try {
        const c = await timed(() => pool.hashFiles(w.jobs), w.jobs.length);
        const h = await timed(() => pool.hashFiles(w.jobs), w.jobs.length);
        if (r === 0) {
          sameOutcomes(reference, c.out, `${POOLS[i].name}, cold`);
          sameOutcomes(reference, h.out, `${POOLS[i].name}, warm`);
        }
        cold[i].push(c);
        warm[i].push(h);
      } finally {
        await pool.close();
      }
    }
  }
  const t = threads === undefined ? 'default threads' : `${threads} thread${threads > 1 ? 's' : ''}`;
  for (const [phase, xs] of [['cold', cold], ['warm', warm]] as const) {
    const base = xs[POOLS.length - 1]; // the hand-written pool
    POOLS.forEach((p, i) => {
      const ratio = (k: keyof Timing): string => median(xs[i].map((x, r) => x[k] / base[r][k])).toFixed(2);
      const note = i === POOLS.length - 1 ? '' : `  x${ratio('ms')} wall, x${ratio('cpuMs')} CPU`;
      row(`${w.label}, ${p.name} (${t}), ${phase}`, xs[i], w, note);
    });
  }
}

export async function runHashPoolBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-hash-bench-'));
  try {
    const works = [
      await workOf(path.join(dir, 'big'), '10,000 files / 100 MB', 10_000, 100 * 1000 * 1000),
      await workOf(path.join(dir, 'many'), '10,000 files / 10 MB', 10_000, 10 * 1000 * 1000),
      await workOf(path.join(dir, 'small'), '100 files / 100 KB', 100, 100 * 1000),
    ];
    process.stdout.write(`  median of ${ROUNDS} rounds on ${os.availableParallelism()} cores (default pool: cores - 1, 1 to 4 threads); xN: piscina / hand-written, median of the rounds' ratios\n`);
    for (const w of works) {
      const ref: Timing[] = [];
      let reference = new Map<string, HashOutcome>();
      for (let r = 0; r < ROUNDS; r++) {
        const t = await timed(() => inThread(w.jobs), w.jobs.length);
        ref.push(t);
        reference = t.out;
      }
      row(`${w.label}, in-thread (reference)`, ref, w);
      await measure(w, reference, undefined);
      await measure(w, reference, 2);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
