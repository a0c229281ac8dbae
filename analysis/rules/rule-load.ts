// Builds rules from the XML of one rules file (Wazuh's Rules_OP_ReadRules, element by element).
// Pure: returns each rule with its place in the file; placing it in the tree is rule-tree.ts.
import { XmlNode, attr } from '../xml/xml-reader';
import { compileExpression, Expression, ExpressionType, parseExpressionType, PatternError } from '../patterns/expression';
import { compileIp, IpMatch } from '../patterns/ip-match';
import { compileOsMatch } from '../patterns/os-match';
import { compileOsRegex } from '../patterns/os-regex';
import { DecoderType, DECODER_TYPES } from '../decoders/decoder-types';
import { LOOKUPS, Lookup } from '../lists/cdb';
import { Problem } from '../problems';
import { Rule, StringCheck } from './rule-types';
import { parseTimeWindow, parseWeekDays } from './time-window';
import { COMPILED_RULES } from './compiled-rules';
import { parseIgnoreFields } from './ignore-memory';

export class RuleError extends Error {}

/** A rule the loader skips with a warning, as Wazuh does (it keeps going). */
export class RuleSkip extends Error {}

const STRING_CHECKS: Record<string, { check: StringCheck; type: ExpressionType }> = {
  program_name: { check: 'program_name', type: 'osmatch' }, id: { check: 'id', type: 'osmatch' },
  system_name: { check: 'system_name', type: 'osmatch' }, protocol: { check: 'protocol', type: 'osmatch' },
  action: { check: 'action', type: 'string' }, url: { check: 'url', type: 'osmatch' },
  location: { check: 'location', type: 'osmatch' }, srcport: { check: 'srcport', type: 'osmatch' },
  dstport: { check: 'dstport', type: 'osmatch' }, user: { check: 'user', type: 'osmatch' },
  srcgeoip: { check: 'srcgeoip', type: 'osmatch' }, dstgeoip: { check: 'dstgeoip', type: 'osmatch' },
  data: { check: 'data', type: 'osmatch' }, extra_data: { check: 'extra_data', type: 'osmatch' },
  hostname: { check: 'hostname', type: 'osmatch' }, status: { check: 'status', type: 'osmatch' },
};
const SAME: Record<string, string> = {
  same_source_ip: 'srcip', same_srcip: 'srcip', same_src_port: 'srcport', same_srcport: 'srcport',
  same_dst_port: 'dstport', same_dstport: 'dstport', same_srcuser: 'srcuser', same_user: 'dstuser',
  same_location: 'location', same_id: 'id', same_dstip: 'dstip', same_url: 'url', same_srcgeoip: 'srcgeoip',
  same_protocol: 'protocol', same_action: 'action', same_data: 'data', same_extra_data: 'extra_data',
  same_status: 'status', same_system_name: 'system_name', same_dstgeoip: 'dstgeoip',
};
const DIFFERENT: Record<string, string> = {
  different_url: 'url', different_srcip: 'srcip', not_same_source_ip: 'srcip', different_srcgeoip: 'srcgeoip',
  different_dstip: 'dstip', different_src_port: 'srcport', different_srcport: 'srcport', different_dst_port: 'dstport',
  different_dstport: 'dstport', different_location: 'location', different_protocol: 'protocol', different_action: 'action',
  different_srcuser: 'srcuser', different_user: 'dstuser', not_same_user: 'dstuser', different_id: 'id', not_same_id: 'id',
  different_data: 'data', different_extra_data: 'extra_data', different_status: 'status',
  different_system_name: 'system_name', different_dstgeoip: 'dstgeoip',
};
const OPTIONS = ['alert_by_email', 'no_email_alert', 'log_alert', 'no_log', 'no_ar', 'no_full_log', 'no_counter'];
const STATIC_FIELD_NAMES = ['srcip', 'dstip', 'srcgeoip', 'dstgeoip', 'srcport', 'dstport', 'user', 'srcuser', 'dstuser', 'url', 'id', 'data', 'extra_data', 'status', 'protocol', 'system_name', 'action'];

const isNum = (s: string): boolean => /^\d+$/.test(s);

function negateAttr(el: XmlNode, rule: number, problems: Problem[], file: string): boolean {
  const v = attr(el, 'negate');
  if (v === undefined) return false;
  if (v.toLowerCase() === 'yes') return true;
  if (v.toLowerCase() !== 'no') problems.push({ severity: 'warning', file, line: el.line, message: `rule ${rule}: invalid negate value (yes or no expected)` });
  return false;
}

function typeAttr(el: XmlNode, dflt: ExpressionType, rule: number, problems: Problem[], file: string): ExpressionType {
  const v = attr(el, 'type');
  if (v === undefined) return dflt;
  const t = parseExpressionType(v);
  if (!t) { problems.push({ severity: 'warning', file, line: el.line, message: `rule ${rule}: invalid type (osmatch, osregex or pcre2 expected), using ${dflt}` }); return dflt; }
  return t;
}

/** One rule element; throws RuleError (the rule is dropped) or RuleSkip (dropped with a warning). */
export function buildRule(el: XmlNode, groupName: string, file: string, problems: Problem[]): Rule {
  let id = -1, level = -1, maxsize = 0, timeframe = 360, frequency = 0, accuracy = 1, ignoreRaw = '';
  let noAlert = false, overwrite = false;
  for (const [k, v] of el.attrs) {
    switch (k.toLowerCase()) {
      case 'id': if (!isNum(v) || v.length > 6) throw new RuleError('invalid rule id (a number of up to 6 digits expected)'); id = Number(v); break;
      case 'level': if (!isNum(v) || Number(v) > 16) throw new RuleError('invalid level (a number from 0 to 16 expected)'); level = Number(v); break;
      case 'maxsize': if (!isNum(v)) throw new RuleError('invalid maxsize (a number expected)'); maxsize = Number(v); break;
      case 'timeframe': if (!isNum(v)) throw new RuleError('invalid timeframe (a number expected)'); timeframe = Number(v); break;
      case 'frequency':
        if (!isNum(v) || Number(v) < 2 || Number(v) > 9999) throw new RuleError('invalid frequency (a number from 2 to 9999 expected)');
        frequency = Number(v);
        break;
      case 'accuracy': if (!isNum(v)) throw new RuleError('invalid accuracy (a number expected)'); accuracy = Number(v); break;
      case 'ignore':
        if (!isNum(v)) throw new RuleError('invalid ignore (seconds expected, a number up to 999999)');
        ignoreRaw = v;
        break;
      case 'noalert': noAlert = v === '1'; break;
      case 'overwrite':
        if (v !== 'yes' && v !== 'no') throw new RuleError('invalid overwrite (yes or no expected)');
        overwrite = v === 'yes';
        break;
      default: throw new RuleError(`invalid attribute ${k}`);
    }
  }
  if (id < 0 || level < 0) throw new RuleError('a rule needs an id and a level');
  // Wazuh reads at most six digits of ignore (sscanf %6d) and keeps going.
  const ignoreSeconds = Number(ignoreRaw.slice(0, 6));
  if (ignoreRaw.length > 6) problems.push({ severity: 'warning', file, line: el.line, message: `rule ${id}: ignore has more than 6 digits: only the first six are read, as Wazuh does` });
  const rule: Rule = {
    id, level, sortLevel: accuracy ? (level === 0 ? 9900 : level * 100) : (level === 0 ? 99 : level),
    file, line: el.line, description: '', groupString: groupName, groups: [], category: 'syslog',
    checks: [], fields: [], lists: [], maxsize, frequency, timeframe, sameFields: [], differentFields: [],
    context: false, noAlert, fts: false, options: [], mitre: [], info: [], overwrite, recordIn: [], globalFrequency: false,
    ignoreSeconds, checkDiff: false,
  };
  const pending: Record<string, { text: string; type: ExpressionType; negate: boolean }> = {};
  const add = (key: string, e: XmlNode, dflt: ExpressionType): void => {
    const prev = pending[key];
    pending[key] = { text: (prev?.text ?? '') + e.text, type: typeAttr(e, dflt, id, problems, file), negate: negateAttr(e, id, problems, file) };
  };
  let description: string | undefined;
  let ifMatchedGroup: string | undefined;
  let ifMatchedRegex: string | undefined;
  if (el.children.length === 0) throw new RuleError(`rule ${id} has no options`);
  for (const e of el.children) {
    const tag = e.name.toLowerCase();
    const text = e.text;
    if (STRING_CHECKS[tag]) { add(tag, e, STRING_CHECKS[tag].type); continue; }
    if (SAME[tag]) { rule.sameFields.push(SAME[tag]); continue; }
    if (DIFFERENT[tag]) { rule.differentFields.push(DIFFERENT[tag]); continue; }
    switch (tag) {
      case 'match': add('match', e, 'osmatch'); break;
      case 'regex': add('regex', e, 'osregex'); break;
      case 'decoded_as': rule.decodedAs = text; break;
      case 'category':
        if (!DECODER_TYPES.includes(text as DecoderType) || text === 'host-information') throw new RuleError('invalid <category> (not a decoder type)');
        rule.category = text as DecoderType;
        break;
      case 'description': description = (description ?? '') + text.replace('\n', ' '); break;
      case 'group': rule.groupString += text; break;
      case 'info': rule.info.push({ type: attr(e, 'type') ?? 'text', value: text }); break;
      case 'cve': rule.info.push({ type: 'cve', value: text }); break;
      case 'time': {
        const w = parseTimeWindow(text);
        if (!w) throw new RuleError('invalid <time> (a time range expected, e.g. 6 pm - 8:30 am)');
        rule.time = w;
        break;
      }
      case 'weekday': {
        const w = parseWeekDays(text);
        if (!w) throw new RuleError('invalid <weekday> (day names, weekdays or weekends expected)');
        rule.weekday = w;
        break;
      }
      case 'srcip': case 'dstip': {
        const slot = rule[tag];
        let ip: IpMatch;
        try { ip = compileIp(text, slot?.ip); } catch (err) { throw new RuleError(`invalid <${tag}> (${(err as Error).message})`, { cause: err }); }
        rule[tag] = { ip, negate: negateAttr(e, id, problems, file) };
        break;
      }
      case 'field': {
        const name = attr(e, 'name');
        if (!name) throw new RuleError('<field> needs a name attribute');
        if (STATIC_FIELD_NAMES.includes(name.toLowerCase())) throw new RuleError(`<field name="${name}">: ${name} is a static field`);
        rule.fields.push({ name, expr: compileExpression(typeAttr(e, 'osregex', id, problems, file), text, negateAttr(e, id, problems, file)) });
        break;
      }
      case 'list': {
        const field = attr(e, 'field');
        const lk = (attr(e, 'lookup') ?? 'match_key') as Lookup;
        if (!field) throw new RuleError('<list> needs a field attribute');
        if (!LOOKUPS.includes(lk)) throw new RuleError(`invalid list lookup (one of ${LOOKUPS.join(', ')} expected)`);
        const cv = attr(e, 'check_value');
        rule.lists.push({ field: field.trim(), lookup: lk, path: text, check: cv !== undefined ? compileOsMatch(cv) : undefined });
        break;
      }
      case 'compiled_rule':
        if (!COMPILED_RULES[text]) throw new RuleError('unknown <compiled_rule>');
        rule.compiled = text;
        break;
      case 'if_sid': rule.ifSid = (rule.ifSid ?? '') + text; break;
      case 'if_level':
        if (!isNum(text)) throw new RuleSkip('invalid if_level (a number expected)');
        rule.ifLevel = text;
        break;
      case 'if_group': rule.ifGroup = (rule.ifGroup ?? '') + text; break;
      case 'if_matched_regex': rule.context = true; ifMatchedRegex = (ifMatchedRegex ?? '') + text; break;
      case 'if_matched_group': rule.context = true; ifMatchedGroup = (ifMatchedGroup ?? '') + text; break;
      case 'if_matched_sid':
        rule.context = true;
        if (!isNum(text)) throw new RuleSkip('invalid if_matched_sid (a rule id expected)');
        rule.ifMatchedSid = Number(text);
        break;
      case 'same_field': rule.sameFields.push(text); break;
      case 'not_same_field': case 'different_field': rule.differentFields.push(text); break;
      case 'same_agent': case 'not_same_agent': break;
      case 'global_frequency': rule.globalFrequency = true; break;
      case 'check_diff': rule.checkDiff = true; break;
      case 'if_fts': rule.fts = true; break;
      case 'options':
        if (!OPTIONS.includes(text)) throw new RuleError(`invalid <options> (one of ${OPTIONS.join(', ')} expected)`);
        rule.options.push(text);
        break;
      case 'ignore': case 'check_if_ignored': {
        const fields = parseIgnoreFields(text);
        if (!fields) throw new RuleError(`invalid <${tag}>: an empty field name (field names separated by commas expected, e.g. srcip, id)`);
        if (tag === 'ignore') rule.ignoreFields = fields; else rule.checkIfIgnored = fields;
        break;
      }
      case 'mitre':
        for (const m of e.children) if (m.name.toLowerCase() === 'id' && m.text) { if (!rule.mitre.includes(m.text)) rule.mitre.push(m.text); }
        break;
      default:
        throw new RuleError(`invalid option <${e.name}> (line ${e.line})`);
    }
  }
  if (rule.ifSid !== undefined && !/^[\d, ]+$/.test(rule.ifSid)) throw new RuleSkip('invalid if_sid (rule ids separated by commas expected)');
  if (description === undefined) throw new RuleError(`rule ${id} has no description`);
  rule.description = description;
  if ((rule.sameFields.length || rule.differentFields.length || rule.frequency) && !rule.context) {
    throw new RuleError(`rule ${id} uses frequency/same/different options without if_matched_*`);
  }
  if (ifMatchedGroup !== undefined && !overwrite && rule.ifSid === undefined && rule.ifGroup === undefined) rule.ifGroup = ifMatchedGroup;
  if (rule.ifMatchedSid !== undefined && rule.ifSid === undefined && rule.ifGroup === undefined && !overwrite) rule.ifSid = String(rule.ifMatchedSid);
  if (ifMatchedGroup !== undefined) rule.ifMatchedGroup = compileOsMatch(ifMatchedGroup);
  if (ifMatchedRegex !== undefined) rule.ifMatchedRegex = compileOsRegex(ifMatchedRegex);
  for (const [key, p] of Object.entries(pending)) {
    let expr: Expression;
    try { expr = compileExpression(p.type, p.text, p.negate); } catch (err) {
      if (err instanceof PatternError) throw new RuleError(`<${key}>: ${err.message}`, { cause: err });
      throw err;
    }
    if (key === 'match') rule.match = expr;
    else if (key === 'regex') rule.regex = expr;
    else rule.checks.push([STRING_CHECKS[key].check, expr]);
  }
  rule.groups = rule.groupString.split(',').map((g) => g.trim()).filter(Boolean);
  return rule;
}
