// Pure: how the master folds a worker's report about an agent into its row.
import { AgentInfoUpdate, AgentOs, AgentRecord } from './agent-types';

type MergeVerdict =
  | { apply: true; row: AgentRecord }
  | { apply: false; reason: 'unknown_agent' | 'served_elsewhere' | 'stale' };

/** The columns the verdict reads: all the master must load for an update that sets every field. */
export type AgentSyncState = Pick<AgentRecord, 'node' | 'status' | 'lastKeepAlive' | 'disconnectionTime'>;

/** The columns an update writes. */
type AgentInfoColumns = Pick<AgentRecord, 'os' | 'version' | 'configSum' | 'mergedSum' | 'node' | 'lastKeepAlive' | 'status' | 'disconnectionTime'>;

const OS_FIELDS: readonly (keyof AgentOs)[] = ['name', 'version', 'platform', 'arch', 'uname'];

/**
 * - An agent deleted meanwhile: the update is dropped (the master stores updates only for agents that exist).
 * - A worker reporting an agent as disconnected while the master knows another node serves it: dropped, so the
 *   worker an agent left cannot undo the worker it moved to.
 * - A keep-alive older than the one stored, from the same node: dropped (out-of-order batches).
 * Otherwise the row takes the update and records the node that sent it.
 */
export function mergeAgentInfo(current: AgentRecord | undefined, u: AgentInfoUpdate, node: string): MergeVerdict {
  const verdict = judgeAgentInfo(current, u, node);
  if (!verdict.apply) return verdict;
  const labels = u.labels !== undefined ? { ...u.labels } : current!.labels;
  return { apply: true, row: { ...current!, ...mergedInfo(current!, u, node), labels } };
}

/** mergeAgentInfo's verdict alone, from the few columns it needs. */
export function judgeAgentInfo(current: AgentSyncState | undefined, u: AgentInfoUpdate, node: string):
  { apply: true } | { apply: false; reason: 'unknown_agent' | 'served_elsewhere' | 'stale' } {
  if (!current) return { apply: false, reason: 'unknown_agent' };
  const activeElsewhere = current.node !== null && current.node !== node && current.status === 'active';
  if (activeElsewhere && u.status !== 'active') return { apply: false, reason: 'served_elsewhere' };
  if (current.node === node && u.lastKeepAlive != null && current.lastKeepAlive != null && u.lastKeepAlive < current.lastKeepAlive) {
    return { apply: false, reason: 'stale' };
  }
  return { apply: true };
}

/** Does the update set every column it may write? Then the current os, version and sums are never read. */
export function setsEveryField(u: AgentInfoUpdate): boolean {
  if (u.os === undefined || u.version === undefined || u.configSum === undefined || u.mergedSum === undefined || u.lastKeepAlive === undefined) return false;
  for (const f of OS_FIELDS) if (u.os[f] === undefined) return false;
  return true;
}

/** The row's columns after an applied update; a field the update leaves undefined keeps its value. */
export function mergedInfo(current: AgentSyncState & Partial<Pick<AgentRecord, 'os' | 'version' | 'configSum' | 'mergedSum'>>,
  u: AgentInfoUpdate, node: string): AgentInfoColumns {
  const os = { ...(current.os ?? { name: null, version: null, platform: null, arch: null, uname: null }) };
  if (u.os) for (const f of OS_FIELDS) if (u.os[f] !== undefined) os[f] = u.os[f]!;
  return {
    status: u.status,
    node,
    os,
    version: u.version !== undefined ? u.version : current.version ?? null,
    configSum: u.configSum !== undefined ? u.configSum : current.configSum ?? null,
    mergedSum: u.mergedSum !== undefined ? u.mergedSum : current.mergedSum ?? null,
    lastKeepAlive: u.lastKeepAlive !== undefined ? u.lastKeepAlive : current.lastKeepAlive,
    disconnectionTime: u.status === 'disconnected'
      ? (u.disconnectionTime ?? current.disconnectionTime)
      : null,
  };
}
