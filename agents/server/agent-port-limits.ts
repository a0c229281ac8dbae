// The limits of the agent port (1514), in one place, each with its reason. The port faces networks no one
// controls: until a connection proves a key (its first message opens with a registered agent's key) it
// may cost only a few KiB, a few frames and a few seconds, and only so many of them are held at once.
import { AGENT_MAX_MESSAGE } from '../wire/agent-frame';

/** Budgets of a connection that has not proven a key yet. */
export const PREAUTH = {
  /**
   * The largest frame read before authentication. A real agent's first frame is its sealed startup
   * (about 150 bytes) or, for an old agent, a keep-alive (under 2 KiB once compressed): 4 KiB has room.
   */
  maxFrameBytes: 4 * 1024,
  /**
   * Bytes held for it: a partial frame, bytes not yet read, the frame waiting for the registry. Two
   * largest frames: the one waiting and the next one behind it.
   */
  maxHeldBytes: 8 * 1024,
  /**
   * Frames read before authentication (pings included). A real agent sends its startup and waits for
   * the ack; tiny frames cost far more in objects than in bytes, so they are counted too.
   */
  maxFrames: 8,
  /** Time to authenticate from the connect: a real agent sends its startup at once. */
  deadlineMs: 10_000,
  /**
   * Unauthenticated connections held per source address. Generous, since a NAT address can carry a burst
   * of real agents reconnecting together (after a worker restart), each unproven for a few milliseconds.
   */
  maxPerAddress: 256,
  /** Unauthenticated connections held in all: 2,048 x 8 KiB = 16 MiB at most, whatever the flood. */
  maxTotal: 2_048,
} as const;

/** Limits of every connection, authenticated or not. */
export const AGENT_CONNECTION = {
  /** The largest frame once authenticated: Wazuh's OS_MAXSTR, what remoted accepts. */
  maxFrameBytes: AGENT_MAX_MESSAGE,
  /** A frame begun must end within this: 64 KiB in 15 s is ~35 kbit/s, slower than any agent link. */
  halfFrameDeadlineMs: 15_000,
  /**
   * Connections of the port in all, whatever the file limit allows: one per agent, so this is the most
   * agents one node serves.
   */
  maxConnections: 20_000,
  /**
   * File descriptors left to the rest of the node (cluster links, integrity sync, databases, logs, the
   * enrollment port): a quarter of the limit, at least 256, so a full agent port never makes a sync fail
   * with EMFILE.
   */
  fdReserveFraction: 0.25,
  fdReserveMin: 256,
} as const;

/** The agent port's connection cap under a soft open-file limit (null: unknown, the absolute cap). */
export function agentConnectionCap(openFileLimit: number | null): number {
  if (openFileLimit === null || !Number.isFinite(openFileLimit)) return AGENT_CONNECTION.maxConnections;
  const reserve = Math.max(AGENT_CONNECTION.fdReserveMin, Math.floor(openFileLimit * AGENT_CONNECTION.fdReserveFraction));
  return Math.max(1, Math.min(AGENT_CONNECTION.maxConnections, openFileLimit - reserve));
}

/**
 * Unauthenticated connections held in all under a connection cap: a quarter of it, so that a flood never
 * fills the port and real agents up to three quarters of the cap are always let in.
 */
export function preAuthTotalFor(connectionCap: number): number {
  return Math.max(1, Math.min(PREAUTH.maxTotal, Math.floor(connectionCap / 4)));
}

/** Repeated connection errors: one line per source address per this interval, the repeats counted. */
export const CONNECTION_LOG_INTERVAL_MS = 60_000;

/**
 * How long an agent asked to move (`#!-force_reconnect`, to rebalance) is refused here. A Wazuh agent starts
 * over from its current server and tries it max_retries (5) times, retry_interval (10 s) apart, before the
 * next one: 90 s outlasts that, so it does go to the next server of its list instead of coming back.
 */
export const MOVED_AWAY_REFUSE_MS = 90_000;
