// What a standby copies of the leader's global.db (master high availability), as plain data: the store
// reads and applies it, the replication actors carry it (replica-codec.ts turns it into wire messages).
import type { AgentRecord } from './agent-types';

/** An agent row whole, with the sequence values that stamped its last writes. */
export type ReplicaAgent = AgentRecord & { rev: number; infoRev: number };

export interface ReplicaGroup {
  name: string;
  dateAdd: number;
  rev: number;
}

/** A deleted agent (subject: its id as text) or group (its name). */
export interface ReplicaTombstone {
  kind: 'agent' | 'group';
  subject: string;
  rev: number;
}

/** A row of registry_change, the sequence workers follow: copied so that a new leader continues it. */
export interface ReplicaChangeRow {
  seq: number;
  agentId: number;
  kind: 'upsert' | 'delete';
  at: number;
}

export type ReplicaMode = 'snapshot' | 'delta' | 'info';

/**
 * One part of what the leader sends. A delta is everything written after a seq, read in one synchronous
 * pass (so the copy is exactly the leader's at toSeq); a snapshot is paged, then followed by a delta.
 */
export interface ReplicaPart {
  mode: ReplicaMode;
  first: boolean;
  last: boolean;
  toSeq: number;
  toInfoSeq: number;
  lastAgentId: number;
  groups: ReplicaGroup[];
  agents: ReplicaAgent[];
  tombstones: ReplicaTombstone[];
  changes: ReplicaChangeRow[];
}

/** Where a copy stands: seq -1 when it is no complete copy (never filled, a snapshot cut short, written to locally). */
export interface ReplicaPoint {
  seq: number;
  infoSeq: number;
  changeSeq: number;
  /** '' when not computed. */
  digest: string;
  infoDigest: string;
}

export function emptyPart(mode: ReplicaMode): ReplicaPart {
  return { mode, first: false, last: false, toSeq: 0, toInfoSeq: 0, lastAgentId: 0, groups: [], agents: [], tombstones: [], changes: [] };
}
