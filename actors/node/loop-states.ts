// loop-states.ts: pure; the supervised loops of one connection as `health` shows them.
import type { ActorInfo } from '../supervision/registry';

export interface LoopState {
  name: string;
  status: string;
  restarts: number;
  failing: boolean;
  lastError: string | null;
  lastErrorAt: number | null;
}

/** The direct children of `parentPath`, by name. */
export function loopStatesUnder(infos: readonly ActorInfo[], parentPath: string): LoopState[] {
  const prefix = parentPath + '/';
  return infos
    .filter((a) => a.path.startsWith(prefix) && !a.path.slice(prefix.length).includes('/'))
    .map((a) => ({
      name: a.path.slice(prefix.length), status: a.status, restarts: a.restarts, failing: a.failing,
      lastError: a.lastError?.message ?? null, lastErrorAt: a.lastError?.at ?? null,
    }));
}

export function loopStatesToWire(loops: readonly LoopState[]): { name: string; status: string; restarts: number; failing: boolean; lastError: string; lastErrorAtMs: number }[] {
  return loops.map((l) => ({ name: l.name, status: l.status, restarts: l.restarts, failing: l.failing, lastError: l.lastError ?? '', lastErrorAtMs: l.lastErrorAt ?? 0 }));
}

export function loopStatesFromWire(loops: readonly { name?: string | null; status?: string | null; restarts?: number | null; failing?: boolean | null; lastError?: string | null; lastErrorAtMs?: number | null }[]): LoopState[] {
  return loops.map((l) => ({
    name: l.name ?? '', status: l.status ?? '', restarts: l.restarts ?? 0, failing: !!l.failing,
    lastError: l.lastError ? l.lastError : null, lastErrorAt: Number(l.lastErrorAtMs ?? 0) || null,
  }));
}
