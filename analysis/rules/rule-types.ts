// What a loaded rule is (Wazuh's RuleInfo) and the tree rules hang in.
import type { Expression } from '../patterns/expression';
import type { IpMatch } from '../patterns/ip-match';
import type { OsMatch } from '../patterns/os-match';
import type { OsRegex } from '../patterns/os-regex';
import type { DecoderType } from '../decoders/decoder-types';
import type { Lookup } from '../lists/cdb';
import type { TimeWindow, WeekDays } from './time-window';

export type StringCheck =
  | 'program_name' | 'id' | 'system_name' | 'protocol' | 'action' | 'url' | 'location' | 'srcport' | 'dstport'
  | 'user' | 'srcgeoip' | 'dstgeoip' | 'data' | 'extra_data' | 'hostname' | 'status';

interface ListCheck { field: string; lookup: Lookup; path: string; check?: OsMatch }

/** The fields of <ignore> and <check_if_ignored>: Wazuh's fixed slots, then decoded fields by name. */
export interface IgnoreFields {
  slots: Array<'name' | 'id' | 'dstuser' | 'srcip' | 'dstip' | 'data' | 'location'>;
  decoded: string[];
}

export interface Rule {
  id: number;
  level: number;
  /** Position key among siblings: level x 100, level 0 first (Wazuh's 9900), accuracy=0 last. */
  sortLevel: number;
  file: string;
  line: number;
  description: string;
  /** Raw group string ("a,b,c,") as Wazuh keeps it; `groups` is it split. */
  groupString: string;
  groups: string[];
  category: DecoderType;
  decodedAs?: string;
  match?: Expression;
  regex?: Expression;
  checks: Array<[StringCheck, Expression]>;
  srcip?: { ip: IpMatch; negate: boolean };
  dstip?: { ip: IpMatch; negate: boolean };
  fields: Array<{ name: string; expr: Expression }>;
  lists: ListCheck[];
  maxsize: number;
  compiled?: string;
  time?: TimeWindow;
  weekday?: WeekDays;
  ifSid?: string;
  ifLevel?: string;
  ifGroup?: string;
  ifMatchedSid?: number;
  ifMatchedGroup?: OsMatch;
  ifMatchedRegex?: OsRegex;
  /** Frequency as written (events including the current one); 0 when not set. */
  frequency: number;
  timeframe: number;
  sameFields: string[];
  differentFields: string[];
  context: boolean;
  noAlert: boolean;
  fts: boolean;
  options: string[];
  mitre: string[];
  info: Array<{ type: string; value: string }>;
  overwrite: boolean;
  /** Runtime links, set when the tree is built: history lists by index in the engine state. */
  search?: { kind: 'sids' | 'groups' | 'events'; list: number };
  /** The list events end in when this rule is some if_matched_sid's target... */
  sidList?: number;
  /** ...else the lists of the if_matched_group rules whose pattern its groups match. */
  recordIn: number[];
  /** global_frequency: count events of every agent, not only the current event's. */
  globalFrequency: boolean;
  /** ignore="N": seconds after a fire during which the rule does not alert again; 0 when not set. */
  ignoreSeconds: number;
  /** <ignore>: once it alerted, these values go on the ignore list... */
  ignoreFields?: IgnoreFields;
  /** ...which <check_if_ignored> reads: an event whose values are on it does not alert. */
  checkIfIgnored?: IgnoreFields;
  /** <check_diff/>: fires only when the source's output changed (check-diff.ts). */
  checkDiff: boolean;
}

export interface RuleNode {
  rule: Rule;
  children: RuleNode[];
  /** Children that can match an event of a given decoder (built on first use, after loading). */
  byDecoder?: Map<string, RuleNode[]>;
}
