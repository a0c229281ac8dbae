// Port 1514 (agents.port): the Wazuh secure message protocol, on every worker and on the master.
// Connections that have not proven a key are few and cheap (PreAuthPool, budgets, deadlines); connection
// errors are logged once per source address per interval.
import * as net from 'net';
import { TaskLog } from '../../log/cluster-log';
import type { Clock } from '../../lib/clock';
import { PreAuthPool } from '../../lib/preauth-pool';
import { RepeatLimiter } from '../../log/repeat-limiter';
import { AgentDirectory, AgentIdentity } from './agent-directory';
import { StatusTracker } from './status-tracker';
import { MergedCache } from '../groups/merged-cache';
import { AgentConnection, CloseCause, ConnectionContext } from './agent-connection';
import { CounterBook } from './counter-book';
import { agentPortLimits, AgentPortLimits, deadlineReason, passedDeadline } from './connection-deadlines';
import { CONNECTION_LOG_INTERVAL_MS, MOVED_AWAY_REFUSE_MS } from './agent-port-limits';
import { forceReconnect } from '../messages/manager-replies';

export interface AgentServerDeps {
  directory: AgentDirectory;
  tracker: StatusTracker;
  merged: MergedCache;
  log: TaskLog;
  clock: Clock;
  /** The Wazuh version this manager presents to agents (a newer agent is refused at startup). */
  managerVersion: string;
  onEvent: (agent: AgentIdentity, ev: { queue: string; location: string; message: Buffer }, sourceIp: string) => void;
  /** The tracker holds changes: the node flushes them (debounced). */
  onStatusChange: () => void;
  /** A second connection for an agent is refused unless the first has been silent this long (Wazuh: 60 s). */
  replaceSilentAfterMs?: number;
  /** Budgets, deadlines and caps; the defaults of agent-port-limits.ts for what is not given. */
  limits?: Partial<AgentPortLimits>;
  /** Drop messages whose counters are not after the agent's last ones (agents.verify_counters; Wazuh: off). */
  enforceCounters?: boolean;
  /** The agents' last counters, e.g. restored from the node's rids file; a fresh book by default. */
  counters?: CounterBook;
  /**
   * Why new connections are refused now (a worker not yet in sync with its master), or null when they are
   * taken. Asked at every accept; by default every connection is taken.
   */
  refusing?: () => string | null;
}

/** Why the port closed connections on its own, counted since it started. */
export interface ClosedBy {
  authDeadline: number;
  halfFrame: number;
  idle: number;
  /** Unauthenticated connections closed to make room for a newcomer (PreAuthPool). */
  evicted: number;
  /** Over the bytes, frames or frame size allowed before proving a key. */
  overBudget: number;
  /** Refused at the connection cap. */
  refused: number;
  /** Refused at accept while the node was not taking agents (a worker before its first sync). */
  notServing: number;
  /** Agents this port asked to move and refused when they came straight back (`#!-err`). */
  movedAway: number;
}

export interface AgentPortStats {
  connections: number;
  /** Connections accepted since the port opened (those refused at the cap are in closedBy.refused). */
  accepted: number;
  /** Connections that have not yet proven a key. */
  unauthenticated: number;
  /** Bytes held for those connections (partial frames, bytes not read, frames waiting for the registry). */
  heldBytes: number;
  /** Connections in the middle of a frame. */
  partialFrames: number;
  closedBy: ClosedBy;
  /** Messages dropped as replays (agents.verify_counters). */
  replaysDropped: number;
}

export class AgentServer {
  private readonly server: net.Server;
  private readonly connections = new Set<AgentConnection>();
  private readonly byAgent = new Map<number, AgentConnection>();
  private readonly preAuth: PreAuthPool<AgentConnection>;
  private readonly logs: RepeatLimiter;
  private readonly closedBy: ClosedBy = { authDeadline: 0, halfFrame: 0, idle: 0, evicted: 0, overBudget: 0, refused: 0, notServing: 0, movedAway: 0 };
  /** Agents asked to move away, and until when they are refused here (so they go to their next server). */
  private readonly moved = new Map<number, number>();
  private serverClosed: Promise<void> | null = null;
  /** Callers waiting for the last agent connection to end (a leaving worker's drain). */
  private agentsGone: (() => void)[] = [];
  private replaysDropped = 0;
  private accepted = 0;
  private readonly ctx: ConnectionContext;

  readonly counters: CounterBook;
  readonly limits: AgentPortLimits;

  constructor(private readonly deps: AgentServerDeps) {
    this.limits = agentPortLimits(deps.limits);
    this.counters = deps.counters ?? new CounterBook(deps.enforceCounters ?? false);
    this.preAuth = new PreAuthPool({ maxPerAddress: this.limits.preAuthPerAddress, maxTotal: this.limits.preAuthTotal });
    this.logs = new RepeatLimiter(deps.log, deps.clock, { intervalMs: CONNECTION_LOG_INTERVAL_MS });
    this.ctx = {
      deps, limits: this.limits, counters: this.counters,
      warn: (source, msg) => this.logs.warning(source, msg),
      claim: (c, id) => this.claim(c, id),
      refusal: (id) => this.refusal(id),
      authenticated: (c) => this.preAuth.release(c),
      replayDropped: () => { this.replaysDropped++; },
      closed: (c, cause) => this.release(c, cause),
    };
    this.server = net.createServer((socket) => this.accept(socket));
    this.server.maxConnections = this.limits.maxConnections;
    this.server.on('drop', (d?: { remoteAddress?: string }) => {
      this.closedBy.refused++;
      const ip = (d?.remoteAddress ?? '').replace(/^::ffff:/, '');
      this.logs.warning(ip, `Connection from ${ip} refused: the agent port holds its ${this.limits.maxConnections} connections.`);
    });
  }

  listen(port: number, host: string): Promise<{ port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve({ port: (this.server.address() as net.AddressInfo).port });
      });
    });
  }

  async close(): Promise<void> {
    this.stopAccepting();
    for (const c of [...this.connections]) c.close('server');
    await this.serverClosed;
    this.logs.close();
  }

  /** Takes no new connection (the port stops listening); those open go on. Idempotent. */
  stopAccepting(): void {
    // The server's 'close' comes once its last connection has ended too: close() waits for that.
    this.serverClosed ??= new Promise<void>((r) => this.server.close(() => r()));
  }

  /**
   * Sends `#!-force_reconnect` to up to `count` connected agents, the longest connected first (those that
   * just came are not moved on at once), and refuses each here for MOVED_AWAY_REFUSE_MS, so that it goes
   * to the next server of its list. Returns the ids asked.
   */
  moveAway(count: number): number[] {
    const now = this.deps.clock.now();
    const picked = [...this.byAgent.entries()]
      .filter(([id]) => !((this.moved.get(id) ?? 0) > now))
      .sort(([, a], [, b]) => a.connectedAt - b.connectedAt)
      .slice(0, Math.max(0, count));
    for (const [id, conn] of picked) {
      this.moved.set(id, now + MOVED_AWAY_REFUSE_MS);
      conn.send(forceReconnect());
    }
    return picked.map(([id]) => id);
  }

  /** Resolves once no agent is connected (unauthenticated connections are not waited for). */
  whenNoAgents(): Promise<void> {
    if (this.byAgent.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.agentsGone.push(resolve));
  }

  get connectedAgents(): number {
    return this.byAgent.size;
  }

  /** What the port holds and what it closed, for the actor's summary, tests and the benchmark. */
  stats(): AgentPortStats {
    let heldBytes = 0;
    let partialFrames = 0;
    for (const c of this.connections) {
      if (c.hasPartialFrame()) partialFrames++;
      if (!c.agent) heldBytes += c.heldBytes();
    }
    return {
      connections: this.connections.size, accepted: this.accepted, unauthenticated: this.preAuth.size, heldBytes, partialFrames,
      closedBy: { ...this.closedBy }, replaysDropped: this.replaysDropped,
    };
  }

  /** Closes the connections past a deadline: to authenticate, to finish a frame, to speak (the actor's sweep). */
  closeExpired(): void {
    const now = this.deps.clock.now();
    for (const [id, until] of this.moved) if (until <= now) this.moved.delete(id);
    for (const c of [...this.connections]) {
      const d = passedDeadline(c.times(), now, this.limits);
      if (d) c.close(d, deadlineReason(d, this.limits));
    }
  }

  connectedIds(): number[] {
    return [...this.byAgent.keys()];
  }

  /** Deleted agents: their connections go now; their next messages find no key. */
  disconnect(ids: readonly number[], reason: string): void {
    for (const id of ids) {
      this.byAgent.get(id)?.close('server', reason);
      this.deps.tracker.forget(id);
      this.counters.forget(id);
    }
  }

  private accept(socket: net.Socket): void {
    const refusing = this.deps.refusing?.() ?? null;
    if (refusing !== null) {
      const ip = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
      this.closedBy.notServing++;
      this.logs.warning(ip, `Connection from ${ip} refused: ${refusing}.`);
      socket.on('error', () => undefined);
      socket.destroy();
      return;
    }
    const conn = new AgentConnection(socket, this.ctx);
    this.accepted++;
    this.connections.add(conn);
    // Room is made by closing the oldest unproven connection, never by refusing this one.
    for (const old of this.preAuth.admit(conn.remoteIp, conn)) {
      old.close('evicted', 'evicted by newer connections before proving a key');
    }
  }

  private claim(conn: AgentConnection, id: number): boolean {
    const old = this.byAgent.get(id);
    if (old && old !== conn) {
      const silentFor = this.deps.clock.now() - old.lastMessageAt;
      if (silentFor < (this.deps.replaceSilentAfterMs ?? 60_000)) return false;
      old.close('server', `replaced by a new connection after ${Math.round(silentFor / 1000)}s of silence`);
    }
    this.byAgent.set(id, conn);
    return true;
  }

  /** Why this agent is not taken here now: it was asked to move to another server a moment ago. */
  private refusal(id: number): string | null {
    const until = this.moved.get(id);
    if (until === undefined || until <= this.deps.clock.now()) return null;
    this.closedBy.movedAway++;
    return 'this manager moved the agent to another server; connect to the next server of the list';
  }

  private release(conn: AgentConnection, cause: CloseCause): void {
    this.connections.delete(conn);
    this.preAuth.release(conn);
    if (conn.agent && this.byAgent.get(conn.agent.id) === conn) this.byAgent.delete(conn.agent.id);
    if (cause in this.closedBy) this.closedBy[cause as keyof ClosedBy]++;
    if (this.byAgent.size === 0 && this.agentsGone.length > 0) for (const resolve of this.agentsGone.splice(0)) resolve();
  }
}
