// Pure: restart and reconnect delays. No clock, no randomness of its own.

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** 0..1: the delay is drawn uniformly in [d * (1 - jitter), d]. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 100, maxMs: 10_000, factor: 2, jitter: 0.2 };

/** Delay before attempt number `attempt` (1 = first retry). `random` returns a number in [0, 1). */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const n = Math.max(1, Math.floor(attempt));
  const base = Math.min(policy.maxMs, policy.initialMs * Math.pow(policy.factor, n - 1));
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  return Math.round(base * (1 - jitter * random()));
}
