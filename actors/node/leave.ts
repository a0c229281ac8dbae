// leave.ts: a worker's graceful leave, the first step of its stop. Its ports stop taking agents and
// enrollments; every connected agent is sent Wazuh's `#!-force_reconnect`, so it starts over from this
// server, finds its port closed and goes to the next server of its list; after at most the grace period
// the worker tells the master it leaves (the master forgets it at once) and the rest of the stop closes
// what is left.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { waitAtMost } from '../../lib/clock';
import type { AgentServer } from '../../agents/server/agent-server';
import type { LeaveResult } from '../worker/dialer';
import type { LeaveSummary } from '../worker/master-connection';

/**
 * How long a leaving worker waits for its agents to go. An agent told to reconnect closes its socket at
 * once (a Wazuh agent's connect_server does so first), so a round trip is enough; the rest is margin for
 * a busy machine, and stays within the daemon's stop deadline.
 */
export const LEAVE_GRACE_MS = 3_000;

export interface LeaveDeps {
  agents: AgentServer;
  /** Stops the enrollment port (idempotent: the stop closes it again). */
  closeEnrollment: () => Promise<void>;
  /** Tells the master (worker-node.ts). */
  tellMaster: (summary: LeaveSummary) => Promise<LeaveResult>;
  graceMs: number;
  reason: string;
  clock: Clock;
  log: TaskLog;
}

export async function leaveCluster(d: LeaveDeps): Promise<LeaveSummary> {
  const started = d.clock.now();
  await d.closeEnrollment();
  d.agents.stopAccepting();
  const asked = d.agents.moveAway(Number.POSITIVE_INFINITY).length;
  if (asked > 0) d.log.info(`Leaving the cluster: asked ${asked} agents to move to their next server; waiting up to ${(d.graceMs / 1000).toFixed(1)}s for them.`);
  await waitAtMost(d.agents.whenNoAgents(), d.graceMs, d.clock);
  const agentsClosed = d.agents.connectedAgents;
  const summary: LeaveSummary = { agentsMoved: Math.max(0, asked - agentsClosed), agentsClosed, reason: d.reason };
  const told = await d.tellMaster(summary);
  const took = `${((d.clock.now() - started) / 1000).toFixed(1)}s`;
  const agents = `${summary.agentsMoved} agents moved away, ${agentsClosed} still connected are closed now`;
  if (told.told) d.log.info(`Left the cluster in ${took}: ${agents}; the master forgot this worker.`);
  else d.log.warning(`Left the cluster in ${took} without telling the master (${told.why}): ${agents}; the master drops this worker after its keep_alive_timeout.`);
  return summary;
}
