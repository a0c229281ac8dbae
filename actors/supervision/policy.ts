// policy.ts: pure; what a failure of an actor means, and what its supervisor does about it.
//
// Each actor declares a RestartPolicy. A failure is either the actor's own ('local': a disk error, a bad
// file, a bug) or its connection's ('link': a protocol error, a deadline, a closed socket). A local failure
// restarts the actor after a backoff that grows with each failure inside the budget window; past the
// budget the actor either keeps retrying at the backoff cap (a loop: it must never take its siblings
// down) or hands the failure to its parent (an actor whose failure is its parent's business, such as a
// connection). A link failure always goes up at once: restarting one loop cannot mend a broken link.
import { backoffDelay, type BackoffPolicy } from '../../lib/backoff';
import { type CrashVerdict, recordCrash, type RestartBudget } from './restart-budget';

export type FailureScope = 'local' | 'link';

export interface RestartPolicy {
  /** 'restart': failures restart this actor; 'escalate': never restarted, every failure goes to the parent. */
  mode: 'restart' | 'escalate';
  backoff: BackoffPolicy;
  budget: RestartBudget;
  /** Past the budget: keep restarting at the backoff cap, or hand the failure to the parent. */
  exhausted: 'retry-at-cap' | 'escalate';
  /** Which failures belong to the link (these always go up). Default: none. */
  scope: (err: Error) => FailureScope;
}

export const DEFAULT_POLICY: RestartPolicy = {
  mode: 'restart',
  backoff: { initialMs: 100, maxMs: 10_000, factor: 2, jitter: 0.2 },
  budget: { maxRestarts: 5, withinMs: 60_000 },
  exhausted: 'retry-at-cap',
  scope: () => 'local',
};

export type RestartDecision =
  | { action: 'restart'; delayMs: number; attempt: number; exhausted: boolean; history: number[] }
  | { action: 'escalate'; reason: 'link' | 'budget' | 'policy'; history: number[] };

/** `history` holds the times of earlier failures; the decision carries the new history. */
export function decideRestart(
  policy: RestartPolicy, history: readonly number[], now: number, err: Error, random: () => number,
): RestartDecision {
  if (policy.mode === 'escalate') return { action: 'escalate', reason: 'policy', history: [...history] };
  if (policy.scope(err) === 'link') return { action: 'escalate', reason: 'link', history: [...history] };
  const v = policy.exhausted === 'retry-at-cap' ? recordCrashUntilQuiet(history, now, policy.budget, policy.backoff.maxMs) : recordCrash(history, now, policy.budget);
  const exhausted = v.verdict === 'escalate';
  if (exhausted && policy.exhausted === 'escalate') return { action: 'escalate', reason: 'budget', history: v.history };
  // Past the budget the delay stays at the cap (jittered), so a broken loop retries slowly but forever.
  const attempt = exhausted ? Number.MAX_SAFE_INTEGER : v.attempt;
  return { action: 'restart', delayMs: backoffDelay(attempt, policy.backoff, random), attempt: v.attempt, exhausted, history: v.history };
}

/**
 * For a loop that retries at its cap: failures count until a whole budget window passes without one. A
 * sliding window would forget the early failures during one long wait at a cap of 12 s or more, and the
 * loop would fall back to fast retries (and stop saying it is failing) while it still fails.
 */
function recordCrashUntilQuiet(history: readonly number[], now: number, budget: RestartBudget, capMs: number): CrashVerdict {
  const last = history[history.length - 1];
  // Quiet means a whole window of running, not a wait at the cap: the gap must exceed both.
  if (last === undefined || now - last >= Math.max(budget.withinMs, 2 * capMs)) return recordCrash([], now, budget);
  const kept = [...history, now].slice(-(budget.maxRestarts + 1));
  const count = history.length + 1;
  return { history: kept, verdict: count > budget.maxRestarts ? 'escalate' : 'restart', attempt: count };
}

/** One line for `control actors` and the shell: how this actor is restarted. */
export function describePolicy(p: RestartPolicy): string {
  if (p.mode === 'escalate') return 'never restarted here: failures go to the parent';
  const b = p.backoff;
  const then = p.exhausted === 'retry-at-cap' ? `then every ${ms(b.maxMs)}` : 'then escalate';
  return `restart after ${ms(b.initialMs)}..${ms(b.maxMs)} (x${b.factor}, jitter ${b.jitter}); ` +
    `${p.budget.maxRestarts} in ${ms(p.budget.withinMs)}, ${then}`;
}

function ms(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}s` : `${n}ms`;
}
