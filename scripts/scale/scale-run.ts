// scale-run.ts: what one `scale apply` or `scale down` carries: the topology, the time it may wait for
// each step, where its progress goes, and the failures it will report at the end.
import type { Topology } from '../../config/topology';

export interface ScaleRun {
  t: Topology;
  /** The longest wait of one step (a node coming up, a node stopping, agents moving). */
  timeoutMs: number;
  say(line: string): void;
  /** Says it and remembers it: the command then exits 1. */
  fail(line: string): void;
  readonly failures: string[];
}

export function newScaleRun(t: Topology, timeoutMs: number, write: (line: string) => void): ScaleRun {
  const failures: string[] = [];
  return {
    t, timeoutMs, failures,
    say: write,
    fail: (line) => { failures.push(line); write(`!! ${line}`); },
  };
}

/** "1.2 s" */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const PROGRESS_EVERY_MS = 5_000;

/**
 * Polls `probe` until it gives a value or `timeoutMs` passes, saying every few seconds what it waits for.
 * Returns the value (null on timeout) and the time waited.
 */
export async function waitFor<T>(run: ScaleRun, what: string, probe: () => Promise<T | null>, timeoutMs = run.timeoutMs, everyMs = 100): Promise<{ value: T | null; ms: number }> {
  const started = Date.now();
  let nextNote = started + PROGRESS_EVERY_MS;
  for (;;) {
    const value = await probe();
    const now = Date.now();
    if (value !== null) return { value, ms: now - started };
    if (now - started >= timeoutMs) return { value: null, ms: now - started };
    if (now >= nextNote) {
      run.say(`    ... still waiting for ${what} (${seconds(now - started)} of ${seconds(timeoutMs)})`);
      nextNote = now + PROGRESS_EVERY_MS;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
