// Wazuh's srcip/dstip matching: an IPv4/IPv6 address or a CIDR network, optionally '!'-negated;
// several <srcip> elements form a list that matches when any entry matches.
import { PatternError } from './os-match';

interface Net { negate: boolean; v6: boolean; addr: bigint; bits: number }

export interface IpMatch { kind: 'ip'; source: string; nets: Net[] }

function parseIp(text: string): { v6: boolean; addr: bigint } | null {
  const s = text.trim();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) {
    const parts = s.split('.').map(Number);
    if (parts.some((p) => p > 255)) return null;
    return { v6: false, addr: parts.reduce((a, p) => (a << 8n) | BigInt(p), 0n) };
  }
  if (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s)) {
    const [head, tail, extra] = s.split('::');
    if (extra !== undefined) return null;
    const hs = head ? head.split(':') : [];
    const ts = tail !== undefined && tail ? tail.split(':') : [];
    const fill = tail === undefined ? 0 : 8 - hs.length - ts.length;
    if (fill < 0 || (tail === undefined && hs.length !== 8)) return null;
    const groups = [...hs, ...new Array<string>(fill).fill('0'), ...ts];
    let addr = 0n;
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      addr = (addr << 16n) | BigInt(parseInt(g, 16));
    }
    return { v6: true, addr };
  }
  return null;
}

export function compileIp(entry: string, into?: IpMatch): IpMatch {
  const out = into ?? { kind: 'ip' as const, source: entry, nets: [] };
  let s = entry.trim();
  const negate = s.startsWith('!');
  if (negate) s = s.slice(1);
  const [ipText, bitsText] = s.split('/');
  const ip = parseIp(ipText);
  if (!ip) throw new PatternError('invalid IP address', entry);
  const max = ip.v6 ? 128 : 32;
  let bits = max;
  if (bitsText !== undefined) {
    if (/^\d+$/.test(bitsText)) bits = Number(bitsText);
    else {
      const mask = parseIp(bitsText);
      if (!mask || mask.v6) throw new PatternError('invalid netmask', entry);
      bits = mask.addr.toString(2).replace(/0+$/, '').length;
    }
    if (bits > max) throw new PatternError('invalid prefix length', entry);
  }
  out.nets.push({ negate, v6: ip.v6, addr: ip.addr, bits });
  if (into) out.source += `,${entry}`;
  return out;
}

/**
 * Wazuh's OS_IPFoundList: the first entry whose network holds the address decides (a '!' entry
 * says no); when none holds it, the answer is the opposite of what the last entry would say.
 */
export function execIp(m: IpMatch, value: string): boolean {
  const ip = parseIp(value);
  if (!ip) return false;
  let lastPositive = true;
  for (const n of m.nets) {
    lastPositive = !n.negate;
    if (n.v6 !== ip.v6) continue;
    const shift = BigInt((n.v6 ? 128 : 32) - n.bits);
    if ((ip.addr >> shift) === (n.addr >> shift)) return !n.negate;
  }
  return !lastPositive;
}
