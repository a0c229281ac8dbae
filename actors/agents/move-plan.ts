// move-plan.ts: pure; how a worker spreads the agents the master asked it to move over time, so the
// workers they go to take them in small waves, not as one reconnect storm.

/** One batch is sent at most this often: finer than this buys nothing over a keep-alive period. */
export const MOVE_STEP_MS = 500;

export interface MoveBatch {
  /** When, from the request, this batch is sent. */
  atMs: number;
  count: number;
}

/**
 * `count` agents over `spreadMs`: one batch every MOVE_STEP_MS (the first at once), sizes as even as
 * integers allow, larger ones first. No empty batch; a zero or negative count gives none.
 */
export function planMoveBatches(count: number, spreadMs: number, stepMs = MOVE_STEP_MS): MoveBatch[] {
  const n = Math.floor(count);
  if (!(n > 0)) return [];
  const steps = Math.max(1, Math.min(n, Math.floor(Math.max(0, spreadMs) / stepMs) + 1));
  const base = Math.floor(n / steps);
  const extra = n % steps;
  return Array.from({ length: steps }, (_, i) => ({ atMs: i * stepMs, count: base + (i < extra ? 1 : 0) }));
}
