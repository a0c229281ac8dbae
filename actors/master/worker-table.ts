// The master's view of its workers: who is connected, since when, and their last keep-alive.
// Disconnected workers stay listed (connected: false) so operators see who went away.

export interface WorkerEntry {
  name: string;
  address: string;
  version: string;
  connected: boolean;
  connectedSince: number | null;
  lastKeepAlive: number | null;
  disconnectedAt: number | null;
  disconnectReason: string | null;
  /** Changes with every accepted connection, so a stale connection cannot touch its successor's entry. */
  generation: number;
}

export class WorkerTable {
  private readonly entries = new Map<string, WorkerEntry>();

  connected(name: string, address: string, version: string, now: number): WorkerEntry {
    const prev = this.entries.get(name);
    const e: WorkerEntry = {
      name, address, version, connected: true, connectedSince: now, lastKeepAlive: now,
      disconnectedAt: null, disconnectReason: null, generation: (prev?.generation ?? 0) + 1,
    };
    this.entries.set(name, e);
    return e;
  }

  keepAlive(name: string, generation: number, now: number): void {
    const e = this.entries.get(name);
    if (e && e.generation === generation) e.lastKeepAlive = now;
  }

  disconnected(name: string, generation: number, reason: string, now: number): void {
    const e = this.entries.get(name);
    if (!e || e.generation !== generation || !e.connected) return;
    e.connected = false;
    e.disconnectedAt = now;
    e.disconnectReason = reason;
  }

  get(name: string): WorkerEntry | undefined {
    const e = this.entries.get(name);
    return e && { ...e };
  }

  list(): WorkerEntry[] {
    return [...this.entries.values()].map((e) => ({ ...e })).sort((a, b) => a.name.localeCompare(b.name));
  }
}
