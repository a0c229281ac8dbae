// source-address.ts: pure; the "address" that per-address limits count. An IPv4 address (mapped into IPv6
// or not) is itself; an IPv6 address counts as its /64, since one host is commonly given a whole /64 and
// could otherwise spread a flood over 2^64 addresses, each under its cap.
import { isIPv4, isIPv6 } from 'net';

const MAPPED_V4 = '::ffff:';

export function sourceKey(address: string): string {
  const bare = address.split('%')[0]; // a zone id (fe80::1%eth0) names a link, not a host
  if (bare.toLowerCase().startsWith(MAPPED_V4) && isIPv4(bare.slice(MAPPED_V4.length))) return bare.slice(MAPPED_V4.length);
  if (!isIPv6(bare)) return address;
  return `${expandV6(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, four hex digits each. */
function expandV6(address: string): string[] {
  const toGroups = (part: string): string[] => {
    if (part === '') return [];
    return part.split(':').flatMap((g) => {
      if (!isIPv4(g)) return [g];
      const [a, b, c, d] = g.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };
  const [head, tail] = address.split('::');
  const h = toGroups(head);
  const t = tail === undefined ? [] : toGroups(tail);
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => g.padStart(4, '0').toLowerCase());
}
