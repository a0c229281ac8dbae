// format.ts: pure; the cluster.log line format of Wazuh (DESIGN.md section 8).
//   2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.
import type { LogLevel } from '../config/schema';

/** How the node names itself in its lines: `[Master master-1]`, `[Worker worker-1]`. */
export type NodeRole = 'Master' | 'Worker';

const LEVEL_LABEL: Readonly<Record<LogLevel, string>> = {
  error: 'ERROR',
  warning: 'WARNING',
  info: 'INFO',
  debug: 'DEBUG',
};

/** winston's level table: a lower number is more severe; a line is written when its rank <= the threshold's. */
export const LEVEL_RANK: Readonly<Record<LogLevel, number>> = { error: 0, warning: 1, info: 2, debug: 3 };

export function isEnabled(level: LogLevel, threshold: LogLevel): boolean {
  return LEVEL_RANK[level] <= LEVEL_RANK[threshold];
}

export function roleOf(nodeType: 'master' | 'worker'): NodeRole {
  return nodeType === 'master' ? 'Master' : 'Worker';
}

/** `YYYY/MM/DD HH:MM:SS` in local time, zero-padded. */
export function formatTimestamp(date: Date): string {
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  return (
    `${p(date.getFullYear(), 4)}/${p(date.getMonth() + 1)}/${p(date.getDate())} ` +
    `${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`
  );
}

/** One whole line (no newline at the end); each tag is bracketed after the node, in order. */
export function formatLine(
  date: Date,
  level: LogLevel,
  role: NodeRole,
  node: string,
  tags: readonly string[],
  msg: string,
): string {
  const head = `${formatTimestamp(date)} ${LEVEL_LABEL[level]}: [${role} ${oneLine(node)}]`;
  const tagText = tags.map((t) => ` [${oneLine(t)}]`).join('');
  return `${head}${tagText} ${oneLine(msg)}`;
}

/**
 * Escapes control characters, so that text from a peer (a node name, an error message) can never
 * start a forged line of its own.
 */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The text appended after `error(msg, cause)`: the cause's message, then its own causes' when they add something. */
export function describeCause(cause: unknown): string {
  const parts: string[] = [];
  let c: unknown = cause;
  for (let depth = 0; depth < 5 && c !== undefined && c !== null; depth++) {
    const m = messageOf(c);
    if (m && !parts.some((p) => p.includes(m))) parts.push(m);
    c = c instanceof Error ? c.cause : undefined;
  }
  return parts.join(': ');
}

function messageOf(c: unknown): string {
  if (c instanceof Error) return c.message || c.name;
  if (typeof c === 'string') return c;
  if (typeof c === 'object' && c !== null && typeof (c as { message?: unknown }).message === 'string') {
    return (c as { message: string }).message;
  }
  if (typeof c !== 'object') return String(c);
  try {
    return JSON.stringify(c);
  } catch {
    return String(c); // cyclic: "[object Object]" still says what kind of thing was thrown
  }
}
