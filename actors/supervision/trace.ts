// trace.ts: the shell's live trace of one actor: the types and sizes of the messages it handles and sends
// (to other actors, and over its connection), never their content, so no key material can leak into it.
//
// Free when no trace runs: the actor layer reads one counter (`tracing()`) and does nothing else. While
// a trace runs, the traced actor handles its messages inside an AsyncLocalStorage context, so what it
// sends, even after an await, is attributed to it; every other actor runs outside any context.
import { AsyncLocalStorage } from 'async_hooks';
import type { Clock } from '../../lib/clock';
import { setWireTap } from '../../protocol/wire-tap';

export interface TraceEntry {
  seq: number;
  at: number;
  /** in: a message it took from its mailbox, or a reply it got over the wire; out: one it sent; done: a message handled. */
  dir: 'in' | 'out' | 'done';
  via: 'actor' | 'wire';
  type: string;
  /** Exact for wire messages (the encoded envelope); an estimate for messages between actors. */
  bytes: number;
  /** out to an actor: the receiving actor's path. */
  to?: string;
  /** done: how long handling took, and the class of the error when it failed (never its text). */
  ms?: number;
  failed?: string;
}

export interface TraceLimits {
  count: number;
  durationMs: number;
}

export const TRACE_DEFAULTS: TraceLimits = { count: 100, durationMs: 10_000 };
export const TRACE_MAX: TraceLimits = { count: 10_000, durationMs: 300_000 };
/** Traces running at once on one node: each costs a context per traced message. */
export const MAX_TRACES = 8;
/** A finished trace waits this long for its last poll, then goes. */
const KEEP_DONE_MS = 30_000;
/** A trace nobody polls for this long is ended (the shell went away). */
const ABANDONED_MS = 15_000;

export type TraceEnd = 'count' | 'duration' | 'stopped' | 'abandoned';

export interface TracePoll {
  id: number;
  path: string;
  entries: TraceEntry[];
  /** Why it ended; null while it runs. */
  done: TraceEnd | null;
  total: number;
}

/** What the actor layer calls while a traced actor works. */
export interface TraceSink {
  record(e: Omit<TraceEntry, 'seq' | 'at'>): void;
}

let active = 0;
const context = new AsyncLocalStorage<TraceSink | undefined>();

/** True while any trace runs in this process: the one check the actor layer makes. */
export function tracing(): boolean {
  return active > 0;
}

/** Runs `fn` as the traced actor's work (sink set) or as another actor's (no sink: nothing attributed). */
export function runTraced<T>(sink: TraceSink | undefined, fn: () => T): T {
  return context.run(sink, fn);
}

/** The traced actor whose work is running now, if any. */
export function currentSink(): TraceSink | undefined {
  return context.getStore();
}

function started(): void {
  if (active++ === 0) {
    setWireTap((dir, kind, bytes) => currentSink()?.record({ dir, via: 'wire', type: kind, bytes: bytes() }));
  }
}

function ended(): void {
  if (--active === 0) setWireTap(undefined);
}

export class TraceError extends Error {
  override readonly name = 'TraceError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class Session implements TraceSink {
  readonly entries: TraceEntry[] = [];
  total = 0;
  done: TraceEnd | null = null;
  polledAt: number;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(readonly id: number, readonly path: string, private readonly limits: TraceLimits,
    private readonly clock: Clock, private readonly onEnd: (s: Session) => void) {
    this.polledAt = clock.now();
    // Real time, unref'd: an operator's duration, and a node must never wait on a trace to exit.
    this.timers.push(setTimeout(() => this.end('duration'), limits.durationMs).unref());
    this.timers.push(setInterval(() => {
      if (this.clock.now() - this.polledAt > ABANDONED_MS) this.end('abandoned');
    }, ABANDONED_MS / 3).unref());
  }

  record(e: Omit<TraceEntry, 'seq' | 'at'>): void {
    if (this.done) return;
    this.entries.push({ seq: ++this.total, at: this.clock.now(), ...e });
    if (this.total >= this.limits.count) this.end('count');
  }

  end(why: TraceEnd): void {
    if (this.done) return;
    this.done = why;
    for (const t of this.timers) clearTimeout(t);
    this.timers.length = 0;
    this.onEnd(this);
  }
}

/** A node's traces, by actor path. */
export class ActorTracer {
  private readonly sessions = new Map<number, Session>();
  private readonly byPath = new Map<string, Session[]>();
  private nextId = 1;

  constructor(private readonly clock: Clock) {}

  /** The sink of the traces that watch `path`, if any (called only while tracing() is true). */
  sinkFor(path: string): TraceSink | undefined {
    const list = this.byPath.get(path);
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    return { record: (e) => { for (const s of list) s.record(e); } };
  }

  start(path: string, limits: TraceLimits): { id: number; path: string; limits: TraceLimits } {
    const live = [...this.sessions.values()].filter((s) => !s.done).length;
    if (live >= MAX_TRACES) throw new TraceError('busy', `${live} traces already run on this node (at most ${MAX_TRACES}); stop one or wait`);
    const id = this.nextId++;
    const session = new Session(id, path, limits, this.clock, (s) => this.finished(s));
    this.sessions.set(id, session);
    this.byPath.set(path, [...(this.byPath.get(path) ?? []), session]);
    started();
    return { id, path, limits };
  }

  /** The entries since the last poll. A finished trace is forgotten after its last poll. */
  poll(id: number): TracePoll {
    const s = this.session(id);
    s.polledAt = this.clock.now();
    const entries = s.entries.splice(0);
    if (s.done) this.sessions.delete(id);
    return { id, path: s.path, entries, done: s.done, total: s.total };
  }

  stop(id: number): TracePoll {
    this.session(id).end('stopped');
    return this.poll(id);
  }

  /** Ends every trace (the node stops). */
  close(): void {
    for (const s of this.sessions.values()) s.end('stopped');
    this.sessions.clear();
  }

  private session(id: number): Session {
    const s = this.sessions.get(id);
    if (!s) throw new TraceError('no_such_trace', `no trace ${id} on this node (it ended and was collected, or never existed)`);
    return s;
  }

  private finished(s: Session): void {
    const rest = (this.byPath.get(s.path) ?? []).filter((x) => x !== s);
    if (rest.length) this.byPath.set(s.path, rest);
    else this.byPath.delete(s.path);
    ended();
    setTimeout(() => this.sessions.delete(s.id), KEEP_DONE_MS).unref();
  }
}

/** How a message is named in a trace: its type, and the wire kind of a request or stream it carries. */
export function describeMessage(type: string, msg: unknown): string {
  const m = msg as { req?: { env?: { body?: { kind?: unknown } } }; stream?: { info?: { kind?: unknown } } } | null;
  const kind = m?.req?.env?.body?.kind ?? m?.stream?.info?.kind;
  return typeof kind === 'string' ? `${type} ${kind}` : type;
}

const SIZE_DEPTH = 4;
const SIZE_NODES = 256;

/**
 * A rough size of a message between actors (strings, buffers and numbers it holds, a few levels deep):
 * enough to tell a tick from a batch. Only computed for traced actors.
 */
export function approxBytes(value: unknown): number {
  let nodes = 0;
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): number => {
    if (++nodes > SIZE_NODES) return 0;
    switch (typeof v) {
      case 'string': return v.length;
      case 'number': case 'bigint': return 8;
      case 'boolean': return 1;
      case 'object': {
        if (v === null) return 0;
        if (ArrayBuffer.isView(v)) return v.byteLength;
        if (depth >= SIZE_DEPTH || seen.has(v)) return 0;
        seen.add(v);
        let n = 0;
        if (Array.isArray(v)) for (const x of v) n += walk(x, depth + 1);
        else for (const k of Object.keys(v)) n += k.length + walk((v as Record<string, unknown>)[k], depth + 1);
        return n;
      }
      default: return 0;
    }
  };
  return walk(value, 0);
}
