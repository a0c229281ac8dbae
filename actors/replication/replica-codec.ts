// Pure: replica parts and points <-> their wire messages (ReplicaUpdate, ReplicaState). NULL columns travel as
// absent `optional` fields, so a copy keeps NULL apart from ''.
import type { BodyInput } from '../../protocol/envelope';
import { warden } from '../../protocol/generated/cluster';
import type { AgentStatus } from '../../store/agent-types';
import type { ReplicaAgent, ReplicaMode, ReplicaPart, ReplicaPoint } from '../../store/replica-types';

type WireAgent = warden.cluster.ReplicaAgent.$Properties;
type WireUpdate = warden.cluster.ReplicaUpdate.$Properties;

const MODES: readonly ReplicaMode[] = ['snapshot', 'delta', 'info'];
const STATUSES: readonly AgentStatus[] = ['never_connected', 'pending', 'active', 'disconnected'];

export class ReplicaWireError extends Error {
  readonly code = 'bad_replica';
  override readonly name = 'ReplicaWireError';
}

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

export function agentToWire(a: ReplicaAgent): WireAgent {
  return {
    id: a.id, name: a.name, ip: a.ip, key: a.key,
    osName: a.os.name, osVersion: a.os.version, osPlatform: a.os.platform, osArch: a.os.arch, osUname: a.os.uname,
    version: a.version, configSum: a.configSum, mergedSum: a.mergedSum, nodeName: a.node, dateAdd: a.dateAdd,
    lastKeepalive: a.lastKeepAlive, status: a.status, disconnectionTime: a.disconnectionTime,
    labels: a.labels, groups: a.groups, rev: a.rev, infoRev: a.infoRev,
  };
}

export function agentFromWire(w: WireAgent): ReplicaAgent {
  const status = w.status ?? '';
  if (!(STATUSES as readonly string[]).includes(status)) throw new ReplicaWireError(`agent ${w.id ?? '?'} has status ${JSON.stringify(status)}`);
  return {
    id: w.id ?? 0, name: w.name ?? '', ip: w.ip ?? '', key: w.key ?? '',
    os: { name: orNull(w.osName), version: orNull(w.osVersion), platform: orNull(w.osPlatform), arch: orNull(w.osArch), uname: orNull(w.osUname) },
    version: orNull(w.version), labels: { ...(w.labels ?? {}) }, configSum: orNull(w.configSum), mergedSum: orNull(w.mergedSum),
    node: orNull(w.nodeName), dateAdd: Number(w.dateAdd ?? 0), lastKeepAlive: w.lastKeepalive == null ? null : Number(w.lastKeepalive),
    status: status as AgentStatus, disconnectionTime: w.disconnectionTime == null ? null : Number(w.disconnectionTime),
    groups: [...(w.groups ?? [])], rev: Number(w.rev ?? 0), infoRev: Number(w.infoRev ?? 0),
  };
}

export function partToWire(p: ReplicaPart, wantDigest: boolean): BodyInput<'replicaUpdate'> {
  return {
    mode: p.mode, first: p.first, last: p.last, toSeq: p.toSeq, toInfoSeq: p.toInfoSeq, lastAgentId: p.lastAgentId,
    groups: p.groups, agents: p.agents.map(agentToWire), tombstones: p.tombstones, changes: p.changes, wantDigest,
  };
}

export function partFromWire(w: WireUpdate): ReplicaPart {
  const mode = w.mode ?? '';
  if (!(MODES as readonly string[]).includes(mode)) throw new ReplicaWireError(`unknown replica update mode ${JSON.stringify(mode)}`);
  return {
    mode: mode as ReplicaMode, first: !!w.first, last: !!w.last, toSeq: Number(w.toSeq ?? 0), toInfoSeq: Number(w.toInfoSeq ?? 0),
    lastAgentId: Number(w.lastAgentId ?? 0),
    groups: (w.groups ?? []).map((g) => ({ name: g.name ?? '', dateAdd: Number(g.dateAdd ?? 0), rev: Number(g.rev ?? 0) })),
    agents: (w.agents ?? []).map(agentFromWire),
    tombstones: (w.tombstones ?? []).map((t) => {
      if (t.kind !== 'agent' && t.kind !== 'group') throw new ReplicaWireError(`tombstone of unknown kind ${JSON.stringify(t.kind)}`);
      return { kind: t.kind, subject: t.subject ?? '', rev: Number(t.rev ?? 0) };
    }),
    changes: (w.changes ?? []).map((c) => {
      if (c.kind !== 'upsert' && c.kind !== 'delete') throw new ReplicaWireError(`registry change of unknown kind ${JSON.stringify(c.kind)}`);
      return { seq: Number(c.seq ?? 0), agentId: c.agentId ?? 0, kind: c.kind, at: Number(c.at ?? 0) };
    }),
  };
}

export function pointFromWire(w: warden.cluster.ReplicaState.$Properties): ReplicaPoint {
  return { seq: Number(w.seq ?? -1), infoSeq: Number(w.infoSeq ?? 0), changeSeq: Number(w.changeSeq ?? 0), digest: w.digest ?? '', infoDigest: w.infoDigest ?? '' };
}
