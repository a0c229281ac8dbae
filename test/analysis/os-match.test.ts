// OS_Match ("sregex"): literal alternatives with ^/$ anchors, a leading '!' negates, case-insensitive.
import { compileOsMatch, execOsMatch } from '../../analysis/patterns/os-match';

describe('OS_Match', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Failed password', 'sshd: Failed password for root', true],
    ['failed PASSWORD', 'sshd: Failed password for root', true],
    ['^sshd', 'sshd: Failed', true],
    ['^sshd', 'xsshd: Failed', false],
    ['root$', 'Failed password for root', true],
    ['root$', 'root login', false],
    ['^exact$', 'exact', true],
    ['^exact$', 'exactly', false],
    ['nope|password', 'Failed password', true],
    ['nope|^x', 'Failed password', false],
    ['!format=json', 'format=raw', true],
    ['!format=json', 'x format=json', false],
    ['', 'anything', true],
    ['a.b', 'aXb', false], // no metacharacters: '.' is a dot
    ['a.b', 'xa.by', true],
  ];
  it.each(cases)('%j on %j -> %s', (pattern, input, expected) => {
    expect(execOsMatch(compileOsMatch(pattern), input)).toBe(expected);
  });
});
