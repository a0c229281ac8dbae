// The standby's side of the replication stream: applies the leader's parts to its own GlobalStore and answers
// every request with where its copy stands (its acknowledgement). A delta's parts are held until its last and
// applied in one transaction; a snapshot's are applied part by part, the copy marked incomplete until its last.
import { body } from '../../protocol/envelope';
import type { warden } from '../../protocol/generated/cluster';
import type { GlobalStore } from '../../store/global-store';
import { ReplicaError } from '../../store/global-replica';
import type { ReplicaPart, ReplicaPoint } from '../../store/replica-types';
import type { TaskLog } from '../../log/task-log';
import { assertNever } from '../../lib/assert-never';
import type { ActorSpec } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { answerError, answerUnsupported, type PeerRequest } from '../node/peer-events';
import { partFromWire } from './replica-codec';
import { joinParts } from './replica-plan';

/** A delta larger than this many parts is refused (a leader's bug, or not a leader): the leader resends in full. */
const MAX_HELD_PARTS = 1_000;

export class ReplicaReceiver {
  /** What a snapshot in progress has named so far: whatever it did not name goes at its last part. */
  private snapshot: { agents: Set<number>; groups: Set<string> } | null = null;
  private held: ReplicaPart[] = [];

  constructor(private readonly store: GlobalStore, private readonly onApplied: (p: ReplicaPart) => void = () => undefined) {}

  state(wantDigest: boolean): ReplicaPoint {
    return this.store.replica.point(wantDigest);
  }

  apply(w: warden.cluster.ReplicaUpdate): ReplicaPoint {
    const p = partFromWire(w);
    switch (p.mode) {
      case 'snapshot': return this.applySnapshotPart(p, w.wantDigest);
      case 'delta': return this.applyDeltaPart(p, w.wantDigest);
      case 'info':
        this.store.replica.applyPart(p);
        if (p.last) this.onApplied(p);
        return this.state(p.last && w.wantDigest);
      default: return assertNever(p.mode, 'replica mode');
    }
  }

  private applySnapshotPart(p: ReplicaPart, wantDigest: boolean): ReplicaPoint {
    this.held = [];
    if (p.first) this.snapshot = { agents: new Set(), groups: new Set() };
    const seen = this.snapshot;
    // A part whose start this receiver did not see (it restarted): refused, and the leader starts over.
    if (!seen) throw new ReplicaError('replica_gap', 'a snapshot part came without its first part: start the snapshot again');
    for (const a of p.agents) seen.agents.add(a.id);
    for (const g of p.groups) seen.groups.add(g.name);
    const placeholders = this.store.replica.applyPart(p, seen);
    for (const g of placeholders) seen.groups.add(g);
    if (!p.last) return this.state(false);
    this.snapshot = null;
    this.onApplied(p);
    return this.state(wantDigest);
  }

  private applyDeltaPart(p: ReplicaPart, wantDigest: boolean): ReplicaPoint {
    this.snapshot = null;
    this.held.push(p);
    if (this.held.length > MAX_HELD_PARTS) {
      this.held = [];
      throw new ReplicaError('replica_too_large', `a delta of more than ${MAX_HELD_PARTS} parts: send a snapshot instead`);
    }
    if (!p.last) return this.state(false);
    const whole = joinParts(this.held);
    this.held = [];
    this.store.replica.applyPart(whole);
    this.onApplied(whole);
    return this.state(wantDigest);
  }
}

export type ReplicaReceiverMsg = { type: 'request'; req: PeerRequest };

export interface ReplicaReceiverDeps {
  store: GlobalStore;
  periodMs: number;
  log: TaskLog;
}

interface ReceiverState {
  receiver: ReplicaReceiver;
  updates: number;
}

/** The request kinds this actor answers: the standby's connection routes them here. */
export const REPLICA_REQUESTS: ReadonlySet<string> = new Set(['replicaStateRequest', 'replicaUpdate']);

/** ReplicaReceiverActor (standby, one per link to the leader). */
export function replicaReceiverSpec(d: ReplicaReceiverDeps): ActorSpec<ReceiverState, ReplicaReceiverMsg> {
  return {
    name: 'replica-receiver',
    kind: 'ReplicaReceiverActor',
    restart: loopPolicy(d.periodMs),
    init: () => ({
      receiver: new ReplicaReceiver(d.store, (p) => {
        if (p.mode === 'snapshot') d.log.info(`Replica snapshot applied: the leader's writes up to ${p.toSeq}.`);
        else if (p.agents.length || p.tombstones.length || p.groups.length) {
          d.log.debug?.(`Replica ${p.mode} applied: ${p.agents.length} agents, ${p.groups.length} groups, ${p.tombstones.length} deletions.`);
        }
      }),
      updates: 0,
    }),
    summary: (s) => `updates=${s.updates} seq=${d.store.replica.point(false).seq}`,
    unhandled: (m, err) => answerError(m.req, err),
    receive: (s, m) => {
      const b = m.req.env.body;
      switch (b.kind) {
        case 'replicaStateRequest':
          m.req.respond(body('replicaState', s.receiver.state(b.value.wantDigest)));
          return s;
        case 'replicaUpdate':
          try {
            m.req.respond(body('replicaState', s.receiver.apply(b.value)));
          } catch (err) {
            // A refused part is the leader's to resolve (a snapshot); this loop stays up.
            if (!(err instanceof ReplicaError) && (err as { code?: string }).code !== 'bad_replica') throw err;
            d.log.warning(`Replica update refused: ${(err as Error).message}`);
            answerError(m.req, err as Error);
          }
          return { ...s, updates: s.updates + 1 };
        default:
          answerUnsupported(m.req, 'the replica receiver');
          return s;
      }
    },
  };
}
