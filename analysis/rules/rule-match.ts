// Rule matching (Wazuh's OS_CheckIfRuleMatch): a rule matches when every condition it states
// holds; then its children are tried in order and the first that matches wins. A noalert rule
// that matched with no matching child counts as no match, so its siblings get their turn.
import { Event, anyField, findField } from '../event';
import { Expression, testExpression } from '../patterns/expression';
import { execIp } from '../patterns/ip-match';
import { CdbList, lookup } from '../lists/cdb';
import { History, searchHistory } from './history';
import { Rule, RuleNode, StringCheck } from './rule-types';
import { inTimeWindow, onWeekDay } from './time-window';
import { COMPILED_RULES } from './compiled-rules';
import { DiffMemory, outputChanged } from './check-diff';

export interface MatchContext {
  history: History;
  lists: Map<string, CdbList>;
  diffs: DiffMemory;
  now: Date;
  ftsDone: boolean;
  /** The parent of the rule that matched, on the path that led to it (Wazuh's lf->prev_rule). */
  prevRule: Rule | null;
}

const passes = (e: Expression, value: string | undefined): boolean =>
  value !== undefined && testExpression(e, value) !== e.negate;

function checkValue(ev: Event, what: StringCheck): string | undefined {
  switch (what) {
    case 'program_name': return ev.programName;
    case 'id': return ev.static.id;
    case 'system_name': return ev.static.system_name;
    case 'protocol': return ev.static.protocol;
    case 'action': return ev.static.action;
    case 'url': return ev.static.url;
    case 'location': return ev.location;
    case 'srcport': return ev.static.srcport;
    case 'dstport': return ev.static.dstport;
    case 'user': return ev.static.dstuser ?? ev.static.srcuser;
    case 'srcgeoip': case 'dstgeoip': return undefined;
    case 'data': return ev.static.data;
    case 'extra_data': return ev.static.extra_data;
    case 'hostname': return ev.hostname;
    case 'status': return ev.static.status;
  }
}

function listValue(ev: Event, field: string): string | undefined {
  switch (field) {
    case 'user': return ev.static.srcuser ?? ev.static.dstuser;
    case 'srcip': case 'dstip': case 'srcport': case 'dstport': case 'url': case 'id': case 'status': case 'action':
    case 'protocol': case 'data': case 'extra_data':
      return ev.static[field];
    case 'system_name': return ev.static.system_name;
    case 'hostname': return ev.hostname;
    case 'program_name': return ev.programName;
    default: return findField(ev, field);
  }
}

function ftsKey(ev: Event): string | null {
  const d = ev.decoder;
  if (!d || !d.fts.length) return null;
  return [d.name, ...d.fts.map((f) => (f === 'name' ? d.name : anyField(ev, f) ?? ''))].join('\u0000');
}

function conditionsHold(rule: Rule, ev: Event, ctx: MatchContext): boolean {
  if (rule.decodedAs !== undefined && rule.decodedAs !== ev.decoder?.name) return false;
  for (const [what, e] of rule.checks) if (!passes(e, checkValue(ev, what))) return false;
  if (rule.match && testExpression(rule.match, ev.log) === rule.match.negate) return false;
  if (rule.regex && testExpression(rule.regex, ev.log) === rule.regex.negate) return false;
  for (const f of rule.fields) if (!passes(f.expr, findField(ev, f.name))) return false;
  if (rule.srcip && (ev.static.srcip === undefined || execIp(rule.srcip.ip, ev.static.srcip) === rule.srcip.negate)) return false;
  if (rule.dstip && (ev.static.dstip === undefined || execIp(rule.dstip.ip, ev.static.dstip) === rule.dstip.negate)) return false;
  if (rule.compiled && !COMPILED_RULES[rule.compiled](ev)) return false;
  if (rule.maxsize && ev.log.length < rule.maxsize) return false;
  if (rule.time && !inTimeWindow(rule.time, ctx.now)) return false;
  if (rule.weekday && !onWeekDay(rule.weekday, ctx.now)) return false;
  // Where Wazuh checks it: after the event's own fields, before first-time-seen, lists and history.
  if (rule.checkDiff && !outputChanged(ctx.diffs, rule.id, ev)) return false;
  if (rule.fts) {
    const key = ftsKey(ev);
    if (key === null) return false;
    if (!ctx.ftsDone) {
      if (ctx.history.fts.has(key)) return false;
      if (ctx.history.fts.size >= 100_000) ctx.history.fts.clear();
      ctx.history.fts.add(key);
      ctx.ftsDone = true;
    }
  }
  for (const l of rule.lists) {
    const list = ctx.lists.get(l.path);
    const v = listValue(ev, l.field);
    if (!list || v === undefined || !lookup(list, l.lookup, v, l.check)) return false;
  }
  if (rule.context && !searchHistory(ctx.history, rule, ev)) return false;
  return true;
}

/** A wide node's children without those bound by decoded_as to another decoder (order kept). */
function candidates(node: RuleNode, ev: Event): RuleNode[] {
  if (node.children.length < 16) return node.children;
  const name = ev.decoder?.name ?? '';
  node.byDecoder ??= new Map();
  let list = node.byDecoder.get(name);
  if (!list) {
    list = node.children.filter((c) => c.rule.decodedAs === undefined || c.rule.decodedAs === name);
    node.byDecoder.set(name, list);
  }
  return list;
}

export function matchNode(node: RuleNode, ev: Event, ctx: MatchContext): Rule | null {
  const rule = node.rule;
  if (!conditionsHold(rule, ev, ctx)) return null;
  for (const child of candidates(node, ev)) {
    const hit = matchNode(child, ev, ctx);
    if (hit) {
      ctx.prevRule ??= rule;
      return hit;
    }
  }
  if (rule.noAlert) return null;
  return rule;
}
