// metric-families.ts: pure; a node's snapshot (what its registry, meters, stores and ports hold at one
// scrape) as Prometheus metric families: names with the warden_ prefix, _total on counters, base units
// (seconds, bytes), label sets bounded by the actors, peers, nodes and fixed reasons there are.
// exposition.ts hands the families to prom-client; nothing here knows about HTTP or prom-client.
import { DURATION_BUCKETS, type Histogram } from '../../lib/histogram';
import type { IntegrityNodeStats } from './integrity-meter';
import type { LinkTotals } from './link-meter';

export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface Sample {
  /** Appended to the family's name: a histogram's _bucket, _sum and _count. */
  suffix?: '_bucket' | '_sum' | '_count';
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: Sample[];
}

export interface ActorFigures {
  path: string;
  kind: string;
  handled: number;
  mailbox: number;
  restarts: number;
  dropped: number;
  busyMs: number;
  handleTime: Histogram;
}

export const AGENT_STATUSES = ['active', 'pending', 'never_connected', 'disconnected'] as const;
export type AgentStatusLabel = (typeof AGENT_STATUSES)[number];

export interface AgentCount {
  /** The node serving the agents ('' for agents that never connected anywhere). */
  node: string;
  status: AgentStatusLabel;
  count: number;
}

/** Why the agent port closed connections on its own (agents/server/agent-server.ts ClosedBy, less refusals). */
export const AGENT_CLOSE_CAUSES = ['auth_deadline', 'half_frame', 'idle', 'evicted', 'over_budget'] as const;

export interface AgentPortFigures {
  /** Connections open now, and agents among them that proved their key. */
  open: number;
  agents: number;
  accepted: number;
  /** Closed at accept: the port held its connection cap. */
  refused: number;
  closed: Record<(typeof AGENT_CLOSE_CAUSES)[number], number>;
}

/**
 * Why an enrollment was refused: the node's gate (address_rate, password, node_rate), the decision
 * (the registry's checks; on a worker, also the master out of reach), a decision that failed (error),
 * or the port at its connection cap (connection_cap).
 */
export const ENROLL_REFUSALS = ['address_rate', 'password', 'node_rate', 'decision', 'error', 'connection_cap'] as const;

export interface EnrollmentFigures {
  accepted: number;
  refused: Record<(typeof ENROLL_REFUSALS)[number], number>;
}

export interface NodeSnapshot {
  node: { name: string; role: 'master' | 'worker'; version: string };
  actors: readonly ActorFigures[];
  links: readonly LinkTotals[];
  agents: readonly AgentCount[];
  agentPort: AgentPortFigures;
  enrollment: EnrollmentFigures;
  events: { events: number; alerts: number; dropped: number };
  integrity: readonly IntegrityNodeStats[];
}

/** Every family of a node, in a fixed order; a role's families are always there, perhaps without samples. */
export function metricFamilies(s: NodeSnapshot): MetricFamily[] {
  return [
    gauge('warden_node_info', 'This node: its name, role and Warden version (always 1).',
      [{ labels: { node: s.node.name, role: s.node.role, version: s.node.version }, value: 1 }]),
    ...actorFamilies(s.actors),
    ...linkFamilies(s.node.role, s.links),
    gauge('warden_agents', 'Agents by the node serving them and their status (the master: every agent of the registry; a worker: those it served).',
      s.agents.map((a) => ({ labels: { node: a.node, status: a.status }, value: a.count }))),
    ...agentPortFamilies(s.agentPort),
    counter('warden_enrollment_accepted_total', 'Agent keys issued through this node\'s enrollment port.', [{ labels: {}, value: s.enrollment.accepted }]),
    counter('warden_enrollment_refused_total', 'Enrollment requests refused at this node\'s port, by reason.',
      ENROLL_REFUSALS.map((reason) => ({ labels: { reason }, value: s.enrollment.refused[reason] }))),
    counter('warden_events_total', 'Agent events analysed and written to archives.json.', [{ labels: {}, value: s.events.events }]),
    counter('warden_alerts_total', 'Alerts written to alerts.json.', [{ labels: {}, value: s.events.alerts }]),
    counter('warden_events_dropped_total', 'Agent events dropped: the analysis queue was full, or its thread was lost.', [{ labels: {}, value: s.events.dropped }]),
    ...integrityFamilies(s.node.role, s.integrity),
  ];
}

function actorFamilies(actors: readonly ActorFigures[]): MetricFamily[] {
  const each = (f: (a: ActorFigures) => number): Sample[] => actors.map((a) => ({ labels: { path: a.path, kind: a.kind }, value: f(a) }));
  return [
    counter('warden_actor_messages_total', 'Messages an actor handled (ticks included), since its path was spawned.', each((a) => a.handled)),
    gauge('warden_actor_mailbox_depth', 'Messages waiting in an actor\'s mailbox.', each((a) => a.mailbox)),
    counter('warden_actor_restarts_total', 'Restarts of an actor by its supervisor.', each((a) => a.restarts)),
    counter('warden_actor_messages_dropped_total', 'Messages refused by an actor\'s full mailbox.', each((a) => a.dropped)),
    counter('warden_actor_busy_seconds_total', 'Time an actor spent handling messages.', each((a) => a.busyMs / 1000)),
    histogram('warden_actor_handle_seconds', 'Time an actor took to handle one message.',
      actors.flatMap((a) => histogramSamples(a.handleTime, { path: a.path, kind: a.kind }))),
  ];
}

function linkFamilies(role: 'master' | 'worker', links: readonly LinkTotals[]): MetricFamily[] {
  const each = (f: (l: LinkTotals) => number): Sample[] => links.map((l) => ({ labels: { peer: l.peer }, value: f(l) }));
  const families = [
    counter('warden_cluster_received_bytes_total', 'Bytes received on the cluster link with a peer node, every connection to it summed.', each((l) => l.bytesIn)),
    counter('warden_cluster_sent_bytes_total', 'Bytes sent on the cluster link with a peer node, every connection to it summed.', each((l) => l.bytesOut)),
    counter('warden_cluster_received_frames_total', 'Frames received on the cluster link with a peer node.', each((l) => l.framesIn)),
    counter('warden_cluster_sent_frames_total', 'Frames sent on the cluster link with a peer node.', each((l) => l.framesOut)),
    gauge('warden_cluster_link_up', 'Whether the cluster link with a peer node is connected (1) or not (0).', each((l) => (l.open > 0 ? 1 : 0))),
  ];
  if (role === 'master') {
    families.push(gauge('warden_workers_connected', 'Workers connected to this master.', [{ labels: {}, value: links.filter((l) => l.open > 0).length }]));
  }
  return families;
}

function agentPortFamilies(p: AgentPortFigures): MetricFamily[] {
  return [
    gauge('warden_agent_connections', 'Connections open on the agent port.', [{ labels: {}, value: p.open }]),
    gauge('warden_agents_connected', 'Agents connected to this node (their key proven).', [{ labels: {}, value: p.agents }]),
    counter('warden_agent_connections_accepted_total', 'Connections accepted on the agent port.', [{ labels: {}, value: p.accepted }]),
    counter('warden_agent_connections_refused_total', 'Connections refused on the agent port: it held its connection cap.', [{ labels: {}, value: p.refused }]),
    counter('warden_agent_connections_closed_total', 'Connections the agent port closed on its own, by cause.',
      AGENT_CLOSE_CAUSES.map((cause) => ({ labels: { cause }, value: p.closed[cause] }))),
  ];
}

function integrityFamilies(role: 'master' | 'worker', nodes: readonly IntegrityNodeStats[]): MetricFamily[] {
  // Checks and syncs belong to the nodes checked (the workers); scans to the master's own table.
  const checkedNodes = nodes.filter((n) => n.check.count + n.sync.count > 0);
  const hist = (list: readonly IntegrityNodeStats[], pick: (n: IntegrityNodeStats) => Histogram): Sample[] =>
    list.flatMap((n) => histogramSamples(pick(n), { node: n.node }));
  const families = [
    histogram('warden_integrity_check_seconds',
      'Integrity checks by the node whose files were checked: on a worker, its scan and the master\'s answer; on the master, the answer.',
      hist(checkedNodes, (n) => n.check)),
    histogram('warden_integrity_sync_seconds', 'Integrity syncs by the node synced, from its check to its files applied (as the worker measured).',
      hist(checkedNodes, (n) => n.sync)),
    counter('warden_integrity_sync_files_total', 'Files planned by integrity syncs, by kind: missing on the worker, shared but different, extra on the worker.',
      checkedNodes.flatMap((n) => (['missing', 'shared', 'extra'] as const).map((kind) => ({ labels: { node: n.node, kind }, value: n.synced[kind] })))),
    gauge('warden_integrity_table_files', 'Synced files in a node\'s table at its last check, sync or scan.',
      nodes.filter((n) => n.tableFiles !== null).map((n) => ({ labels: { node: n.node }, value: n.tableFiles! }))),
  ];
  if (role === 'master') {
    families.push(histogram('warden_integrity_scan_seconds', 'Scans of the master\'s own synced files.', hist(nodes.filter((n) => n.scan.count > 0), (n) => n.scan)));
  }
  return families;
}

/** A fixed-bucket histogram as Prometheus has it: cumulative buckets ending in +Inf, then _sum and _count. */
export function histogramSamples(h: Histogram, labels: Record<string, string>): Sample[] {
  const out: Sample[] = [];
  let cumulative = 0;
  DURATION_BUCKETS.forEach((le, i) => {
    cumulative += h.counts[i] ?? 0;
    out.push({ suffix: '_bucket', labels: { ...labels, le: String(le) }, value: cumulative });
  });
  out.push({ suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: h.count });
  out.push({ suffix: '_sum', labels, value: h.sum });
  out.push({ suffix: '_count', labels, value: h.count });
  return out;
}

function counter(name: string, help: string, samples: Sample[]): MetricFamily {
  return { name, help, type: 'counter', samples };
}

function gauge(name: string, help: string, samples: Sample[]): MetricFamily {
  return { name, help, type: 'gauge', samples };
}

function histogram(name: string, help: string, samples: Sample[]): MetricFamily {
  return { name, help, type: 'histogram', samples };
}

/**
 * Agent counts from a store's rows, every status of every node listed (0 where none), so that a series
 * drops to zero rather than vanishing; `alwaysNodes` are listed even without rows (a worker: itself).
 */
export function agentCounts(rows: readonly { node: string | null; status: string; n: number }[], alwaysNodes: readonly string[] = []): AgentCount[] {
  const byNode = new Map<string, Map<string, number>>(alwaysNodes.map((n) => [n, new Map()]));
  for (const r of rows) {
    const node = r.node ?? '';
    if (!byNode.has(node)) byNode.set(node, new Map());
    const m = byNode.get(node)!;
    m.set(r.status, (m.get(r.status) ?? 0) + r.n);
  }
  return [...byNode.keys()].sort().flatMap((node) => AGENT_STATUSES.map((status) => ({ node, status, count: byNode.get(node)!.get(status) ?? 0 })));
}
