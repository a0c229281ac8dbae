// The replay generator, for the benchmarks and anyone who wants to load workers without the load
// generator eating the cores it measures: `record` seals N agents x K events ahead of time into a file
// (agents/replay/replay-file.ts); `run` registers those agents (optional) and sends their frames to the
// workers at a fixed rate (or a sweep of rates), reporting what it sent and the CPU it used doing so.
//
//   node dist/scripts/harness/replay.js record --agents 40 --events 10000 --out load.replay
//   node dist/scripts/harness/replay.js run --file load.replay --register master.yaml --workers 127.0.0.1:11514 --rate 20000
//   node dist/scripts/harness/replay.js run --file load.replay --workers 127.0.0.1:11514 --rate 5000,10000,15000 --step 5s
import * as fs from 'fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { NodeAddress, parseNodeAddress } from '../../config/address';
import { parseDuration } from '../../config/duration';
import { PRIVATE_MODE } from '../../lib/private-files';
import { decodeReplayFile, encodeAgentParts, encodeReplayPrefix, ReplayAgent, ReplayFile } from '../../agents/replay/replay-file';
import { checkRecordOptions, recordAgent, RecordOptions } from '../../agents/replay/replay-recorder';
import { ReplayError } from '../../agents/replay/replay-errors';
import { Replayer, ReplayStats } from '../../agents/replay/replayer';

/** Agents per import request (the master's limit is 2,000). */
const IMPORT_CHUNK = 1_000;

export interface RecordSummary {
  file: string;
  agents: number;
  frames: number;
  bytes: number;
  ms: number;
}

/** Records agent by agent into `file` (mode 0600: it holds the agents' keys); refuses to replace a file unless `force`. */
export function recordReplayFile(file: string, options: RecordOptions & { workers?: string[] }, force = false): RecordSummary {
  const started = Date.now();
  const deps = { now: new Date(), random: Math.random };
  checkRecordOptions(options);
  let fd: number;
  try {
    fd = fs.openSync(file, force ? 'w' : 'wx', PRIVATE_MODE);
  } catch (err) {
    const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
    throw new ReplayError('unwritable', exists ? `${file} exists: give --force to replace it` : `cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
  let bytes = 0, frames = 0, done = false;
  try {
    if (force) fs.fchmodSync(fd, PRIVATE_MODE);
    const write = (parts: Buffer[]): void => {
      for (const p of parts) {
        for (let off = 0; off < p.length;) off += fs.writeSync(fd, p, off);
        bytes += p.length;
      }
    };
    write([encodeReplayPrefix({ created_at: deps.now.toISOString(), workers: options.workers ?? [], generator: 'warden replay record' }, options.agents)]);
    for (let i = 0; i < options.agents; i++) {
      const a = recordAgent(i, options, deps);
      frames += a.messages.length;
      write(encodeAgentParts(a));
    }
    done = true;
  } finally {
    fs.closeSync(fd);
    if (!done) fs.rmSync(file, { force: true }); // half a file would only fail later, as truncated
  }
  return { file, agents: options.agents, frames, bytes, ms: Date.now() - started };
}

export function readReplayFile(file: string): ReplayFile {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    throw new ReplayError('unreadable', `cannot read replay file ${file}: ${(err as Error).message}`, { cause: err });
  }
  return decodeReplayFile(buf);
}

/**
 * Registers the file's agents with their ids and keys through a node's control socket (the master, or a
 * worker that forwards). An agent already registered with the same key is fine; one with another key
 * is an error: its frames would not open.
 */
export async function registerReplayAgents(socketPath: string, agents: readonly ReplayAgent[]): Promise<{ imported: number; unchanged: number }> {
  let imported = 0, unchanged = 0;
  for (let i = 0; i < agents.length; i += IMPORT_CHUNK) {
    const chunk = agents.slice(i, i + IMPORT_CHUNK);
    const r = (await askNode(socketPath, { command: 'agent-import', args: { agents: chunk.map(({ id, name, ip, key }) => ({ id, name, ip, key })) } })) as
      { imported: number; unchanged: number; skipped: { index: number; reason: string }[] };
    if (r.skipped.length > 0) {
      const named = r.skipped.slice(0, 5).map((s) => `${chunk[s.index]!.id}: ${s.reason}`).join('; ');
      throw new ReplayError('refused', `${r.skipped.length} agent(s) of the replay file clash with registered agents (${named}): remove them, or record with another --first-id`);
    }
    imported += r.imported;
    unchanged += r.unchanged;
  }
  return { imported, unchanged };
}

/** One step of a run: the rate asked, the events sent during it. */
interface ReplayStep {
  rate: number;
  events: number;
  ms: number;
}

export interface ReplayReport extends ReplayStats {
  /** The last rate asked. */
  rate: number;
  /** One step per rate of a sweep (one in all for a fixed rate). */
  steps: ReplayStep[];
  /** From the first tick to the last frame (or the stop). */
  wall_ms: number;
  cpu_user_ms: number;
  cpu_system_ms: number;
  /** The replayer's CPU over wall time: 0.03 is 3% of one core. */
  cpu_share: number;
  /** Events sent a second over the run. */
  sent_per_s: number;
}

interface RunReplayOptions {
  workers: NodeAddress[];
  /** Events a second: one rate, or a sweep of rates held `stepMs` each. */
  rates: number[];
  stepMs?: number;
  tickMs?: number;
  durationMs?: number;
  connectTimeoutMs?: number;
  onReady?: () => void;
  /** A sweep moved to step `index` (from 1). */
  onStep?: (index: number, rate: number) => void;
  signal?: AbortSignal;
}

/**
 * Connects, sends at the rate (or each rate of a sweep in turn) until the frames run out, the sweep ends,
 * `durationMs` passes, or `signal` aborts; then reports.
 */
export async function runReplay(file: ReplayFile, o: RunReplayOptions): Promise<ReplayReport> {
  if (o.rates.length === 0) throw new ReplayError('bad_options', 'rate: give at least one');
  if (o.rates.length > 1 && !(o.stepMs !== undefined && o.stepMs > 0)) throw new ReplayError('bad_options', `rate: ${o.rates.length} rates need --step, how long each is held`);
  const r = new Replayer(file, { ...o, rate: o.rates[0]! });
  const abort = () => void r.stop();
  o.signal?.addEventListener('abort', abort);
  const timers: NodeJS.Timeout[] = [];
  try {
    await r.connect();
    if (o.signal?.aborted) throw new ReplayError('connect_failed', 'stopped before every agent was connected');
    o.onReady?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const steps: ReplayStep[] = [];
    let step = 0, stepAt = t0, stepSent = 0;
    const closeStep = (): void => {
      const sent = r.stats().eventsSent;
      steps.push({ rate: o.rates[step]!, events: sent - stepSent, ms: Math.round(performance.now() - stepAt) });
      stepSent = sent;
      stepAt = performance.now();
    };
    const nextStep = (): void => {
      closeStep();
      r.setRate(o.rates[++step]!);
      o.onStep?.(step + 1, o.rates[step]!);
      // The last rate is held until --duration when one is given; without, the sweep ends with its step.
      if (step < o.rates.length - 1) timers.push(setTimeout(nextStep, o.stepMs));
      else if (o.durationMs === undefined) timers.push(setTimeout(() => void r.stop(), o.stepMs));
    };
    if (o.rates.length > 1) timers.push(setTimeout(nextStep, o.stepMs));
    if (o.durationMs !== undefined) timers.push(setTimeout(() => void r.stop(), o.durationMs));
    await r.run();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    closeStep();
    const s = r.stats();
    return {
      ...s, rate: o.rates[Math.min(step, o.rates.length - 1)]!, steps,
      wall_ms: Math.round(wall), cpu_user_ms: Math.round(cpu.user / 1000), cpu_system_ms: Math.round(cpu.system / 1000),
      cpu_share: Number(((cpu.user + cpu.system) / 1000 / Math.max(1, wall)).toFixed(4)), sent_per_s: Math.round(s.eventsSent / Math.max(0.001, wall / 1000)),
    };
  } finally {
    for (const t of timers) clearTimeout(t);
    o.signal?.removeEventListener('abort', abort);
    await r.stop();
  }
}

// --- the command line ---------------------------------------------------------------------------

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${JSON.stringify(v)} is not a positive integer`);
  return n;
}

function rateList(v: string): number[] {
  const rates = v.split(',').map((x) => Number(x.trim()));
  if (v.trim() === '' || rates.some((n) => !Number.isFinite(n) || n <= 0)) throw new InvalidArgumentError(`${JSON.stringify(v)} is not a positive number of events a second (or a list: 5000,10000,15000)`);
  return rates;
}

function duration(v: string): number {
  try {
    const ms = parseDuration(v);
    if (ms <= 0) throw new Error('must be above zero');
    return ms;
  } catch (err) {
    throw new InvalidArgumentError(`${JSON.stringify(v)}: ${(err as Error).message}`);
  }
}

function addresses(v: string): NodeAddress[] {
  const list = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) throw new ReplayError('bad_options', '--workers: give at least one HOST:PORT');
  return list.map((s) => {
    const a = parseNodeAddress(s, 1514);
    if (!a) throw new ReplayError('bad_options', `--workers: ${JSON.stringify(s)} is not HOST:PORT`);
    return a;
  });
}

async function socketOf(configFile: string): Promise<string> {
  const { loadConfigOrExit } = await import('../commands/daemon');
  return controlSocketPath(loadConfigOrExit(configFile).dataDir);
}

function describeReport(r: ReplayReport): string {
  const steps = r.steps.length > 1 ? r.steps.map((s, i) => `replay: step ${i + 1}: ${Math.round(s.events / Math.max(0.001, s.ms / 1000))} events/s of ${s.rate} asked`) : [];
  return [
    ...steps,
    `replay: sent ${r.eventsSent} events (${r.framesSent} frames, ${(r.bytesSent / 1e6).toFixed(1)} MB) from ${r.agents} agents in ${(r.wall_ms / 1000).toFixed(1)} s: ${r.sent_per_s} events/s${r.steps.length > 1 ? '' : ` of ${r.rate} asked`}`,
    `replay: CPU ${r.cpu_user_ms} ms user + ${r.cpu_system_ms} ms system = ${(r.cpu_share * 100).toFixed(1)}% of one core; ${r.congestedSkips} agent ticks skipped on backed-up sockets; ${r.closedByPeer} connections closed by a worker; ${r.finished} agents sent everything`,
  ].join('\n') + '\n';
}

export function replayProgram(): Command {
  const program = new Command()
    .name('replay')
    .description('pre-sealed Wazuh agent traffic: record a file once, replay it to workers at a fixed rate for a few percent of a core')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.command('record')
    .description('make N agents (fresh ids and keys) and seal K events each into a replay file (mode 0600: it holds their keys)')
    .requiredOption('--agents <n>', 'how many agents', positiveInt)
    .requiredOption('--events <k>', 'events per agent, after its startup and keep-alive', positiveInt)
    .requiredOption('--out <file>', 'the replay file to write; refuses to replace one without --force')
    .option('--first-id <n>', 'the first agent id (the others follow)', positiveInt, 1)
    .option('--name-prefix <p>', 'agent names are <p>-<id>', 'replay')
    .option('--workers <host:port,...>', 'agent ports to remember in the file (run --workers overrides)', '')
    .option('--force', 'replace an existing file')
    .option('--json', 'print {"file","agents","frames","bytes","ms"}')
    .action((o: { agents: number; events: number; out: string; firstId: number; namePrefix: string; workers: string; force?: boolean; json?: boolean }) => {
      const workers = o.workers === '' ? [] : addresses(o.workers).map((a) => `${a.host}:${a.port}`);
      const s = recordReplayFile(o.out, { agents: o.agents, events: o.events, firstId: o.firstId, namePrefix: o.namePrefix, workers }, o.force);
      process.stdout.write(o.json ? JSON.stringify(s) + '\n' : `replay: ${s.agents} agents, ${s.frames} frames, ${(s.bytes / 1e6).toFixed(1)} MB written to ${s.file} in ${s.ms} ms\n`);
    });
  program.command('run')
    .description('send a replay file\'s frames to workers at a fixed total rate, then print what was sent and the CPU it took')
    .requiredOption('--file <file>', 'a file from `replay record`')
    .requiredOption('--rate <eps[,eps...]>', 'events a second over all agents; a list is a sweep, each rate held --step long', rateList)
    .option('--step <d>', 'with several rates: how long each is held (e.g. 4s); the last one until --duration if given', duration)
    .option('--workers <host:port,...>', 'agent ports; agent i goes to worker i % n (default: the file\'s)')
    .option('--register <config>', 'first import the file\'s agents (ids and keys) through this node\'s control socket')
    .option('--duration <d>', 'stop after this long (e.g. 30s); default: when every frame is sent', duration)
    .option('--tick <d>', 'write period: frames go out in batches this far apart', duration, 20)
    .option('--connect-timeout <d>', 'time for every agent to connect and be answered', duration, 30_000)
    .option('--json', 'print one JSON document: the report')
    .addHelpText('after', [
      '',
      'Each agent sends its startup and a keep-alive, waits for the worker\'s answer, then its events. The',
      'counters of a file start afresh, so a worker with agents.verify_counters on accepts a file once per',
      'cluster; record another (or another --first-id) to replay again there. Progress goes to stderr.',
      'Exit codes: 0 sent, 1 failed (file, registration, connection), 2 usage.',
    ].join('\n'))
    .action(async (o: { file: string; rate: number[]; step?: number; workers?: string; register?: string; duration?: number; tick: number; connectTimeout: number; json?: boolean }) => {
      const file = readReplayFile(o.file);
      const workers = o.workers !== undefined ? addresses(o.workers) : file.header.workers.length ? addresses(file.header.workers.join(',')) : [];
      if (workers.length === 0) throw new ReplayError('bad_options', '--workers: the file names no workers; give HOST:PORT,...');
      if (o.register) {
        const reg = await registerReplayAgents(await socketOf(o.register), file.agents);
        process.stderr.write(`replay: ${reg.imported} agents registered, ${reg.unchanged} already were\n`);
      }
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      const report = await runReplay(file, {
        workers, rates: o.rate, tickMs: o.tick, connectTimeoutMs: o.connectTimeout, signal: stop.signal,
        ...(o.step !== undefined ? { stepMs: o.step } : {}),
        ...(o.duration !== undefined ? { durationMs: o.duration } : {}),
        onReady: () => process.stderr.write(`replay: ${file.agents.length} agents ready on ${workers.length} worker(s); sending ${o.rate[0]} events/s\n`),
        onStep: (i, rate) => process.stderr.write(`replay: step ${i} of ${o.rate.length}: sending ${rate} events/s\n`),
      });
      process.stdout.write(o.json ? JSON.stringify(report) + '\n' : describeReport(report));
    });
  return program;
}

if (require.main === module) {
  replayProgram().parseAsync(process.argv).catch((err: unknown) => {
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // commander printed it
    process.stderr.write(`replay: ${(err as Error).message}\n`);
    process.exit(err instanceof ReplayError && err.code === 'bad_options' ? 2 : 1);
  });
}
