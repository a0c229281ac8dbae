// The master's view of its workers: who is connected, since when, and their last keep-alive.
// Disconnected workers stay listed (connected: false) so operators see who went away.
import type { LoopState } from '../node/loop-states';

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
  /** The last run of each loop of this worker's connection, for `health`. */
  loops: Partial<Record<LoopName, LoopRun>>;
  /** The supervised loops of the worker's side of the link, as its last keep-alive said. */
  workerLoops: LoopState[];
}

export type LoopName = 'agentInfo' | 'agentGroups' | 'integrityCheck' | 'integritySync';

export interface LoopRun {
  at: number;
  durationMs: number;
  counts: Record<string, number>;
}

export class WorkerTable {
  private readonly entries = new Map<string, WorkerEntry>();

  connected(name: string, address: string, version: string, now: number): WorkerEntry {
    const prev = this.entries.get(name);
    const e: WorkerEntry = {
      name, address, version, connected: true, connectedSince: now, lastKeepAlive: now,
      disconnectedAt: null, disconnectReason: null, generation: (prev?.generation ?? 0) + 1,
      loops: prev?.loops ?? {}, workerLoops: [],
    };
    this.entries.set(name, e);
    return e;
  }

  keepAlive(name: string, generation: number, now: number, loops: LoopState[]): void {
    const e = this.entries.get(name);
    if (e && e.generation === generation) {
      e.lastKeepAlive = now;
      e.workerLoops = loops;
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

  get(name: string): WorkerEntry | undefined {
    const e = this.entries.get(name);
    return e && { ...e, loops: { ...e.loops } };
  }

  list(): WorkerEntry[] {
    return [...this.entries.values()].map((e) => ({ ...e, loops: { ...e.loops } })).sort((a, b) => a.name.localeCompare(b.name));
  }
}
