// The fleet's event budget: `rate` tokens a second, at most one second's worth banked, so a pause
// (nobody connected, a slow tick) never turns into a burst. Pure: the caller passes elapsed time.

export class EventBucket {
  private tokens = 0;

  constructor(readonly ratePerSecond: number) {
    if (!Number.isFinite(ratePerSecond) || ratePerSecond < 0) throw new RangeError('rate must be a finite number >= 0');
  }

  /** Whole events due after `elapsedMs` more milliseconds; the fraction stays banked. */
  take(elapsedMs: number): number {
    const cap = Math.max(1, this.ratePerSecond);
    this.tokens = Math.min(cap, this.tokens + (this.ratePerSecond * Math.max(0, elapsedMs)) / 1000);
    const whole = Math.floor(this.tokens);
    this.tokens -= whole;
    return whole;
  }

  /** Events that could not be sent go back, still under the cap. */
  giveBack(n: number): void {
    if (n > 0) this.tokens = Math.min(Math.max(1, this.ratePerSecond), this.tokens + n);
  }
}
