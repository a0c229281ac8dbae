// policies.ts: the restart policies of a node's actors, in one place (see supervision/policy.ts).
import { isLinkFailure } from '../../protocol/errors';
import type { RestartPolicy } from '../supervision/policy';

const linkOrLocal = (err: Error) => (isLinkFailure(err) ? 'link' as const : 'local' as const);

/**
 * A loop of a connection: a local failure restarts it, 100 ms doubling up to its own period (a loop never
 * retries slower than it would have run, nor faster than a backoff), then at that cap for as long as it
 * fails; a link failure goes to the connection, which closes.
 */
export function loopPolicy(periodMs: number): Partial<RestartPolicy> {
  return {
    mode: 'restart',
    backoff: { initialMs: 100, maxMs: clamp(periodMs, 1_000, 60_000), factor: 2, jitter: 0.2 },
    budget: { maxRestarts: 5, withinMs: 60_000 },
    exhausted: 'retry-at-cap',
    scope: linkOrLocal,
  };
}

/** A connection's supervisor: never restarted on the same socket; its parent redials or forgets it. */
export const CONNECTION_POLICY: Partial<RestartPolicy> = { mode: 'escalate' };

/** A node-wide service (listener, dialer, agent port, local scans): restarts for as long as it fails. */
export const SERVICE_POLICY: Partial<RestartPolicy> = {
  mode: 'restart',
  backoff: { initialMs: 100, maxMs: 10_000, factor: 2, jitter: 0.2 },
  budget: { maxRestarts: 5, withinMs: 60_000 },
  exhausted: 'retry-at-cap',
  scope: () => 'local',
};

/** The node itself: a failure that reaches it stops the daemon (a supervisor such as systemd restarts it). */
export const NODE_POLICY: Partial<RestartPolicy> = { mode: 'escalate' };

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
