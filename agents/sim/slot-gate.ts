// At most `slots` jobs at once, the rest wait in order. Bounded by its users: each agent queues at
// most one job (its enrollment), so the queue never outgrows the fleet.

export class SlotGate {
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError('slots must be a positive integer');
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs job when a slot is free; job must call the release it is given exactly once. */
  run(job: (release: () => void) => void): void {
    const start = () => {
      this.busy++;
      let released = false;
      job(() => {
        if (released) return;
        released = true;
        this.busy--;
        const next = this.waiting.shift();
        if (next) next();
      });
    };
    if (this.busy < this.slots) start();
    else this.waiting.push(start);
  }

  /** Forgets every waiting job (the simulator is stopping). */
  clear(): void {
    this.waiting.length = 0;
  }
}
