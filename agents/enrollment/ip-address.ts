// Address validity for enrollment and client.keys: an IPv4 or IPv6 address, optionally with a CIDR
// suffix (IPv4 also accepts a dotted netmask), or `any`. Pure: node:net's parsers only.
import { isIPv4, isIPv6 } from 'node:net';

function validMask(mask: string, v4: boolean): boolean {
  if (/^\d{1,3}$/.test(mask)) return Number(mask) <= (v4 ? 32 : 128);
  return v4 && isIPv4(mask);
}

/** Whether authd accepts the text as an agent address. */
export function isValidAgentIp(text: string): boolean {
  if (text === 'any') return true;
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const v4 = isIPv4(addr);
  if (!v4 && !isIPv6(addr)) return false;
  return slash < 0 || validMask(text.slice(slash + 1), v4);
}
