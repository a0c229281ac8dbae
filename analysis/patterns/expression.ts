// One compiled pattern of any of Wazuh's kinds (osmatch, osregex, pcre2, exact string), with its
// `negate` flag, compiled once at load time. What a rule or decoder element holds.
import { OsMatch, compileOsMatch, execOsMatch, PatternError } from './os-match';
import { OsRegex, compileOsRegex, execOsRegex } from './os-regex';
import { Pcre2, compilePcre2, execPcre2, testPcre2 } from './pcre2';

export type ExpressionType = 'osmatch' | 'osregex' | 'pcre2' | 'string';

export interface Expression {
  type: ExpressionType;
  source: string;
  negate: boolean;
  impl: OsMatch | OsRegex | Pcre2 | { kind: 'string'; source: string };
}

interface ExpressionResult { end: number; captures: string[] }

export function compileExpression(type: ExpressionType, source: string, negate = false): Expression {
  switch (type) {
    case 'osmatch': return { type, source, negate, impl: compileOsMatch(source) };
    case 'osregex': return { type, source, negate, impl: compileOsRegex(source) };
    case 'pcre2': return { type, source, negate, impl: compilePcre2(source) };
    case 'string': return { type, source, negate, impl: { kind: 'string', source } };
  }
}

/** True when the pattern matches (ignores `negate`; callers compare with it as Wazuh does). */
export function testExpression(e: Expression, input: string): boolean {
  const impl = e.impl;
  switch (impl.kind) {
    case 'osmatch': return execOsMatch(impl, input);
    case 'osregex': return execOsRegex(impl, input, false) !== null;
    case 'pcre2': return testPcre2(impl, input);
    case 'string': return impl.source === input;
  }
}

/** Match with the end offset and captures (decoders need both). */
export function execExpression(e: Expression, input: string): ExpressionResult | null {
  const impl = e.impl;
  switch (impl.kind) {
    case 'osregex': return execOsRegex(impl, input, true);
    case 'pcre2': return execPcre2(impl, input);
    case 'osmatch': return execOsMatch(impl, input) ? { end: osMatchEnd(impl, input), captures: [] } : null;
    case 'string': return impl.source === input ? { end: input.length, captures: [] } : null;
  }
}

function osMatchEnd(m: OsMatch, input: string): number {
  const low = input.toLowerCase();
  for (const a of m.alts) {
    if (a.begin && a.end) { if (low === a.text) return input.length; }
    else if (a.begin) { if (low.startsWith(a.text)) return a.text.length; }
    else if (a.end) { if (low.endsWith(a.text)) return input.length; }
    else { const k = low.indexOf(a.text); if (k >= 0) return k + a.text.length; }
  }
  return input.length;
}

export function parseExpressionType(v: string | undefined): ExpressionType | undefined {
  if (v === undefined) return undefined;
  const l = v.toLowerCase();
  return l === 'osmatch' || l === 'osregex' || l === 'pcre2' ? l : undefined;
}

export { PatternError };
