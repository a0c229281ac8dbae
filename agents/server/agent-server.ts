// Port 1514 (agents.port): the Wazuh secure message protocol, on every worker and on the master.
import * as net from 'net';
import { TaskLog } from '../../log/cluster-log';
import type { Clock } from '../../lib/clock';
import { AgentDirectory, AgentIdentity } from './agent-directory';
import { StatusTracker } from './status-tracker';
import { MergedCache } from '../groups/merged-cache';
import { AgentConnection } from './agent-connection';
import { checkReceivedCounters, CounterPair } from '../crypto/agent-counters';
import { AgentProtocolError } from '../errors';

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
  maxConnections?: number;
  /** Refuse messages whose counters are not after the agent's last ones (Wazuh's default: record only). */
  enforceCounters?: boolean;
  /** Filled by the server: each agent's last message counters. */
  counters?: CounterBook;
}

/** The last counter pair of every agent (Wazuh's rids), kept for the life of the node. */
class CounterBook {
  private readonly last = new Map<number, CounterPair>();

  constructor(private readonly enforce: boolean) {}

  /** Records a message's pair; throws AgentProtocolError 'replay' when enforcing and the pair is old. */
  record(id: number, got: CounterPair): void {
    const check = checkReceivedCounters(this.last.get(id) ?? null, got, this.enforce);
    if (!check.accepted) {
      throw new AgentProtocolError('replay', `counters ${got.global}:${got.local} are not after ${check.last.global}:${check.last.local}`);
    }
    this.last.set(id, check.last);
  }

  get(id: number): CounterPair | undefined {
    const p = this.last.get(id);
    return p && { ...p };
  }

  /** A new key for the agent: its old counters mean nothing any more. */
  forget(id: number): void {
    this.last.delete(id);
  }
}

/** Why the port closed connections on its own, counted since it started. */
export interface ClosedBy {
  authDeadline: number;
  halfFrame: number;
  idle: number;
  evicted: number;
  overBudget: number;
}

export interface AgentPortStats {
  connections: number;
  /** Connections that have not yet proven a key. */
  unauthenticated: number;
  /** Bytes held for those connections (partial frames, frames waiting for the registry). */
  heldBytes: number;
  closedBy: ClosedBy;
}

export class AgentServer {
  private readonly server: net.Server;
  private readonly closedBy: ClosedBy = { authDeadline: 0, halfFrame: 0, idle: 0, evicted: 0, overBudget: 0 };
  private readonly connections = new Set<AgentConnection>();
  private readonly byAgent = new Map<number, AgentConnection>();

  readonly counters: CounterBook;

  constructor(private readonly deps: AgentServerDeps) {
    this.counters = new CounterBook(deps.enforceCounters ?? false);
    this.deps = { ...deps, counters: this.counters };
    this.server = net.createServer((socket) => this.accept(socket));
    this.server.maxConnections = deps.maxConnections ?? 50_000;
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
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    for (const c of [...this.connections]) c.close();
    await closed;
  }

  get connectedAgents(): number {
    return this.byAgent.size;
  }

  /** What the port holds and what it closed, for the actor's summary, tests and the benchmark. */
  stats(): AgentPortStats {
    let unauthenticated = 0;
    let heldBytes = 0;
    for (const c of this.connections) {
      if (c.agent) continue;
      unauthenticated++;
      heldBytes += c.heldBytes();
    }
    return { connections: this.connections.size, unauthenticated, heldBytes, closedBy: { ...this.closedBy } };
  }

  /** Closes the connections past a deadline (called by the actor's sweep). */
  closeExpired(): void {
    // No deadlines yet.
  }

  connectedIds(): number[] {
    return [...this.byAgent.keys()];
  }

  /** Deleted agents: their connections go now; their next messages find no key. */
  disconnect(ids: readonly number[], reason: string): void {
    for (const id of ids) {
      this.byAgent.get(id)?.close(reason);
      this.deps.tracker.forget(id);
      this.counters.forget(id);
    }
  }

  private accept(socket: net.Socket): void {
    const conn = new AgentConnection(socket, this.deps, (c, id) => this.claim(c, id), (c) => this.release(c));
    this.connections.add(conn);
  }

  private claim(conn: AgentConnection, id: number): boolean {
    const old = this.byAgent.get(id);
    if (old && old !== conn) {
      const silentFor = this.deps.clock.now() - old.lastMessageAt;
      if (silentFor < (this.deps.replaceSilentAfterMs ?? 60_000)) return false;
      old.close(`replaced by a new connection after ${Math.round(silentFor / 1000)}s of silence`);
    }
    this.byAgent.set(id, conn);
    return true;
  }

  private release(conn: AgentConnection): void {
    this.connections.delete(conn);
    if (conn.agent && this.byAgent.get(conn.agent.id) === conn) this.byAgent.delete(conn.agent.id);
  }
}
