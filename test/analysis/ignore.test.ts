// A rule's ignore="N" (seconds in which it does not alert again: its parent alerts instead, as in
// analysisd) and the ignore list of <ignore> and <check_if_ignored>. Times come from the engine's
// `now`, never the clock.
import type { EventMeta, Result } from '../../analysis/engine';
import { emptyIgnoreMemory, parseIgnoreFields, rememberIgnored } from '../../analysis/rules/ignore-memory';
import type { Rule } from '../../analysis/rules/rule-types';
import type { Event } from '../../analysis/event';
import { build, engineOf, META } from './helpers';

const DECODERS = `<decoder name="app"><program_name>^app$</program_name>
  <regex>^(\\w+) src=(\\S+) id=(\\S+) session=(\\S+)</regex><order>action, srcip, id, session</order></decoder>`;
const RULES = `<group name="app,">
  <rule id="100" level="3"><decoded_as>app</decoded_as><description>app event</description></rule>
  <rule id="101" level="8" ignore="60"><if_sid>100</if_sid><match>denied</match><description>access denied</description></rule>
  <rule id="102" level="9" ignore="30"><decoded_as>app</decoded_as><match>panic</match><description>panic</description></rule>
  <rule id="103" level="5" ignore="0"><if_sid>100</if_sid><match>retry</match><description>retry</description></rule>
  <rule id="104" level="4"><if_sid>101</if_sid><match>admin</match><description>denied to the admin page</description></rule>
</group>
<group name="ids,">
  <rule id="200" level="6"><decoded_as>app</decoded_as><match>^ids </match><check_if_ignored>srcip, id</check_if_ignored><description>IDS event</description></rule>
  <rule id="201" level="11"><if_sid>200</if_sid><match>flood</match><ignore>srcip, id</ignore><description>ignoring now this srcip and id</description></rule>
  <rule id="202" level="7"><decoded_as>app</decoded_as><match>^probe </match><check_if_ignored>id, srcip</check_if_ignored><description>probe</description></rule>
  <rule id="203" level="7"><decoded_as>app</decoded_as><match>^sess </match><check_if_ignored>session</check_if_ignored><description>session</description></rule>
  <rule id="204" level="12"><if_sid>203</if_sid><match>hijack</match><ignore>session</ignore><description>hijack</description></rule>
</group>`;

const T0 = new Date(2026, 10, 26, 10, 0, 0).getTime();
const line = (what: string, src = '10.0.0.5', id = '5', session = 's1', tail = ''): string =>
  `Nov 26 10:00:00 web1 app: ${what} src=${src} id=${id} session=${session}${tail ? ` ${tail}` : ''}`;
const DENIED = line('denied');
const PANIC = line('panic');

function steps(list: [number, string, EventMeta?][]): Result[] {
  const engine = engineOf({ decoders: DECODERS, rules: RULES });
  return list.map(([s, l, meta]) => engine.process(l, meta ?? META, new Date(T0 + s * 1000)));
}
const outcome = (r: Result): [string | undefined, boolean] => [r.rule?.id, r.alert];

describe('ignore="N"', () => {
  test.each<[string, [number, string][], [string, boolean][]]>([
    ['the first fire alerts', [[0, DENIED]], [['101', true]]],
    ['inside the window the parent alerts instead', [[0, DENIED], [10, DENIED], [59, DENIED]], [['101', true], ['100', true], ['100', true]]],
    ['59.9 s is still inside (whole seconds, as Wazuh)', [[0, DENIED], [59.9, DENIED]], [['101', true], ['100', true]]],
    ['after N s it alerts again and opens the next window', [[0, DENIED], [60, DENIED], [61, DENIED], [120, DENIED]],
      [['101', true], ['101', true], ['100', true], ['101', true]]],
    ['a fire inside the window does not move it', [[0, DENIED], [50, DENIED], [60, DENIED]], [['101', true], ['100', true], ['101', true]]],
    ['other rules are not held', [[0, DENIED], [1, line('login')]], [['101', true], ['100', true]]],
    ['a child of the held rule is not held', [[0, DENIED], [1, line('denied', '10.0.0.5', '5', 's1', 'admin')]], [['101', true], ['104', true]]],
    ['a rule whose parent is a template: the template does not alert', [[0, PANIC], [5, PANIC], [30, PANIC]], [['102', true], ['1', false], ['102', true]]],
    ['ignore="0" holds nothing', [[0, line('retry')], [0, line('retry')]], [['103', true], ['103', true]]],
  ])('%s', (_name, list, expected) => {
    expect(steps(list).map(outcome)).toEqual(expected);
  });

  test('the result says why', () => {
    const [first, held, , template] = steps([[0, DENIED], [10, DENIED], [20, PANIC], [21, PANIC]]);
    expect(first.ignored).toBeUndefined();
    expect(held.ignored).toBe('rule 101 fired less than 60 s ago (ignore): its parent rule 100 takes its place');
    expect(template.ignored).toBe('rule 102 fired less than 30 s ago (ignore): its parent rule 1 takes its place');
  });

  test('a rule with no parent at all does not alert inside its window', () => {
    const engine = build({ decoders: DECODERS, templates: false, rules: '<group name="t,"><rule id="5" level="5" ignore="10"><category>syslog</category><description>root</description></rule></group>' }).engine;
    const r = [0, 3, 10].map((s) => engine.process(DENIED, META, new Date(T0 + s * 1000)));
    expect(r.map(outcome)).toEqual([['5', true], ['5', false], ['5', true]]);
    expect(r[1].ignored).toBe('rule 5 fired less than 10 s ago (ignore) and has no parent rule to alert instead');
  });

  test('one window per rule, whatever the agent (Wazuh keeps it on the rule)', () => {
    const agent = (id: string): EventMeta => ({ location: '/var/log/app', agent: { id, name: `a${id}` } });
    expect(steps([[0, DENIED, agent('001')], [1, DENIED, agent('002')]]).map(outcome)).toEqual([['101', true], ['100', true]]);
  });

  test('reset() closes every window', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(DENIED, META, new Date(T0));
    engine.reset();
    expect(engine.process(DENIED, META, new Date(T0 + 1000)).rule?.id).toBe('101');
  });

  test('the parent alerting instead is the one remembered by frequency rules', () => {
    const rules = `${RULES}<group name="x,">
      <rule id="110" level="10" frequency="2" timeframe="120"><if_matched_sid>100</if_matched_sid><same_source_ip /><match>denied</match><description>denied twice through 100</description></rule>
    </group>`;
    const engine = engineOf({ decoders: DECODERS, rules });
    const at = (s: number) => new Date(T0 + s * 1000);
    expect(engine.process(DENIED, META, at(0)).rule?.id).toBe('101'); // 101 alerts: nothing goes to 100's list
    expect(engine.process(DENIED, META, at(1)).rule?.id).toBe('100'); // held: 100 alerts and is remembered
    expect(engine.process(line('login'), META, at(2)).rule?.id).toBe('100');
    // 110 hangs under 100; a denied event reaches it through 100 and finds the one remembered at 1 s.
    expect(engine.process(DENIED, META, at(3)).rule?.id).toBe('110');
  });
});

describe('<ignore> and <check_if_ignored>', () => {
  test('a rule that ignores puts its fields on the list; rules that check it do not alert on them', () => {
    const r = steps([
      [0, line('ids')], // 200 alerts
      [1, line('ids', '10.0.0.5', '5', 's1', 'flood')], // 201: "ignoring now this srcip and id"
      [2, line('ids')], // 200, silenced
      [3, line('ids', '10.0.0.5', '6')], // another id
      [4, line('ids', '10.0.0.9', '5')], // another srcip
      [5, line('probe')], // 202 checks "id, srcip": the same entry
      [6, line('ids', '10.0.0.5', '5', 's1', 'flood')], // 201 does not check: it alerts
      [7, line('ids', '10.0.0.5', '5', 's2')], // fields not listed do not matter
    ]);
    expect(r.map(outcome)).toEqual([
      ['200', true], ['201', true], ['200', false], ['200', true], ['200', true], ['202', false], ['201', true], ['200', false],
    ]);
    expect(r[2].ignored).toBe("rule 200: the event's srcip, id are on the ignore list (check_if_ignored)");
    expect(r[5].ignored).toBe("rule 202: the event's id, srcip are on the ignore list (check_if_ignored)");
    expect(r[3].ignored).toBeUndefined();
  });

  test('decoded fields work as static ones do', () => {
    const r = steps([
      [0, line('sess', '10.0.0.1', '1', 's9')],
      [1, line('sess', '10.0.0.1', '1', 's9', 'hijack')],
      [2, line('sess', '10.0.0.2', '2', 's9')],
      [3, line('sess', '10.0.0.2', '2', 's8')],
    ]);
    expect(r.map(outcome)).toEqual([['203', true], ['204', true], ['203', false], ['203', true]]);
  });

  test('nothing is ignored before a rule put it on the list', () => {
    expect(steps([[0, line('ids')], [1, line('ids')], [2, line('probe')]]).map(outcome)).toEqual([['200', true], ['200', true], ['202', true]]);
  });

  test.each<[string, string, { slots: string[]; decoded: string[] } | null]>([
    ['Wazuh\'s names', 'srcip, id', { slots: ['srcip', 'id'], decoded: [] }],
    ['user is dstuser; every slot', 'user,srcip,dstip,id,location,data,name', { slots: ['dstuser', 'srcip', 'dstip', 'id', 'location', 'data', 'name'], decoded: [] }],
    ['other names are decoded fields, in order', 'session, srcip, audit.uid', { slots: ['srcip'], decoded: ['session', 'audit.uid'] }],
    ['a word after a space is dropped, as Wazuh does', ' srcip extra , id', { slots: ['srcip', 'id'], decoded: [] }],
    ['an empty name', 'srcip, , id', null],
    ['nothing at all', '', null],
  ])('parseIgnoreFields: %s', (_name, text, expected) => {
    expect(parseIgnoreFields(text)).toEqual(expected);
  });

  test('the list keeps its newest entries past its bound', () => {
    const mem = emptyIgnoreMemory(2);
    const rule = { ignoreFields: parseIgnoreFields('srcip') } as Rule;
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.1', '10.0.0.3']) {
      rememberIgnored(mem, rule, { static: { srcip: ip }, dynIndex: new Map(), dynamic: [] } as unknown as Event);
    }
    expect([...mem.list].map((e) => e.split('\u0000')[3])).toEqual(['10.0.0.1', '10.0.0.3']);
  });
});

describe('loading', () => {
  const rule = (attrs: string, body = ''): string =>
    `<group name="x,"><rule id="100" level="3" ${attrs}><decoded_as>app</decoded_as>${body}<description>d</description></rule></group>`;
  test.each<[string, string, RegExp | null]>([
    ['ignore="60"', rule('ignore="60"'), null],
    ['ignore="abc"', rule('ignore="abc"'), /^error .*rule 100: invalid ignore \(seconds expected, a number up to 999999\)$/],
    ['ignore="1234567"', rule('ignore="1234567"'), /^warning .*rule 100: ignore has more than 6 digits: only the first six are read, as Wazuh does$/],
    ['<ignore>srcip, id</ignore>', rule('', '<ignore>srcip, id</ignore>'), null],
    ['<ignore> with an empty name', rule('', '<ignore>srcip, , id</ignore>'), /^error .*rule 100: invalid <ignore>: an empty field name \(field names separated by commas expected, e\.g\. srcip, id\)$/],
    ['an empty <check_if_ignored>', rule('', '<check_if_ignored></check_if_ignored>'), /^error .*rule 100: invalid <check_if_ignored>: an empty field name/],
  ])('%s', (_name, rules, problem) => {
    const { problems, engine } = build({ decoders: DECODERS, rules });
    const shown = problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`);
    if (problem === null) expect(shown).toEqual([]);
    else expect(shown).toEqual([expect.stringMatching(problem)]);
    if (problem?.source.startsWith('^warning')) expect(engine.ruleset.rules.byId.get(100)?.ignoreSeconds).toBe(123456);
  });
});
