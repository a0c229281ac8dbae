// etcd.ts: pure; the `cluster.etcd` section (master high availability, issue 14): where etcd is, under
// which key prefix this cluster's election lives, and the TTL of a candidate's lease.
//
// Decisions:
// - The section is optional; absent (or null) means one master, as without high availability.
// - An endpoint is "host:port", "http://host:port" or "https://host:port"; the port is required (etcd
//   has no single customary port to guess: 2379 is only the default). "host:port" means plain http.
//   Endpoints are kept as URLs, which is what the etcd client takes.
// - prefix defaults to /warden/<cluster.name>, so that two clusters can share one etcd; it must start
//   with "/"; a trailing "/" is dropped (the election's keys add their own).
// - lease_ttl is a whole number of seconds (etcd counts lease TTLs in seconds), 2s..60s: etcd grants
//   no lease shorter than about 2 s with its default timings, and a leader that cannot be replaced for
//   more than a minute defeats the purpose.
import { isIP } from 'node:net';
import { type Check, describe } from './checks';
import { parseNodeAddress } from './address';
import { DurationError, parseDuration } from './duration';
import { type Problems, Section } from './section';

export interface EtcdConfig {
  /** URLs: "http://host:port" or "https://host:port". */
  endpoints: string[];
  /** Starts with "/", never ends with "/". */
  prefix: string;
  leaseTtlMs: number;
}

export const ETCD_KEYS = ['endpoints', 'prefix', 'lease_ttl'] as const;
export const DEFAULT_LEASE_TTL_MS = 5_000;
export const MIN_LEASE_TTL_MS = 2_000;
export const MAX_LEASE_TTL_MS = 60_000;

/** The key prefix used when the config names none. */
export function defaultEtcdPrefix(clusterName: string): string {
  return `/warden/${clusterName}`;
}

const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const bad = (what: string): { ok: false; what: string } => ({ ok: false, what });

const ENDPOINT_FORMS = '"host:port", "http://host:port" or "https://host:port", such as "10.0.0.5:2379"';

/** An etcd endpoint, normalised to a URL. */
export const ETCD_ENDPOINT: Check<string> = {
  expected: `an etcd endpoint: ${ENDPOINT_FORMS}`,
  parse: (v) => {
    if (typeof v !== 'string') return bad(`${describe(v)} is not an etcd endpoint (expected ${ENDPOINT_FORMS})`);
    const text = v.trim();
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(text);
    const scheme = m ? m[1].toLowerCase() : 'http';
    let rest = m ? m[2] : text;
    if (scheme !== 'http' && scheme !== 'https') {
      return bad(`${describe(v)} has the scheme "${m![1]}" (expected http:// or https://, or no scheme for http)`);
    }
    if (rest.endsWith('/')) rest = rest.slice(0, -1); // "http://host:2379/" is common in etcd's own docs
    if (rest.includes('/') || rest.includes('?') || rest.includes('#')) {
      return bad(`${describe(v)} has a path (expected only ${ENDPOINT_FORMS})`);
    }
    if (rest.includes('@')) return bad(`${describe(v)} has credentials in it (expected ${ENDPOINT_FORMS})`);
    const addr = parseNodeAddress(rest, 0);
    if (!addr) return bad(`${describe(v)} is not an etcd endpoint (expected ${ENDPOINT_FORMS})`);
    if (addr.port === 0) return bad(`${describe(v)} has no port (expected ${ENDPOINT_FORMS}; etcd's default client port is 2379)`);
    const host = isIP(addr.host) === 6 ? `[${addr.host}]` : addr.host;
    return ok(`${scheme}://${host}:${addr.port}`);
  },
};

export const ETCD_PREFIX: Check<string> = {
  expected: 'a key prefix starting with "/", such as "/warden/prod"',
  parse: (v) => {
    if (typeof v !== 'string') return bad(`${describe(v)} is not a key prefix (expected a text starting with "/", such as "/warden/prod")`);
    if (!v.startsWith('/')) return bad(`${describe(v)} does not start with "/" (write "/${v}")`);
    // Whitespace and control characters make keys that nobody can type back in etcdctl.
    if (/[\s\p{Cc}]/u.test(v)) return bad(`${describe(v)} has spaces or control characters (expected a prefix such as "/warden/prod")`);
    const trimmed = v.replace(/\/+$/, '');
    if (trimmed === '') return bad(`${describe(v)} is the root of etcd's keys (expected a folder of its own, such as "/warden/prod")`);
    return ok(trimmed);
  },
};

export const LEASE_TTL: Check<number> = {
  expected: 'a duration of whole seconds, 2s..60s, such as "5s"',
  parse: (v) => {
    const syntax = 'expected whole seconds from 2s to 60s, such as "5s"';
    if (typeof v !== 'string' && typeof v !== 'number') return bad(`${describe(v)} is not a duration (${syntax})`);
    let ms: number;
    try {
      ms = parseDuration(v);
    } catch (err) {
      if (err instanceof DurationError) return bad(`${err.message} (${syntax})`);
      throw err;
    }
    if (ms % 1_000 !== 0) return bad(`${describe(v)} is not a whole number of seconds; etcd counts lease TTLs in seconds (write "${Math.ceil(ms / 1_000)}s")`);
    if (ms < MIN_LEASE_TTL_MS) return bad(`${describe(v)} is shorter than 2s; etcd grants no shorter lease (write "2s" or more; "5s" is usual)`);
    if (ms > MAX_LEASE_TTL_MS) return bad(`${describe(v)} is longer than 60s; a dead leader would block failover that long (write "60s" or less; "5s" is usual)`);
    return ok(ms);
  },
};

/** Reads `etcd` from the section `cluster` (a node config's cluster section, or a topology's top level); null when absent. */
export function readEtcd(problems: Problems, cluster: Section, clusterName: string): EtcdConfig | null {
  if (!cluster.has('etcd')) return null;
  const s = Section.open(problems, cluster.path('etcd'), cluster.raw('etcd'), ETCD_KEYS);
  if (!s) return null;
  const before = problems.list.length;
  const endpoints = s.list('endpoints', ETCD_ENDPOINT, []);
  if (problems.list.length === before && endpoints.length === 0) {
    const why = s.has('endpoints') ? 'is empty' : 'missing';
    const where = cluster.path('etcd');
    problems.add(s.path('endpoints'), `${why}; ${where} needs at least one etcd endpoint (expected a list such as ["10.0.0.5:2379"]; leave ${where} out for a single master)`);
  }
  const prefix = s.get('prefix', ETCD_PREFIX, defaultEtcdPrefix(clusterName));
  const leaseTtlMs = s.get('lease_ttl', LEASE_TTL, DEFAULT_LEASE_TTL_MS);
  return { endpoints, prefix, leaseTtlMs };
}
