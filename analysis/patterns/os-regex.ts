// OS_Regex: Wazuh's own regex dialect. Classes \w \d \s \t \p \W \D \S \. with optional + or *,
// literal escapes \( \) \\ \$ \| \<, one level of capture groups, '^'/'$' anchors per alternative,
// case-insensitive literals. Quantifiers are lazy (Wazuh moves on as soon as the next element
// matches), except a quantifier that ends the pattern, which is greedy. Alternatives are tried in
// order, each over the whole input. Each alternative is compiled once to a JS RegExp with the
// same semantics (run in V8's engine, bounded by regexp-guard.ts) and kept as tokens for the
// plain-code search; literals every match needs rule most inputs out before any search.
import { PatternError, asciiLower } from './os-match';
import { Alt, CLASSES, CLASS_SETS, Token, lookahead } from './os-regex-syntax';
import { RegexResult, runAlt } from './os-regex-search';
import { LINEAR_FALLBACK } from './regexp-guard';

export interface OsRegex { kind: 'osregex'; source: string; alts: Alt[]; groups: number }

const LITERAL_ESCAPES = new Set(['(', ')', '\\', '$', '|', '<']);

export function compileOsRegex(pattern: string): OsRegex {
  if (pattern.length === 0) throw new PatternError('empty OS_Regex pattern', pattern);
  const alts: Alt[] = [];
  let tokens: Token[] = [];
  let group = 0;
  let inGroup = false;
  let altStart = 0;
  let begin = false;
  const finish = (endIdx: number): void => {
    let end = false;
    const last = tokens[tokens.length - 1];
    if (last && last.t === 'lit' && last.c === 36 && pattern[endIdx - 1] === '$' && pattern[endIdx - 2] !== '\\') {
      tokens.pop();
      end = true;
    }
    const greedyTail = greedyTails(tokens, end);
    alts.push({ tokens, begin, end, groups: group, greedyTail, required: requiredLiterals(tokens), prefix: leadingLiteral(tokens), ...lookahead(tokens), js: toJs(tokens, begin, end, greedyTail) });
    tokens = [];
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (i === altStart && ch === '^') { begin = true; continue; }
    if (ch === '\\') {
      const nx = pattern[++i];
      if (nx === undefined) throw new PatternError('OS_Regex ends with a backslash', pattern);
      if (CLASSES[nx]) {
        const q = pattern[i + 1] === '+' || pattern[i + 1] === '*' ? (pattern[++i] as '+' | '*') : '';
        tokens.push({ t: 'cls', test: CLASSES[nx], q, k: nx });
      } else if (LITERAL_ESCAPES.has(nx)) {
        tokens.push({ t: 'lit', c: lowerCode(nx.charCodeAt(0)) });
      } else {
        throw new PatternError(`unknown OS_Regex escape \\${nx}`, pattern);
      }
      continue;
    }
    if (ch === '(') {
      if (inGroup) throw new PatternError('nested parentheses in OS_Regex', pattern);
      inGroup = true;
      tokens.push({ t: 'open', g: group });
      continue;
    }
    if (ch === ')') {
      if (!inGroup) throw new PatternError('unbalanced parenthesis in OS_Regex', pattern);
      inGroup = false;
      tokens.push({ t: 'close', g: group++ });
      continue;
    }
    if (ch === '|') {
      if (inGroup) throw new PatternError('"|" inside a group in OS_Regex', pattern);
      finish(i);
      altStart = i + 1;
      begin = false;
      continue;
    }
    tokens.push({ t: 'lit', c: lowerCode(ch.charCodeAt(0)) });
  }
  if (inGroup) throw new PatternError('unbalanced parenthesis in OS_Regex', pattern);
  finish(pattern.length);
  // Groups are numbered per alternative in Wazuh (each alternative has its own substrings).
  renumberPerAlternative(alts);
  return { kind: 'osregex', source: pattern, alts, groups: Math.max(0, ...alts.map((a) => a.groups)) };
}

function renumberPerAlternative(alts: Alt[]): void {
  for (const a of alts) {
    let base = -1;
    for (const t of a.tokens) if ((t.t === 'open' || t.t === 'close') && base < 0) base = t.g;
    if (base <= 0) { a.groups = countGroups(a.tokens); continue; }
    for (const t of a.tokens) if (t.t === 'open' || t.t === 'close') t.g -= base;
    a.groups = countGroups(a.tokens);
  }
}
const countGroups = (ts: Token[]): number => ts.filter((t) => t.t === 'close').length;

/** greedyTail[i]: token i is a quantified class with only group closes after it (and no '$'). */
function greedyTails(tokens: Token[], end: boolean): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  if (end) return out;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.t === 'close') continue;
    if (t.t === 'cls' && t.q) out[i] = true;
    break;
  }
  return out;
}

function lowerCode(c: number): number { return c >= 65 && c <= 90 ? c + 32 : c; }

export function execOsRegex(re: OsRegex, input: string, wantCaptures = true): RegexResult | null {
  const low = asciiLower(input);
  for (const alt of re.alts) {
    const r = LINEAR_FALLBACK ? runJs(alt, input, low) : runAlt(alt, input, low, wantCaptures);
    if (r) return r;
  }
  return null;
}

/** The plain-code search, whatever V8 offers (tests compare the two). */
export function execOsRegexSearch(re: OsRegex, input: string): RegexResult | null {
  const low = asciiLower(input);
  for (const alt of re.alts) {
    const r = runAlt(alt, input, low, true);
    if (r) return r;
  }
  return null;
}

function runJs(alt: Alt, s: string, low: string): RegexResult | null {
  // An anchored pattern fails fast at position 0; only unanchored ones gain from a literal scan.
  if (alt.begin) { if (alt.prefix && !low.startsWith(alt.prefix)) return null; }
  else for (const lit of alt.required) if (!low.includes(lit)) return null;
  const m = alt.js.exec(s);
  if (!m) return null;
  const captures: string[] = [];
  for (let g = 1; g < m.length; g++) captures.push(m[g] ?? '');
  return { end: m.index + m[0].length, captures };
}

const JS_SPECIAL = new Set(Array.from('\\^$.|?*+()[]{}/-'));

/** The alternative as a JS RegExp: same classes, lazy repetitions, letters matched in both cases. */
function toJs(tokens: Token[], begin: boolean, end: boolean, greedyTail: boolean[]): RegExp {
  let src = begin ? '^' : '';
  tokens.forEach((t, i) => {
    if (t.t === 'open') src += '(';
    else if (t.t === 'close') src += ')';
    else if (t.t === 'lit') {
      const ch = String.fromCharCode(t.c);
      src += ch >= 'a' && ch <= 'z' ? `[${ch}${ch.toUpperCase()}]` : JS_SPECIAL.has(ch) ? '\\' + ch : ch;
    } else {
      src += CLASS_SETS[t.k];
      if (t.q) src += greedyTail[i] ? t.q : t.q + '?';
    }
  });
  return new RegExp(end ? src + '$' : src);
}

export function testOsRegex(re: OsRegex, input: string): boolean {
  return execOsRegex(re, input, false) !== null;
}

/** The literal characters an anchored alternative starts with. */
function leadingLiteral(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.t === 'lit') out += String.fromCharCode(t.c);
    else if (t.t !== 'open' && t.t !== 'close') break;
  }
  return out;
}

/** The runs of literal characters every match of the alternative contains, longest first. */
function requiredLiterals(tokens: Token[]): string[] {
  const runs = new Set<string>();
  let cur = '';
  for (const t of tokens) {
    if (t.t === 'lit') cur += String.fromCharCode(t.c);
    else if (t.t === 'cls') { if (cur) runs.add(cur); cur = ''; }
  }
  if (cur) runs.add(cur);
  return [...runs].sort((a, b) => b.length - a.length).slice(0, 4);
}
