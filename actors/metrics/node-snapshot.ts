// Reads a node's live figures into the snapshot metric-families.ts maps: its actor registry, its
// meters, its store (agents by node and status), its agent and enrollment ports, its analysis sink.
// Read at each scrape, in the metrics actor: nothing is copied in between.
import type { ActorRegistry } from '../supervision/registry';
import type { AgentPortStats } from '../../agents/server/agent-server';
import type { EnrollmentServerStats } from '../../agents/server/enrollment-server';
import type { EnrollGate } from '../../agents/enrollment/enroll-gate';
import type { GlobalStore } from '../../store/global-store';
import type { WorkerStore } from '../../store/worker-store';
import type { NodeMeters } from './node-meters';
import { agentCounts, type NodeSnapshot } from './metric-families';

export interface SnapshotSources {
  node: NodeSnapshot['node'];
  registry: ActorRegistry;
  meters: NodeMeters;
  /** The master's registry, or null on a worker. */
  globalStore: GlobalStore | null;
  /** The worker's local store, or null on the master. */
  workerStore: WorkerStore | null;
  agentPort: { stats(): AgentPortStats; readonly connectedAgents: number };
  enrollment: { server: { stats(): EnrollmentServerStats }; gate: Pick<EnrollGate, 'refused' | 'decided'> };
  events: { readonly stats: { events: number; alerts: number; dropped: number } };
}

export function readNodeSnapshot(src: SnapshotSources): NodeSnapshot {
  const port = src.agentPort.stats();
  const enrollServer = src.enrollment.server.stats();
  const { refused, decided } = src.enrollment.gate;
  return {
    node: src.node,
    actors: src.registry.snapshot(),
    links: src.meters.links.snapshot(),
    agents: src.globalStore
      ? agentCounts(src.globalStore.agentCounts())
      : agentCounts((src.workerStore?.statusCounts() ?? []).map((r) => ({ node: src.node.name, ...r })), [src.node.name]),
    agentPort: {
      open: port.connections, agents: src.agentPort.connectedAgents, accepted: port.accepted, refused: port.closedBy.refused,
      closed: {
        auth_deadline: port.closedBy.authDeadline, half_frame: port.closedBy.halfFrame, idle: port.closedBy.idle,
        evicted: port.closedBy.evicted, over_budget: port.closedBy.overBudget,
      },
    },
    enrollment: {
      accepted: decided.issued,
      refused: {
        address_rate: refused.addressRate, password: refused.password, node_rate: refused.nodeRate,
        decision: decided.refused, error: decided.failed, connection_cap: enrollServer.closed.refusedAtAccept,
      },
    },
    events: { ...src.events.stats },
    integrity: src.meters.integrity.snapshot(),
  };
}
