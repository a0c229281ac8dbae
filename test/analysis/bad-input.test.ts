// Bad input: a clear problem at load (with file and line) or a normal result at run time;
// nothing throws, and no single event can stall the engine.
import fc from 'fast-check';
import { buildRuleset } from '../../analysis/ruleset';
import { Engine, MAX_EVENT_LENGTH } from '../../analysis/engine';
import { build, engineOf, META, NOW, run, TEMPLATES } from './helpers';

const GOOD_RULE = '<group name="ok,"><rule id="100" level="3"><match>fine</match><description>fine</description></rule></group>';

describe('bad rulesets are reported and the rest still loads', () => {
  it('malformed XML: the file is reported with the line, other files load', () => {
    const { ruleset, problems } = buildRuleset({
      decoders: [],
      lists: [],
      rules: [
        { path: 'templates.xml', text: TEMPLATES },
        { path: 'broken.xml', text: '<group name="x,">\n<rule id="5" level="3">\n<match>a</match>\n</group>' },
        { path: 'good.xml', text: GOOD_RULE },
      ],
    });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', file: 'broken.xml', line: 4 })]);
    expect(problems[0].message).toMatch(/malformed XML/);
    expect(run(new Engine(ruleset), 'all fine').rule?.id).toBe('100');
  });

  const badRules: Array<[string, string, RegExp]> = [
    ['an unknown option', '<rule id="200" level="3"><colour>red</colour><description>x</description></rule>', /invalid option <colour>/],
    ['an unknown attribute', '<rule id="200" level="3" speed="9"><match>a</match><description>x</description></rule>', /invalid attribute/],
    ['a bad OS_Regex', '<rule id="200" level="3"><regex>bad\\zescape</regex><description>x</description></rule>', /unknown OS_Regex escape/],
    ['a bad PCRE2 pattern', '<rule id="200" level="3"><regex type="pcre2">(unclosed</regex><description>x</description></rule>', /bad PCRE2 pattern/],
    ['no description', '<rule id="200" level="3"><match>a</match></rule>', /no description/],
    ['a level out of range', '<rule id="200" level="99"><match>a</match><description>x</description></rule>', /invalid level/],
    ['decoded_as naming no decoder', '<rule id="200" level="3"><decoded_as>nope</decoded_as><description>x</description></rule>', /decoded_as names no loaded decoder/],
    ['frequency without if_matched', '<rule id="200" level="3" frequency="4"><match>a</match><description>x</description></rule>', /without if_matched/],
  ];
  it.each(badRules)('%s: an error at its line, the rule skipped', (_what, rule, message) => {
    const { engine, problems } = build({ rules: `<group name="g,">\n${GOOD_RULE.replace(/<\/?group[^>]*>/g, '')}\n${rule}\n</group>` });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'rules.xml', line: 3 });
    expect(errors[0].message).toMatch(message);
    expect(engine.ruleset.rules.byId.has(200)).toBe(false);
    expect(run(engine, 'all fine').rule?.id).toBe('100');
  });

  it('a duplicate rule id without overwrite: a warning, the first definition stays', () => {
    const { engine, problems } = build({ rules: GOOD_RULE + '<group name="dup,"><rule id="100" level="9"><match>fine</match><description>second</description></rule></group>' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'rules.xml', message: expect.stringMatching(/duplicate rule id 100/) })]);
    expect(run(engine, 'all fine').rule).toMatchObject({ id: '100', level: 3, description: 'fine' });
  });

  it('an if_sid naming no rule: a warning, the rule skipped', () => {
    const { engine, problems } = build({ rules: GOOD_RULE + '<group name="g,"><rule id="300" level="5"><if_sid>99999</if_sid><description>orphan</description></rule></group>' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/if_sid 99999 names no loaded rule/) })]);
    expect(engine.ruleset.rules.byId.has(300)).toBe(false);
  });

  it('a rule naming a list that is not loaded: a warning, the rule skipped', () => {
    const { problems } = build({ rules: '<group name="g,"><rule id="300" level="5"><list field="srcip">etc/lists/none</list><description>x</description></rule></group>' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/a <list> names a list that is not loaded: rule \d+ skipped/) })]);
  });

  it.each([
    ['an unknown element', '<decoder name="d"><prematch>x</prematch><colour>red</colour></decoder>', /invalid element <colour>/],
    ['a bad regex', '<decoder name="d"><prematch>(a</prematch></decoder>', /unbalanced parenthesis/],
    ['a missing parent', '<decoder name="d"><parent>ghost</parent><regex>(a)</regex><order>x</order></decoder>', /parent decoder not found/],
    ['a regex without order', '<decoder name="d"><prematch>x</prematch><regex>(a)</regex></decoder>', /<regex> and <order> go together/],
    ['an unknown plugin', '<decoder name="d"><prematch>x</prematch><plugin_decoder>Nope</plugin_decoder></decoder>', /unknown <plugin_decoder>/],
  ])('a decoder with %s is reported and skipped', (_what, decoder, message) => {
    const { engine, problems } = build({ decoders: `<decoder name="ok"><prematch>^ok</prematch></decoder>\n${decoder}` });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', file: 'decoders.xml', line: 2, message: expect.stringMatching(message) })]);
    expect(run(engine, 'ok then').decoder?.name).toBe('ok');
  });
});

describe('bad events get a normal result', () => {
  const engine = engineOf({
    decoders: `<decoder name="slow-pcre2"><prematch type="pcre2">^(a+)+$</prematch></decoder>
      <decoder name="json"><prematch>^{\\s*"</prematch><plugin_decoder>JSON_Decoder</plugin_decoder></decoder>`,
    rules: `<group name="g,">
      <rule id="100" level="3"><regex>(\\.+) (\\.+) (\\.+) (\\.+) (\\.+)X$</regex><description>regex bomb</description></rule>
      <rule id="101" level="3"><regex type="pcre2">^(\\w+\\s?)*$</regex><description>pcre2 bomb</description></rule>
    </group>`,
  });

  it('a 64 KB line is processed, a longer one is cut at the limit', () => {
    const line = 'x'.repeat(64 * 1024);
    expect(run(engine, line).fullLog).toHaveLength(MAX_EVENT_LENGTH);
    expect(run(engine, line + 'tail beyond the limit').fullLog).toHaveLength(MAX_EVENT_LENGTH);
  });

  it('binary garbage decodes to nothing and throws nothing', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536));
    expect(() => run(engine, garbage)).not.toThrow();
    expect(() => run(engine, '\u0000\uD800{"a":\uDFFF')).not.toThrow();
  });

  it('lines crafted against backtracking regex engines finish quickly', () => {
    const crafted = ['a'.repeat(60_000) + '!', 'a '.repeat(30_000) + 'X ', 'word '.repeat(12_000) + '!'];
    for (const line of crafted) {
      const t0 = Date.now();
      run(engine, line);
      expect(Date.now() - t0).toBeLessThan(5_000);
    }
  });

  it('any string: a result, never an exception', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      const r = engine.process(s, META, NOW);
      expect(typeof r.alert).toBe('boolean');
    }), { numRuns: 500 });
  });
});
