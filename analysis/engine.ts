// The analysis engine: pre-decoding, decoding and rule matching of one event at a time.
// Pure given its state: `process` reads no clock and does no I/O (the caller passes `now`);
// the state it keeps (event history for frequency rules, first-time-seen values, fired counts)
// is bounded. loadRuleset (ruleset-load.ts) does the file reading.
import { Event, fieldsObject } from './event';
import { predecode } from './predecode';
import { decodeEvent } from './decoders/decode';
import { Ruleset } from './ruleset';
import { emptyHistory, History, record } from './rules/history';
import { matchNode, MatchContext } from './rules/rule-match';
import { Rule } from './rules/rule-types';

/** Longest event accepted (Wazuh's OS_MAXSTR); longer lines are cut here, before any matching. */
export const MAX_EVENT_LENGTH = 65536;

export interface EventMeta {
  location: string;
  agent?: { id: string; name: string; ip?: string };
  /** Hostname used when the log has none (Wazuh uses the manager's name). */
  managerName?: string;
}

interface RuleResult {
  id: string;
  level: number;
  description: string;
  groups: string[];
  mitre: string[];
  firedtimes: number;
  options: string[];
  info: Array<{ type: string; value: string }>;
  file: string;
}

export interface Result {
  predecoded: { timestamp?: string; hostname: string; programName?: string };
  fullLog: string;
  location: string;
  agent: { id: string; name?: string };
  decoder: { name: string; parent?: string } | null;
  fields: Record<string, string>;
  rule: RuleResult | null;
  /** True when the rule's level reaches the alert level and the rule does not say no_log. */
  alert: boolean;
}

export class Engine {
  private history: History;

  constructor(readonly ruleset: Ruleset, readonly alertLevel = 3) {
    this.history = emptyHistory(ruleset.rules.historyLists);
  }

  /** Forgets every past event (a fresh session, as each ruleset test gets). */
  reset(): void {
    this.history = emptyHistory(this.ruleset.rules.historyLists);
  }

  process(line: string, meta: EventMeta, now: Date): Result {
    const text = line.length > MAX_EVENT_LENGTH ? line.slice(0, MAX_EVENT_LENGTH) : line;
    const pre = predecode(text);
    const agentLoc = meta.agent ? `(${meta.agent.name}) ${meta.agent.ip ?? 'any'}->${meta.location}` : meta.location;
    const ev: Event = {
      fullLog: text,
      log: pre.log,
      location: agentLoc,
      hostname: meta.agent ? meta.agent.name : pre.hostname ?? meta.managerName ?? 'manager',
      programName: pre.programName,
      timestamp: pre.timestamp,
      agentId: meta.agent?.id ?? '000',
      agentName: meta.agent?.name,
      decoder: null,
      static: {},
      dynamic: [],
      dynIndex: new Map(),
      time: now.getTime(),
      matched: 0,
    };
    decodeEvent(ev, this.ruleset.decoders);
    const rule = this.matchRules(ev, now);
    return this.result(ev, rule);
  }

  private matchRules(ev: Event, now: Date): Rule | null {
    const type = ev.decoder?.type ?? 'syslog';
    const ctx: MatchContext = { history: this.history, lists: this.ruleset.lists, now, ftsDone: false };
    let hit: Rule | null = null;
    for (const root of this.ruleset.rules.roots) {
      if (root.rule.category !== type) continue;
      hit = matchNode(root, ev, ctx);
      if (hit) break;
    }
    if (!hit) return null;
    this.history.fired.set(hit.id, (this.history.fired.get(hit.id) ?? 0) + 1);
    // Level-0 events are not remembered (Wazuh: "Ignore level 0"); the rest go to the lists of
    // their rule: its if_matched_sid list if it has one, else its if_matched_group lists.
    if (hit.level > 0) {
      const lists = hit.sidList !== undefined ? [hit.sidList] : hit.recordIn;
      for (const list of lists) record(this.history, list, ev);
      if (this.ruleset.rules.usesEventList) record(this.history, 0, ev);
    }
    return hit;
  }

  private result(ev: Event, rule: Rule | null): Result {
    const fields = fieldsObject(ev);
    return {
      predecoded: { timestamp: ev.timestamp, hostname: ev.hostname, programName: ev.programName },
      fullLog: ev.fullLog,
      location: ev.location,
      agent: { id: ev.agentId, name: ev.agentName },
      decoder: ev.decoder ? { name: ev.decoder.name, parent: ev.decoder.parent } : null,
      fields,
      rule: rule && {
        id: String(rule.id),
        level: rule.level,
        description: expandDescription(rule.description, ev, fields),
        groups: rule.groups,
        mitre: rule.mitre,
        firedtimes: this.history.fired.get(rule.id) ?? 0,
        options: rule.options,
        info: rule.info,
        file: rule.file,
      },
      alert: !!rule && rule.level >= this.alertLevel && !rule.options.includes('no_log'),
    };
  }
}

/** `$(field)` in a description is replaced by the event's value of that field. */
function expandDescription(d: string, ev: Event, fields: Record<string, string>): string {
  if (!d.includes('$(')) return d;
  return d.replace(/\$\(([^)\s]+)\)/g, (_, name: string) => {
    if (name === 'hostname') return ev.hostname;
    if (name === 'program_name') return ev.programName ?? '';
    if (name === 'location') return ev.location;
    if (name === 'user') return ev.static.dstuser ?? ev.static.srcuser ?? '';
    return fields[name] ?? '';
  });
}
