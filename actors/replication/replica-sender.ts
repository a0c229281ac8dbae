// ReplicaSenderActor (leader, one per standby connection): keeps the standby's copy of global.db in line and
// tells the StandbyBarrier what the standby acknowledged. A write waiting on the barrier pokes it, so a
// registration waits one round trip, not a tick; the tick sends agent-info and, every few ticks, compares
// digests (a copy that drifted is sent a snapshot).
import type { TaskLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body, type Body } from '../../protocol/envelope';
import { requestOf, type Requester } from '../../protocol/request';
import type { GlobalStore } from '../../store/global-store';
import { emptyPart, type ReplicaPart, type ReplicaPoint } from '../../store/replica-types';
import type { ActorSpec } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import { partToWire, pointFromWire } from './replica-codec';
import { planReplicaSend, splitPart, type LeaderPoint } from './replica-plan';
import type { StandbyBarrier } from './standby-barrier';

export type ReplicaSenderMsg = { type: 'poke' } | { type: 'tick' };

/** Sizes the node tuning may shorten for tests (NodeTuning.replication). */
export interface ReplicaSendLimits {
  /** Rows (agents, groups, tombstones, change-log rows) per frame. */
  partRows: number;
  /** A standby further behind than this many rows gets a snapshot rather than a delta. */
  maxDeltaRows: number;
  /** Digests are compared at every this many ticks (hashing costs a pass over every agent on both sides). */
  digestEveryTicks: number;
}

// 500 agents with keys, labels and groups stay far below a frame (each well under 1 KB).
export const DEFAULT_REPLICA_LIMITS: ReplicaSendLimits = { partRows: 500, maxDeltaRows: 5_000, digestEveryTicks: 6 };
const REQUEST_TIMEOUT_MS = 30_000;
/** Exchanges per message: a leader written to without pause is caught up by the pokes that follow. */
const ROUNDS_PER_MESSAGE = 8;

export interface ReplicaSenderDeps {
  /** The standby's node name (the barrier's key). */
  name: string;
  peer: Requester;
  store: GlobalStore;
  barrier: StandbyBarrier;
  schedule: TickSchedule;
  periodMs: number;
  log: TaskLog;
  clock: Clock;
  limits?: Partial<ReplicaSendLimits>;
}

interface State {
  /** Where the standby stood at its last answer; null: ask it. */
  standby: ReplicaPoint | null;
  ticks: number;
  snapshots: number;
}

export function replicaSenderSpec(d: ReplicaSenderDeps): ActorSpec<State, ReplicaSenderMsg> {
  const limits = { ...DEFAULT_REPLICA_LIMITS, ...d.limits };
  const replica = d.store.replica;
  // Outlives a restart of the actor, so a restarted instance never leaves its predecessor's subscription behind.
  let unsubscribe: () => void = () => undefined;

  async function ask(b: Body): Promise<ReplicaPoint> {
    const point = pointFromWire(await requestOf(d.peer, b, 'replicaState', REQUEST_TIMEOUT_MS));
    // Every answer is an acknowledgement: -1 (a copy being rebuilt) acknowledges nothing.
    d.barrier.acked(d.name, point.seq);
    return point;
  }

  async function sendParts(parts: ReplicaPart[], wantDigest: boolean): Promise<ReplicaPoint> {
    let point: ReplicaPoint | null = null;
    for (const p of parts) point = await ask(body('replicaUpdate', partToWire(p, wantDigest && p.last)));
    return point!;
  }

  /**
   * The sequences first, then groups, agents and the change log page by page: what changes meanwhile is
   * stamped after them and follows as a delta, so the pages need not be one read.
   */
  async function sendSnapshot(wantDigest: boolean): Promise<ReplicaPoint> {
    const toSeq = replica.seq();
    const toInfoSeq = replica.infoSeq();
    const head = { ...emptyPart('snapshot'), toSeq, toInfoSeq, lastAgentId: replica.lastAgentId() };
    await sendParts(splitPart({ ...head, first: true, groups: replica.groups() }, limits.partRows), false);
    for (let after = 0; ;) {
      const agents = replica.agentsPage(after, limits.partRows);
      if (agents.length === 0) break;
      await ask(body('replicaUpdate', partToWire({ ...head, agents }, false)));
      after = agents[agents.length - 1].id;
    }
    for (let after = 0; ;) {
      const changes = replica.changeLog(after, limits.partRows * 10);
      if (changes.length === 0) break;
      await sendParts(splitPart({ ...head, changes }, limits.partRows * 10), false);
      after = changes[changes.length - 1].seq;
    }
    return ask(body('replicaUpdate', partToWire({ ...head, last: true, lastAgentId: replica.lastAgentId() }, wantDigest)));
  }

  /** An agent-info pass: agents whose agent-info was written after `fromInfoSeq`, page by page. */
  async function sendInfo(fromInfoSeq: number, wantDigest: boolean): Promise<ReplicaPoint> {
    const toInfoSeq = replica.infoSeq();
    const head = { ...emptyPart('info'), toInfoSeq };
    for (let after = 0; ;) {
      const agents = replica.infoPage(fromInfoSeq, after, limits.partRows);
      if (agents.length === 0) break;
      await ask(body('replicaUpdate', partToWire({ ...head, agents }, false)));
      after = agents[agents.length - 1].id;
    }
    return ask(body('replicaUpdate', partToWire({ ...head, last: true }, wantDigest)));
  }

  function leaderPoint(wantDigest: boolean): LeaderPoint {
    return {
      seq: replica.seq(), infoSeq: replica.infoSeq(), changeSeq: replica.lastChangeSeq(),
      digest: wantDigest ? replica.digest() : '', infoDigest: wantDigest ? replica.infoDigest() : '',
    };
  }

  async function bringInLine(s: State, wantDigest: boolean): Promise<State> {
    let standby = s.standby && !wantDigest ? s.standby : await ask(body('replicaStateRequest', { wantDigest }));
    let snapshots = s.snapshots;
    let snapshotted = false;
    for (let round = 0; round < ROUNDS_PER_MESSAGE; round++) {
      const leader = leaderPoint(wantDigest && standby.digest !== '');
      const plan = planReplicaSend(standby, leader, standby.seq >= 0 ? replica.changedSince(standby.seq) : 0, limits.maxDeltaRows);
      switch (plan.action) {
        case 'nothing':
          return { ...s, standby, snapshots };
        case 'snapshot': {
          // One snapshot per message: a copy that still disagrees after one waits for the next check.
          if (snapshotted) {
            d.log.warning(`Standby ${d.name} still differs after a snapshot (${plan.reason}): trying again at the next check.`);
            return { ...s, standby: null, snapshots };
          }
          d.log.info(`Replica snapshot to standby ${d.name}: ${plan.reason}.`);
          const started = d.clock.now();
          standby = await sendSnapshot(wantDigest);
          d.log.info(`Replica snapshot to standby ${d.name} sent in ${((d.clock.now() - started) / 1000).toFixed(3)}s (writes up to ${standby.seq}).`);
          snapshotted = true;
          snapshots++;
          break;
        }
        case 'delta': {
          const delta = replica.delta(plan.fromSeq, plan.fromChangeSeq);
          standby = await sendParts(splitPart(delta, limits.partRows), wantDigest);
          break;
        }
        case 'info':
          if (plan.reason) d.log.info(`Agent-info pass over every agent to standby ${d.name}: ${plan.reason}.`);
          standby = await sendInfo(plan.fromInfoSeq, wantDigest);
          break;
        default:
          return assertNever(plan, 'plan');
      }
    }
    return { ...s, standby, snapshots };
  }

  return {
    name: 'replica-sender',
    kind: 'ReplicaSenderActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'tick' }) },
    summary: (s) => `standby_seq=${s.standby?.seq ?? '?'} leader_seq=${replica.seq()} snapshots=${s.snapshots}`,
    init: (self) => {
      d.barrier.attach(d.name);
      unsubscribe();
      unsubscribe = d.barrier.onWanted(() => self.tell({ type: 'poke' }));
      // The first exchange checks digests: a copy left from an earlier run is trusted only if it matches.
      self.tell({ type: 'tick' });
      return { standby: null, ticks: 0, snapshots: 0 };
    },
    receive: (s, m) => {
      switch (m.type) {
        // Pokes pile up while an exchange runs: one that finds the standby in line costs nothing.
        case 'poke': return bringInLine(s, false);
        case 'tick': return bringInLine({ ...s, ticks: s.ticks + 1 }, s.ticks % limits.digestEveryTicks === 0);
        default: return assertNever(m, 'message');
      }
    },
    onStop: () => {
      unsubscribe();
      d.barrier.detach(d.name);
    },
  };
}
