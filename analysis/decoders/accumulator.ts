// Wazuh's accumulator (a decoder's <accumulate/>): events that share an id (the static `id` field, on
// one host, from one decoder) pool what they decoded, so a later line of a conversation carries the
// user and addresses its first lines named. As analysisd's Accumulate():
// - key: hostname, decoder name and id; no id, no accumulation; a key over 255 characters is skipped;
// - the fields pooled: srcuser, dstuser, srcip, dstip, srcport, dstport, data; a value is copied into
//   an event only where the event has none, and kept in the pool only where the pool has none (the
//   first value seen wins); values longer than 80 characters are neither copied nor kept;
// - an entry untouched for more than 120 s is forgotten (the event then starts a fresh one).
// Pure: time is the event's (ms), never the clock. Bounded: the least recently used entries go first.
import type { Event } from '../event';

const POOLED = ['srcuser', 'dstuser', 'srcip', 'dstip', 'srcport', 'dstport', 'data'] as const;
type Pooled = typeof POOLED[number];

/** Wazuh's OS_ACM_EXPIRE_ELM. */
export const ACCUMULATE_EXPIRE_S = 120;
const MAX_VALUE = 80; // OS_ACM_MAXELM - 1
const MAX_KEY = 255; // OS_ACM_MAXKEY - 1
/** At most this many conversations are remembered (Wazuh's hash has no bound). */
export const ACCUMULATE_MAX_ENTRIES = 10_000;

interface Entry { at: number; fields: Partial<Record<Pooled, string>> }

/** Entries in least-recently-used order (an update moves its entry to the end). */
export interface Accumulator { entries: Map<string, Entry>; maxEntries: number }

export function emptyAccumulator(maxEntries = ACCUMULATE_MAX_ENTRIES): Accumulator {
  return { entries: new Map(), maxEntries };
}

const fits = (v: string | undefined): v is string => v !== undefined && v.length > 0 && v.length <= MAX_VALUE;

/** Fills the event's empty pooled fields from its conversation, then adds what it brought. */
export function accumulate(acc: Accumulator, ev: Event): void {
  const id = ev.static.id;
  if (id === undefined || !ev.decoder) return;
  const key = `${ev.hostname} ${ev.decoder.name} ${id}`;
  if (key.length > MAX_KEY) return;
  const now = Math.floor(ev.time / 1000);
  forgetExpired(acc, now);
  let entry = acc.entries.get(key);
  acc.entries.delete(key);
  if (entry && entry.at < now - ACCUMULATE_EXPIRE_S) entry = undefined;
  if (entry) {
    for (const f of POOLED) {
      const known = entry.fields[f];
      if (!ev.static[f] && fits(known)) ev.static[f] = known;
    }
  }
  entry ??= { at: now, fields: {} };
  entry.at = now;
  for (const f of POOLED) {
    const v = ev.static[f];
    if (!entry.fields[f] && fits(v)) entry.fields[f] = v;
  }
  acc.entries.set(key, entry);
  if (acc.entries.size > acc.maxEntries) acc.entries.delete(acc.entries.keys().next().value!);
}

/** The oldest entries first: stops at the first one still alive. */
function forgetExpired(acc: Accumulator, now: number): void {
  for (const [key, e] of acc.entries) {
    if (e.at >= now - ACCUMULATE_EXPIRE_S) return;
    acc.entries.delete(key);
  }
}
