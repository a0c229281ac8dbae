// A supervised actor over nact: typed mailbox, restart with backoff inside a budget, escalation,
// bottom-up stop, periodic ticks into its own mailbox, and a live record in the node's registry.
//
// nact 7.6.2 defects worked around here (DESIGN.md section 3): stopping a parent does not stop its
// children (we stop them ourselves, deepest first); an onCrash that throws becomes an unhandled
// rejection (ours never throws); resetAll can run two messages at once (we never reset: a restart is
// a fresh nact actor); spawnStateless ignores onCrash (we only use spawn).
import { spawn, stop as nactStop, dispatch, Ref } from 'nact';
import { backoffDelay, BackoffPolicy, DEFAULT_BACKOFF } from '../../lib/backoff';
import { recordCrash, RestartBudget, DEFAULT_BUDGET } from './restart-budget';
import { ActorRecord, ActorRegistry } from './registry';
import { startTicker, Ticker, TickSchedule } from './ticker';

export interface ActorSpec<S, M> {
  name: string;
  kind: string;
  /** Called at every (re)start; may spawn children through `self`. */
  init: (self: ActorHandle<M>) => S;
  receive: (state: S, msg: M, self: ActorHandle<M>) => S | Promise<S>;
  summary?: (state: S) => string;
  tick?: { schedule: TickSchedule; message: () => M };
  onStop?: (state: S) => void | Promise<void>;
  /** A child past its restart budget. Default: this actor fails as if it had crashed itself. */
  onChildFailed?: (child: ActorHandle<any>, err: Error, self: ActorHandle<M>) => void;
  backoff?: BackoffPolicy;
  budget?: RestartBudget;
  /** Queued messages beyond this are dropped and counted (ticks coalesce and never count). */
  mailboxLimit?: number;
}

export interface ActorEnv {
  registry: ActorRegistry;
  now: () => number;
  random: () => number;
  /** Told of every crash and escalation; the node logs them. */
  onEvent?: (e: SupervisionEvent) => void;
  /** A failure that reached the root. */
  onFatal?: (err: Error) => void;
}

export type SupervisionEvent =
  | { type: 'crashed'; path: string; error: Error; restartInMs: number; attempt: number }
  | { type: 'restarted'; path: string }
  | { type: 'escalated'; path: string; error: Error }
  | { type: 'dropped'; path: string; mailbox: number };

type Envelope<M> = { tick: true } | { tick: false; msg: M };

const STOP_WAIT_MS = 2_000;

export class ActorHandle<M> {
  readonly path: string;
  private ref: Ref<Envelope<M>> | undefined;
  private state: unknown;
  private readonly children = new Map<string, ActorHandle<any>>();
  private readonly record: ActorRecord;
  private crashTimes: number[] = [];
  private restartTimer: NodeJS.Timeout | undefined;
  private ticker: Ticker | undefined;
  private tickQueued = false;
  private inflight: Promise<void> | undefined;
  private heldWhileDown: M[] = [];
  private stopping = false;

  constructor(
    private readonly spec: ActorSpec<any, M>,
    readonly parent: ActorHandle<any> | undefined,
    private readonly parentRef: Ref<any>,
    readonly env: ActorEnv,
  ) {
    this.path = `${parent ? parent.path : ''}/${spec.name}`;
    this.record = env.registry.add(this.path, spec.kind, env.now(), () =>
      this.spec.summary && this.state !== undefined ? this.spec.summary(this.state) : '');
    this.launch();
  }

  get name(): string { return this.spec.name; }
  get kind(): string { return this.spec.kind; }
  get status(): ActorRecord['status'] { return this.record.status; }
  get restarts(): number { return this.record.restarts; }

  /** Posts a message. Never throws; while restarting, messages wait (bounded) for the new instance. */
  tell(msg: M): void {
    if (this.stopping || this.record.status === 'stopped' || this.record.status === 'failed') return;
    const limit = this.spec.mailboxLimit ?? 1_000;
    if (this.record.mailbox >= limit) {
      this.record.dropped++;
      this.env.onEvent?.({ type: 'dropped', path: this.path, mailbox: this.record.mailbox });
      return;
    }
    if (!this.ref) {
      this.heldWhileDown.push(msg);
      this.record.mailbox++;
      return;
    }
    this.record.mailbox++;
    dispatch(this.ref, { tick: false, msg });
  }

  /** Request/response through the mailbox, with a deadline. */
  ask<R>(make: (reply: (r: R) => void) => M, timeoutMs: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.path}: no answer within ${timeoutMs} ms`)), timeoutMs);
      this.tell(make((r) => { clearTimeout(timer); resolve(r); }));
    });
  }

  spawn<S2, M2>(spec: ActorSpec<S2, M2>): ActorHandle<M2> {
    if (!this.ref) throw new Error(`${this.path} is not running: cannot spawn ${spec.name}`);
    if (this.children.has(spec.name)) throw new Error(`${this.path}/${spec.name} already exists`);
    const child = new ActorHandle<M2>(spec, this, this.ref, this.env);
    this.children.set(spec.name, child);
    return child;
  }

  child(name: string): ActorHandle<any> | undefined {
    return this.children.get(name);
  }

  childNames(): string[] {
    return [...this.children.keys()];
  }

  /** Stops children deepest first, lets the current message finish (bounded), then stops this actor. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.teardown();
    this.record.status = this.record.status === 'failed' ? 'failed' : 'stopped';
    this.env.registry.remove(this.path);
    this.parent?.children.delete(this.spec.name);
  }

  /** Simulates a crash of this actor, as if a message had thrown (used by tests and the shell). */
  crash(err: Error): void {
    this.onCrashed(err);
  }

  private launch(): void {
    this.record.status = 'starting';
    const handle = this;
    // The state lives in this handle, not in nact, so that init can spawn children with a live ref.
    this.ref = spawn(this.parentRef, async (_unused: unknown, env: Envelope<M>) => {
      let done!: () => void;
      handle.inflight = new Promise<void>((r) => { done = r; });
      try {
        if (env.tick) handle.tickQueued = false; else handle.record.mailbox--;
        const msg = env.tick ? handle.spec.tick!.message() : env.msg;
        handle.state = await handle.spec.receive(handle.state, msg, handle);
        handle.record.handled++;
        return undefined;
      } finally {
        done();
      }
    }, `${this.spec.name}-${this.record.restarts}`, {
      // Never throws: a throwing onCrash would become an unhandled rejection inside nact.
      onCrash: (_msg: unknown, err: unknown, ctx: any) => {
        try { handle.onCrashed(err instanceof Error ? err : new Error(String(err))); } catch { /* guarded */ }
        return ctx.stop;
      },
    });
    try {
      this.state = this.spec.init(this);
    } catch (err) {
      this.onCrashed(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.record.status = 'running';
    if (this.spec.tick) {
      this.ticker = startTicker(this.spec.tick.schedule, () => {
        if (this.tickQueued || !this.ref) return;
        this.tickQueued = true;
        dispatch(this.ref, { tick: true });
      });
    }
    const held = this.heldWhileDown;
    this.heldWhileDown = [];
    for (const m of held) { this.record.mailbox--; this.tell(m); }
  }

  private onCrashed(err: Error): void {
    if (this.stopping || this.record.status === 'restarting' || this.record.status === 'failed') return;
    const now = this.env.now();
    this.record.lastError = { message: err.message, at: now };
    const verdict = recordCrash(this.crashTimes, now, this.spec.budget ?? DEFAULT_BUDGET);
    this.crashTimes = verdict.history;
    this.record.status = 'restarting';
    const oldRef = this.ref;
    this.ref = undefined;
    void this.teardown(oldRef).then(() => {
      if (this.stopping) return;
      if (verdict.verdict === 'escalate') return this.escalate(err);
      const delay = backoffDelay(verdict.attempt, this.spec.backoff ?? DEFAULT_BACKOFF, this.env.random);
      this.env.onEvent?.({ type: 'crashed', path: this.path, error: err, restartInMs: delay, attempt: verdict.attempt });
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        if (this.stopping) return;
        this.record.restarts++;
        this.launch();
        this.env.onEvent?.({ type: 'restarted', path: this.path });
      }, delay);
    });
  }

  private escalate(err: Error): void {
    this.record.status = 'failed';
    this.env.onEvent?.({ type: 'escalated', path: this.path, error: err });
    this.env.registry.remove(this.path);
    this.parent?.children.delete(this.spec.name);
    const parent = this.parent;
    if (!parent) { this.env.onFatal?.(err); return; }
    const wrapped = new Error(`${this.path} failed past its restart budget: ${err.message}`, { cause: err });
    try {
      if (parent.spec.onChildFailed) parent.spec.onChildFailed(this, wrapped, parent);
      else parent.onCrashed(wrapped);
    } catch (e) {
      parent.onCrashed(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private async teardown(ref = this.ref): Promise<void> {
    this.ticker?.stop();
    this.ticker = undefined;
    this.tickQueued = false;
    if (this.restartTimer) { clearTimeout(this.restartTimer); this.restartTimer = undefined; }
    for (const child of [...this.children.values()].reverse()) await child.stop();
    if (this.inflight) await Promise.race([this.inflight, sleep(STOP_WAIT_MS)]);
    if (ref) nactStop(ref);
    this.ref = undefined;
    const state = this.state;
    this.state = undefined;
    this.record.mailbox = this.heldWhileDown.length;
    if (state !== undefined && this.spec.onStop) {
      try { await this.spec.onStop(state); } catch (e) {
        this.record.lastError = { message: `onStop: ${(e as Error).message}`, at: this.env.now() };
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
