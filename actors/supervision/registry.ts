// The live table of a node's actors, read by `warden control actors` and the inspection shell.
import { copyHistogram, newHistogram, type Histogram } from '../../lib/histogram';

export type ActorStatus = 'starting' | 'idle' | 'busy' | 'backing-off' | 'stopped' | 'failed';

export interface ActorFailure {
  message: string;
  at: number;
  stack: string | null;
  /** 'local': the actor's own (restarted here); 'link': its connection's (handed up). */
  scope: 'local' | 'link';
  /** What the supervisor did: restart after this many ms, or hand the failure up (null). */
  restartInMs: number | null;
}

export interface ActorInfo {
  path: string;
  kind: string;
  status: ActorStatus;
  summary: string;
  /** Messages waiting, ticks included. */
  mailbox: number;
  handled: number;
  dropped: number;
  /** Time spent handling each message (lib/histogram.ts buckets), over the actor's whole life. */
  handleTime: Histogram;
  /** Total milliseconds spent busy, across restarts. */
  busyMs: number;
  restarts: number;
  lastError: ActorFailure | null;
  startedAt: number;
  /** Since when the current message is being handled; null when idle. */
  busySince: number | null;
  /** While backing off: when the next restart is due. */
  nextRestartAt: number | null;
  /** Failing past its restart budget: retrying at the backoff cap. */
  failing: boolean;
  policy: string;
  /** The last failures, newest last (at most RESTART_LOG_SIZE). */
  restartLog: ActorFailure[];
  /** The types of the last messages handled, newest last. */
  recentMessages: string[];
  /** Results of work started by the actor that are still to come back to its mailbox. */
  pendingPipes: number;
  tick: TickInfo | null;
}

/** A periodic loop's schedule and runs (the shell's `timers`). */
export interface TickInfo {
  schedule: string;
  /** When the schedule last fired (the tick was posted, or skipped as an overlap). */
  lastAt: number | null;
  /** When the last tick started being handled, and how long it took. */
  lastRunAt: number | null;
  lastDurationMs: number | null;
  /** When the schedule fires next; null while the actor is not running. */
  nextAt: number | null;
  /** Ticks that fired while the previous one still waited: coalesced, never run twice at once. */
  skipped: number;
}

export const RESTART_LOG_SIZE = 10;
export const RECENT_MESSAGES = 10;

/** What the shell may do to a live actor (only when shell.allow_mutations is true). */
export interface ActorControls {
  /** Fails the actor as a crash would: its supervisor applies its restart policy. */
  crash(err: Error): void;
  stop(): Promise<void>;
  /** The root of a node: failing or stopping it stops the daemon. */
  readonly isRoot: boolean;
}

/** A mutable record owned by one actor; the registry only hands out copies. */
export interface ActorRecord extends ActorInfo {
  summarize: () => string;
  /** When its ticker fires next (set while it runs). */
  nextTick: (() => number | null) | null;
  controls: ActorControls | null;
}

export class ActorRegistry {
  private readonly records = new Map<string, ActorRecord>();

  add(path: string, kind: string, now: number, policy: string, summarize: () => string = () => ''): ActorRecord {
    const rec: ActorRecord = {
      path, kind, status: 'starting', summary: '', mailbox: 0, handled: 0, dropped: 0, restarts: 0,
      handleTime: newHistogram(), busyMs: 0,
      lastError: null, startedAt: now, busySince: null, nextRestartAt: null, failing: false, policy,
      restartLog: [], recentMessages: [], pendingPipes: 0, tick: null, summarize, nextTick: null, controls: null,
    };
    this.records.set(path, rec);
    return rec;
  }

  /** Removes the record of `path` if it is still `rec` (a successor of the same path keeps its own). */
  remove(path: string, rec?: ActorRecord): void {
    if (rec === undefined || this.records.get(path) === rec) this.records.delete(path);
  }

  get(path: string): ActorInfo | undefined {
    const r = this.records.get(path);
    return r && snapshotOf(r);
  }

  /** The live actor at `path`, for the shell's restart and stop. */
  controlsOf(path: string): ActorControls | undefined {
    return this.records.get(path)?.controls ?? undefined;
  }

  /** Every actor, sorted by path so that a parent comes before its children. */
  snapshot(): ActorInfo[] {
    return [...this.records.values()].map(snapshotOf).sort((a, b) => a.path.localeCompare(b.path));
  }
}

export function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

function snapshotOf(r: ActorRecord): ActorInfo {
  let summary: string;
  try {
    summary = r.summarize();
  } catch (err) {
    summary = `summary failed: ${(err as Error).message}`;
  }
  const { summarize: _s, nextTick: _n, controls: _c, ...info } = r;
  const nextAt = r.nextTick?.() ?? null;
  return {
    ...info, summary,
    lastError: r.lastError && { ...r.lastError },
    restartLog: r.restartLog.map((f) => ({ ...f })),
    recentMessages: [...r.recentMessages],
    handleTime: copyHistogram(r.handleTime),
    tick: r.tick && { ...r.tick, nextAt },
  };
}
