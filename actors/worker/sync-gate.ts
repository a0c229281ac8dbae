// SyncGate: a worker's sync gate (sync-state.ts decides) with its I/O: the marker read at start and
// written at the first complete sync, the log lines, and a signal for whoever reports it (the keep-alive).
// It lives with the node, beyond any one connection to the master: the loops of each connection report
// to it, the agent port and the enrollment port ask it. What it says to the master (`accepting`) also
// waits for those two ports to listen: a first sync can end before they are open (the first start makes
// the enrollment certificate meanwhile), and an agent sent here then would find nothing listening.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { Signal } from '../../lib/signal';
import { readSyncMarker, writeSyncMarker } from './sync-marker';
import {
  acceptingAgents, describeOpened, describeStart, initialSyncState, onSyncEvent, refusalReason, type SyncEvent, type SyncState,
  type SyncStateName, syncStateName,
} from './sync-state';

export interface SyncGateDeps {
  dataDir: string;
  log: TaskLog;
  clock: Clock;
}

export class SyncGate {
  private state: SyncState;
  private listening = false;
  /** Fired when the state changes (the first complete sync): the keep-alive tells the master at once. */
  readonly changed = new Signal();

  constructor(private readonly d: SyncGateDeps) {
    const { marker, problem } = readSyncMarker(d.dataDir);
    if (problem) d.log.warning(`Sync marker: ${problem}.`);
    this.state = initialSyncState(d.clock.now(), marker);
    d.log.info(describeStart(this.state));
  }

  /** Takes agents and enrollments now: in sync (or serving an earlier sync's state), with both ports open. */
  get accepting(): boolean {
    return this.listening && acceptingAgents(this.state);
  }

  /** The agent and enrollment ports listen. */
  portsOpen(): void {
    if (this.listening) return;
    this.listening = true;
    this.changed.fire();
  }

  get name(): SyncStateName {
    return syncStateName(this.state);
  }

  /** Why agents are refused now, null when they are taken. */
  refusal(): string | null {
    return refusalReason(this.state);
  }

  /** The integrity loop found this worker's files the master's (`count` files). */
  filesInSync(count: number): void {
    this.fold({ type: 'files', count });
  }

  /** The agent-groups loop found this worker's registry copy the master's (`count` agents). */
  registryInSync(count: number): void {
    this.fold({ type: 'registry', count });
  }

  private fold(e: SyncEvent): void {
    const now = this.d.clock.now();
    const { state, opened } = onSyncEvent(this.state, e, now);
    this.state = state;
    if (!opened) return;
    this.d.log.info(describeOpened(opened));
    try {
      writeSyncMarker(this.d.dataDir, { at: now, files: opened.files, agents: opened.agents });
    } catch (err) {
      // Only the next start is concerned: without a marker it waits for its sync before taking agents.
      this.d.log.warning(`Could not write the sync marker: ${(err as Error).message}. The next start waits for a sync before taking agents.`);
    }
    this.changed.fire();
  }
}
