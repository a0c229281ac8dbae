// PCRE2 patterns (type="pcre2") translated once to JS RegExp. Bound on run time: V8 switches a
// regex to its linear-time engine after 10,000 backtracks (regexp-guard.ts; patterns without
// back-references or look-arounds), and every input is capped upstream (MAX_EVENT_LENGTH).
import './regexp-guard';
import { PatternError, asciiLower } from './os-match';

export interface Pcre2 {
  kind: 'pcre2';
  source: string;
  re: RegExp;
  groups: number;
  /** A literal every match contains (lower-cased when the pattern is caseless), or ''. */
  required: string;
  caseless: boolean;
}

const POSIX: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', word: '\\w', blank: ' \\t', cntrl: '\\x00-\\x1f',
  print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

export function compilePcre2(pattern: string): Pcre2 {
  let src = pattern.replace(/^(\(\*[A-Z_]+(=\d+)?\))+/, ''); // (*UTF), (*UCP)... start-of-pattern verbs
  let flags = '';
  let ungreedy = false;
  // Leading option settings such as (?i) or (?mUs) become RegExp flags.
  for (let m = /^\(\?([imsxU]+)\)/.exec(src); m; m = /^\(\?([imsxU]+)\)/.exec(src)) {
    for (const f of m[1]) {
      if (f === 'U') ungreedy = true;
      else if (f !== 'x' && !flags.includes(f)) flags += f;
    }
    src = src.slice(m[0].length);
  }
  if (ungreedy) src = swapGreediness(src);
  src = foldInlineCaseless(src, flags.includes('i'));
  src = src
    .replace(/\[:(\w+):\]/g, (whole, name: string) => POSIX[name] ?? whole)
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\[zZ]/g, '$')
    .replace(/\\h/g, '[ \\t]')
    .replace(/\\N\{U\+([0-9A-Fa-f]{1,4})\}/g, (_, hex: string) => `\\u${hex.padStart(4, '0')}`)
    .replace(/\\x\{([0-9A-Fa-f]{1,4})\}/g, (_, hex: string) => `\\u${hex.padStart(4, '0')}`);
  try {
    const re = new RegExp(src, flags);
    const groups = new RegExp(`(?:${src})|`, flags).exec('')!.length - 1;
    const caseless = flags.includes('i') || pattern.includes('(?i)');
    return { kind: 'pcre2', source: pattern, re, groups, required: requiredLiteral(src, caseless), caseless };
  } catch (err) {
    // V8 says "Invalid regular expression: /<pattern>/<flags>: <reason>": the reason only, never the pattern.
    const msg = (err as Error).message;
    throw new PatternError(`bad PCRE2 pattern (${msg.slice(msg.lastIndexOf(': ') + 2)})`, pattern);
  }
}

/** Cheap rejection: the input lacks a literal every match needs. */
function cannotMatch(p: Pcre2, input: string): boolean {
  if (!p.required) return false;
  return !(p.caseless ? asciiLower(input) : input).includes(p.required);
}

export function execPcre2(p: Pcre2, input: string): { end: number; captures: string[] } | null {
  if (cannotMatch(p, input)) return null;
  const m = p.re.exec(input);
  if (!m) return null;
  const captures: string[] = [];
  for (let g = 1; g < m.length; g++) captures.push(m[g] ?? '');
  return { end: m.index + m[0].length, captures };
}

export function testPcre2(p: Pcre2, input: string): boolean {
  return !cannotMatch(p, input) && p.re.test(input);
}

/**
 * The longest run of literal characters at the top level of a pattern without alternation;
 * a character followed by a quantifier that allows zero (?, *, {0,...}) is not required.
 */
function requiredLiteral(src: string, caseless: boolean): string {
  let best = '';
  let cur = '';
  let depth = 0;
  const flush = (): void => { if (cur.length > best.length) best = cur; cur = ''; };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    let lit: string | null = null;
    if (c === '\\') {
      const nx = src[i + 1] ?? '';
      i++;
      if (/[^A-Za-z0-9]/.test(nx) && nx !== '') lit = nx;
      else {
        // A class or code escape: skip its payload (\u1234, \x41, \x{41}, \p{L}, \k<n>, \cX, \12).
        const rest = src.slice(i + 1);
        const payload = nx === 'u' ? /^[0-9A-Fa-f]{0,4}/.exec(rest)
          : nx === 'x' ? /^(\{[^}]*\}|[0-9A-Fa-f]{0,2})/.exec(rest)
          : 'pPkN'.includes(nx) ? /^(\{[^}]*\}|<[^>]*>)?/.exec(rest)
          : nx === 'c' ? /^./.exec(rest)
          : /\d/.test(nx) ? /^\d*/.exec(rest) : null;
        if (payload) i += payload[0].length;
        if (depth === 0) flush();
        continue;
      }
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j;
      if (depth === 0) flush();
      continue;
    } else if (c === '(') { if (depth === 0) flush(); depth++; continue; }
    else if (c === ')') { depth--; continue; }
    else if (c === '|') { if (depth === 0) return ''; continue; }
    else if (c === '{' && /^\{\d*(,\d*)?\}/.test(src.slice(i))) {
      i = src.indexOf('}', i);
      if (depth === 0) flush();
      continue;
    }
    else if ('.^$*+?'.includes(c)) { if (depth === 0) flush(); continue; }
    else lit = c;
    if (depth > 0) continue;
    const nx = src[i + 1];
    if (nx === '?' || nx === '*' || (nx === '{' && /^\{0[,}]/.test(src.slice(i + 1)))) { flush(); continue; }
    if (nx === '+' || nx === '{') { cur += lit; flush(); continue; }
    cur += lit;
  }
  flush();
  if (caseless) return /^[\x00-\x7f]*$/.test(best) ? best.toLowerCase() : '';
  return best;
}

/** PCRE2's U option: every quantifier's greediness is inverted. */
function swapGreediness(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
      continue;
    }
    let q = '';
    if (c === '*' || c === '+') q = c;
    else if (c === '?' && src[i - 1] !== '(') q = c;
    else if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(src.slice(i));
      if (m) { q = m[0]; i += m[0].length - 1; }
    }
    if (!q) { out += c; continue; }
    if (src[i + 1] === '?') { out += q; i++; } else if (src[i + 1] === '+') { out += q; i++; } else out += q + '?';
  }
  return out;
}

/** An inline (?i) after the start: JS has no such switch, so letters after it match both cases. */
function foldInlineCaseless(src: string, already: boolean): string {
  const at = src.indexOf('(?i)');
  if (at < 0 || already) return src.replace(/\(\?i\)/g, '');
  const head = src.slice(0, at);
  const tail = src.slice(at + 4).replace(/\(\?i\)/g, '');
  let out = '';
  for (let i = 0; i < tail.length; i++) {
    const c = tail[i];
    if (c === '\\') { out += c + (tail[i + 1] ?? ''); i++; continue; }
    if (c === '[') {
      let j = i + 1;
      if (tail[j] === '^') j++;
      if (tail[j] === ']') j++;
      while (j < tail.length && tail[j] !== ']') j += tail[j] === '\\' ? 2 : 1;
      out += tail.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(' && tail[i + 1] === '?') {
      // Group syntax such as (?: (?= (?<name> is copied, not folded.
      const m = /^\(\?(P?<[A-Za-z_]\w*>|[:=!>]|<[=!])/.exec(tail.slice(i));
      const len = m ? m[0].length : 2;
      out += tail.slice(i, i + len);
      i += len - 1;
      continue;
    }
    out += /[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return head + out;
}
