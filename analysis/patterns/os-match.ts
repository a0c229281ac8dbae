// OS_Match ("sregex"): Wazuh's fast matcher. Alternatives split on '|', each a literal that may
// start with '^' and/or end with '$'; case-insensitive (ASCII); no other metacharacters.
// Time is linear in the input: each alternative is one indexOf/startsWith/endsWith.

/** A pattern that does not compile. The message says why, not the pattern: it is file content, and lands in logs. */
export class PatternError extends Error {
  constructor(message: string, readonly pattern: string) {
    super(message);
    this.name = 'PatternError';
  }
}

interface Alternative { text: string; begin: boolean; end: boolean }

export interface OsMatch { kind: 'osmatch'; source: string; alts: Alternative[]; negate: boolean }

/** A leading '!' negates the whole pattern; an empty pattern matches any value. */
export function compileOsMatch(pattern: string): OsMatch {
  const negate = pattern.startsWith('!');
  const body = negate ? pattern.slice(1) : pattern;
  const alts = body.split('|').map((raw) => {
    let text = raw;
    const begin = text.startsWith('^');
    if (begin) text = text.slice(1);
    const end = text.endsWith('$') && text.length > 0;
    if (end) text = text.slice(0, -1);
    return { text: asciiLower(text), begin, end };
  });
  return { kind: 'osmatch', source: pattern, alts, negate };
}

export function execOsMatch(m: OsMatch, input: string): boolean {
  return anyAlternative(m, asciiLower(input)) !== m.negate;
}

function anyAlternative(m: OsMatch, s: string): boolean {
  for (const a of m.alts) {
    if (a.begin && a.end) { if (s === a.text) return true; }
    else if (a.begin) { if (s.startsWith(a.text)) return true; }
    else if (a.end) { if (s.endsWith(a.text)) return true; }
    else if (s.includes(a.text)) return true;
  }
  return false;
}

const ASCII = /^[\x00-\x7f]*$/;

// The last few results are cached: one event's log is matched by many patterns in a row.
const cacheIn: string[] = ['', '', '', ''];
const cacheOut: string[] = ['', '', '', ''];
let cacheNext = 0;

/** ASCII-only lowercasing, as Wazuh's charmap does. */
export function asciiLower(s: string): string {
  for (let k = 0; k < 4; k++) if (cacheIn[k] === s) return cacheOut[k];
  // toLowerCase is native and fast; it may only be used when it cannot touch non-ASCII letters.
  const out = ASCII.test(s) ? s.toLowerCase() : s.replace(/[A-Z]+/g, (x) => x.toLowerCase());
  cacheIn[cacheNext] = s;
  cacheOut[cacheNext] = out;
  cacheNext = (cacheNext + 1) & 3;
  return out;
}
