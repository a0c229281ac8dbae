// CDB lists from their text form ("key:value" a line, key optionally quoted) and the lookups
// rules make on them (match_key, not_match_key, match_key_value and the address_* variants).
import { OsMatch, execOsMatch } from '../patterns/os-match';

export type CdbList = Map<string, string>;

export function parseCdbList(text: string): CdbList {
  const out: CdbList = new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw;
    if (!line.trim()) continue;
    let key: string;
    let value: string;
    if (line.startsWith('"')) {
      const close = line.indexOf('"', 1);
      key = close < 0 ? line.slice(1) : line.slice(1, close);
      const rest = close < 0 ? '' : line.slice(close + 1);
      value = rest.startsWith(':') ? rest.slice(1) : '';
    } else {
      const colon = line.indexOf(':');
      key = colon < 0 ? line : line.slice(0, colon);
      value = colon < 0 ? '' : line.slice(colon + 1);
    }
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

export type Lookup = 'match_key' | 'not_match_key' | 'match_key_value' | 'address_match_key' | 'not_address_match_key' | 'address_match_key_value';
export const LOOKUPS: readonly Lookup[] = ['match_key', 'not_match_key', 'match_key_value', 'address_match_key', 'not_address_match_key', 'address_match_key_value'];

/** The value stored for a key, trying shorter network prefixes for addresses ("10.1.2.3", "10.1.2", ...). */
function find(list: CdbList, key: string, address: boolean): string | undefined {
  const v = list.get(key);
  if (v !== undefined || !address) return v;
  const parts = key.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const k = parts.slice(0, n).join('.');
    const hit = list.get(k) ?? list.get(k + '.');
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function lookup(list: CdbList, how: Lookup, key: string, check?: OsMatch): boolean {
  const address = how.startsWith('address') || how === 'not_address_match_key';
  const v = find(list, key, address);
  switch (how) {
    case 'match_key': case 'address_match_key': return v !== undefined;
    case 'not_match_key': case 'not_address_match_key': return v === undefined;
    case 'match_key_value': case 'address_match_key_value':
      if (v === undefined) return false;
      return check ? execOsMatch(check, v) : true;
  }
}
