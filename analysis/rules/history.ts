// The engine's memory between events: past events per history list (for if_matched_sid,
// if_matched_group and if_matched_regex), what first-time-seen (if_fts) has seen, and how often
// each rule fired. Every list is bounded; the oldest events go first.
import { Event, anyField, findField } from '../event';
import { testOsRegex } from '../patterns/os-regex';
import { Rule } from './rule-types';

export interface History {
  lists: Event[][];
  /** Which list each remembered event went to, oldest first (a ring): the global eviction order. */
  order: Int32Array;
  head: number;
  size: number;
  fts: Set<string>;
  fired: Map<number, number>;
}

/** At most this many events a list... */
const HISTORY_LIMIT = 1024;
/** ...and this many in all lists together (Wazuh keeps 8192 past events); the oldest go first. */
const HISTORY_TOTAL = 8192;

const STATIC_SAME = new Set(['srcip', 'id', 'dstip', 'srcport', 'dstport', 'srcuser', 'dstuser', 'protocol', 'action', 'url', 'data', 'extra_data', 'status', 'system_name', 'srcgeoip', 'dstgeoip', 'location']);

export function emptyHistory(lists: number): History {
  return { lists: Array.from({ length: lists }, () => []), order: new Int32Array(HISTORY_TOTAL), head: 0, size: 0, fts: new Set(), fired: new Map() };
}

export function record(h: History, list: number, ev: Event): void {
  const l = h.lists[list];
  if (l.length >= HISTORY_LIMIT) {
    // A full list swaps its oldest for the new one; its count (and its ring entries) stay as they are.
    l.shift();
    l.push(ev);
    return;
  }
  if (h.size === HISTORY_TOTAL) {
    // The ring's oldest entry names the list that holds the oldest remembered event.
    h.lists[h.order[h.head]].shift();
    h.head = (h.head + 1) % HISTORY_TOTAL;
    h.size--;
  }
  l.push(ev);
  h.order[(h.head + h.size) % HISTORY_TOTAL] = list;
  h.size++;
}

function value(ev: Event, field: string): string | undefined {
  return STATIC_SAME.has(field) ? anyField(ev, field) : findField(ev, field);
}

/** same_* fields must be present in both and equal; different_* ones must not be equal. */
function fits(rule: Rule, prev: Event, cur: Event): boolean {
  for (const f of rule.sameFields) {
    const a = value(prev, f);
    const b = value(cur, f);
    if (a === undefined || b === undefined || a !== b) return false;
  }
  const dynDifferent = rule.differentFields.some((f) => !STATIC_SAME.has(f));
  if (dynDifferent && prev.dynamic.length === 0 && cur.dynamic.length === 0) return false;
  for (const f of rule.differentFields) {
    const a = value(prev, f);
    const b = value(cur, f);
    if (a !== undefined && b !== undefined && a === b) return false;
  }
  return true;
}

/**
 * Wazuh's Search_LastSids/Search_LastGroups/Search_LastEvents: walks back through the rule's
 * history within its timeframe, counting earlier events of the same agent that fit its same_*
 * and different_* options; fires at frequency - 1 of them (one when no frequency is set). An
 * earlier event already used by a rule of this level or higher ends the walk, so one burst
 * fires a rule once.
 */
export function searchHistory(h: History, rule: Rule, cur: Event): boolean {
  if (!rule.search) return true;
  const list = h.lists[rule.search.list];
  const extra = rule.frequency ? rule.frequency - 2 : 0;
  let count = 0;
  let firstMatched: Event | null = null;
  for (let i = list.length - 1; i >= 0; i--) {
    const prev = list[i];
    if (cur.time - prev.time > rule.timeframe * 1000) return false;
    if (!rule.globalFrequency && prev.agentId !== cur.agentId) continue;
    if (rule.search.kind === 'events') {
      if ((prev.decoder?.type ?? 'syslog') !== (cur.decoder?.type ?? 'syslog')) continue;
      if (rule.ifMatchedRegex && !testOsRegex(rule.ifMatchedRegex, prev.log)) continue;
    }
    if (!fits(rule, prev, cur)) continue;
    if (prev.matched >= rule.level) return false;
    if (count < extra) {
      count++;
      firstMatched ??= prev;
      continue;
    }
    cur.matched = rule.level;
    if (firstMatched) firstMatched.matched = rule.level;
    return true;
  }
  return false;
}
