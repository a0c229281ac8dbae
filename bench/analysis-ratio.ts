// `npm run bench -- analysis-ratio`: how analysis scales from 1 to 2 worker processes, measured with a
// load generator that costs next to nothing: the replayer (scripts/harness/replay.ts) sends frames sealed
// ahead of time, so the cores go to the workers, not to sealing (agent-sim in analysis-e2e tops out
// near 16,000 events/s on 2 cores and measured itself). A master and 1, then 2 workers run through the
// CLI. Each is offered a sweep of rates per worker, each held a few seconds; each worker's own output
// (lines appended to its logs/archives/archives.json) gives its events/s at each step, and the best step
// is what that many workers analyse. A sweep, not one rate above capacity: a worker that falls behind
// reads its backlog in event-loop turns of seconds, and its engine, fed a few batches a turn, starves
// (see the output's note), so one overdriven run would measure that collapse, not the capacity. CPU of
// every process (and of each worker's busiest threads) comes from /proc, to show which one saturates.
// Two series: the workers sharing every core (what this machine gives them), and each worker confined
// to its own core (taskset), which shows how worker processes scale when each has a core of its own.
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
/** Events a second offered to each worker, step by step: from well below one worker's capacity to above it. */
const RATES_PER_WORKER = (process.env.WARDEN_BENCH_RATES ?? '2000,3500,5000,7000,9500,13000').split(',').map(Number);
const STEP_MS = Number(process.env.WARDEN_BENCH_STEP_MS ?? 4_000);
/** A step that analyses less than this share of what it was offered is far behind: the sweep ends there. */
const BEHIND_BELOW = 0.5;
/** Each step is measured this much after it starts and ends: the queue and the archive writes lag behind. */
const SETTLE_MS = 1_000;
const AGENTS = Number(process.env.WARDEN_BENCH_AGENTS ?? 40);
const MAX_WORKERS = 2;
/** off: the workers share every core; on: worker i is confined to core i; both: one series each. */
const PIN = process.env.WARDEN_BENCH_PIN ?? 'both';

interface Step {
  /** Offered to each worker. */
  rate: number;
  /** Far behind: under BEHIND_BELOW of the offered rate analysed (saturated, or collapsing). */
  behind: boolean;
  perWorker: number[];
  cpu: Record<string, number>;
  /** The two busiest threads of each worker, share of a core. */
  threads: Record<string, number[]>;
}

interface Run {
  workers: number;
  steps: Step[];
  replay: ReplayReport;
}

const REPLAY_BIN = path.join(__dirname, '..', 'scripts', 'harness', 'replay.js');

/** One file for every run (each cluster is new, so fresh counters are fresh there), kept between bench runs. */
function replayFile(events: number): { file: string; note: string } {
  const file = path.join(os.tmpdir(), `warden-bench-v${REPLAY_VERSION}-${AGENTS}-agents.replay`);
  try {
    const f = decodeReplayFile(fs.readFileSync(file));
    if (f.agents.length === AGENTS && f.agents.every((a) => a.ends.length >= a.preamble + events)) return { file, note: `reused ${file}` };
  } catch {
    // missing, too short, or from another build: record it again
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

async function runWith(workers: number, file: string, ruleset: string | null, pin: boolean): Promise<Run> {
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
    replayer = await startReplayer([
      '--file', file, '--register', c.master.configFile, '--workers', ws.map((w) => `127.0.0.1:${w.agentPort}`).join(','),
      '--rate', RATES_PER_WORKER.map((r) => r * workers).join(','), '--step', `${STEP_MS}ms`,
      // The last rate goes on past the last step, so that the last sample, taken a little later, still sees it.
      '--duration', `${STEP_MS * RATES_PER_WORKER.length + 5_000}ms`,
    ]);
    const procs = [['replayer', replayer.pid] as const, ['bench', process.pid] as const, ...c.nodes.map((n) => [n.name, n.process?.pid ?? 0] as const)];
    const steps: Step[] = [];
    // Windows as long as the steps, a second behind them: what a step offers is analysed a little later.
    await sleep(SETTLE_MS);
    for (const rate of RATES_PER_WORKER) {
      const at = ws.map((w) => linesSince(archivesPath(w.dataDir), 0).size);
      const cpu0 = procs.map(([, pid]) => cpuSeconds(pid));
      const th0 = ws.map((w) => threadCpuSeconds(w.process?.pid));
      const t0 = performance.now();
      await sleep(STEP_MS);
      const secs = (performance.now() - t0) / 1000;
      const cpu1 = procs.map(([, pid]) => cpuSeconds(pid));
      const th1 = ws.map((w) => threadCpuSeconds(w.process?.pid));
      const perWorker = ws.map((w, i) => linesSince(archivesPath(w.dataDir), at[i]!).lines / secs);
      const behind = perWorker.reduce((a, b) => a + b, 0) < BEHIND_BELOW * rate * workers;
      steps.push({
        rate, behind, perWorker,
        cpu: Object.fromEntries(procs.map(([name], i) => [name, (cpu1[i]! - cpu0[i]!) / secs])),
        threads: Object.fromEntries(ws.map((w, i) => [w.name, threadShares(th0[i]!, th1[i]!, secs).slice(0, 2)])),
      });
      // The backlog stays: higher steps would only measure it.
      if (behind) break;
    }
    const replay = await replayer.finish();
    replayer = undefined;
    return { workers, steps, replay };
  } finally {
    await replayer?.finish().catch(() => undefined);
    await c.stop();
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const totalOf = (s: Step): number => s.perWorker.reduce((a, b) => a + b, 0);
const best = (r: Run): Step => r.steps.reduce((a, b) => (totalOf(b) > totalOf(a) ? b : a));

function printRun(label: string, r: Run): void {
  const n = r.workers;
  process.stdout.write(`analysis-ratio: ${label}, ${n} worker${n > 1 ? 's' : ''} (offered per worker -> analysed; CPU over the step from /proc, share of one core):\n`);
  for (const s of r.steps) {
    const cpu = Object.entries(s.cpu).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    const threads = Object.entries(s.threads).map(([k, t]) => `${k} ${t.map(pct).join('+')}`).join(', ');
    process.stdout.write(`analysis-ratio:   ${String(s.rate).padStart(6)}/s -> ${s.perWorker.map((e, i) => `worker-${i + 1} ${Math.round(e)}`).join(', ')}; total ${Math.round(totalOf(s))}/s${s.behind ? ' (far behind)' : ''} | ${cpu} | busiest threads ${threads}\n`);
  }
  if (r.steps[r.steps.length - 1]!.behind && r.steps.length < RATES_PER_WORKER.length) process.stdout.write(`analysis-ratio:   (under ${pct(BEHIND_BELOW)} of the offered rate analysed: the higher steps were not run)\n`);
  const sent = r.replay.steps.map((s) => `${Math.round(s.events / Math.max(0.001, s.ms / 1000))}`).join(', ');
  process.stdout.write(`analysis-ratio:   replayer: sent ${sent} events/s at the steps, ${pct(r.replay.cpu_share)} of a core over ${(r.replay.wall_ms / 1000).toFixed(1)} s (its own process.cpuUsage), ${r.replay.congestedSkips} agent ticks held back on full sockets\n`);
}

/** 1 then 2 workers; returns the ratio of their best steps. */
async function series(file: string, ruleset: string | null, pin: boolean): Promise<number> {
  const label = pin ? 'pinned' : 'shared';
  const runs: Run[] = [];
  for (let n = 1; n <= MAX_WORKERS; n++) {
    const r = await runWith(n, file, ruleset, pin);
    runs.push(r);
    printRun(label, r);
  }
  const [one, two] = [best(runs[0]!), best(runs[1]!)];
  const ratio = totalOf(two) / Math.max(1, totalOf(one));
  const cores = os.cpus().length;
  const oneWorkerCpu = one.cpu['worker-1'] ?? NaN;
  const others = ['master', 'replayer', 'bench'].reduce((a, k) => a + (two.cpu[k] ?? 0), 0);
  const bound = Math.min(MAX_WORKERS, (cores - others) / oneWorkerCpu);
  process.stdout.write(`analysis-ratio: ${label}: best steps: 1 worker ${Math.round(totalOf(one))} events/s (worker-1 at ${pct(oneWorkerCpu)} of a core), 2 workers ${two.perWorker.map(Math.round).join(' + ')} = ${Math.round(totalOf(two))} events/s: ${ratio.toFixed(2)}x (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})\n`);
  process.stdout.write(pin
    ? `analysis-ratio: ${label}: each worker confined to its own core (taskset -a): one worker alone had one core, two had two; the master, replayer and bench ran on either\n`
    : `analysis-ratio: ${label}: one worker alone used ${pct(oneWorkerCpu)} of a core (a main thread that opens messages and writes archives, an engine thread that analyses); with 2 workers the master, replayer and bench took ${pct(others)}, so ${cores} cores leave room for at most ${bound.toFixed(2)}x\n`);
  return ratio;
}

export async function runAnalysisRatioBench(): Promise<void> {
  if (!['off', 'on', 'both'].includes(PIN)) throw new Error(`WARDEN_BENCH_PIN=${PIN}: use off, on or both`);
  if (RATES_PER_WORKER.some((r) => !(r > 0))) throw new Error(`WARDEN_BENCH_RATES=${process.env.WARDEN_BENCH_RATES}: positive numbers, comma-separated`);
  const suite = process.env.WARDEN_RULESET ?? defaultSuiteRoot(path.resolve(__dirname, '..', '..'));
  const ruleset = suite ?? null;
  const cores = os.cpus().length;
  const modes = PIN === 'both' ? [false, true] : [PIN === 'on'];
  // Every step's events for 2 workers, and the last rate held through the last window and 2 s more.
  const perWorker = RATES_PER_WORKER.reduce((a, b) => a + b, 0) * STEP_MS + RATES_PER_WORKER[RATES_PER_WORKER.length - 1]! * (SETTLE_MS + 2_000);
  const events = Math.ceil((perWorker * MAX_WORKERS) / 1000 / AGENTS);
  const { file, note } = replayFile(events);
  process.stdout.write(`analysis-ratio: ${AGENTS} agents; ${note}\n`);
  process.stdout.write(`analysis-ratio: ruleset: ${ruleset ? `full Wazuh ruleset (${ruleset})` : 'built-in (no ../shared/wazuh-ruleset)'}; steps of ${STEP_MS / 1000} s (each measured ${SETTLE_MS / 1000} s behind) at ${RATES_PER_WORKER.join(', ')} events/s per worker; load average ${os.loadavg()[0]!.toFixed(2)} on ${cores} cores (master, workers, replayer and this bench all share them)\n`);
  for (const pin of modes) {
    if (pin && !hasTaskset()) { process.stdout.write('analysis-ratio: pinned series skipped: no taskset (util-linux) here\n'); continue; }
    await series(file, ruleset, pin);
  }
  process.stdout.write(`analysis-ratio: load average ${os.loadavg()[0]!.toFixed(2)} at the end. A worker offered more than it analyses falls behind: its main thread then reads seconds of backlog per event-loop turn, and its engine (4 batches of 500 in flight, refilled once a turn) starves, so its rate collapses instead of levelling off; the best step is the capacity\n`);
  process.stdout.write(`analysis-ratio: command: npm run bench -- analysis-ratio (env WARDEN_BENCH_PIN=off|on|both, WARDEN_BENCH_RATES=2000,3500,..., WARDEN_BENCH_STEP_MS, WARDEN_BENCH_AGENTS); the replayer alone: node dist/scripts/harness/replay.js run --file ${file} --register MASTER.yaml --workers HOST:PORT,... --rate 8000,14000 --step 4s\n`);
}
