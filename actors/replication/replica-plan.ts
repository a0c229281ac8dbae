// Pure: what the leader sends a standby, given where the standby's copy and the leader stand; and how a part
// is cut to fit frames.
import { emptyPart, type ReplicaPart, type ReplicaPoint } from '../../store/replica-types';

export interface LeaderPoint {
  seq: number;
  infoSeq: number;
  changeSeq: number;
  /** '' when not computed this time. */
  digest: string;
  infoDigest: string;
}

export type ReplicaPlan =
  | { action: 'nothing' }
  | { action: 'snapshot'; reason: string }
  | { action: 'delta'; fromSeq: number; fromChangeSeq: number }
  | { action: 'info'; fromInfoSeq: number; reason?: string };

/**
 * - No complete copy, a copy ahead of the leader (of another history), or behind by more than `maxDeltaRows`
 *   rows: a snapshot.
 * - Behind: the delta since its seq.
 * - Level, digests known and different: a snapshot (the copy drifted).
 * - Agent-info behind: an agent-info pass; level but its digest different: a pass over every agent.
 */
export function planReplicaSend(standby: ReplicaPoint, leader: LeaderPoint, rowsBehind: number, maxDeltaRows: number): ReplicaPlan {
  if (standby.seq < 0) return { action: 'snapshot', reason: 'the standby holds no complete copy' };
  if (standby.seq > leader.seq || standby.changeSeq > leader.changeSeq) {
    return { action: 'snapshot', reason: `the standby is at write ${standby.seq} (change ${standby.changeSeq}), ahead of the leader's ${leader.seq} (change ${leader.changeSeq})` };
  }
  if (standby.seq < leader.seq) {
    if (rowsBehind > maxDeltaRows) return { action: 'snapshot', reason: `the standby is ${rowsBehind} rows behind (more than ${maxDeltaRows})` };
    return { action: 'delta', fromSeq: standby.seq, fromChangeSeq: standby.changeSeq };
  }
  if (standby.digest && leader.digest && standby.digest !== leader.digest) return { action: 'snapshot', reason: 'checksum mismatch' };
  if (standby.infoSeq > leader.infoSeq) return { action: 'info', fromInfoSeq: 0, reason: `its agent-info is at ${standby.infoSeq}, ahead of the leader's ${leader.infoSeq}` };
  if (standby.infoSeq < leader.infoSeq) return { action: 'info', fromInfoSeq: standby.infoSeq };
  if (standby.infoDigest && leader.infoDigest && standby.infoDigest !== leader.infoDigest) return { action: 'info', fromInfoSeq: 0, reason: 'agent-info checksum mismatch' };
  return { action: 'nothing' };
}

/**
 * Cuts a part into parts of at most `maxRows` rows (tombstones, groups, agents, change-log rows, in that order,
 * which is the order they are applied in); only the first keeps `first`, only the last keeps `last`.
 */
export function splitPart(p: ReplicaPart, maxRows: number): ReplicaPart[] {
  if (maxRows < 1) throw new RangeError(`maxRows must be at least 1, got ${maxRows}`);
  const parts: ReplicaPart[] = [];
  let cur = emptyPart(p.mode);
  let rows = 0;
  const room = (): void => {
    if (rows < maxRows) return;
    parts.push(cur);
    cur = emptyPart(p.mode);
    rows = 0;
  };
  for (const t of p.tombstones) { room(); cur.tombstones.push(t); rows++; }
  for (const g of p.groups) { room(); cur.groups.push(g); rows++; }
  for (const a of p.agents) { room(); cur.agents.push(a); rows++; }
  for (const c of p.changes) { room(); cur.changes.push(c); rows++; }
  parts.push(cur);
  parts.forEach((x) => { x.toSeq = p.toSeq; x.toInfoSeq = p.toInfoSeq; x.lastAgentId = p.lastAgentId; });
  parts[0].first = p.first;
  parts[parts.length - 1].last = p.last;
  return parts;
}

/** Concatenates the parts of one delta back into one (the standby applies it in one transaction). */
export function joinParts(parts: readonly ReplicaPart[]): ReplicaPart {
  const last = parts[parts.length - 1];
  return {
    ...last, first: parts[0].first,
    tombstones: parts.flatMap((x) => x.tombstones), groups: parts.flatMap((x) => x.groups),
    agents: parts.flatMap((x) => x.agents), changes: parts.flatMap((x) => x.changes),
  };
}
