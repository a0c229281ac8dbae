// LocalAgentGroupsActor (master, once per node): reads the registry changes once per cycle and hands
// the same batch to every worker connection's GroupSender. A registry write pokes it, so workers learn
// of a new or deleted agent at once; the interval is the upper bound.
import type { TaskLog } from '../../log/task-log';
import type { Clock, Timer } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { GlobalStore, RegistryChange } from '../../store/global-store';
import type { ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import { SendLimiter } from './send-limiter';

export interface RegistryBatch {
  fromSeq: number;
  toSeq: number;
  changes: RegistryChange[];
  /** The master's registry digest at toSeq. */
  digest: string;
}

export type LocalAgentGroupsMsg = { type: 'cycle' } | { type: 'poke' };

/** Where the master's registry stands: a batch without its changes, so none outlive their delivery. */
export type RegistryMark = Omit<RegistryBatch, 'changes'>;

/** Two keep both cores busy (one encodes while the other's worker applies) without ten parts in memory. */
export const BULK_SENDS_AT_ONCE = 2;

/** Where GroupSenders subscribe; owned by the node so it outlives restarts of the actor. */
export class RegistryFeed {
  private readonly subscribers = new Set<(b: RegistryBatch) => void>();
  current: RegistryMark | null = null;
  /** Full resends and catch-ups of the node's GroupSenders, two at a time (see SendLimiter). */
  readonly bulkSends = new SendLimiter(BULK_SENDS_AT_ONCE);

  subscribe(fn: (b: RegistryBatch) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  publish(b: RegistryBatch): void {
    this.current = { fromSeq: b.fromSeq, toSeq: b.toSeq, digest: b.digest };
    for (const fn of this.subscribers) fn(b);
  }
}

interface State {
  cycles: number;
  poke: Timer | null;
}

export interface LocalAgentGroupsDeps {
  store: GlobalStore;
  feed: RegistryFeed;
  schedule: TickSchedule;
  periodMs: number;
  log: TaskLog;
  clock: Clock;
}

const POKE_DEBOUNCE_MS = 50;
/**
 * Changes per shared batch: a backlog (a master started on 50,000 agents) goes out in parts of this size,
 * small for the memory of the workers that apply them (see FULL_PART_SIZE in group-sender.ts).
 */
export const BATCH_CHANGES = 1_000;

export function localAgentGroupsSpec(d: LocalAgentGroupsDeps): ActorSpec<State, LocalAgentGroupsMsg> {
  return {
    name: 'local-agent-groups',
    kind: 'LocalAgentGroupsActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'cycle' }) },
    summary: (s) => `cycles=${s.cycles} seq=${d.feed.current?.toSeq ?? '-'}`,
    init: (self) => {
      self.tell({ type: 'cycle' });
      return { cycles: 0, poke: null };
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'poke':
          return s.poke ? s : { ...s, poke: self.after(POKE_DEBOUNCE_MS, { type: 'cycle' }) };
        case 'cycle': {
          s.poke?.cancel();
          const prev = d.feed.current;
          const fromSeq = prev?.toSeq ?? 0;
          const started = d.clock.now();
          const { changes, lastSeq } = d.store.changesSince(fromSeq, BATCH_CHANGES);
          if (prev && changes.length === 0) return { cycles: s.cycles + 1, poke: null };
          // A backlog larger than one read: publish this part and read on at once; its digest is unknown ('').
          const complete = lastSeq === d.store.lastChangeSeq();
          const batch = { fromSeq, toSeq: lastSeq, changes, digest: complete ? d.store.registryDigest() : '' };
          d.feed.publish(batch);
          if (!complete) self.tell({ type: 'cycle' });
          if (changes.length) d.log.info(`Read ${changes.length} registry changes up to ${lastSeq} in ${((d.clock.now() - started) / 1000).toFixed(3)}s.`);
          return { cycles: s.cycles + 1, poke: null };
        }
        default: return assertNever(m, 'message');
      }
    },
  };
}
