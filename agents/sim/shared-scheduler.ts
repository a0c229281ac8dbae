// One timer for every simulated agent: thousands of keep-alives, backoffs and deadlines share a
// single timer armed for the earliest entry, so 2,000 agents never mean 2,000 intervals. The time and
// that timer come from an injected Clock (the system's by default), so tests drive it by hand.
import { Clock, systemClock, Timer } from '../../lib/clock';
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
  private timer: Timer | null = null;
  private armedFor = Infinity;
  private closed = false;

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  get pending(): number {
    return this.queue.size;
  }

  /** Runs fn after delayMs (at the earliest); the returned function cancels it. */
  after(delayMs: number, fn: () => void): Cancel {
    const task: Task = { fn, cancelled: false };
    if (this.closed) return () => undefined;
    const due = this.clock.now() + Math.max(0, delayMs);
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
    this.timer?.cancel();
    this.timer = null;
    this.armedFor = Infinity;
  }

  private arm(due: number): void {
    this.timer?.cancel();
    this.armedFor = due;
    this.timer = this.clock.setTimeout(() => this.run(), Math.max(0, due - this.clock.now()));
  }

  private run(): void {
    this.timer = null;
    this.armedFor = Infinity;
    const now = this.clock.now();
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
