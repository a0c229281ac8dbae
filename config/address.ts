// address.ts: pure; what counts as a host and how a `cluster.nodes` entry is read.
import { isIP } from 'node:net';

const LABEL_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** An IPv4/IPv6 address or an RFC 1123 host name ("localhost", "master.example.org"). */
export function isHostOrIp(s: string): boolean {
  if (isIP(s) !== 0) return true;
  if (s.length === 0 || s.length > 253) return false;
  // "300.1.1.1" matches the label syntax, but nobody means a host name by it.
  if (/^[\d.]+$/.test(s)) return false;
  return s.split('.').every((label) => LABEL_RE.test(label));
}

export interface NodeAddress {
  host: string;
  port: number;
}

/**
 * Reads a `cluster.nodes` entry: "host", "host:port", "[v6]:port" or a bare IPv6 address; a missing port
 * is `defaultPort` (the config's cluster.port). Returns undefined when the entry is not an address.
 */
export function parseNodeAddress(entry: string, defaultPort: number): NodeAddress | undefined {
  const s = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (bracketed) {
    const [, host, port] = bracketed;
    if (isIP(host) !== 6) return undefined;
    return withPort(host, port, defaultPort);
  }
  if (isIP(s) === 6) return { host: s, port: defaultPort };
  const colon = s.lastIndexOf(':');
  const host = colon < 0 ? s : s.slice(0, colon);
  const port = colon < 0 ? undefined : s.slice(colon + 1);
  if (!isHostOrIp(host) || isIP(host) === 6) return undefined;
  return withPort(host, port, defaultPort);
}

function withPort(host: string, port: string | undefined, defaultPort: number): NodeAddress | undefined {
  if (port === undefined) return { host, port: defaultPort };
  if (!/^\d{1,5}$/.test(port)) return undefined;
  const n = Number(port);
  return n >= 1 && n <= 65535 ? { host, port: n } : undefined;
}
