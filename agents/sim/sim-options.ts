// The simulator's options, checked once into a typed object; every problem is reported together.
import { parseNodeAddress, NodeAddress } from '../../config/address';
import { parseDuration } from '../../config/duration';
import { validateGroupString } from '../enrollment/group-names';
import { SimError } from './sim-errors';

export interface SimOptions {
  enroll: NodeAddress;
  workers: NodeAddress[];
  count: number;
  /** Events a second over the whole fleet (0: none). */
  rate: number;
  group: string | null;
  keepaliveMs: number;
  namePrefix: string;
  password: string | null;
  /** Enrollments in flight at once (authd serves one at a time anyway). */
  enrollConcurrency: number;
  /** Deadline of one enrollment, of a TCP connect, and of the ack after a startup. */
  enrollTimeoutMs: number;
  connectTimeoutMs: number;
  ackTimeoutMs: number;
  /** time-reconnect: a manager silent this long is left for the next worker. */
  reconnectMs: number;
  /** Reconnect and re-enroll backoffs: first delay and cap. */
  retryInitialMs: number;
  retryMaxMs: number;
  enrollRetryMaxMs: number;
}

/** What a caller may give: strings (as from the command line) or already-typed values. */
export interface SimOptionsInput {
  enroll: string | NodeAddress;
  workers: string | string[] | NodeAddress[];
  count: number | string;
  rate?: number | string;
  group?: string | null;
  keepalive?: string | number;
  namePrefix?: string;
  password?: string | null;
  enrollConcurrency?: number;
  enrollTimeout?: string | number;
  connectTimeout?: string | number;
  ackTimeout?: string | number;
  reconnect?: string | number;
  retryInitial?: string | number;
  retryMax?: string | number;
  enrollRetryMax?: string | number;
}

/** Default port of each endpoint, as Wazuh's. */
const ENROLL_PORT = 1515;
const AGENT_PORT = 1514;

function address(v: string | NodeAddress, defaultPort: number, what: string, problems: string[]): NodeAddress | null {
  if (typeof v !== 'string') return v;
  const a = parseNodeAddress(v, defaultPort);
  if (!a) problems.push(`${what}: ${JSON.stringify(v)} is not HOST:PORT`);
  return a ?? null;
}

/** Durations: a number is milliseconds, a string needs a unit ("10s"). */
function ms(v: string | number | undefined, fallback: number, what: string, problems: string[]): number {
  if (v === undefined) return fallback;
  try {
    const n = typeof v === 'number' ? v : parseDuration(v);
    if (!Number.isFinite(n) || n <= 0) throw new RangeError('must be above zero');
    return n;
  } catch (err) {
    problems.push(`${what}: ${(err as Error).message}`);
    return fallback;
  }
}

function number(v: number | string | undefined, fallback: number, what: string, integer: boolean, min: number, problems: string[]): number {
  if (v === undefined) return fallback;
  const n = typeof v === 'number' ? v : Number(v);
  if (typeof v === 'string' && v.trim() === '') problems.push(`${what}: is empty`);
  else if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    problems.push(`${what}: ${JSON.stringify(v)} must be ${integer ? 'an integer' : 'a number'} >= ${min}`);
  } else return n;
  return fallback;
}

/** Checks every option; throws one SimError('bad_options') listing all problems. */
export function parseSimOptions(input: SimOptionsInput): SimOptions {
  const problems: string[] = [];
  const enroll = address(input.enroll, ENROLL_PORT, '--enroll', problems);
  const rawWorkers = typeof input.workers === 'string' ? input.workers.split(',').filter((w) => w.trim() !== '') : input.workers;
  if (rawWorkers.length === 0) problems.push('--workers: give at least one HOST:PORT');
  const workers = rawWorkers.map((w) => address(w, AGENT_PORT, '--workers', problems)).filter((w): w is NodeAddress => w !== null);
  const count = number(input.count, 1, '--count', true, 1, problems);
  const rate = number(input.rate, 0, '--rate', false, 0, problems);
  const group = input.group ?? null;
  const groupProblem = group === null ? null : validateGroupString(group);
  if (groupProblem !== null) problems.push(`--group: ${groupProblem}`);
  const namePrefix = input.namePrefix ?? 'sim';
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}$/.test(namePrefix)) problems.push(`--name-prefix: ${JSON.stringify(namePrefix)} must be 1-100 of [A-Za-z0-9._-], not starting with "."`);
  const password = input.password ?? null;
  if (password !== null && (password === '' || /\s/.test(password))) problems.push('--password: must be non-empty with no spaces');
  const keepaliveMs = ms(input.keepalive, 10_000, '--keepalive', problems);
  const opts: SimOptions = {
    enroll: enroll ?? { host: '127.0.0.1', port: ENROLL_PORT },
    workers,
    count,
    rate,
    group,
    keepaliveMs,
    namePrefix,
    password,
    enrollConcurrency: number(input.enrollConcurrency, 8, 'enrollConcurrency', true, 1, problems),
    enrollTimeoutMs: ms(input.enrollTimeout, 10_000, 'enrollTimeout', problems),
    connectTimeoutMs: ms(input.connectTimeout, 5_000, 'connectTimeout', problems),
    ackTimeoutMs: ms(input.ackTimeout, 60_000, 'ackTimeout', problems),
    reconnectMs: ms(input.reconnect, Math.max(60_000, 3 * keepaliveMs), 'reconnect', problems),
    retryInitialMs: ms(input.retryInitial, 250, 'retryInitial', problems),
    retryMaxMs: ms(input.retryMax, 5_000, 'retryMax', problems),
    enrollRetryMaxMs: ms(input.enrollRetryMax, 30_000, 'enrollRetryMax', problems),
  };
  // Every keep-alive is acked, so only a reconnect window longer than the interval means silence.
  if (opts.reconnectMs <= opts.keepaliveMs) problems.push('reconnect: must be longer than --keepalive');
  if (opts.retryInitialMs > opts.retryMaxMs) problems.push('retryInitial: must not be above retryMax');
  if (problems.length > 0) throw new SimError('bad_options', `agent-sim options:\n  ${problems.join('\n  ')}`);
  return opts;
}
