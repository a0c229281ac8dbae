// Classifies a payload an agent sends once it is opened: control messages (`#!-...`) and events.
// Pure text work on bytes; the caller decides what to do with each kind.

export const CONTROL_HEADER = '#!-';

type AgentMessage =
  /** First frame of every connection; `info` is the JSON of 4.x agents, null for older ones. */
  | { kind: 'startup'; info: Record<string, unknown> | null }
  | { kind: 'shutdown' }
  /** Keep-alive text after `#!-` (see parseKeepAlive). */
  | { kind: 'keepalive'; text: string }
  /** Reply to a manager request: `#!-req <counter> <data>`. */
  | { kind: 'request_reply'; text: string }
  | { kind: 'event'; queue: string; location: string; message: Buffer }
  | { kind: 'invalid'; reason: string };

const STARTUP = `${CONTROL_HEADER}agent startup`;
const SHUTDOWN = `${CONTROL_HEADER}agent shutdown`;
const REQUEST = `${CONTROL_HEADER}req `;

/** Splits `<q>:<location>:<message>`; `|:` in the location stands for `:`. */
export function parseAgentEvent(payload: Buffer): { queue: string; location: string; message: Buffer } | null {
  if (payload.length < 3 || payload[1] !== 0x3a) return null;
  const queue = payload.toString('latin1', 0, 1);
  let location = '';
  for (let i = 2; i < payload.length; i++) {
    const c = payload[i]!;
    if (c === 0x7c && payload[i + 1] === 0x3a) {
      location += ':';
      i++;
    } else if (c === 0x3a) {
      return { queue, location: Buffer.from(location, 'latin1').toString('utf8'), message: payload.subarray(i + 1) };
    } else {
      location += String.fromCharCode(c);
    }
  }
  return null;
}

/** Builds an event payload, escaping `:` in the location. */
export function formatAgentEvent(queue: string, location: string, message: string | Buffer): Buffer {
  if (queue.length !== 1) throw new RangeError('the event queue is one character');
  const head = Buffer.from(`${queue}:${location.replace(/:/g, '|:')}:`, 'utf8');
  return Buffer.concat([head, typeof message === 'string' ? Buffer.from(message, 'utf8') : message]);
}

function parseStartupInfo(rest: string): Record<string, unknown> | null {
  const json = rest.trim();
  if (json === '') return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    // An unreadable startup JSON is treated like an old agent's bare startup: the version is unknown.
    return null;
  }
}

/** What an agent payload is. Never throws. */
export function classifyAgentMessage(payload: Buffer): AgentMessage {
  if (payload.length === 0) return { kind: 'invalid', reason: 'empty payload' };
  const head = payload.toString('latin1', 0, Math.min(payload.length, 32));
  if (head.startsWith(CONTROL_HEADER)) {
    const text = payload.toString('utf8');
    if (text.startsWith(STARTUP)) return { kind: 'startup', info: parseStartupInfo(text.slice(STARTUP.length)) };
    if (text.startsWith(SHUTDOWN)) return { kind: 'shutdown' };
    if (text.startsWith(REQUEST)) return { kind: 'request_reply', text: text.slice(REQUEST.length) };
    return { kind: 'keepalive', text: text.slice(CONTROL_HEADER.length) };
  }
  const event = parseAgentEvent(payload);
  return event ? { kind: 'event', ...event } : { kind: 'invalid', reason: 'not a control message nor `<q>:<location>:<message>`' };
}

/** The startup payload of a 4.x agent (`#!-agent startup {"version":"v4.14.7"}`), or an old one's without JSON. */
export function formatStartup(version?: string): string {
  return version === undefined ? `${STARTUP} ` : `${STARTUP} ${JSON.stringify({ version })}`;
}

export function formatShutdown(): string {
  return `${SHUTDOWN} `;
}
