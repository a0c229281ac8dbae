// The ruleset test runner's INI dialect and runtests.py semantics: each log key is one test,
// repeated keys are one multi-line test, only the last event counts, pass/fail invert.
import { parseIni } from '../../analysis/testing/ini';
import { runTestFile } from '../../analysis/testing/runner';
import { engineOf } from './helpers';

describe('ruleset test INI files', () => {
  it('merges repeated keys, keeps values with = and ;, skips comments, lower-cases keys', () => {
    const [a, b] = parseIni('; comment\n[first]\nlog 1 pass = a=b; c\nLOG 1 pass = second: line\nrule = 5\n\n[second]\n# also a comment\nalert: 3\n');
    expect(a.name).toBe('first');
    expect(a.entries.get('log 1 pass')).toEqual(['a=b; c', 'second: line']);
    expect(a.entries.get('rule')).toEqual(['5']);
    expect(b.entries.get('alert')).toEqual(['3']);
  });

  it('runs each log key through a fresh session and judges the last event', () => {
    const engine = engineOf({
      decoders: '<decoder name="app"><program_name>^app$</program_name></decoder>',
      rules: `<group name="g,">
        <rule id="100" level="3"><decoded_as>app</decoded_as><description>app</description></rule>
        <rule id="101" level="9" frequency="2" timeframe="60"><if_matched_sid>100</if_matched_sid><description>twice</description></rule>
        <rule id="102" level="4"><match>^plain</match><description>no decoder</description></rule>
      </group>`,
    });
    const ini = `[single]
log 1 pass = Dec 25 20:45:02 h app: x
log 2 fail = Dec 25 20:45:02 h app: x
log 2 fail = Dec 25 20:45:02 h app: x
rule = 100
alert = 3
decoder = app

[twice]
log 1 pass = Dec 25 20:45:02 h app: x
log 1 pass = Dec 25 20:45:02 h app: x
rule = 101
alert = 9
decoder = app

[no decoder never matches]
log 1 fail = plain text
rule = 102
alert = 4
decoder =
`;
    const rep = runTestFile(engine, 't.ini', ini, () => new Date(2026, 10, 26, 10, 0, 0));
    expect(rep.failures).toEqual([]);
    expect(rep).toMatchObject({ passed: 4, total: 4 });
  });
});
