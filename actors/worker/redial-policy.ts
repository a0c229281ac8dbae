// redial-policy.ts: pure; when the worker dials its master again after a failed attempt. Two kinds of
// failure, two paces:
//   - no connection was made (the port refuses, the host is unreachable, no answer in time): the master is
//     down or restarting. A refused connect costs one SYN and one RST, so the worker probes at a short fixed
//     pace and is back within a second of the master listening, however long the master was away.
//   - the master was reached and refused or failed the session (version, key, hello, a deadline): dialing
//     faster would not help and would load the master; exponential backoff up to intervals.reconnect_max.
// Both with jitter, so that workers restarted together do not dial in step.
import { backoffDelay, type BackoffPolicy } from '../../lib/backoff';
import type { Random } from '../../lib/clock';

/** Pace of the probes while no connection can be made: a master listening again is found within this. */
export const PROBE_INTERVAL_MS = 500;
/** Jitter of a probe: drawn in [interval * (1 - jitter), interval]. */
export const PROBE_JITTER = 0.3;
/** First delay of the backoff after a refusal by the master; doubles up to reconnect_max. */
export const BACKOFF_INITIAL_MS = 100;
export const BACKOFF_JITTER = 0.3;

export type DialFailure = 'no-connection' | 'refused-after-connect';

/** Which pace a failed join calls for: only 'connect_failed' means no connection was made. */
export function dialFailureOf(err: unknown): DialFailure {
  return (err as { code?: unknown } | null)?.code === 'connect_failed' ? 'no-connection' : 'refused-after-connect';
}

export function backoffPolicy(reconnectMaxMs: number): BackoffPolicy {
  return { initialMs: BACKOFF_INITIAL_MS, maxMs: reconnectMaxMs, factor: 2, jitter: BACKOFF_JITTER };
}

/**
 * The delay before the next dial. `refusals` counts the failures after connecting since the last success
 * (the first is 1): probes do not reset it, so a master that keeps refusing stays backed off from.
 */
export function redialDelay(failure: DialFailure, refusals: number, reconnectMaxMs: number, random: Random): number {
  if (failure === 'no-connection') return Math.round(PROBE_INTERVAL_MS * (1 - PROBE_JITTER * random()));
  return backoffDelay(Math.max(1, refusals), backoffPolicy(reconnectMaxMs), random);
}
