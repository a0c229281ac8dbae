// Pure: how the master folds a worker's report about an agent into its row.
import { AgentInfoUpdate, AgentRecord } from './agent-types';

export type MergeVerdict =
  | { apply: true; row: AgentRecord }
  | { apply: false; reason: 'unknown_agent' | 'served_elsewhere' | 'stale' };

/**
 * - An agent deleted meanwhile: the update is dropped (the master stores updates only for agents that exist).
 * - A worker reporting an agent as disconnected while the master knows another node serves it: dropped, so the
 *   worker an agent left cannot undo the worker it moved to.
 * - A keep-alive older than the one stored, from the same node: dropped (out-of-order batches).
 * Otherwise the row takes the update and records the node that sent it.
 */
export function mergeAgentInfo(current: AgentRecord | undefined, u: AgentInfoUpdate, node: string): MergeVerdict {
  if (!current) return { apply: false, reason: 'unknown_agent' };
  const activeElsewhere = current.node !== null && current.node !== node && current.status === 'active';
  if (activeElsewhere && u.status !== 'active') return { apply: false, reason: 'served_elsewhere' };
  if (current.node === node && u.lastKeepAlive != null && current.lastKeepAlive != null && u.lastKeepAlive < current.lastKeepAlive) {
    return { apply: false, reason: 'stale' };
  }
  return {
    apply: true,
    row: {
      ...current,
      status: u.status,
      node,
      os: { ...current.os, ...definedOnly(u.os ?? {}) },
      version: u.version !== undefined ? u.version : current.version,
      labels: u.labels !== undefined ? { ...u.labels } : current.labels,
      configSum: u.configSum !== undefined ? u.configSum : current.configSum,
      mergedSum: u.mergedSum !== undefined ? u.mergedSum : current.mergedSum,
      lastKeepAlive: u.lastKeepAlive !== undefined ? u.lastKeepAlive : current.lastKeepAlive,
      disconnectionTime: u.status === 'disconnected'
        ? (u.disconnectionTime ?? current.disconnectionTime)
        : null,
    },
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
