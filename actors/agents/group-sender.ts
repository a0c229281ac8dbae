// GroupSenderActor (master, one per worker connection): keeps the worker's copy of the registry (agents,
// keys, groups) in line: the shared batch when the worker is right behind, the changes since its
// sequence when it lags, a full resend in parts when its copy disagrees with the master's.
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body, type Body } from '../../protocol/envelope';
import { requestOf, type Requester } from '../../protocol/request';
import { GlobalStore, RegistryChange } from '../../store/global-store';
import type { ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import { RegistryBatch, RegistryFeed } from './local-agent-groups';
import { changesToWire, entryToWire } from './agent-codec';
import { chunk, planRegistrySend, RegistryPoint } from './registry-plan';

export type GroupSenderMsg = { type: 'batch'; batch: RegistryBatch } | { type: 'check' };

export interface GroupSenderDeps {
  peer: Requester;
  store: GlobalStore;
  feed: RegistryFeed;
  schedule: TickSchedule;
  periodMs: number;
  log: TaskLog;
  clock: Clock;
  /** Health: the last run, for `warden control health`. */
  report: (r: { at: number; durationMs: number; sent: number; full: boolean }) => void;
}

interface State {
  worker: RegistryPoint | null;
  sends: number;
  unsubscribe: () => void;
}

// Parts of 5,000 entries left each worker ~25 MB bigger after a 50,000-agent catch-up (and the master
// with ten of them in flight); 1,000 costs a few more round trips, which nobody waits on.
const FULL_PART_SIZE = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;

export function groupSenderSpec(d: GroupSenderDeps): ActorSpec<State, GroupSenderMsg> {
  async function ask(b: Body): Promise<RegistryPoint> {
    const r = await requestOf(d.peer, b, 'registryState', REQUEST_TIMEOUT_MS);
    return { seq: r.seq, digest: r.digest };
  }

  /** Changes in parts that fit a frame; each part moves the worker's sequence to its last change. */
  async function sendChanges(changes: RegistryChange[], toSeq: number, digest: string): Promise<RegistryPoint> {
    const parts = chunk(changes, FULL_PART_SIZE);
    let point: RegistryPoint = { seq: -1, digest: '' };
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const partSeq = last ? toSeq : parts[i][parts[i].length - 1].seq;
      point = await ask(body('registryUpdate', { full: false, toSeq: partSeq, ...changesToWire(parts[i]), last: true, digest: last ? digest : '' }));
    }
    return point;
  }

  /** A worker further behind: its changes read part by part from SQLite, one part in memory at a time. */
  async function sendChangesSince(fromSeq: number): Promise<{ point: RegistryPoint; sent: number }> {
    let seq = fromSeq, sent = 0;
    let point: RegistryPoint = { seq: fromSeq, digest: '' };
    for (;;) {
      const { changes, lastSeq } = d.store.changesSince(seq, FULL_PART_SIZE);
      if (lastSeq === seq) return { point, sent };
      const master = d.feed.current;
      point = await sendChanges(changes, lastSeq, master?.toSeq === lastSeq ? master.digest : '');
      sent += changes.length;
      seq = lastSeq;
    }
  }

  async function sendFull(): Promise<RegistryPoint> {
    // The sequence first, then the agents part by part: whatever changes meanwhile comes after toSeq and
    // reaches the worker as changes, so the parts need not be one snapshot (nor one array of 50,000).
    const toSeq = d.store.lastChangeSeq();
    const digest = d.feed.current?.toSeq === toSeq ? d.feed.current.digest : '';
    let part = d.store.registryPage(0, FULL_PART_SIZE);
    let point: RegistryPoint = { seq: -1, digest: '' };
    for (;;) {
      const next = part.length === FULL_PART_SIZE ? d.store.registryPage(part[part.length - 1].id, FULL_PART_SIZE) : [];
      const last = next.length === 0;
      point = await ask(body('registryUpdate', { full: true, toSeq, upserts: part.map(entryToWire), deletes: [], last, digest: last ? digest : '' }));
      if (last) return point;
      part = next;
    }
  }

  async function bringInLine(s: State, batch: RegistryBatch | null): Promise<State> {
    const master = d.feed.current;
    if (!master) return s;
    const started = d.clock.now();
    // A point without a digest (the worker skipped it, see RegistryReceiver) is asked afresh.
    // The master's point goes with the question: the worker learns that its copy is the master's (its sync gate).
    const worker = s.worker?.digest ? s.worker : await ask(body('registryStateRequest', { masterSeq: master.toSeq, masterDigest: master.digest }));
    const plan = planRegistrySend(worker, { seq: master.toSeq, digest: master.digest });
    let next: RegistryPoint;
    let sent = 0;
    switch (plan.action) {
      case 'nothing':
        return { ...s, worker };
      case 'incremental': {
        // The cycle's shared read when the worker is right behind it; its own reads when it lags further.
        if (batch && batch.fromSeq === plan.fromSeq) {
          next = await sendChanges(batch.changes, batch.toSeq, batch.toSeq === master.toSeq ? master.digest : '');
          sent = batch.changes.length;
        } else {
          ({ point: next, sent } = await d.feed.bulkSends.run(() => sendChangesSince(plan.fromSeq)));
        }
        break;
      }
      case 'full':
        d.log.info(`Full registry resend: ${plan.reason}.`);
        next = await d.feed.bulkSends.run(sendFull);
        sent = -1;
        break;
    }
    const durationMs = d.clock.now() - started;
    d.report({ at: d.clock.now(), durationMs, sent: Math.max(sent, 0), full: sent < 0 });
    d.log.info(`Sent ${sent < 0 ? 'the whole registry' : `${sent} registry changes`} in ${(durationMs / 1000).toFixed(3)}s.`);
    // A worker that still disagrees after applying is checked (and resent in full) at the next cycle.
    return { ...s, worker: next, sends: s.sends + 1 };
  }

  return {
    name: 'group-sender',
    kind: 'GroupSenderActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'check' }) },
    summary: (s) => `worker_seq=${s.worker?.seq ?? '?'} sends=${s.sends}`,
    init: (self) => {
      const unsubscribe = d.feed.subscribe((batch) => self.tell({ type: 'batch', batch }));
      self.tell({ type: 'check' });
      return { worker: null, sends: 0, unsubscribe };
    },
    // A new batch goes from where the worker last stood; the periodic check asks the worker afresh,
    // which is how a copy that drifted on its own is found and resent.
    receive: (s, m) => {
      switch (m.type) {
        case 'batch': return bringInLine(s, m.batch);
        case 'check': return bringInLine({ ...s, worker: null }, null);
        default: return assertNever(m, 'message');
      }
    },
    onStop: (s) => s.unsubscribe(),
  };
}
