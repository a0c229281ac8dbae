// A clock moved by hand: timers fire only inside advance(), in time order. Tests drive loops, backoffs
// and deadlines with it instead of sleeping.
import type { Clock, Timer } from '../../lib/clock';

interface Entry {
  at: number;
  seq: number;
  fn: () => void;
  everyMs: number | null;
  cancelled: boolean;
}

export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private entries: Entry[] = [];

  constructor(start = Date.UTC(2026, 0, 14, 10, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    return this.add(fn, Math.max(0, ms), null);
  }

  setInterval(fn: () => void, ms: number): Timer {
    return this.add(fn, Math.max(1, ms), Math.max(1, ms));
  }

  /** Timers waiting, for assertions. */
  get pending(): number {
    return this.entries.filter((e) => !e.cancelled).length;
  }

  /** When the next timer is due, or null. */
  nextAt(): number | null {
    const live = this.entries.filter((e) => !e.cancelled);
    return live.length ? Math.min(...live.map((e) => e.at)) : null;
  }

  /**
   * Moves time forward by ms, firing every timer due on the way in order. Between timers, `settle` runs
   * (e.g. the actor system's idle()), so that work a timer starts can post the next timer in time.
   */
  async advance(ms: number, settle: () => Promise<void> = flushTurns): Promise<void> {
    const end = this.t + ms;
    await settle(); // work already started may still register its timers
    for (;;) {
      const due = this.entries.filter((e) => !e.cancelled && e.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.t = Math.max(this.t, due.at);
      if (due.everyMs === null) due.cancelled = true;
      else due.at += due.everyMs;
      due.fn();
      await settle();
    }
    this.t = end;
    this.entries = this.entries.filter((e) => !e.cancelled);
    await settle();
  }

  private add(fn: () => void, ms: number, everyMs: number | null): Timer {
    const e: Entry = { at: this.t + ms, seq: this.seq++, fn, everyMs, cancelled: false };
    this.entries.push(e);
    return { cancel: () => { e.cancelled = true; } };
  }
}

/** A few turns of the event loop: enough for promise chains and setImmediate work to run. */
async function flushTurns(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}
