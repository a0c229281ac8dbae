// PCRE2 patterns translated to JS RegExp: the PCRE2-only syntax Wazuh's rules use, and a
// pattern that would backtrack for ever finishing quickly.
import { compilePcre2, execPcre2, testPcre2 } from '../../analysis/patterns/pcre2';
import { PatternError } from '../../analysis/patterns/os-match';

describe('PCRE2', () => {
  const cases: Array<[string, string, boolean]> = [
    ['^(?i)test_pcre2_0$', 'TEST_PCRE2_0', true],
    ['test_match (?i)match_example_1', 'test_match MATCH_Example_1', true],
    ['test_match (?i)match_example_1', 'TEST_MATCH match_example_1', false], // (?i) applies after it only
    ['(?i)^error', 'ERROR: disk', true],
    ['(*UTF)\\N{U+202E}', 'evil\u202Etxt.exe', true],
    ['(*UTF)\\N{U+202E}', 'plain.exe', false],
    ['^[[:digit:]]+$', '12345', true],
    ['\\Aabc\\z', 'abc', true],
    ['(?:[0-9]{1,3}\\.){3}[0-9]{1,3}', 'from 10.1.2.3', true],
    ['"granted":\\strue', '"granted":\ttrue', true],
    ['(?P<user>\\w+)@', 'bob@host', true],
  ];
  it.each(cases)('%j on %j -> %s', (pattern, input, expected) => {
    expect(testPcre2(compilePcre2(pattern), input)).toBe(expected);
  });

  it('(?U) makes quantifiers lazy, as PCRE2 does', () => {
    const r = execPcre2(compilePcre2('(?U)a(.*)b'), 'axbyb');
    expect(r!.captures).toEqual(['x']);
  });

  it('reports captures and the end offset', () => {
    expect(execPcre2(compilePcre2('user (\\w+) from (\\S+)'), 'x user bob from 1.2.3.4 y')).toEqual({ end: 23, captures: ['bob', '1.2.3.4'] });
  });

  it.each(['(unclosed', '[z-a]', 'a{2,1}'])('rejects the bad pattern %j', (p) => {
    expect(() => compilePcre2(p)).toThrow(PatternError);
  });

  it('finishes quickly on input crafted to make a backtracking engine blow up', () => {
    const p = compilePcre2('^(a+)+$');
    const t0 = Date.now();
    expect(testPcre2(p, 'a'.repeat(5000) + 'b')).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
