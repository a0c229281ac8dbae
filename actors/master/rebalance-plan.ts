// rebalance-plan.ts: pure; whether one worker holds so many more agents than the others that some should
// move, and how many. Agents choose their worker themselves (their server lists), so the cluster can only
// ask the heaviest worker to send some of its agents on to their next server; it does so in rounds (one
// per interval, a share of the worker's agents at most) and with hysteresis, so that it does not flap.

export interface RebalancePolicy {
  /** A rebalance starts when the heaviest worker holds more than this times the mean. */
  triggerRatio: number;
  /** ...and goes on, round after round, until it holds at most this times the mean (the hysteresis band). */
  releaseRatio: number;
  /** Fewer agents than this above the mean are not worth moving: each move costs an agent a reconnect. */
  minExcess: number;
  /** At most this share of a worker's agents per round, so the workers they go to take them gradually. */
  maxShare: number;
}

export const REBALANCE: RebalancePolicy = {
  // 1.5x the mean: the spread that agents' own choices leave (a worker that restarted, a list order) is
  // well under it; a worker that took the agents of one that died is well over it.
  triggerRatio: 1.5,
  releaseRatio: 1.2,
  minExcess: 10,
  maxShare: 0.2,
};

export interface WorkerLoad {
  name: string;
  agents: number;
}

export interface RebalanceDecision {
  /** Ask this worker to move this many agents away; null: nothing to do this round. */
  move: { worker: string; count: number } | null;
  /** Whether a rebalance is under way after this round (the next round uses the release ratio). */
  rebalancing: boolean;
  mean: number;
  /** One line for the log: what was seen and decided. */
  reason: string;
}

/**
 * `loads`: the workers that take agents now (connected, in sync) with their active agents. `rebalancing`:
 * the previous round's verdict. Only the heaviest worker moves agents in a round, down to the mean at most.
 */
export function planRebalance(loads: readonly WorkerLoad[], rebalancing: boolean, p: RebalancePolicy = REBALANCE): RebalanceDecision {
  if (loads.length < 2) return { move: null, rebalancing: false, mean: loads[0]?.agents ?? 0, reason: `${loads.length} worker(s) taking agents: nothing to balance` };
  const total = loads.reduce((n, w) => n + w.agents, 0);
  const mean = total / loads.length;
  const heaviest = [...loads].sort((a, b) => b.agents - a.agents || a.name.localeCompare(b.name))[0]!;
  const ratio = mean > 0 ? heaviest.agents / mean : 0;
  const limit = rebalancing ? p.releaseRatio : p.triggerRatio;
  const excess = Math.floor(heaviest.agents - mean);
  const seen = `${heaviest.name} holds ${heaviest.agents} agents, ${ratio.toFixed(2)}x the mean of ${mean.toFixed(1)} over ${loads.length} workers`;
  if (ratio <= limit || excess < p.minExcess) {
    const why = ratio <= limit ? `at most ${limit}x` : `fewer than ${p.minExcess} above the mean`;
    return { move: null, rebalancing: false, mean, reason: `${seen}: ${why}, balanced` };
  }
  const count = Math.max(1, Math.min(excess, Math.floor(heaviest.agents * p.maxShare)));
  return {
    move: { worker: heaviest.name, count },
    rebalancing: true,
    mean,
    reason: `${seen} (over ${limit}x): moving ${count} of them (at most ${Math.round(p.maxShare * 100)}% a round)`,
  };
}
