// relay-policy.ts: pure; which control commands one node may run on another (the shell's `connect NODE`).
// Reading commands only; restart and stop also travel, and the node that runs them checks its own
// shell.allow_mutations, so mutations across nodes need the target's consent. Agent and group commands
// never travel this way: they have their own path to the master.
import { ControlError } from './control-protocol';

export const RELAYED_READS = ['actors', 'stats', 'log-tail', 'trace-start', 'trace-poll', 'trace-stop'] as const;
export const RELAYED_MUTATIONS = ['actor-restart', 'actor-stop'] as const;

const RELAYED = new Set<string>([...RELAYED_READS, ...RELAYED_MUTATIONS]);

/** A node's deadline for the whole relay: the shell's default, and the most it may ask. */
export const RELAY_DEADLINE_MS = 10_000;
export const RELAY_DEADLINE_MAX_MS = 60_000;
/** Each hop keeps this much of the deadline for its own answer to travel back. */
export const RELAY_HOP_MARGIN_MS = 300;
/** Below this, a hop does not start: it could not finish. */
export const RELAY_MIN_MS = 200;

export function checkRelayable(command: string): void {
  if (!RELAYED.has(command)) {
    throw new ControlError('not_relayed', `${JSON.stringify(command)} cannot be run on another node; one of: ${[...RELAYED].join(', ')}`);
  }
}

/** The deadline to hand the next hop, or an error when too little is left. */
export function nextHopDeadline(deadlineMs: number, node: string): number {
  const next = deadlineMs - RELAY_HOP_MARGIN_MS;
  if (next < RELAY_MIN_MS) throw new ControlError('timeout', `the deadline (${deadlineMs} ms) is too short to reach ${node}`);
  return next;
}
