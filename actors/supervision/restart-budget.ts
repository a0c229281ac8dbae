// Pure: the restart budget of a supervised actor ("N restarts in T milliseconds").

export interface RestartBudget {
  maxRestarts: number;
  withinMs: number;
}

export interface CrashVerdict {
  /** Crash times still inside the window, this one included. */
  history: number[];
  verdict: 'restart' | 'escalate';
  /** 1 for the first crash in the window: drives the backoff. */
  attempt: number;
}

export function recordCrash(history: readonly number[], now: number, budget: RestartBudget): CrashVerdict {
  const recent = history.filter((t) => now - t < budget.withinMs);
  recent.push(now);
  return {
    history: recent,
    verdict: recent.length > budget.maxRestarts ? 'escalate' : 'restart',
    attempt: recent.length,
  };
}
