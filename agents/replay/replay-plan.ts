// How one tick's frames are spread over the agents: evenly over those that can take more, the frames
// that do not divide evenly going to the next agents in turn (the cursor moves on, so over a few ticks
// every agent gets its share). Pure: the replayer does the writing.

export interface TickAgent {
  /** Connected, past its preamble, and its socket is not backed up. */
  canSend: boolean;
  /** Frames it still has. */
  remaining: number;
}

export interface TickPlan {
  /** Frames for each agent (same order as the input). */
  counts: number[];
  total: number;
  /** Where the next tick starts handing out what does not divide evenly. */
  cursor: number;
}

export function planTick(agents: readonly TickAgent[], budget: number, cursor: number): TickPlan {
  const n = agents.length;
  const counts: number[] = new Array<number>(n).fill(0);
  if (n === 0) return { counts, total: 0, cursor: 0 };
  const start = ((cursor % n) + n) % n;
  let open: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (agents[i]!.canSend && agents[i]!.remaining > 0) open.push(i);
  }
  let left = Math.max(0, Math.floor(budget));
  let next = start;
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    const still: number[] = [];
    for (const i of open) {
      if (left === 0) break;
      const give = Math.min(share, agents[i]!.remaining - counts[i]!, left);
      counts[i]! += give;
      left -= give;
      next = (i + 1) % n;
      if (counts[i]! < agents[i]!.remaining) still.push(i);
    }
    open = still;
  }
  return { counts, total: Math.max(0, Math.floor(budget)) - left, cursor: next };
}
