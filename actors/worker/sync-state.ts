// sync-state.ts: pure (time passed in); the worker's sync gate. A worker takes agents once its synced
// files and its copy of the agent registry (keys and groups) are the master's: the first complete sync of
// this run. A worker whose earlier run completed a sync (a marker on disk says so) takes them at once,
// from that last known state, so agents keep a manager when the master cannot be reached at start; a
// brand-new worker waits. Once open, the gate stays open for the life of the process.

/** What an earlier run left on disk when its first complete sync ended. */
export interface SyncMarker {
  at: number;
  files: number;
  agents: number;
}

export interface SyncState {
  startedAt: number;
  /** An earlier run's marker: the worker serves from that state until this run's sync completes. */
  marker: SyncMarker | null;
  /** Files found in sync with the master in this run (their count), null until. */
  files: number | null;
  /** The registry found the master's in this run (its agents), null until. */
  agents: number | null;
  /** When both were first true in this run. */
  inSyncAt: number | null;
}

export type SyncEvent = { type: 'files'; count: number } | { type: 'registry'; count: number };

/** The first complete sync of this run, as it is logged and persisted. */
export interface Opened {
  afterMs: number;
  files: number;
  agents: number;
  /** The worker was already serving from an earlier run's state. */
  wasServing: boolean;
}

export type SyncStateName = 'syncing' | 'in_sync';

export function initialSyncState(now: number, marker: SyncMarker | null): SyncState {
  return { startedAt: now, marker, files: null, agents: null, inSyncAt: null };
}

/** Folds one event in; `opened` is set exactly once, by the event that completes the first sync. */
export function onSyncEvent(s: SyncState, e: SyncEvent, now: number): { state: SyncState; opened: Opened | null } {
  const next: SyncState = e.type === 'files' ? { ...s, files: e.count } : { ...s, agents: e.count };
  if (s.inSyncAt !== null || next.files === null || next.agents === null) return { state: next, opened: null };
  const state = { ...next, inSyncAt: now };
  return { state, opened: { afterMs: now - s.startedAt, files: next.files, agents: next.agents, wasServing: s.marker !== null } };
}

export function acceptingAgents(s: SyncState): boolean {
  return s.inSyncAt !== null || s.marker !== null;
}

export function syncStateName(s: SyncState): SyncStateName {
  return s.inSyncAt !== null ? 'in_sync' : 'syncing';
}

/** Why the agent port refuses a connection now, or null when it takes them. */
export function refusalReason(s: SyncState): string | null {
  return acceptingAgents(s) ? null : 'this worker is not in sync with the master yet (its first sync of files and agent groups is under way); it takes agents once it is';
}

/** The line a worker logs at start about its gate. */
export function describeStart(s: SyncState): string {
  if (!s.marker) return 'Not in sync with the master yet: agents and enrollments are refused until the first sync of files and agent groups completes.';
  return `Serving agents from the state of an earlier sync (${new Date(s.marker.at).toISOString()}: ${s.marker.files} files, ` +
    `${s.marker.agents} agents) while syncing with the master again.`;
}

/** The line a worker logs when its first sync of this run completes. */
export function describeOpened(o: Opened): string {
  return `In sync with the master after ${(o.afterMs / 1000).toFixed(1)} s: ${o.files} files, ${o.agents} agents; accepting agents` +
    `${o.wasServing ? ' (it was already, from an earlier sync)' : ''}.`;
}
