// Pure: the status of the agents one node serves, from what their connections say and from silence.
// Wazuh's statuses: never_connected (no row here), pending (started, no keep-alive yet), active,
// disconnected (shut down, or silent for longer than intervals.agent_disconnect).
import { AgentInfoUpdate, AgentStatus } from '../../store/agent-types';

interface TrackedAgent {
  id: number;
  status: AgentStatus;
  lastSeen: number;
  info: AgentInfoUpdate;
}

export class StatusTracker {
  private readonly agents = new Map<number, TrackedAgent>();
  /** Ids whose state changed since the last drain: the store gets only those. */
  private readonly changed = new Set<number>();

  startup(id: number, now: number, version: string | null): void {
    this.set(id, now, { status: 'pending', ...(version ? { version } : {}) });
  }

  keepAlive(id: number, now: number, info: Omit<AgentInfoUpdate, 'id' | 'status'>): void {
    this.set(id, now, { ...info, status: 'active', lastKeepAlive: now });
  }

  /** Any valid message proves the agent is alive, without changing what it reported. */
  seen(id: number, now: number): void {
    const a = this.agents.get(id);
    if (a) a.lastSeen = now;
  }

  shutdown(id: number, now: number): void {
    this.set(id, now, { status: 'disconnected', disconnectionTime: now });
  }

  forget(id: number): void {
    this.agents.delete(id);
    this.changed.delete(id);
  }

  /** Agents silent for longer than `afterMs` become disconnected; returns their ids. */
  sweep(now: number, afterMs: number): number[] {
    const gone: number[] = [];
    for (const a of this.agents.values()) {
      if (a.status !== 'disconnected' && now - a.lastSeen > afterMs) {
        this.set(a.id, now, { status: 'disconnected', disconnectionTime: now });
        gone.push(a.id);
      }
    }
    return gone;
  }

  get(id: number): TrackedAgent | undefined {
    const a = this.agents.get(id);
    return a && { ...a, info: { ...a.info } };
  }

  count(status: AgentStatus): number {
    let n = 0;
    for (const a of this.agents.values()) if (a.status === status) n++;
    return n;
  }

  /** The full latest state of every agent that changed, once. */
  drain(): AgentInfoUpdate[] {
    const out: AgentInfoUpdate[] = [];
    for (const id of this.changed) {
      const a = this.agents.get(id);
      if (a) out.push({ ...a.info });
    }
    this.changed.clear();
    return out;
  }

  private set(id: number, now: number, patch: Partial<AgentInfoUpdate> & { status: AgentStatus }): void {
    const prev = this.agents.get(id);
    const info: AgentInfoUpdate = { ...(prev?.info ?? { id }), ...patch, id };
    if (patch.status !== 'disconnected') info.disconnectionTime = null;
    this.agents.set(id, { id, status: patch.status, lastSeen: now, info });
    this.changed.add(id);
  }
}
