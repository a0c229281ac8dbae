// A supervised actor over nact: a typed, bounded mailbox; restarts by policy (policy.ts); bottom-up stop;
// periodic ticks, timers and the results of async work all arrive as messages in its own mailbox; and a
// live record in the node's registry.
//
// The mailbox is ours (a FIFO array); nact runs one message at a time per actor and holds the tree. So a
// restart keeps the messages that were waiting, and the registry sees their exact count and types.
// nact 7.6.2 defects (DESIGN.md section 3) do not reach us: we never use nact's onCrash (a failure is
// caught here and handled by the policy), never resetAll (a restart is a fresh nact actor), never
// spawnStateless, and stop children ourselves, deepest first.
import { spawn, stop as nactStop, dispatch, type Ref } from 'nact';
import type { Clock, Random, Timer } from '../../lib/clock';
import { observe } from '../../lib/histogram';
import { ActorStoppedError, AskTimeoutError, ChildFailedError } from './errors';
import { decideRestart, DEFAULT_POLICY, describePolicy, type RestartPolicy } from './policy';
import { type ActorFailure, type ActorRecord, type ActorRegistry, pushBounded, RECENT_MESSAGES, RESTART_LOG_SIZE } from './registry';
import { describeTick, startTicker, type Ticker, type TickSchedule } from './ticker';
import { type ActorTracer, approxBytes, currentSink, describeMessage, runTraced, tracing } from './trace';

export interface ActorSpec<S, M> {
  name: string;
  kind: string;
  /** Called at every (re)start; may spawn children and start timers through `self`; may throw. */
  init: (self: ActorHandle<M>) => S;
  receive: (state: S, msg: M, self: ActorHandle<M>) => S | Promise<S>;
  summary?: (state: S) => string;
  tick?: { schedule: TickSchedule; message: () => M };
  onStop?: (state: S) => void | Promise<void>;
  /** How failures of this actor are handled (defaults: DEFAULT_POLICY). */
  restart?: Partial<RestartPolicy>;
  /** A child handed a failure up: the message this actor gets about it. Without it, this actor fails too. */
  childFailed?: (child: ActorHandle<unknown>, err: Error) => M;
  /** A message that will never be handled (it threw, or the actor stopped): e.g. answer its request with the error. */
  unhandled?: (msg: M, err: Error) => void;
  /** Waiting messages beyond this are refused (tell returns false) and counted; ticks coalesce. Default 1,000. */
  mailboxLimit?: number;
}

export interface ActorEnv {
  registry: ActorRegistry;
  /** The shell's live traces (trace.ts); none: actors cannot be traced. */
  tracer?: ActorTracer;
  clock: Clock;
  random: Random;
  /** Told of every failure, restart and escalation; the node logs them. */
  onEvent?: (e: SupervisionEvent) => void;
  /** A failure that reached the root. */
  onFatal?: (err: Error) => void;
}

export type SupervisionEvent =
  | { type: 'crashed'; path: string; error: Error; restartInMs: number; attempt: number; failing: boolean }
  | { type: 'restarted'; path: string }
  | { type: 'escalated'; path: string; error: Error; reason: 'link' | 'budget' | 'policy' }
  | { type: 'dropped'; path: string; mailbox: number };

export type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };

type Item<M> = { tick: true } | { tick: false; msg: M };

/** How long stop() waits for the message in hand before it stops the actor anyway. */
const STOP_WAIT_MS = 2_000;
const DEFAULT_MAILBOX_LIMIT = 1_000;

export class ActorHandle<M> {
  readonly path: string;
  private readonly policy: RestartPolicy;
  private readonly record: ActorRecord;
  private readonly children = new Map<string, ActorHandle<any>>();
  private readonly queue: Item<M>[] = [];
  private readonly timers = new Set<Timer>();
  private ref: Ref<number> | undefined;
  private state: unknown;
  /** Bumped at every start and failure: work of an earlier instance never touches the current one. */
  private incarnation = 0;
  private crashTimes: number[] = [];
  private restartTimer: Timer | undefined;
  private ticker: Ticker | undefined;
  private tickQueued = false;
  private inflight: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly spec: ActorSpec<any, M>,
    readonly parent: ActorHandle<any> | undefined,
    private readonly parentRef: Ref<any>,
    readonly env: ActorEnv,
  ) {
    this.path = `${parent ? parent.path : ''}/${spec.name}`;
    this.policy = { ...DEFAULT_POLICY, ...spec.restart };
    this.record = env.registry.add(this.path, spec.kind, env.clock.now(), describePolicy(this.policy), () =>
      this.spec.summary && this.state !== undefined ? this.spec.summary(this.state) : '');
    this.record.controls = { crash: (err) => this.crash(err), stop: () => this.stop(), isRoot: parent === undefined };
    this.record.nextTick = () => this.ticker?.nextAt() ?? null;
    if (spec.tick) this.record.tick = { schedule: describeTick(spec.tick.schedule), lastAt: null, lastRunAt: null, lastDurationMs: null, nextAt: null, skipped: 0 };
    this.launch();
  }

  get name(): string { return this.spec.name; }
  get kind(): string { return this.spec.kind; }
  get status(): ActorRecord['status'] { return this.record.status; }
  get restarts(): number { return this.record.restarts; }
  get isStopped(): boolean { return this.stopping !== undefined || this.record.status === 'failed'; }

  /** Posts a message. False when it was refused: the actor is stopped or its mailbox is full. */
  tell(msg: M): boolean {
    if (this.isStopped) return false;
    if (tracing()) currentSink()?.record({ dir: 'out', via: 'actor', type: describeMessage(typeOf(msg), msg), bytes: approxBytes(msg), to: this.path });
    if (this.queue.length >= (this.spec.mailboxLimit ?? DEFAULT_MAILBOX_LIMIT)) {
      this.record.dropped++;
      this.env.onEvent?.({ type: 'dropped', path: this.path, mailbox: this.queue.length });
      return false;
    }
    this.enqueue({ tick: false, msg });
    return true;
  }

  /** Request/response through the mailbox; rejects with AskTimeoutError past the deadline. */
  ask<R>(make: (reply: (r: R) => void) => M, timeoutMs: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      const msg = make((r) => {
        if (settled) return;
        settled = true;
        timer.cancel();
        resolve(r);
      });
      const timer = this.env.clock.setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new AskTimeoutError(this.path, timeoutMs, typeOf(msg)));
      }, timeoutMs);
      if (!this.tell(msg) && !settled) {
        settled = true;
        timer.cancel();
        reject(new ActorStoppedError(this.path, this.isStopped ? `cannot ask ${typeOf(msg)}` : `mailbox full, ${typeOf(msg)} refused`));
      }
    });
  }

  spawn<S2, M2>(spec: ActorSpec<S2, M2>): ActorHandle<M2> {
    if (!this.ref) throw new Error(`${this.path} is not running: cannot spawn ${spec.name}`);
    if (this.children.has(spec.name)) throw new Error(`${this.path}/${spec.name} already exists`);
    const child = new ActorHandle<M2>(spec, this, this.ref, this.env);
    this.children.set(spec.name, child);
    return child;
  }

  /** Sends `msg` to this actor after `ms`; cancelled when this instance stops or fails. */
  after(ms: number, msg: M): Timer {
    const inc = this.incarnation;
    const t = this.env.clock.setTimeout(() => {
      this.timers.delete(t);
      if (inc === this.incarnation) this.tell(msg);
    }, ms);
    this.timers.add(t);
    return { cancel: () => { t.cancel(); this.timers.delete(t); } };
  }

  /**
   * Runs async work beside the mailbox and brings its outcome back as a message: the way to wait without
   * blocking the mailbox. An outcome that arrives after this instance ended is handed to `unhandled`.
   */
  pipe<T>(work: Promise<T>, toMsg: (r: Settled<T>) => M): void {
    const inc = this.incarnation;
    this.record.pendingPipes++;
    const deliver = (r: Settled<T>): void => {
      this.record.pendingPipes--;
      let msg: M;
      try {
        msg = toMsg(r);
      } catch (err) {
        if (inc === this.incarnation) this.onFailure(asError(err));
        return;
      }
      if (inc !== this.incarnation || !this.tell(msg)) {
        this.unhandled(msg, new ActorStoppedError(this.path, `the outcome of ${typeOf(msg)} came back too late`));
      }
    };
    work.then((value) => deliver({ ok: true, value }), (err: unknown) => deliver({ ok: false, error: asError(err) }));
  }

  child(name: string): ActorHandle<any> | undefined {
    return this.children.get(name);
  }

  /** Stops children deepest first, lets the current message finish (bounded), then stops this actor. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.restartTimer?.cancel();
      this.restartTimer = undefined;
      const ref = this.ref;
      this.ref = undefined;
      this.incarnation++;
      await this.teardown(ref);
      if (this.record.status !== 'failed') this.record.status = 'stopped';
      this.record.nextRestartAt = null;
      this.dropQueue(new ActorStoppedError(this.path, 'stopped'));
      this.env.registry.remove(this.path, this.record);
      if (this.parent?.children.get(this.spec.name) === this) this.parent.children.delete(this.spec.name);
    })();
    return this.stopping;
  }

  /** Fails this actor as if a message had thrown `err` (the shell's restart, tests). */
  crash(err: Error): void {
    this.onFailure(err);
  }

  private enqueue(item: Item<M>): void {
    this.queue.push(item);
    this.record.mailbox = this.queue.length;
    if (this.ref) dispatch(this.ref, 0);
  }

  private launch(): void {
    const inc = ++this.incarnation;
    this.record.status = 'starting';
    this.record.nextRestartAt = null;
    // One nact message per queued item; each takes the head of our queue.
    this.ref = spawn(this.parentRef, (_s: unknown, _token: number) => this.handleNext(inc), `${this.spec.name}-${inc}`);
    try {
      this.state = this.spec.init(this);
    } catch (err) {
      this.onFailure(asError(err));
      return;
    }
    if (inc !== this.incarnation) return; // init failed through a child or crash()
    this.record.status = 'idle';
    if (this.spec.tick) {
      const tick = this.record.tick!;
      this.ticker = startTicker(this.spec.tick.schedule, this.env.clock, () => {
        tick.lastAt = this.env.clock.now();
        if (this.tickQueued) { tick.skipped++; return; }
        this.tickQueued = true;
        this.enqueue({ tick: true });
      });
    }
    for (let i = 0; i < this.queue.length; i++) dispatch(this.ref, 0);
  }

  private async handleNext(inc: number): Promise<void> {
    if (inc !== this.incarnation) return;
    const item = this.queue.shift();
    this.record.mailbox = this.queue.length;
    if (!item) return;
    let msg: M;
    if (item.tick) {
      this.tickQueued = false;
      this.record.tick!.lastRunAt = this.env.clock.now();
      msg = this.spec.tick!.message();
    } else {
      msg = item.msg;
    }
    // Only while some trace runs: this actor's work in its trace's context, any other's outside every context.
    const sink = tracing() ? this.env.tracer?.sinkFor(this.path) : undefined;
    const type = typeOf(msg);
    if (sink) sink.record({ dir: 'in', via: 'actor', type: describeMessage(type, msg), bytes: approxBytes(msg) });
    let failed: string | undefined;
    let done!: () => void;
    this.inflight = new Promise<void>((r) => { done = r; });
    this.record.status = 'busy';
    this.record.busySince = this.env.clock.now();
    pushBounded(this.record.recentMessages, type, RECENT_MESSAGES);
    // Real elapsed time, whatever clock the actor runs on: the figure is for operators and metrics.
    const startedNs = process.hrtime.bigint();
    try {
      const receive = () => this.spec.receive(this.state, msg, this);
      const next = await (tracing() ? runTraced(sink, receive) : receive());
      if (inc === this.incarnation) {
        this.state = next;
        this.record.handled++;
        this.clearFailingWhenQuiet();
      }
    } catch (err) {
      const e = asError(err);
      failed = e.name;
      this.unhandled(msg, e);
      if (inc === this.incarnation) this.onFailure(e);
    } finally {
      const seconds = Number(process.hrtime.bigint() - startedNs) / 1e9;
      observe(this.record.handleTime, seconds);
      this.record.busyMs += seconds * 1000;
      if (item.tick && this.record.tick) this.record.tick.lastDurationMs = seconds * 1000;
      sink?.record({ dir: 'done', via: 'actor', type, bytes: 0, ms: seconds * 1000, ...(failed ? { failed } : {}) });
      if (inc === this.incarnation) {
        this.record.busySince = null;
        this.record.status = 'idle';
      }
      done();
    }
  }

  /** "Failing" ends once a whole budget window has passed since the last failure. */
  private clearFailingWhenQuiet(): void {
    if (!this.record.failing) return;
    const last = this.crashTimes[this.crashTimes.length - 1];
    const quietMs = Math.max(this.policy.budget.withinMs, 2 * this.policy.backoff.maxMs);
    if (last === undefined || this.env.clock.now() - last >= quietMs) this.record.failing = false;
  }

  private onFailure(err: Error): void {
    if (this.stopping || this.record.status === 'backing-off' || this.record.status === 'failed') return;
    const now = this.env.clock.now();
    const decision = decideRestart(this.policy, this.crashTimes, now, err, this.env.random);
    this.crashTimes = decision.history;
    const failure: ActorFailure = {
      message: err.message, at: now, stack: err.stack ?? null,
      scope: decision.action === 'escalate' && decision.reason === 'link' ? 'link' : 'local',
      restartInMs: decision.action === 'restart' ? decision.delayMs : null,
    };
    this.record.lastError = failure;
    pushBounded(this.record.restartLog, failure, RESTART_LOG_SIZE);
    this.record.status = 'backing-off';
    this.record.busySince = null;
    const ref = this.ref;
    this.ref = undefined;
    this.incarnation++;
    this.teardown(ref).then(() => {
      if (this.stopping) return;
      if (decision.action === 'escalate') return this.escalate(err, decision.reason);
      this.record.failing = decision.exhausted;
      this.record.nextRestartAt = now + decision.delayMs;
      this.env.onEvent?.({ type: 'crashed', path: this.path, error: err, restartInMs: decision.delayMs, attempt: decision.attempt, failing: decision.exhausted });
      this.restartTimer = this.env.clock.setTimeout(() => {
        this.restartTimer = undefined;
        if (this.stopping) return;
        this.record.restarts++;
        this.launch();
        this.env.onEvent?.({ type: 'restarted', path: this.path });
      }, decision.delayMs);
    }, (e: unknown) => this.env.onFatal?.(asError(e)));
  }

  private escalate(err: Error, reason: 'link' | 'budget' | 'policy'): void {
    this.record.status = 'failed';
    this.record.nextRestartAt = null;
    this.env.onEvent?.({ type: 'escalated', path: this.path, error: err, reason });
    this.dropQueue(new ActorStoppedError(this.path, `failed: ${err.message}`));
    this.env.registry.remove(this.path, this.record);
    const parent = this.parent;
    if (parent?.children.get(this.spec.name) === this) parent.children.delete(this.spec.name);
    if (!parent) { this.env.onFatal?.(err); return; }
    if (parent.spec.childFailed) {
      let msg: unknown;
      try {
        msg = parent.spec.childFailed(this as ActorHandle<unknown>, err);
      } catch (e) {
        parent.onFailure(asError(e));
        return;
      }
      // A parent that cannot take the news (stopped, or mailbox full) fails itself rather than lose it.
      if (!parent.tell(msg)) parent.onFailure(new ChildFailedError(this.path, err));
    } else {
      parent.onFailure(new ChildFailedError(this.path, err));
    }
  }

  private async teardown(ref: Ref<number> | undefined): Promise<void> {
    this.ticker?.stop();
    this.ticker = undefined;
    if (this.tickQueued) {
      const i = this.queue.findIndex((x) => x.tick);
      if (i >= 0) this.queue.splice(i, 1);
      this.tickQueued = false;
      this.record.mailbox = this.queue.length;
    }
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    for (const child of [...this.children.values()].reverse()) await child.stop();
    if (this.inflight) await Promise.race([this.inflight, realSleep(STOP_WAIT_MS)]);
    if (ref) nactStop(ref);
    const state = this.state;
    this.state = undefined;
    if (state !== undefined && this.spec.onStop) {
      try {
        await this.spec.onStop(state);
      } catch (e) {
        const err = asError(e);
        this.record.lastError = { message: `onStop: ${err.message}`, at: this.env.clock.now(), stack: err.stack ?? null, scope: 'local', restartInMs: null };
      }
    }
  }

  private dropQueue(err: Error): void {
    const items = this.queue.splice(0);
    this.record.mailbox = 0;
    this.tickQueued = false;
    for (const item of items) if (!item.tick) this.unhandled(item.msg, err);
  }

  private unhandled(msg: M, err: Error): void {
    if (!this.spec.unhandled) return;
    try {
      this.spec.unhandled(msg, err);
    } catch { /* answering a dead request must not fail the actor again */ }
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/** A message's type for logs and the registry: its `type` field, else its constructor's name. */
export function typeOf(msg: unknown): string {
  if (typeof msg === 'object' && msg !== null) {
    const t = (msg as { type?: unknown }).type;
    if (typeof t === 'string') return t;
  }
  return typeof msg;
}

// The bound of stop() is real time on purpose: a test on a manual clock must not hang its teardown.
function realSleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
