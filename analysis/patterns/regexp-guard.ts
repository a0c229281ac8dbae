// Bounded regex time. V8 is told, once per process, to hand a regex over to its linear-time
// engine after 10,000 backtracks (for patterns without back-references or look-arounds: every
// translated OS_Regex and most PCRE2 patterns). The flag is set at run time, so it is verified
// with a pattern that would otherwise take seconds; when it does not hold, OS_Regex falls back
// to the plain-code search (os-regex-search.ts), whose cost is bounded by construction.
import * as v8 from 'v8';

v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
v8.setFlagsFromString('--regexp-backtracks-before-fallback=10000');

function linearFallbackWorks(): boolean {
  const t0 = process.hrtime.bigint();
  // 2^24 backtracking steps without the fallback (hundreds of ms); a fraction of a ms with it.
  new RegExp('^(a|a)*b$').test('a'.repeat(24));
  return Number(process.hrtime.bigint() - t0) / 1e6 < 50;
}

/** True when V8 switches runaway regexes to its linear-time engine in this process. */
export const LINEAR_FALLBACK = linearFallbackWorks();
