// How many registry resends and catch-ups the master runs at once, shared by the GroupSenders of one node:
// ten workers resent 50,000 agents each at the same moment were the master's memory peak.
// The others wait their turn (never fail); the queue is bounded by the number of worker connections, and
// each holder's wait is bounded by its requests' deadlines.

export class SendLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a SendLimiter needs a limit of 1 or more, got ${limit}`);
  }

  /** Runs `fn` when fewer than `limit` others run; the slot is released however `fn` ends. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await fn();
    } finally {
      // A waiter inherits the slot, so `running` stays put and nobody overtakes it.
      const next = this.waiting.shift();
      if (next) next(); else this.running--;
    }
  }

  /** For `health` and tests: how many run and how many wait. */
  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
