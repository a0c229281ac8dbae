// The event as it moves through pre-decoding, decoding and rule matching (Wazuh's Eventinfo).
import type { DecoderInfo } from './decoders/decoder-types';

/** Wazuh's static fields, named as in alerts (system_name is `systemname` internally there). */
const STATIC_FIELDS = [
  'srcip', 'dstip', 'srcport', 'dstport', 'protocol', 'action', 'srcuser', 'dstuser',
  'id', 'url', 'data', 'extra_data', 'status', 'system_name', 'command',
] as const;
type StaticField = typeof STATIC_FIELDS[number];

export interface Event {
  fullLog: string;
  /** What decoders and rules read: the message after the syslog header. */
  log: string;
  location: string;
  hostname: string;
  programName?: string;
  timestamp?: string;
  agentId: string;
  agentName?: string;
  decoder: DecoderInfo | null;
  logAfterParent?: string;
  logAfterPrematch?: string;
  static: Partial<Record<StaticField, string>>;
  /** Dynamic fields in decoding order (add them with addDynamic). */
  dynamic: Array<[string, string]>;
  /** Lower-cased name -> first value: Wazuh's FindField is case-insensitive, first match wins. */
  dynIndex: Map<string, string>;
  /** Event time in ms since the epoch (the `now` given to the engine). */
  time: number;
  /** Level of the highest context rule this event took part in (Wazuh's lf->matched). */
  matched: number;
  /** The output a check_diff rule saw before this one (Wazuh's lf->previous). */
  previous?: string;
}

const STATIC_SET = new Set<string>(STATIC_FIELDS);

/** As Wazuh's order functions: a static field is overwritten, a dynamic one appended. */
export function setField(ev: Event, name: string, value: string): void {
  if (STATIC_SET.has(name)) ev.static[name as StaticField] = value;
  else addDynamic(ev, name, value);
}

export function addDynamic(ev: Event, name: string, value: string): void {
  ev.dynamic.push([name, value]);
  const lower = name.toLowerCase();
  if (!ev.dynIndex.has(lower)) ev.dynIndex.set(lower, value);
}

export function findField(ev: Event, name: string): string | undefined {
  return ev.dynIndex.get(name) ?? ev.dynIndex.get(name.toLowerCase());
}

/** A field by any name rules may use: static names first, then dynamic ones. */
export function anyField(ev: Event, name: string): string | undefined {
  switch (name) {
    case 'user': return ev.static.dstuser ?? ev.static.srcuser;
    case 'location': return ev.location;
    case 'hostname': return ev.hostname;
    case 'program_name': return ev.programName;
    case 'systemname': return ev.static.system_name;
    default:
      if ((STATIC_FIELDS as readonly string[]).includes(name)) return ev.static[name as StaticField];
      return findField(ev, name);
  }
}

/** Fields as a plain object (static, then dynamic; dotted names kept flat). */
export function fieldsObject(ev: Event): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of STATIC_FIELDS) { const v = ev.static[k]; if (v !== undefined) out[k] = v; }
  for (const [k, v] of ev.dynamic) if (!(k in out)) out[k] = v;
  return out;
}
