// etcd-election.ts: leader election among masters on an etcd lease (issue 14), with fencing.
//
// Each candidate holds a lease of lease_ttl and one key under <prefix>/leader/, named after its lease
// (<prefix>/leader/<lease id in hex>), whose value is JSON { node, address, epoch }. The candidate whose
// key has the lowest create revision leads; the others wait as standbys. A leader's key goes when its
// lease does: on resign (revoked at once), on a crash or a pause (expired by etcd after the TTL).
//
// Epoch: the create revision of the leader's key. etcd numbers every write of the whole store with one
// increasing revision, and a key keeps its create revision for life. A leader L's key was the lowest live
// one when it was elected; any later leader's key was then either live (so its revision was higher) or
// not yet created (so it gets a higher revision than anything before it, L's included). Keys never come
// back once deleted. So each leadership has a higher epoch than every earlier one, and a worker can refuse
// an older one. (This holds for the lifetime of the etcd data: restoring etcd from an old snapshot rolls
// revisions back, so stop every master first.) Observers take the epoch from the key's create revision,
// which etcd keeps; the epoch in the value is a copy for people reading etcd, written once elected.
//
// Fencing (leadership.ts): keep-alives are confirmed by their send time; a leader stops accepting writes
// at confirmed + TTL - margin, and reports 'lost' at that moment without waiting for etcd to say anything.
// Then it campaigns again, as a standby, once etcd answers: the old lease is revoked first, so that its
// key cannot stand in front of the new one.
import type { Etcd3, IKeyValue, Watcher } from 'etcd3';
import { EtcdLeaseInvalidError } from 'etcd3';
import { backoffDelay, type BackoffPolicy } from '../../lib/backoff';
import { type Clock, monotonicNow, type Random, systemClock, type Timer } from '../../lib/clock';
import {
  confirmed, granted, keepAliveFailed, keepAlivePeriodMs, type LeaseView, type LostReason, writeVerdict,
} from './leadership';

export interface LeaderInfo {
  node: string;
  /** host:port of the leader's cluster port. */
  address: string;
  epoch: number;
}

export interface ElectionStatus {
  role: 'leader' | 'standby';
  /** This node's epoch while it leads; null otherwise. */
  epoch: number | null;
  /** The leader as last seen (this node included), null when none is known. */
  leader: LeaderInfo | null;
  /** Monotonic ms until which writes are accepted; null when not leading. */
  writableUntil: number | null;
}

export interface ElectionEvents {
  /** This node leads from now on, with this epoch. */
  elected?(epoch: number): void;
  /** This node stopped leading: called at once, before anything else (the node must stop writing). */
  lost?(reason: LostReason, detail: string): void;
  /** etcd cannot be reached (a leader has been told lost() first); the election retries by itself. */
  unreachable?(err: EtcdUnreachableError): void;
  /** Who leads changed, as this candidate sees it (null: no leader key). */
  leaderChanged?(leader: LeaderInfo | null): void;
}

export interface EtcdElectionOptions {
  client: Etcd3;
  /** cluster.etcd.prefix: starts with "/", no trailing "/". */
  prefix: string;
  leaseTtlMs: number;
  node: string;
  /** host:port of this node's cluster port, for the workers and standbys that look the leader up. */
  address: string;
  events?: ElectionEvents;
  /** Timers (keep-alives, fence, retries). Default: the system clock. */
  clock?: Clock;
  /** The time fencing reads: must not jump with the wall clock. Default: monotonicNow. */
  monotonic?: () => number;
  random?: Random;
}

/** etcd did not answer: the election's failure, handed to whoever supervises it. */
export class EtcdUnreachableError extends Error {
  override readonly name = 'EtcdUnreachableError';
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`etcd unreachable: ${detail}`, options);
  }
}

/** The key folder holding the candidates of a cluster whose cluster.etcd.prefix is `prefix`. */
export function candidatesPrefix(prefix: string): string {
  return `${prefix}/leader/`;
}

/** Reads a candidate key as the leader it names; the epoch is the key's create revision. */
export function leaderFromKv(kv: IKeyValue): LeaderInfo {
  const epoch = Number(kv.create_revision);
  try {
    const v = JSON.parse(kv.value.toString('utf8')) as Partial<LeaderInfo>;
    return { node: String(v.node ?? ''), address: String(v.address ?? ''), epoch };
  } catch {
    return { node: '', address: '', epoch }; // a value written by something else: the key still leads
  }
}

export function sameLeader(a: LeaderInfo | null, b: LeaderInfo | null): boolean {
  return a === b || (a !== null && b !== null && a.epoch === b.epoch && a.node === b.node && a.address === b.address);
}

type End = { reason: LostReason; detail: string; error?: Error };

interface KeepAlive {
  sentAt: number;
  done: boolean;
  stream: { end(): void } | null;
}

/** One campaign: one lease and its key, from the grant until the lease is given up. */
interface Term {
  leaseId: string;
  key: string;
  rev: number;
  view: LeaseView;
  over: boolean;
  inflight: KeepAlive | null;
  ticker: Timer | null;
  fence: Timer | null;
  watcher: Watcher | null;
  checking: boolean;
  recheck: boolean;
  resolve: (end: End) => void;
  ended: Promise<End>;
}

const RETRY: BackoffPolicy = { initialMs: 200, maxMs: 5_000, factor: 2, jitter: 0.2 };

export class EtcdElection {
  private readonly client: Etcd3;
  private readonly clock: Clock;
  private readonly mono: () => number;
  private readonly random: Random;
  private readonly events: ElectionEvents;
  private readonly periodMs: number;
  private role: 'leader' | 'standby' = 'standby';
  private epoch: number | null = null;
  private leader: LeaderInfo | null = null;
  private term: Term | null = null;
  /** The lease of the last campaign, until it is revoked: its key must not stand in front of ours. */
  private staleLease: string | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly o: EtcdElectionOptions) {
    this.client = o.client;
    this.clock = o.clock ?? systemClock;
    this.mono = o.monotonic ?? monotonicNow;
    this.random = o.random ?? Math.random;
    this.events = o.events ?? {};
    this.periodMs = keepAlivePeriodMs(o.leaseTtlMs);
  }

  /** Starts campaigning; the outcome comes through the events. */
  start(): void {
    if (this.stopped) throw new Error('this election was stopped: make a new one');
    this.running ??= this.run();
  }

  /** May this node accept a write now? Read the clock at every write: the answer changes with time alone. */
  canWrite(): boolean {
    return this.writableUntil() !== null;
  }

  /** Monotonic ms until which this node may accept writes; null when it may not now. */
  writableUntil(): number | null {
    const t = this.term;
    if (this.role !== 'leader' || !t || t.over) return null;
    const v = writeVerdict(t.view, this.mono());
    return v.writable ? v.until : null;
  }

  status(): ElectionStatus {
    return { role: this.role, epoch: this.epoch, leader: this.leader, writableUntil: this.writableUntil() };
  }

  /** Resigns: stops writing, reports lost('resigned') when leading, and revokes the lease so a standby leads at once. */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.wake?.();
      if (this.term) this.end(this.term, { reason: 'resigned', detail: 'this node is stopping' });
      await this.revokeStale().catch(() => undefined); // unreachable: the lease expires by itself
    }
    await this.running;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let end: End;
      try {
        end = await this.campaign();
      } catch (err) {
        end = { reason: 'etcd unreachable', detail: errorText(err), error: err as Error };
      }
      if (this.stopped) break;
      if (end.reason !== 'etcd unreachable') {
        failures = 0;
        continue; // the lease lapsed or the key went, but etcd answers: campaign again at once
      }
      failures++;
      this.setLeader(null);
      this.events.unreachable?.(new EtcdUnreachableError(end.detail, { cause: end.error }));
      await this.sleep(backoffDelay(failures, RETRY, this.random));
    }
  }

  /** One campaign, from the grant to the end of its lease; throws when etcd does not answer. */
  private async campaign(): Promise<End> {
    await this.revokeStale();
    const sentAt = this.mono();
    const grant = await this.client.leaseClient.leaseGrant({ TTL: Math.ceil(this.o.leaseTtlMs / 1_000) });
    this.staleLease = grant.ID;
    if (this.stopped) {
      await this.revokeStale().catch(() => undefined);
      return { reason: 'resigned', detail: 'stopped while campaigning' };
    }
    let resolve!: (e: End) => void;
    const ended = new Promise<End>((r) => { resolve = r; });
    const t: Term = {
      leaseId: grant.ID, key: `${candidatesPrefix(this.o.prefix)}${BigInt(grant.ID).toString(16)}`, rev: 0,
      view: granted(sentAt, this.o.leaseTtlMs, Number(grant.TTL) * 1_000),
      over: false, inflight: null, ticker: null, fence: null, watcher: null, checking: false, recheck: false, resolve, ended,
    };
    this.term = t;
    t.ticker = this.clock.setInterval(() => this.tick(t), this.periodMs);
    this.armFence(t);
    try {
      const value = JSON.stringify({ node: this.o.node, address: this.o.address, epoch: 0 });
      const put = await this.client.if(t.key, 'Create', '==', 0).then(this.client.put(t.key).value(value).lease(t.leaseId)).commit();
      t.rev = put.succeeded ? Number(put.header.revision) : Number(put.responses[0].response_range.kvs[0].create_revision);
      if (t.over) return await ended;
      // Watch before the first look, so that no change falls between the two.
      t.watcher = this.client.watch().prefix(candidatesPrefix(this.o.prefix)).watcher();
      t.watcher.on('delete', () => void this.check(t));
      t.watcher.on('put', () => void this.check(t));
      t.watcher.on('error', () => undefined); // the keep-alive ticks look again on their own
      void this.check(t);
    } catch (err) {
      this.end(t, { reason: 'etcd unreachable', detail: errorText(err), error: err as Error });
    }
    return ended;
  }

  /** Every keep-alive period: fence when due, send a keep-alive, and look at the candidates again. */
  private tick(t: Term): void {
    if (t.over) return;
    // Fence first: after a pause the deadline passed with no failure seen ('lease lapsed'), and the
    // keep-alive left unanswered during the pause must not pass for an unreachable etcd.
    if (!this.fenceIfDue(t)) return;
    const k = t.inflight;
    if (k && this.mono() - k.sentAt >= this.periodMs) {
      this.finish(t, k);
      t.view = keepAliveFailed(t.view, this.mono());
    }
    if (!t.inflight) this.sendKeepAlive(t);
    void this.check(t);
  }

  private sendKeepAlive(t: Term): void {
    const k: KeepAlive = { sentAt: this.mono(), done: false, stream: null };
    t.inflight = k;
    const failed = (): void => {
      if (k.done) return;
      this.finish(t, k);
      if (!t.over) t.view = keepAliveFailed(t.view, this.mono());
    };
    this.client.leaseClient.leaseKeepAlive().then((stream) => {
      stream.on('error', failed);
      if (k.done) { stream.end(); return; }
      k.stream = stream;
      stream.on('data', (res) => {
        if (k.done) return;
        this.finish(t, k);
        if (t.over) return;
        if (Number(res.TTL) <= 0) {
          this.end(t, { reason: 'lease lapsed', detail: 'etcd answered that the lease no longer exists' });
          return;
        }
        t.view = confirmed(t.view, k.sentAt, Number(res.TTL) * 1_000);
        this.armFence(t);
      });
      stream.write({ ID: t.leaseId });
    }).catch(failed); // no stream, or writing to it threw
  }

  private finish(t: Term, k: KeepAlive): void {
    k.done = true;
    if (t.inflight === k) t.inflight = null;
    // Half-close, never cancel: etcd3 takes a cancelled stream for a failed host and resets its channels.
    try { k.stream?.end(); } catch { /* already closed */ }
  }

  /** A timer at the deadline: a leader learns it is fenced then, not at the next keep-alive. */
  private armFence(t: Term): void {
    t.fence?.cancel();
    const v = writeVerdict(t.view, this.mono());
    t.fence = this.clock.setTimeout(() => { if (!t.over) this.fenceIfDue(t); }, v.writable ? v.until - this.mono() + 1 : 0);
  }

  /** Ends the term when its lease can no longer be trusted; true while it still can. */
  private fenceIfDue(t: Term): boolean {
    const v = writeVerdict(t.view, this.mono());
    if (v.writable) return true;
    this.end(t, v.reason === 'etcd unreachable'
      ? { reason: v.reason, detail: v.detail, error: new EtcdUnreachableError(v.detail) }
      : { reason: v.reason, detail: v.detail });
    return false;
  }

  /** Looks at the candidates: lead when this term's key is the oldest; end the term when the key is gone. */
  private async check(t: Term): Promise<void> {
    if (t.over || t.rev === 0) return;
    if (t.checking) { t.recheck = true; return; }
    t.checking = true;
    try {
      do {
        t.recheck = false;
        const res = await this.client.getAll().prefix(candidatesPrefix(this.o.prefix)).sort('Create', 'Ascend').limit(1).exec();
        if (t.over) return;
        const first = res.kvs[0];
        if (!first || Number(first.create_revision) > t.rev) {
          // Ours would come first, so it is gone: deleted by hand while the lease lives, or with the lease.
          const alive = writeVerdict(t.view, this.mono()).writable;
          this.end(t, alive
            ? { reason: 'key removed', detail: `${t.key} was deleted while its lease was alive` }
            : { reason: 'lease lapsed', detail: `${t.key} is gone with its lease` });
          return;
        }
        this.setLeader(leaderFromKv(first));
        if (first.key.toString('utf8') === t.key && this.role !== 'leader') await this.lead(t);
      } while (t.recheck && !t.over);
    } catch {
      // A look that failed changes nothing: the keep-alives decide whether etcd is reachable.
    } finally {
      t.checking = false;
    }
  }

  private async lead(t: Term): Promise<void> {
    if (!this.fenceIfDue(t)) return;
    const value = JSON.stringify({ node: this.o.node, address: this.o.address, epoch: t.rev });
    const r = await this.client.if(t.key, 'Create', '==', String(t.rev)).then(this.client.put(t.key).value(value).lease(t.leaseId)).commit();
    if (t.over) return;
    if (!r.succeeded) {
      this.end(t, { reason: 'key removed', detail: `${t.key} was deleted before this node could lead` });
      return;
    }
    if (!this.fenceIfDue(t)) return;
    this.role = 'leader';
    this.epoch = t.rev;
    this.setLeader({ node: this.o.node, address: this.o.address, epoch: t.rev });
    this.events.elected?.(t.rev);
  }

  /** Ends a term: a leader is told lost() before anything else; its lease is left to revoke. */
  private end(t: Term, end: End): void {
    if (t.over) return;
    t.over = true;
    const wasLeader = this.role === 'leader' && this.term === t;
    if (this.term === t) {
      this.term = null;
      this.role = 'standby';
      this.epoch = null;
    }
    if (wasLeader) {
      this.events.lost?.(end.reason, end.detail);
      this.setLeader(null);
    }
    t.ticker?.cancel();
    t.fence?.cancel();
    if (t.inflight) this.finish(t, t.inflight);
    t.watcher?.cancel().catch(() => undefined);
    t.resolve(end);
  }

  private async revokeStale(): Promise<void> {
    const id = this.staleLease;
    if (id === null) return;
    try {
      await this.client.leaseClient.leaseRevoke({ ID: id });
    } catch (err) {
      if (!(err instanceof EtcdLeaseInvalidError)) throw err; // expired already: nothing to revoke
    }
    if (this.staleLease === id) this.staleLease = null;
  }

  private setLeader(l: LeaderInfo | null): void {
    if (sameLeader(this.leader, l)) return;
    this.leader = l;
    this.events.leaderChanged?.(l);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => { this.wake = null; resolve(); }, ms);
      this.wake = () => { timer.cancel(); this.wake = null; resolve(); };
    });
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
