// The analysis engine: pre-decoding, decoding and rule matching of one event at a time.
// Pure given its state: `process` reads no clock and does no I/O (the caller passes `now`);
// the state it keeps (event history for frequency rules, first-time-seen values, fired counts,
// accumulated fields, check_diff outputs, ignore windows and the ignore list) is bounded.
// loadRuleset (ruleset-load.ts) does the file reading.
import { Event, fieldsObject } from './event';
import { predecode } from './predecode';
import { decodeEvent } from './decoders/decode';
import { accumulate, Accumulator, emptyAccumulator } from './decoders/accumulator';
import { DiffMemory, emptyDiffMemory } from './rules/check-diff';
import { emptyIgnoreMemory, IgnoreMemory, isIgnored, rememberIgnored, throttle } from './rules/ignore-memory';
import { Ruleset } from './ruleset';
import { emptyHistory, History, record } from './rules/history';
import { matchNode, MatchContext } from './rules/rule-match';
import { IgnoreFields, Rule } from './rules/rule-types';

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
  /** True when the rule's level reaches the alert level, the rule does not say no_log and no ignore option silenced it. */
  alert: boolean;
  /** What a rule's ignore options did to this event: why it does not alert, or which rule alerts instead. */
  ignored?: string;
  /** The output a check_diff rule saw before this event's (alerts carry it as previous_output). */
  previousOutput?: string;
}

/** The rule that fired, and whether an ignore option silenced it. */
interface Fired { rule: Rule | null; silenced: boolean; ignored?: string }

/** Everything the engine remembers between events; reset() starts it over. */
interface EngineState {
  history: History;
  accumulator: Accumulator;
  diffs: DiffMemory;
  ignores: IgnoreMemory;
}

export class Engine {
  private state: EngineState;

  constructor(readonly ruleset: Ruleset, readonly alertLevel = 3) {
    this.state = this.freshState();
  }

  /** Forgets every past event (a fresh session, as each ruleset test gets). */
  reset(): void {
    this.state = this.freshState();
  }

  private freshState(): EngineState {
    return {
      history: emptyHistory(this.ruleset.rules.historyLists), accumulator: emptyAccumulator(),
      diffs: emptyDiffMemory(), ignores: emptyIgnoreMemory(),
    };
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
    // Wazuh runs the accumulator between decoding and the rules.
    if (ev.decoder?.accumulate) accumulate(this.state.accumulator, ev);
    return this.result(ev, this.matchRules(ev, now));
  }

  /** Wazuh's rule loop in analysisd: the matching rule, then its ignore options, then the history. */
  private matchRules(ev: Event, now: Date): Fired {
    const { history, ignores } = this.state;
    const type = ev.decoder?.type ?? 'syslog';
    const ctx: MatchContext = { history, lists: this.ruleset.lists, diffs: this.state.diffs, now, ftsDone: false, prevRule: null };
    let hit: Rule | null = null;
    for (const root of this.ruleset.rules.roots) {
      if (root.rule.category !== type) continue;
      hit = matchNode(root, ev, ctx);
      if (hit) break;
    }
    if (!hit) return { rule: null, silenced: false };
    history.fired.set(hit.id, (history.fired.get(hit.id) ?? 0) + 1);
    // Level-0 events are not remembered (Wazuh: "Ignore level 0") and skip the ignore options.
    if (hit.level === 0) return { rule: hit, silenced: false };
    let rule: Rule = hit;
    let ignored: string | undefined;
    if (hit.ignoreSeconds > 0) {
      const instead = throttle(ignores, hit, ctx.prevRule, Math.floor(ev.time / 1000));
      if (!instead) return { rule: hit, silenced: true, ignored: `rule ${hit.id} fired less than ${hit.ignoreSeconds} s ago (ignore) and has no parent rule to alert instead` };
      if (instead !== hit) ignored = `rule ${hit.id} fired less than ${hit.ignoreSeconds} s ago (ignore): its parent rule ${instead.id} takes its place`;
      rule = instead;
    }
    if (isIgnored(ignores, rule, ev)) {
      return { rule, silenced: true, ignored: `rule ${rule.id}: the event's ${fieldNames(rule.checkIfIgnored!)} are on the ignore list (check_if_ignored)` };
    }
    rememberIgnored(ignores, rule, ev);
    // The event goes to the lists of the rule that alerts: its if_matched_sid list if it has one,
    // else its if_matched_group lists.
    const lists = rule.sidList !== undefined ? [rule.sidList] : rule.recordIn;
    for (const list of lists) record(history, list, ev);
    if (this.ruleset.rules.usesEventList) record(history, 0, ev);
    return { rule, silenced: false, ignored };
  }

  private result(ev: Event, fired: Fired): Result {
    const { rule } = fired;
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
        firedtimes: this.state.history.fired.get(rule.id) ?? 0,
        options: rule.options,
        info: rule.info,
        file: rule.file,
      },
      // noAlert: a noalert parent that an ignore window put in its child's place (the templates) never alerts.
      alert: !!rule && !fired.silenced && !rule.noAlert && rule.level >= this.alertLevel && !rule.options.includes('no_log'),
      ...(fired.ignored !== undefined ? { ignored: fired.ignored } : {}),
      ...(rule && ev.previous !== undefined ? { previousOutput: ev.previous } : {}),
    };
  }
}

/** As the rule wrote them: "srcip, id". */
function fieldNames(f: IgnoreFields): string {
  return [...f.slots.map((s) => (s === 'dstuser' ? 'user' : s)), ...f.decoded].join(', ');
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
