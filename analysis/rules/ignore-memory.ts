// What Wazuh's rules say about not alerting again, as analysisd applies it after a rule fired:
// - ignore="N" (seconds): the first fire opens a window of N seconds; a fire inside it alerts about
//   the rule that led to this one (its parent on the path that matched) instead, or about nothing
//   when there is none; the first fire after it opens the next window. One window per rule, shared
//   by all agents, as Wazuh keeps it on the rule.
// - <ignore>fields</ignore>: once the rule alerted, the values of those fields go on one ignore list,
//   shared by every rule; <check_if_ignored>fields</check_if_ignored>: the rule does not alert on an
//   event whose values of those fields are on it (Wazuh's ruleset: rule 20161 "ignoring now this
//   srcip and id" silences 20101 and 20151 for that pair).
// Field names: user (dstuser), srcip, dstip, id, location, data, name (the decoder's); any other
// name is read as a decoded field. Pure: times are the event's seconds. Bounded: the oldest entries
// of the list go first.
import { anyField, type Event } from '../event';
import type { IgnoreFields, Rule } from './rule-types';

/** Entries on the ignore list at most (Wazuh's file has no bound). */
export const IGNORE_LIST_MAX = 10_000;

export interface IgnoreMemory {
  /** Rule id -> when its current window opened (s). */
  windows: Map<number, number>;
  /** Field values that silence check_if_ignored rules, oldest first. */
  list: Set<string>;
  maxList: number;
}

export function emptyIgnoreMemory(maxList = IGNORE_LIST_MAX): IgnoreMemory {
  return { windows: new Map(), list: new Set(), maxList };
}

/** The static fields in the order of Wazuh's entries, then the decoded ones named. */
const SLOTS: readonly IgnoreFields['slots'][number][] = ['name', 'id', 'dstuser', 'srcip', 'dstip', 'data', 'location'];
const BY_WORD: Record<string, IgnoreFields['slots'][number]> = { name: 'name', id: 'id', user: 'dstuser', srcip: 'srcip', dstip: 'dstip', data: 'data', location: 'location' };

/** Reads "srcip, id" as <ignore> and <check_if_ignored> write it; null when a name is empty. */
export function parseIgnoreFields(text: string): IgnoreFields | null {
  const fields: IgnoreFields = { slots: [], decoded: [] };
  for (const raw of text.split(',')) {
    const word = raw.trim().split(' ')[0];
    if (!word) return null;
    const slot = BY_WORD[word];
    if (slot) { if (!fields.slots.includes(slot)) fields.slots.push(slot); } else fields.decoded.push(word);
  }
  return fields;
}

function entryOf(fields: IgnoreFields, ev: Event): string {
  const values = SLOTS.map((s) => (fields.slots.includes(s) ? (s === 'name' ? ev.decoder?.name : anyField(ev, s)) ?? '' : ''));
  for (const f of fields.decoded) values.push(anyField(ev, f) ?? '');
  return values.join('\u0000');
}

/**
 * ignore="N": the rule that alerts for `rule` firing at `nowS`: itself, or inside its window
 * `parent` (null when there is none: nothing alerts).
 */
export function throttle(mem: IgnoreMemory, rule: Rule, parent: Rule | null, nowS: number): Rule | null {
  const opened = mem.windows.get(rule.id);
  if (opened !== undefined && nowS - opened < rule.ignoreSeconds) return parent;
  mem.windows.set(rule.id, nowS);
  return rule;
}

/** <check_if_ignored>: the event's values of the rule's fields are on the ignore list. */
export function isIgnored(mem: IgnoreMemory, rule: Rule, ev: Event): boolean {
  return rule.checkIfIgnored !== undefined && mem.list.has(entryOf(rule.checkIfIgnored, ev));
}

/** <ignore>: puts the event's values of the rule's fields on the ignore list. */
export function rememberIgnored(mem: IgnoreMemory, rule: Rule, ev: Event): void {
  if (!rule.ignoreFields) return;
  const entry = entryOf(rule.ignoreFields, ev);
  mem.list.delete(entry);
  mem.list.add(entry);
  if (mem.list.size > mem.maxList) mem.list.delete(mem.list.values().next().value!);
}
