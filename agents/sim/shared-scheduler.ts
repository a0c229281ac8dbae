// One timer for every simulated agent: thousands of keep-alives, backoffs and deadlines share a
// single Node timer armed for the earliest entry, so 2,000 agents never mean 2,000 intervals.
import { TimerQueue } from './timer-queue';

export type Cancel = () => void;

interface Task {
  fn: () => void;
  cancelled: boolean;
}

/** Entries run per turn before yielding to I/O, so a burst of due timers cannot starve sockets. */
const BATCH = 256;

export class SharedScheduler {
  private readonly queue = new TimerQueue<Task>();
  private timer: NodeJS.Timeout | null = null;
  private armedFor = Infinity;
  private closed = false;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  get pending(): number {
    return this.queue.size;
  }

  /** Runs fn after delayMs (at the earliest); the returned function cancels it. */
  after(delayMs: number, fn: () => void): Cancel {
    const task: Task = { fn, cancelled: false };
    if (this.closed) return () => undefined;
    const due = this.now() + Math.max(0, delayMs);
    this.queue.push(due, task);
    if (due < this.armedFor) this.arm(due);
    return () => {
      task.cancelled = true;
    };
  }

  /** Drops every entry and the timer; later after() calls do nothing. */
  close(): void {
    this.closed = true;
    this.queue.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = Infinity;
  }

  private arm(due: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedFor = due;
    this.timer = setTimeout(() => this.run(), Math.max(0, due - this.now()));
  }

  private run(): void {
    this.timer = null;
    this.armedFor = Infinity;
    const now = this.now();
    for (let i = 0; i < BATCH && !this.closed; i++) {
      const task = this.queue.popDue(now);
      if (task === null) break;
      if (task.cancelled) continue;
      try {
        task.fn();
      } catch (err) {
        // A task's failure belongs to its agent; the scheduler keeps serving the others.
        this.onError(err);
      }
    }
    const next = this.queue.nextDue();
    if (!this.closed && next !== null && next < this.armedFor) this.arm(next);
  }
}
