// Pre-decoding (Wazuh's OS_CleanMSG): splits a syslog-style header into timestamp, hostname and
// program name, recognising the same fixed-position timestamp formats. Pure; no clock.

export interface Predecoded {
  log: string;
  timestamp?: string;
  hostname?: string;
  programName?: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9]$/.test(c);
/** Characters of a hostname or program name (Wazuh's isValidChar). */
const isValidChar = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_.\-/()]$/.test(c);

/** Offset of the message after a recognised syslog timestamp, or -1. */
function syslogTimestampEnd(p: string): number {
  const n = p.length;
  // "Dec 29 10:00:01 "
  if (n > 16 && p[3] === ' ' && p[6] === ' ' && p[9] === ':' && p[12] === ':' && p[15] === ' ') return 16;
  // "2015-04-16 21:51:02,805 " (proftpd)
  if (n > 23 && p[4] === '-' && p[7] === '-' && p[10] === ' ' && p[13] === ':' && p[16] === ':' && p[19] === ',') return 23;
  // "2023-01-23 03:22:26.410246-0800  " (macOS unified log)
  if (n > 32 && p[4] === '-' && p[7] === '-' && p[10] === ' ' && p[13] === ':' && p[16] === ':' && p[19] === '.' && (p[26] === '-' || p[26] === '+') && p[31] === ' ') return 32;
  // ISO 8601: "2007-06-14T15:48:55-04:00 ", with up to 6 fraction digits before the zone
  if (n > 32 && p[4] === '-' && p[7] === '-' && p[10] === 'T' && p[13] === ':' && p[16] === ':') {
    if (p[22] === ':' && p[25] === ' ') return 26;
    if (p[19] === '.' || p[19] === ',') {
      for (let k = 24; k <= 29; k++) if (p[k] === ':') return k + 3;
    }
  }
  // "2015 Dec 29 10:00:01 "
  if (n > 20 && isDigit(p[0]) && p[4] === ' ' && p[8] === ' ' && p[11] === ' ' && p[14] === ':' && p[17] === ':' && p[20] === ' ') return 21;
  // "2019:11:06-00:08:03 "
  if (n > 19 && isDigit(p[0]) && p[4] === ':' && p[7] === ':' && p[10] === '-' && p[13] === ':' && p[16] === ':') return 20;
  return -1;
}

export function predecode(msg: string): Predecoded {
  const p = msg;
  const tsEnd = syslogTimestampEnd(p);
  if (tsEnd >= 0) return syslogHeader(p, tsEnd);
  const n = p.length;
  // xferlog: "Mon Apr 17 18:27:14 2006 1 64.160.42.130"
  if (n > 27 && p[3] === ' ' && p[7] === ' ' && p[10] === ' ' && p[13] === ':' && p[16] === ':' && p[19] === ' ' && p[24] === ' ' && p[26] === ' ') {
    return { log: p.slice(25), timestamp: p.slice(0, 24) };
  }
  // snort: "01/28-09:13:16.240702  [**]"
  if (n > 23 && p[2] === '/' && p[5] === '-' && p[8] === ':' && p[11] === ':' && p[14] === '.' && p[21] === ' ') {
    return { log: p.slice(23), timestamp: p.slice(0, 21) };
  }
  // suricata: "01/28/1979-09:13:16.240702  [**]"
  if (n > 25 && p[2] === '/' && p[5] === '/' && p[10] === '-' && p[13] === ':' && p[16] === ':' && p[19] === '.' && p[26] === ' ') {
    return { log: p.slice(28), timestamp: p.slice(0, 26) };
  }
  // apache: "[Fri Feb 11 18:06:35 2004] [warn]"
  if (n > 26 && p[0] === '[' && p[4] === ' ' && p[8] === ' ' && p[11] === ' ' && p[14] === ':' && p[17] === ':' && p[20] === ' ' && p[25] === ']') {
    return { log: p.slice(27), timestamp: p.slice(1, 25) };
  }
  // OS X ASL: "[Time 2006.12.28 15:53:55 UTC] [Facility auth] [Sender sshd] ... [Message ...] ..."
  if (n > 25 && p[0] === '[' && p[1] === 'T' && p[5] === ' ' && p[10] === '.' && p[13] === '.' && p[16] === ' ' && p[19] === ':') {
    return asl(p);
  }
  // squid: "1140804070.368  11623 ..."
  if (n > 31 && p[0] === '1' && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) && p[10] === '.' && isDigit(p[13]) && p[14] === ' ' && (p[21] === ' ' || p[22] === ' ')) {
    let k = 14;
    while (p[k] === ' ') k++;
    return { log: p.slice(k), timestamp: p.slice(0, k - 1) };
  }
  return { log: p };
}

function syslogHeader(p: string, tsEnd: number): Predecoded {
  const timestamp = p.slice(0, tsEnd).trimEnd();
  let k = tsEnd;
  if (p[k] === ' ') k++;
  const hostStart = k;
  while (isValidChar(p[k])) k++;
  if (p[k] === ':' && p[k + 1] === ' ') {
    // Solaris 8/9: no hostname, the program name comes first.
    return { log: p.slice(k + 2), timestamp, programName: p.slice(hostStart, k) };
  }
  if (p[k] !== ' ') return { log: p.slice(hostStart), timestamp };
  const hostname = p.slice(hostStart, k);
  k++;
  const progStart = k;
  let programName: string | undefined;
  let rest: number;
  while (isValidChar(p[k])) k++;
  if (p[k] === ':') {
    programName = p.slice(progStart, k);
    rest = k + 1 + (p[k + 1] === ' ' ? 1 : 0);
  } else if (p[k] === '[' && isDigit(p[k + 1])) {
    programName = p.slice(progStart, k);
    let j = k + 2;
    while (isDigit(p[j])) j++;
    if (p[j] === ']' && p[j + 1] === ':') rest = j + 2 + (p[j + 2] === ' ' ? 1 : 0);
    else if (p[j] === ']' && p[j + 1] === ' ') rest = j + 2;
    else return { log: p.slice(progStart), timestamp, hostname };
  } else if (p[k] === '|' && p[k + 1] !== undefined && p[k + 1] >= 'a' && p[k + 1] <= 'z') {
    // AIX: "auth|security:info p_name: msg"
    let j = k + 2;
    while (isAlnum(p[j])) j++;
    if (p[j] !== ':') return { log: p.slice(progStart), timestamp, hostname };
    j++;
    while (isAlnum(p[j])) j++;
    if (p[j] !== ' ') return { log: p.slice(progStart), timestamp, hostname };
    const ps = ++j;
    while (isValidChar(p[j])) j++;
    programName = p.slice(ps, j);
    if (p[j] === ':' && p[j + 1] === ' ') rest = j + 2;
    else if (p[j] === '[' && isDigit(p[j + 1])) {
      let q = j + 2;
      while (isDigit(p[q])) q++;
      if (p[q] === ']' && p[q + 1] === ':' && p[q + 2] === ' ') rest = q + 3;
      else return { log: p.slice(progStart), timestamp, hostname, programName };
    } else rest = j;
  } else {
    return { log: p.slice(progStart), timestamp, hostname };
  }
  // Drop a Solaris "[ID xx facility.severity] " tag.
  if (p.startsWith('[ID ', rest)) {
    const close = p.indexOf(']', rest + 4);
    if (close >= 0) rest = close + 2;
  }
  return { log: p.slice(Math.min(rest, p.length)), timestamp, hostname, programName };
}

function asl(p: string): Predecoded {
  let log = p.slice(25);
  let programName: string | undefined;
  let hostname: string | undefined;
  let doneMessage = false;
  let k = p.indexOf('[', 25);
  while (k >= 0) {
    k++;
    if (p.startsWith('Sender ', k) && programName === undefined) {
      const close = p.indexOf(']', k + 7);
      if (close < 0) break;
      programName = p.slice(k + 7, close);
      k = close + 1;
    } else if (p.startsWith('Message ', k) && !doneMessage) {
      doneMessage = true;
      const close = p.indexOf(']', k + 8);
      log = close < 0 ? p.slice(k + 8) : p.slice(k + 8, close);
      if (close < 0) break;
      k = close + 1;
    } else if (p.startsWith('Host ', k)) {
      const close = p.indexOf(']', k + 5);
      if (close >= 0) hostname = p.slice(k + 5, close);
      break;
    }
    k = p.indexOf('[', k);
  }
  return { log, timestamp: p.slice(6, 29), hostname, programName };
}
