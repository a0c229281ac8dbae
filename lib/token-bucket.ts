// token-bucket.ts: rate limits as token buckets, alone or one per key (a source address). Pure: the
// caller gives `now`. A bucket holds up to `burst` tokens and gains `perSecond` a second; a bucket
// back at its burst is the same as a new one, so the keyed buckets forget it, and stay bounded.

export interface BucketLimit {
  perSecond: number;
  burst: number;
}

function checkLimit(limit: BucketLimit): void {
  if (!(limit.perSecond > 0) || !Number.isFinite(limit.perSecond)) throw new RangeError(`perSecond must be a positive number, got ${limit.perSecond}`);
  if (!Number.isSafeInteger(limit.burst) || limit.burst < 1) throw new RangeError(`burst must be a positive integer, got ${limit.burst}`);
}

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(private readonly limit: BucketLimit, now: number) {
    checkLimit(limit);
    this.tokens = limit.burst;
    this.at = now;
  }

  /** Tokens at `now` (below zero while a debt from charge() is paid back). */
  available(now: number): number {
    this.refill(now);
    return this.tokens;
  }

  /** Takes a token if there is one. */
  take(now: number): boolean {
    if (this.available(now) < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Takes a token even when there is none: for work counted after it was allowed (the debt delays the next). */
  charge(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Back at its burst: indistinguishable from a new bucket. */
  isFull(now: number): boolean {
    return this.available(now) >= this.limit.burst;
  }

  private refill(now: number): void {
    if (now > this.at) {
      this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) * this.limit.perSecond) / 1000);
      this.at = now;
    }
  }
}

/** The key every newcomer shares once `maxKeys` keys are followed. */
export const OVERFLOW_KEY = '(overflow)';

export class KeyedTokenBuckets {
  /** Least recently used first: full buckets are dropped from the front. */
  private readonly buckets = new Map<string, TokenBucket>();
  private overflow: TokenBucket | null = null;

  constructor(private readonly limit: BucketLimit, private readonly maxKeys: number) {
    checkLimit(limit);
    if (!Number.isSafeInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
  }

  /** Takes a token from key's bucket if it has one. */
  take(key: string, now: number): boolean {
    this.forgetFull(now);
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key); // to the back: most recently used
    } else if (this.buckets.size >= this.maxKeys) {
      this.overflow ??= new TokenBucket(this.limit, now);
      return this.overflow.take(now);
    } else {
      bucket = new TokenBucket(this.limit, now);
    }
    this.buckets.set(key, bucket);
    return bucket.take(now);
  }

  /** Keys followed one by one. */
  get size(): number {
    return this.buckets.size;
  }

  /** Drops full buckets from the least recently used end; amortised O(1) per take. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (!bucket.isFull(now)) break;
      this.buckets.delete(key);
    }
    if (this.overflow?.isFull(now)) this.overflow = null;
  }
}
