// The master's view of its workers: who is connected, since when, and their last keep-alive.
// Disconnected workers stay listed (connected: false) so operators see who went away.
import type { LoopState } from '../node/loop-states';
import type { WorkerSync } from '../keepalive/keepalive-check';

export interface WorkerEntry {
  name: string;
  /** A worker, or a standby master following this leader (cluster.etcd). */
  role: 'worker' | 'standby';
  address: string;
  version: string;
  connected: boolean;
  connectedSince: number | null;
  lastKeepAlive: number | null;
  disconnectedAt: number | null;
  disconnectReason: string | null;
  /** Changes with every accepted connection, so a stale connection cannot touch its successor's entry. */
  generation: number;
  /** The last run of each loop of this worker's connection, for `health`. */
  loops: Partial<Record<LoopName, LoopRun>>;
  /** The supervised loops of the worker's side of the link, as its last keep-alive said. */
  workerLoops: LoopState[];
  /** Its sync gate, as its last keep-alive said (null before the first). */
  sync: WorkerSync | null;
}

export type LoopName = 'agentInfo' | 'agentGroups' | 'integrityCheck' | 'integritySync';

export interface LoopRun {
  at: number;
  durationMs: number;
  counts: Record<string, number>;
}

export class WorkerTable {
  private readonly entries = new Map<string, WorkerEntry>();
  /** The last generation of each name ever connected: kept when a worker is forgotten, so none is reused. */
  private readonly generations = new Map<string, number>();

  connected(name: string, address: string, version: string, now: number, role: 'worker' | 'standby' = 'worker'): WorkerEntry {
    const prev = this.entries.get(name);
    const generation = (this.generations.get(name) ?? 0) + 1;
    this.generations.set(name, generation);
    const e: WorkerEntry = {
      name, role, address, version, connected: true, connectedSince: now, lastKeepAlive: now,
      disconnectedAt: null, disconnectReason: null, generation,
      loops: prev?.loops ?? {}, workerLoops: [], sync: null,
    };
    this.entries.set(name, e);
    return e;
  }

  keepAlive(name: string, generation: number, now: number, loops: LoopState[], sync: WorkerSync | null = null): void {
    const e = this.entries.get(name);
    if (e && e.generation === generation) {
      e.lastKeepAlive = now;
      e.workerLoops = loops;
      if (sync) e.sync = sync;
    }
  }

  loopRan(name: string, generation: number, loop: LoopName, run: LoopRun): void {
    const e = this.entries.get(name);
    if (e && e.generation === generation) e.loops = { ...e.loops, [loop]: run };
  }

  disconnected(name: string, generation: number, reason: string, now: number): void {
    const e = this.entries.get(name);
    if (!e || e.generation !== generation || !e.connected) return;
    e.connected = false;
    e.disconnectedAt = now;
    e.disconnectReason = reason;
  }

  /**
   * A worker that left gracefully: no longer listed at all (a worker that failed stays, disconnected). The
   * generation keeps a later connection of the same name from being forgotten by an old leave.
   */
  forget(name: string, generation: number): boolean {
    const e = this.entries.get(name);
    if (!e || e.generation !== generation) return false;
    this.entries.delete(name);
    return true;
  }

  get(name: string): WorkerEntry | undefined {
    const e = this.entries.get(name);
    return e && { ...e, loops: { ...e.loops } };
  }

  list(): WorkerEntry[] {
    return [...this.entries.values()].map((e) => ({ ...e, loops: { ...e.loops } })).sort((a, b) => a.name.localeCompare(b.name));
  }
}
