// The agent as the stores keep it (Wazuh's global.db columns, DESIGN.md / WAZUH.md "Agents").

export type AgentStatus = 'never_connected' | 'pending' | 'active' | 'disconnected';

export interface AgentOs {
  name: string | null;
  version: string | null;
  platform: string | null;
  arch: string | null;
  uname: string | null;
}

export interface AgentRecord {
  id: number;
  name: string;
  /** 'any', an IP or a CIDR, as registered. */
  ip: string;
  key: string;
  os: AgentOs;
  version: string | null;
  labels: Record<string, string>;
  configSum: string | null;
  mergedSum: string | null;
  node: string | null;
  dateAdd: number;
  lastKeepAlive: number | null;
  status: AgentStatus;
  disconnectionTime: number | null;
  groups: string[];
}

/** What a worker reports about one of its agents (AgentInfoActor). */
export interface AgentInfoUpdate {
  id: number;
  status: AgentStatus;
  os?: Partial<AgentOs>;
  version?: string | null;
  labels?: Record<string, string>;
  configSum?: string | null;
  mergedSum?: string | null;
  lastKeepAlive?: number | null;
  disconnectionTime?: number | null;
}

/** Wazuh prints agent ids as %03d: 001 ... 999, 1000; 000 is the manager. */
export function formatAgentId(id: number): string {
  return String(id).padStart(3, '0');
}

export function parseAgentId(s: string): number | null {
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 ? n : null;
}
