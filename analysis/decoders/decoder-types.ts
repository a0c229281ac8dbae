// What a loaded decoder is (Wazuh's OSDecoderInfo) and how decoders hang together.
import type { Expression } from '../patterns/expression';

export type DecoderType = 'syslog' | 'firewall' | 'ids' | 'web-log' | 'squid' | 'windows' | 'host-information' | 'ossec';
export type Offset = 'after_parent' | 'after_prematch' | 'after_regex';
export type PluginName = 'JSON_Decoder' | 'OSSECAlert_Decoder' | 'SonicWall_Decoder' | 'PF_Decoder' | 'SymantecWS_Decoder';

export interface DecoderInfo {
  /** The name alerts report: the parent's unless use_own_name. */
  name: string;
  ownName: string;
  parent?: string;
  type: DecoderType;
  programName?: Expression;
  prematch?: Expression;
  prematchOffset?: Offset;
  regex?: Expression;
  regexOffset?: Offset;
  /** Field per capture group, already mapped (user -> dstuser). */
  order: string[];
  fts: string[];
  ftsComment?: string;
  plugin?: PluginName;
  pluginOffset?: Offset;
  jsonNull: 'discard' | 'empty' | 'string';
  jsonArray: 'array' | 'csv';
  useOwnName: boolean;
  accumulate: boolean;
  /** Set when a later sibling with the same name extends this one (multi-regex decoders). */
  getNext: boolean;
  file: string;
  line: number;
}

export interface DecoderNode { info: DecoderInfo; children: DecoderNode[] }

export interface DecoderSet {
  /** Top-level decoders for events with a program name (Wazuh's "pn" list)... */
  withProgramName: DecoderNode[];
  /** ...and for events without one. */
  withoutProgramName: DecoderNode[];
  /** Every decoder name known (decoded_as must name one). */
  names: Set<string>;
}

export const PLUGINS: readonly PluginName[] = ['JSON_Decoder', 'OSSECAlert_Decoder', 'SonicWall_Decoder', 'PF_Decoder', 'SymantecWS_Decoder'];
export const DECODER_TYPES: readonly DecoderType[] = ['syslog', 'firewall', 'ids', 'web-log', 'squid', 'windows', 'host-information', 'ossec'];
/** Names of Wazuh's built-in decoders that rules may reference with decoded_as. */
export const INTERNAL_DECODERS = [
  'rootcheck', 'syscheck_integrity_changed', 'syscheck_new_entry', 'syscheck_deleted',
  'syscheck_registry_key_modified', 'syscheck_registry_key_added', 'syscheck_registry_key_deleted',
  'syscheck_registry_value_modified', 'syscheck_registry_value_added', 'syscheck_registry_value_deleted',
  'hostinfo_new', 'hostinfo_modified', 'syscollector', 'ciscat', 'windows_eventchannel', 'sca',
];
