// Pure: which deadline, if any, an agent connection has passed. The server's sweep closes it then.
import { DEFAULTS } from '../../config/defaults';
import { AGENT_CONNECTION, agentConnectionCap, PREAUTH, preAuthTotalFor } from './agent-port-limits';

/** The limits one agent port runs with: the named defaults of agent-port-limits.ts, some from config. */
export interface AgentPortLimits {
  preAuthMaxFrameBytes: number;
  preAuthMaxHeldBytes: number;
  preAuthMaxFrames: number;
  authDeadlineMs: number;
  preAuthPerAddress: number;
  preAuthTotal: number;
  maxFrameBytes: number;
  halfFrameDeadlineMs: number;
  /** intervals.agent_disconnect: an authenticated agent silent this long is closed (and marked disconnected). */
  idleAfterMs: number;
  maxConnections: number;
}

export function agentPortLimits(over: Partial<AgentPortLimits> = {}): AgentPortLimits {
  const maxConnections = over.maxConnections ?? agentConnectionCap(null);
  return {
    preAuthMaxFrameBytes: PREAUTH.maxFrameBytes,
    preAuthMaxHeldBytes: PREAUTH.maxHeldBytes,
    preAuthMaxFrames: PREAUTH.maxFrames,
    authDeadlineMs: PREAUTH.deadlineMs,
    preAuthPerAddress: PREAUTH.maxPerAddress,
    preAuthTotal: preAuthTotalFor(maxConnections),
    maxFrameBytes: AGENT_CONNECTION.maxFrameBytes,
    halfFrameDeadlineMs: AGENT_CONNECTION.halfFrameDeadlineMs,
    idleAfterMs: DEFAULTS.intervals.agentDisconnect,
    ...over,
    maxConnections,
  };
}

export type Deadline = 'authDeadline' | 'halfFrame' | 'idle';

export interface ConnectionTimes {
  connectedAt: number;
  authenticated: boolean;
  /** The last message accepted from its agent. */
  lastMessageAt: number;
  /** When the frame in progress began, or null. */
  partialSince: number | null;
}

export function passedDeadline(t: ConnectionTimes, now: number, limits: AgentPortLimits): Deadline | null {
  if (!t.authenticated && now - t.connectedAt >= limits.authDeadlineMs) return 'authDeadline';
  if (t.partialSince !== null && now - t.partialSince >= limits.halfFrameDeadlineMs) return 'halfFrame';
  if (t.authenticated && now - t.lastMessageAt >= limits.idleAfterMs) return 'idle';
  return null;
}

/** What the log says when a deadline closes a connection. */
export function deadlineReason(d: Deadline, limits: AgentPortLimits): string {
  switch (d) {
    case 'authDeadline': return `no valid message within ${limits.authDeadlineMs / 1000}s of connecting`;
    case 'halfFrame': return `a frame begun ${limits.halfFrameDeadlineMs / 1000}s ago is still not complete`;
    case 'idle': return `silent for ${limits.idleAfterMs / 1000}s (intervals.agent_disconnect)`;
  }
}
