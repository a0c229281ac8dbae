// proof-budget.ts: pure (time from a Clock); how many failed key proofs each source address may still make.
// A token bucket per address: a failure takes a token, tokens come back one per refill period, and an
// address with none left is refused before its proof is checked. Full buckets are forgotten, and the
// number of addresses followed is bounded, so a flood from many addresses cannot grow it without end.
import type { Clock } from '../lib/clock';

export interface ProofBudgetLimits {
  /** Failures an address may make at once. */
  burst: number;
  /** One failure is forgiven per this many ms. */
  refillEveryMs: number;
  /** Addresses followed; past this the one followed longest without a failure is forgotten. */
  maxAddresses: number;
}

interface Bucket {
  tokens: number;
  /** When tokens was last brought up to date. */
  at: number;
}

export class ProofBudget {
  /** In order of last failure, oldest first (a Map keeps insertion order; a failure re-inserts). */
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limits: ProofBudgetLimits, private readonly clock: Clock) {
    for (const [k, v] of Object.entries(limits)) {
      if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${k} must be a positive integer, got ${v}`);
    }
  }

  /** May `address` have a proof checked now? */
  allows(address: string): boolean {
    const b = this.refreshed(address);
    return b === undefined || b.tokens >= 1;
  }

  /** A proof from `address` failed. */
  failed(address: string): void {
    const b = this.refreshed(address) ?? { tokens: this.limits.burst, at: this.clock.now() };
    b.tokens = Math.max(0, b.tokens - 1);
    this.buckets.delete(address);
    this.buckets.set(address, b);
    if (this.buckets.size > this.limits.maxAddresses) this.buckets.delete(this.buckets.keys().next().value as string);
  }

  /** Milliseconds until `address` may try again (0 when it may now). */
  retryInMs(address: string): number {
    const b = this.refreshed(address);
    if (b === undefined || b.tokens >= 1) return 0;
    return Math.ceil((1 - b.tokens) * this.limits.refillEveryMs);
  }

  /** Addresses followed right now. */
  get followed(): number {
    return this.buckets.size;
  }

  /** The address's bucket brought up to now; a full bucket is forgotten (undefined). */
  private refreshed(address: string): Bucket | undefined {
    const b = this.buckets.get(address);
    if (!b) return undefined;
    const now = this.clock.now();
    b.tokens = Math.min(this.limits.burst, b.tokens + (now - b.at) / this.limits.refillEveryMs);
    b.at = now;
    if (b.tokens >= this.limits.burst) {
      this.buckets.delete(address);
      return undefined;
    }
    return b;
  }
}
