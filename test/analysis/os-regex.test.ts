// OS_Regex: Wazuh's regex dialect, its lazy repetition, captures and the end offset decoders use;
// the JS translation and the plain-code search must agree.
import fc from 'fast-check';
import { compileOsRegex, execOsRegex, execOsRegexSearch } from '../../analysis/patterns/os-regex';
import { PatternError } from '../../analysis/patterns/os-match';

describe('OS_Regex', () => {
  const cases: Array<[string, string, string[] | null, number?]> = [
    ['^(\\S+) (\\S+)', 'alpha beta gamma', ['alpha', 'beta'], 10],
    ['from (\\S+) port (\\d+)', 'Failed from 10.0.0.1 port 22 ssh2', ['10.0.0.1', '22']],
    ['user (\\w+)', 'invalid user Admin-1@x from', ['Admin-1@x']],
    ['(\\.+) from', 'a from b from c', ['a']], // lazy: the first " from"
    ['from (\\.+)', 'a from b from c', ['b from c']], // a final repetition is greedy
    ['^(\\d+)', '12345abc', ['12345']],
    ['USER', 'the user logged', []], // literals are case-insensitive
    ['^abc$', 'abc', []],
    ['^abc$', 'abcd', null],
    ['\\p\\w+\\p', 'x [ok] y', []],
    ['a\\s+b', 'a \tb', null], // \s is a space only
    ['a\\tb', 'a\tb', []],
    ['\\(x\\)', 'f(x)', []],
    ['1\\.+2', 'a1 x 2', []],
    ['^x|(\\d+)$', 'abc 42', ['42']],
    ['\\W(\\D+)\\W', 'a1 bc!d', ['bc']],
  ];
  it.each(cases.map(([pattern, input, captures, end]) => ({ pattern, input, captures, end })))('$pattern on $input', ({ pattern, input, captures, end }) => {
    const r = execOsRegex(compileOsRegex(pattern), input);
    if (captures === null) { expect(r).toBeNull(); return; }
    expect(r).not.toBeNull();
    expect(r!.captures).toEqual(captures);
    if (end !== undefined) expect(r!.end).toBe(end);
  });

  it.each(['\\z', '(a(b))', 'a)', '(a', '(a|b)', 'x\\'])('rejects the bad pattern %j', (p) => {
    expect(() => compileOsRegex(p)).toThrow(PatternError);
  });

  it('the JS translation and the plain-code search give the same answers', () => {
    const atom = fc.constantFrom('a', 'b', ' ', ':', '\\w+', '\\d*', '\\s', '\\S+', '\\.+', '\\p', '(\\w+)', '(\\S+)', 'x');
    const pattern = fc.tuple(fc.boolean(), fc.array(atom, { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([b, parts, e]) => `${b ? '^' : ''}${parts.join('')}${e ? '$' : ''}`);
    const input = fc.stringMatching(/^[ab :x1-3\-.]{0,24}$/);
    fc.assert(fc.property(pattern, input, (p, s) => {
      const re = compileOsRegex(p);
      expect(execOsRegex(re, s)).toEqual(execOsRegexSearch(re, s));
    }), { numRuns: 2000 });
  });

  it('stays fast on a line built to make a backtracking engine blow up', () => {
    const re = compileOsRegex('(\\.+) (\\.+) (\\.+) (\\.+) (\\.+)X$');
    // Every literal the pattern needs is there, so no shortcut applies: only the search bound does.
    const line = 'a '.repeat(16_000) + 'X ' + 'a '.repeat(16_000);
    for (const exec of [execOsRegex, execOsRegexSearch]) {
      const t0 = Date.now();
      expect(exec(re, line)).toBeNull();
      expect(Date.now() - t0).toBeLessThan(3_000);
    }
  });
});
