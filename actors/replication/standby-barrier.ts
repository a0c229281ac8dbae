// StandbyBarrier (leader, node-owned): a registration, deletion, import or group change is acknowledged to its
// caller only once a standby holds it. `replicated(seq)` resolves at once when no standby is a member, else when
// one member has acknowledged >= seq. A member that leaves a write waiting longer than the bound is dropped
// (logged with its lag) so that writes never stall on it; it becomes a member again once it has caught up.
// A standby that just connected is no member until its first catch-up is done: a snapshot of 50,000 agents
// must not hold every enrollment meanwhile.
import type { Clock, Timer } from '../../lib/clock';
import type { TaskLog } from '../../log/task-log';

export type StandbyState = 'catching_up' | 'in_sync' | 'dropped';

/** One standby as `control health` shows it. */
export interface StandbyLag {
  name: string;
  state: StandbyState;
  ackedSeq: number;
  /** Leader writes it has not acknowledged. */
  behind: number;
  /** Since its last acknowledgement (null: none yet). */
  msSinceAck: number | null;
}

interface Standby {
  state: StandbyState;
  acked: number;
  ackedAt: number | null;
  /** It becomes a member once it has acknowledged this seq (the leader's seq when it came or was dropped). */
  joinAt: number;
}

interface Waiter {
  seq: number;
  resolve: () => void;
  timer: Timer;
}

export interface StandbyBarrierOptions {
  clock: Clock;
  log: Pick<TaskLog, 'info' | 'warning'>;
  /** The leader's current write seq (store.replica.seq()). */
  leaderSeq: () => number;
  /** How long a write waits for a member before the members that have not acknowledged it are dropped. */
  ackTimeoutMs: number;
}

/** Default bound on a write's wait for its standby (NodeTuning.replication.ackTimeoutMs overrides it). */
export const STANDBY_ACK_TIMEOUT_MS = 5_000;

export class StandbyBarrier {
  private readonly standbys = new Map<string, Standby>();
  private readonly waiters = new Set<Waiter>();
  private readonly wanted = new Set<(seq: number) => void>();

  constructor(private readonly o: StandbyBarrierOptions) {}

  /** Resolves once a member standby holds `seq` (at once without members). Never rejects. */
  replicated(seq: number): Promise<void> {
    if (this.satisfied(seq)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const w: Waiter = { seq, resolve, timer: this.o.clock.setTimeout(() => this.expire(w), this.o.ackTimeoutMs) };
      this.waiters.add(w);
      // The senders send now rather than at their next tick.
      for (const fn of this.wanted) fn(seq);
    });
  }

  /** A sender subscribes to learn that a write waits for `seq`; returns the unsubscribe. */
  onWanted(fn: (seq: number) => void): () => void {
    this.wanted.add(fn);
    return () => this.wanted.delete(fn);
  }

  /** A standby's sender started: it catches up before it counts. */
  attach(name: string): void {
    this.standbys.set(name, { state: 'catching_up', acked: -1, ackedAt: null, joinAt: this.o.leaderSeq() });
    this.o.log.info(`Standby ${name} connected: catching up from the leader's write ${this.o.leaderSeq()}.`);
  }

  /** Its connection ended: writes stop waiting for it. */
  detach(name: string): void {
    if (!this.standbys.delete(name)) return;
    this.o.log.info(`Standby ${name} left.`);
    this.settle();
  }

  /** The standby's copy holds everything up to `seq` (-1: it has no complete copy). */
  acked(name: string, seq: number): void {
    const s = this.standbys.get(name);
    if (!s) return;
    s.ackedAt = this.o.clock.now();
    s.acked = seq;
    if (s.state !== 'in_sync' && seq >= s.joinAt) {
      s.state = 'in_sync';
      this.o.log.info(`Standby ${name} holds the leader's writes up to ${seq}: writes wait for it from now on.`);
    }
    this.settle();
  }

  /** Each standby's lag, for `control health`. */
  lag(): StandbyLag[] {
    const leader = this.o.leaderSeq();
    const now = this.o.clock.now();
    return [...this.standbys].map(([name, s]) => ({
      name, state: s.state, ackedSeq: s.acked, behind: Math.max(0, leader - Math.max(s.acked, 0)),
      msSinceAck: s.ackedAt === null ? null : now - s.ackedAt,
    }));
  }

  /** Writes waiting now (tests, health). */
  get waiting(): number {
    return this.waiters.size;
  }

  private members(): Standby[] {
    return [...this.standbys.values()].filter((s) => s.state === 'in_sync');
  }

  private satisfied(seq: number): boolean {
    const members = this.members();
    return members.length === 0 || members.some((s) => s.acked >= seq);
  }

  private settle(): void {
    for (const w of [...this.waiters]) {
      if (!this.satisfied(w.seq)) continue;
      this.waiters.delete(w);
      w.timer.cancel();
      w.resolve();
    }
  }

  private expire(w: Waiter): void {
    if (!this.waiters.has(w)) return;
    const now = this.o.clock.now();
    const leader = this.o.leaderSeq();
    for (const [name, s] of this.standbys) {
      if (s.state !== 'in_sync' || s.acked >= w.seq) continue;
      s.state = 'dropped';
      s.joinAt = leader;
      const since = s.ackedAt === null ? 'never acknowledged' : `last acknowledged ${now - s.ackedAt} ms ago`;
      this.o.log.warning(`Standby ${name} dropped from the write barrier: write ${w.seq} waited ${this.o.ackTimeoutMs} ms; ` +
        `it holds ${s.acked}, ${leader - Math.max(s.acked, 0)} writes behind, ${since}. Writes no longer wait for it until it catches up.`);
    }
    this.settle();
  }
}
