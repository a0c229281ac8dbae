// JSON_Decoder: flattens a JSON object into fields named with dotted paths. Top-level keys that
// are static field names fill those fields; numbers print as Wazuh's cJSON code prints them.
import { Event, addDynamic, setField } from '../../event';
import { DecoderInfo } from '../decoder-types';
import { cjsonPrint } from './cjson-print';

const STATIC_KEYS: Record<string, string> = {
  srcip: 'srcip', dstip: 'dstip', dstport: 'dstport', srcport: 'srcport', protocol: 'protocol', action: 'action',
  srcuser: 'srcuser', dstuser: 'dstuser', user: 'dstuser', id: 'id', status: 'status', command: 'command', url: 'url', data: 'data',
  systemname: 'system_name',
};

export function jsonDecoder(info: DecoderInfo, ev: Event, input: string | undefined): void {
  if (input === undefined) return;
  let parsed: unknown;
  try {
    parsed = parseLeading(input.trimStart());
  } catch {
    return; // Wazuh logs "Malformed JSON" at debug level and leaves the event undecoded
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return;
  walk(parsed as Record<string, unknown>, undefined, info, ev);
}

function walk(obj: Record<string, unknown>, parent: string | undefined, info: DecoderInfo, ev: Event): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = parent === undefined ? k : `${parent}.${k}`;
    if (v === null) {
      if (info.jsonNull === 'empty') fill(ev, key, '');
      else if (info.jsonNull === 'string') fill(ev, key, 'null');
    } else if (Array.isArray(v)) {
      const s = info.jsonArray === 'csv' ? csv(v) : cjsonPrint(v);
      if (s) fill(ev, key, s);
    } else if (typeof v === 'object') {
      walk(v as Record<string, unknown>, key, info, ev);
    } else {
      fill(ev, key, scalar(v));
    }
  }
}

function scalar(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? String(v) : v.toFixed(6);
  return String(v);
}

function csv(arr: unknown[]): string {
  let out = '';
  for (const x of arr) {
    if (x === null) out += 'null,';
    else if (typeof x !== 'object') out += scalar(x) + ',';
  }
  return out;
}

function fill(ev: Event, key: string, value: string): void {
  const st = STATIC_KEYS[key];
  if (st) setField(ev, st, value);
  else addDynamic(ev, key, value);
}

/** cJSON parses the first value and ignores what follows; JSON.parse does not. */
function parseLeading(input: string): unknown {
  try {
    return JSON.parse(input);
  } catch (err) {
    const end = firstValueEnd(input);
    if (end <= 0 || end >= input.length) throw err;
    return JSON.parse(input.slice(0, end));
  }
}

function firstValueEnd(s: string): number {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') { if (--depth === 0) return i + 1; }
  }
  return -1;
}
