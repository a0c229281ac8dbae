// `npm run bench -- analysis-ratio`: how analysis scales from 1 to 2 worker processes, measured with a
// load generator that costs next to nothing: the replayer (scripts/harness/replay.ts) sends frames sealed
// ahead of time, so the cores go to the workers, not to sealing (agent-sim in analysis-e2e tops out
// near 16,000 events/s on 2 cores and measured itself). A master and 1, then 2 workers run through the
// CLI; each worker is offered more events than it analyses; each worker's own output (lines appended to
// its logs/archives/archives.json over a fixed window) gives its events/s. CPU of every process (and of
// each worker's busiest threads) comes from /proc, to show which one saturates. Two series: the workers
// sharing every core (what this machine gives them), and each worker confined to its own core (taskset),
// which shows how a worker process scales when each has a core of its own.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawn } from 'child_process';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { archivesPath, clusterLogPath } from '../actors/node/data-dir';
import { defaultSuiteRoot } from '../analysis/testing/suite';
import { decodeReplayFile, REPLAY_VERSION } from '../agents/replay/replay-file';
import { recordReplayFile } from '../scripts/harness/replay';
import type { ReplayReport } from '../scripts/harness/replay';
import { cpuSeconds, linesSince, threadCpuSeconds, threadShares } from './proc-sample';

const TARGET_RATIO = 1.7;
const WARMUP_MS = Number(process.env.WARDEN_BENCH_WARMUP_MS ?? 3_000);
const WINDOW_MS = Number(process.env.WARDEN_BENCH_WINDOW_MS ?? 10_000);
/**
 * Events a second offered to each worker: above what one worker analyses on this machine (5,000-9,000/s
 * measured under other load, 13,900/s by analysis-e2e), not far above: a worker opens every frame it is
 * sent before its full queue drops it, so overdriving spends the cores on frames that are then dropped.
 */
const RATE_PER_WORKER = Number(process.env.WARDEN_BENCH_RATE_PER_WORKER ?? 15_000);
const AGENTS = Number(process.env.WARDEN_BENCH_AGENTS ?? 40);
const MAX_WORKERS = 2;
/** shared: the workers share every core (what a 2-core machine gives); on: worker i is confined to core i; both. */
const PIN = process.env.WARDEN_BENCH_PIN ?? 'both';

interface Run {
  workers: number;
  rate: number;
  perWorker: number[];
  cpu: Record<string, number>;
  /** The two busiest threads of each worker, share of a core. */
  threads: Record<string, number[]>;
  replay: ReplayReport;
}

const REPLAY_BIN = path.join(__dirname, '..', 'scripts', 'harness', 'replay.js');

/** One file for both runs (each cluster is new, so fresh counters are fresh there), kept between bench runs. */
function replayFile(events: number): { file: string; note: string } {
  const file = path.join(os.tmpdir(), `warden-bench-v${REPLAY_VERSION}-${AGENTS}x${events}.replay`);
  try {
    const f = decodeReplayFile(fs.readFileSync(file));
    if (f.agents.length === AGENTS && f.agents.every((a) => a.ends.length === a.preamble + events)) return { file, note: `reused ${file}` };
  } catch {
    // missing or from another build: record it again
  }
  const s = recordReplayFile(file, { agents: AGENTS, events, namePrefix: 'bench' }, true);
  return { file, note: `recorded ${s.frames} frames (${(s.bytes / 1e6).toFixed(0)} MB) in ${(s.ms / 1000).toFixed(1)} s into ${file}` };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the replayer; resolves once every agent is connected and answered. */
function startReplayer(args: string[]): Promise<{ finish: () => Promise<ReplayReport>; pid: number }> {
  const child = spawn(process.execPath, [REPLAY_BIN, 'run', ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stdout!.on('data', (d) => { out += d; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const finish = async (): Promise<ReplayReport> => {
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`replayer exited ${code}: ${err.slice(-2000)}`);
    return JSON.parse(out) as ReplayReport;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`replayer not ready within 60 s: ${err.slice(-2000)}`)); }, 60_000);
    child.stderr!.on('data', (d) => {
      err += d;
      if (/agents ready/.test(err)) { clearTimeout(timer); resolve({ finish, pid: child.pid! }); }
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`replayer exited ${code} before it was ready: ${err.slice(-2000)}`)); });
  });
}

/** Confines every thread of a process (and the threads it starts later) to one core. */
function pinToCore(pid: number, core: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' });
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Has the worker's engine loaded its ruleset? Events sent before that only wait in its queue. */
function engineLoaded(dataDir: string): boolean {
  try {
    return fs.readFileSync(clusterLogPath(dataDir), 'utf8').includes('Ruleset loaded in');
  } catch {
    return false;
  }
}

async function runWith(workers: number, file: string, ruleset: string | null, durationS: number, pin: boolean): Promise<Run> {
  const c = new LocalCluster({
    workers,
    intervals: { agent_info: '2s' },
    extraYaml: () => (ruleset ? `analysis:\n  ruleset_dirs: [${JSON.stringify(ruleset)}]\n` : ''),
  });
  await c.configure();
  await c.startAll();
  let replayer: Awaited<ReturnType<typeof startReplayer>> | undefined;
  try {
    await c.waitAllConnected(30_000);
    const ws = c.nodes.slice(1);
    await c.waitFor('every worker\'s engine loaded', async () => ws.every((w) => engineLoaded(w.dataDir)), (x) => x, 60_000, 200);
    if (pin) ws.forEach((w, i) => pinToCore(w.process!.pid!, i % os.cpus().length));
    const rate = RATE_PER_WORKER * workers;
    replayer = await startReplayer([
      '--file', file, '--register', c.master.configFile, '--rate', String(rate), '--duration', `${durationS}s`,
      '--workers', ws.map((w) => `127.0.0.1:${w.agentPort}`).join(','),
    ]);
    await sleep(WARMUP_MS);
    const procs = [['replayer', replayer.pid] as const, ['bench', process.pid] as const, ...c.nodes.map((n) => [n.name, n.process?.pid ?? 0] as const)];
    const at = ws.map((w) => linesSince(archivesPath(w.dataDir), 0).size);
    const cpu0 = procs.map(([, pid]) => cpuSeconds(pid));
    const th0 = ws.map((w) => threadCpuSeconds(w.process?.pid));
    await sleep(WINDOW_MS);
    const secs = WINDOW_MS / 1000;
    const cpu1 = procs.map(([, pid]) => cpuSeconds(pid));
    const th1 = ws.map((w) => threadCpuSeconds(w.process?.pid));
    const perWorker = ws.map((w, i) => linesSince(archivesPath(w.dataDir), at[i]!).lines / secs);
    const replay = await replayer.finish();
    replayer = undefined;
    return {
      workers, rate, perWorker, replay,
      cpu: Object.fromEntries(procs.map(([name], i) => [name, (cpu1[i]! - cpu0[i]!) / secs])),
      threads: Object.fromEntries(ws.map((w, i) => [w.name, threadShares(th0[i]!, th1[i]!, secs).slice(0, 2)])),
    };
  } finally {
    await replayer?.finish().catch(() => undefined);
    await c.stop();
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const totalOf = (r: Run): number => r.perWorker.reduce((a, b) => a + b, 0);

/** 1 then 2 workers, each run printed as it ends; returns the ratio. */
async function series(file: string, ruleset: string | null, durationS: number, pin: boolean): Promise<number> {
  const label = pin ? 'pinned' : 'shared';
  const runs: Run[] = [];
  for (let n = 1; n <= MAX_WORKERS; n++) {
    const r = await runWith(n, file, ruleset, durationS, pin);
    runs.push(r);
    const cpu = Object.entries(r.cpu).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    const threads = Object.entries(r.threads).map(([k, t]) => `${k} ${t.map(pct).join(' + ')}`).join('; ');
    process.stdout.write(`analysis-ratio: ${label}, ${n} worker${n > 1 ? 's' : ''}: ${r.perWorker.map((e, i) => `worker-${i + 1} ${Math.round(e)}`).join(', ')} events/s; total ${Math.round(totalOf(r))} events/s\n`);
    process.stdout.write(`analysis-ratio:   replayer sent ${r.replay.sent_per_s} events/s of ${r.rate} asked, for ${pct(r.replay.cpu_share)} of a core (its own process.cpuUsage over ${(r.replay.wall_ms / 1000).toFixed(1)} s; ${r.replay.congestedSkips} agent ticks held back on full sockets)\n`);
    process.stdout.write(`analysis-ratio:   CPU over the window (/proc, share of one core): ${cpu}; two busiest threads: ${threads}\n`);
  }
  const ratio = totalOf(runs[1]!) / Math.max(1, totalOf(runs[0]!));
  const cores = os.cpus().length;
  const oneWorkerCpu = runs[0]!.cpu['worker-1'] ?? NaN;
  const others = ['master', 'replayer', 'bench'].reduce((a, k) => a + (runs[1]!.cpu[k] ?? 0), 0);
  const bound = Math.min(MAX_WORKERS, (cores - others) / oneWorkerCpu);
  process.stdout.write(`analysis-ratio: ${label}: 2 workers / 1 worker = ${ratio.toFixed(2)}x (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}); `
    + (pin
      ? `each worker confined to its own core (taskset -a), so one worker alone had one core and two had two; the master, replayer and bench ran on either\n`
      : `one worker alone used ${pct(oneWorkerCpu)} of a core (a main thread that opens messages and writes archives, an engine thread that analyses); with 2 workers the master, replayer and bench took ${pct(others)}, so ${cores} cores leave room for at most ${bound.toFixed(2)}x\n`));
  return ratio;
}

export async function runAnalysisRatioBench(): Promise<void> {
  const suite = process.env.WARDEN_RULESET ?? defaultSuiteRoot(path.resolve(__dirname, '..', '..'));
  const ruleset = suite ?? null;
  const cores = os.cpus().length;
  if (!['off', 'on', 'both'].includes(PIN)) throw new Error(`WARDEN_BENCH_PIN=${PIN}: use off, on or both`);
  const modes = PIN === 'both' ? [false, true] : [PIN === 'on'];
  const durationS = Math.ceil((WARMUP_MS + WINDOW_MS) / 1000) + 2;
  const events = Math.ceil((RATE_PER_WORKER * MAX_WORKERS * durationS) / AGENTS);
  const { file, note } = replayFile(events);
  process.stdout.write(`analysis-ratio: ${AGENTS} agents; ${note}\n`);
  process.stdout.write(`analysis-ratio: ruleset: ${ruleset ? `full Wazuh ruleset (${ruleset})` : 'built-in (no ../shared/wazuh-ruleset)'}; window ${WINDOW_MS / 1000} s after ${WARMUP_MS / 1000} s of warm-up; offered ${RATE_PER_WORKER} events/s per worker; load average ${os.loadavg()[0]!.toFixed(2)} on ${cores} cores (master, workers, replayer and this bench all share them)\n`);
  for (const pin of modes) {
    if (pin && !hasTaskset()) { process.stdout.write('analysis-ratio: pinned series skipped: no taskset (util-linux) here\n'); continue; }
    await series(file, ruleset, durationS, pin);
  }
  process.stdout.write(`analysis-ratio: load average ${os.loadavg()[0]!.toFixed(2)} at the end\n`);
  process.stdout.write(`analysis-ratio: command: npm run bench -- analysis-ratio (env WARDEN_BENCH_PIN=off|on|both, WARDEN_BENCH_WINDOW_MS, WARDEN_BENCH_RATE_PER_WORKER, WARDEN_BENCH_AGENTS); replayer alone: node dist/scripts/harness/replay.js run --file ${file} --register MASTER.yaml --workers HOST:PORT,... --rate N\n`);
}
