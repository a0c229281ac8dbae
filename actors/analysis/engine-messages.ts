// engine-messages.ts: what the node's main thread and its engine thread say to each other, and the
// engine status that `warden control ruleset` shows per worker.
import type { EngineEvent, RecordContext } from './event-records';
import type { RulesetSource } from '../../analysis/builtin-ruleset';

/** Given to the thread at start: where its ruleset is and how to label what it writes. */
export interface EngineThreadData {
  dirs: string[];
  /** Which ruleset `dirs` are, for the status (`warden control ruleset`). */
  source?: RulesetSource;
  alertLevel: number;
  records: RecordContext;
}

export type ToThread =
  | { type: 'batch'; id: number; events: EngineEvent[] }
  /** Sent once when the thread takes over from another: alert ids go on from there. */
  | { type: 'seq'; next: number };

export type FromThread =
  /** The ruleset is built. `errors` are formatted problems of severity 'error' (at most 100). */
  | { type: 'ready'; rules: number; errors: string[]; errorCount: number; warnings: number; ms: number }
  | { type: 'failed'; error: string }
  /** One batch done: the lines to append (each ends in "\n"), and how many alerts they hold. */
  | { type: 'done'; id: number; events: number; archives: string; alerts: string; alertCount: number };

export interface ReloadOutcome {
  at: string;
  ok: boolean;
  /** Why the new ruleset was refused; the old one still runs. */
  error?: string;
  problems?: string[];
  ms?: number;
}

export interface EngineStatus {
  state: 'loading' | 'running' | 'failed';
  /** The ruleset the running engine was built from; null before one runs. */
  ruleset: RulesetSource | null;
  rules: number;
  loaded_at: string | null;
  /** 1 for the engine built at start, +1 for each reload swapped in. */
  generation: number;
  /** Problems of severity 'error' the running ruleset was built with. */
  errors: number;
  reloading: boolean;
  last_reload: ReloadOutcome | null;
  events: number;
  alerts: number;
  /** Events refused because the queue was full (Wazuh: "Input queue is full"). */
  dropped: number;
  queued: number;
}
