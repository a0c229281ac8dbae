// lanes.ts: at most `width` tasks running at once; the others wait their turn in order. For I/O that
// is faster a few at a time than one by one (file creation) but must not flood the thread pool.

export class Lanes {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(readonly width: number) {
    if (!Number.isInteger(width) || width < 1) throw new RangeError(`lanes: width ${width} is not a positive integer`);
  }

  /** Runs `task` once a lane is free; settles as the task does. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.width) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.queue.shift();
      if (next) next(); // the lane passes straight to the next task: `running` stays
      else if (--this.running === 0) for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  /** Tasks running or waiting. */
  get busy(): number {
    return this.running + this.queue.length;
  }

  /** Resolves when no task runs or waits. */
  idle(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
