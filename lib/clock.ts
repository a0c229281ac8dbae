// clock.ts: time as an input. Everything that reads the time or waits takes a Clock, so that tests can
// drive time by hand (test/helpers/manual-clock.ts) instead of sleeping.

export interface Timer {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls fn once after ms. */
  setTimeout(fn: () => void, ms: number): Timer;
  /** Calls fn every ms until cancelled. */
  setInterval(fn: () => void, ms: number): Timer;
}

/** The process's own clock and timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(t) };
  },
  setInterval: (fn, ms) => {
    const t = setInterval(fn, Math.max(1, ms));
    return { cancel: () => clearInterval(t) };
  },
};

/** A source of numbers in [0, 1): jitter and ids draw from it, so tests can fix it. */
export type Random = () => number;

/** Resolves when `work` settles or after `ms`, whichever is first; the work goes on regardless. */
export function waitAtMost(work: Promise<unknown>, ms: number, clock: Clock): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = clock.setTimeout(resolve, ms);
    const done = (): void => { timer.cancel(); resolve(); };
    work.then(done, done);
  });
}

/**
 * Milliseconds on the system's monotonic clock (CLOCK_MONOTONIC on Linux): never jumps with the wall
 * clock, and is the same clock in every process of the machine, so processes can compare its readings.
 */
export function monotonicNow(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
