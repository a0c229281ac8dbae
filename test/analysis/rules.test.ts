// Rule matching: the tree (if_sid, if_group, if_level, categories), the conditions, frequency
// rules, overwrite, CDB lists and description expansion.
import { build, engineOf, META, run } from './helpers';

const DECODERS = `
<decoder name="app">
  <program_name>^app$</program_name>
  <regex>user=(\\S+) src=(\\S+) n=(\\d+)</regex>
  <order>user, srcip, number</order>
</decoder>
<decoder name="fw">
  <prematch>^FW </prematch>
  <type>firewall</type>
  <regex>^FW (\\S+) (\\S+)</regex>
  <order>action, srcip</order>
</decoder>`;

const line = (user: string, src: string, n: number, msg = 'hello'): string => `Dec 25 20:45:02 host app: ${msg} user=${user} src=${src} n=${n}`;

const RULES = `
<group name="app,">
  <rule id="100" level="0">
    <decoded_as>app</decoded_as>
    <description>app events</description>
  </rule>
  <rule id="101" level="3">
    <if_sid>100</if_sid>
    <match>hello</match>
    <description>hello from $(dstuser) at $(srcip) n=$(number)</description>
    <group>greeting,</group>
  </rule>
  <rule id="102" level="8">
    <if_sid>100</if_sid>
    <match>hello</match>
    <user>^root$</user>
    <description>root says hello</description>
  </rule>
  <rule id="103" level="5" noalert="1">
    <if_sid>100</if_sid>
    <match>quiet</match>
    <description>never alerts itself</description>
  </rule>
  <rule id="104" level="4">
    <if_sid>100</if_sid>
    <match>quiet</match>
    <description>quiet sibling</description>
  </rule>
  <rule id="105" level="6">
    <if_sid>100</if_sid>
    <srcip>!10.9.0.0/16</srcip>
    <srcip>10.0.0.0/8</srcip>
    <match>net</match>
    <description>internal net</description>
  </rule>
  <rule id="110" level="10" frequency="3" timeframe="60">
    <if_matched_sid>101</if_matched_sid>
    <same_field>number</same_field>
    <description>three hellos with the same number</description>
  </rule>
  <rule id="120" level="9">
    <if_group>greeting</if_group>
    <match>bye</match>
    <description>greeting group child</description>
  </rule>
  <rule id="107" level="3">
    <if_sid>100</if_sid>
    <match>bye-bye</match>
    <description>farewell</description>
    <group>farewell,</group>
  </rule>
  <rule id="130" level="12" timeframe="60">
    <if_matched_group>farewell</if_matched_group>
    <match>again</match>
    <description>a greeting came before</description>
  </rule>
  <rule id="140" level="7">
    <if_sid>100</if_sid>
    <list field="srcip" lookup="address_match_key">etc/lists/bad-ips</list>
    <match>list</match>
    <description>source in the bad list</description>
  </rule>
  <rule id="141" level="7">
    <if_sid>100</if_sid>
    <list field="number" lookup="match_key_value" check_value="^high">etc/lists/levels</list>
    <match>value</match>
    <description>number rated high</description>
  </rule>
  <rule id="142" level="6">
    <if_sid>100</if_sid>
    <list field="user" lookup="not_match_key">etc/lists/known-users</list>
    <match>who</match>
    <description>unknown user</description>
  </rule>
</group>
<group name="fw,">
  <rule id="200" level="4">
    <category>firewall</category>
    <action>DROP</action>
    <description>firewall drop</description>
  </rule>
</group>`;

const LISTS = {
  'etc/lists/bad-ips': '10.3.4:\n192.168.1.7:\n',
  'etc/lists/levels': '1:low\n2:high\n',
  'etc/lists/known-users': 'alice:\nbob:admin\n',
};

describe('rules', () => {
  const engine = engineOf({ decoders: DECODERS, rules: RULES, lists: LISTS });
  beforeEach(() => engine.reset());

  it('goes down if_sid children, higher levels first, and expands the description', () => {
    expect(run(engine, line('alice', '1.2.3.4', 5)).rule).toMatchObject({ id: '101', level: 3, description: 'hello from alice at 1.2.3.4 n=5', groups: ['app', 'greeting'] });
    expect(run(engine, line('root', '1.2.3.4', 5)).rule?.id).toBe('102');
  });

  it('moves on to the next sibling when a noalert rule matches with no child', () => {
    expect(run(engine, line('alice', '1.2.3.4', 5, 'quiet')).rule?.id).toBe('104');
  });

  it('matches srcip against networks: the first network holding the address decides', () => {
    expect(run(engine, line('alice', '10.1.2.3', 5, 'net')).rule?.id).toBe('105');
    expect(run(engine, line('alice', '10.9.2.3', 5, 'net')).rule?.id).toBe('100'); // the '!' entry says no
    expect(run(engine, line('alice', '11.1.2.3', 5, 'net')).rule?.id).toBe('100');
  });

  it('fires a frequency rule on the third event with the same field, not before', () => {
    expect(run(engine, line('a', '1.1.1.1', 7)).rule?.id).toBe('101');
    expect(run(engine, line('b', '1.1.1.1', 7)).rule?.id).toBe('101');
    expect(run(engine, line('c', '1.1.1.1', 8)).rule?.id).toBe('101');
    expect(run(engine, line('d', '1.1.1.1', 7)).rule?.id).toBe('110');
  });

  it('forgets events older than the timeframe', () => {
    const t0 = new Date('2026-11-26T10:00:00Z');
    const later = new Date(t0.getTime() + 61_000);
    engine.process(line('a', '1.1.1.1', 7), META, t0);
    engine.process(line('a', '1.1.1.1', 7), META, t0);
    expect(engine.process(line('a', '1.1.1.1', 7), META, later).rule?.id).toBe('101');
  });

  it('places if_group rules under every rule of the group and finds if_matched_group history', () => {
    expect(run(engine, line('alice', '1.2.3.4', 5, 'hello bye')).rule?.id).toBe('120');
    engine.reset();
    expect(run(engine, line('alice', '1.2.3.4', 5, 'bye-bye')).rule?.id).toBe('107');
    expect(run(engine, line('alice', '1.2.3.4', 5, 'bye-bye again')).rule?.id).toBe('130');
  });

  it('looks values up in CDB lists (address prefixes, values, absence)', () => {
    expect(run(engine, line('alice', '10.3.4.99', 5, 'list')).rule?.id).toBe('140');
    expect(run(engine, line('alice', '192.168.1.7', 5, 'list')).rule?.id).toBe('140');
    expect(run(engine, line('alice', '192.168.1.8', 5, 'list')).rule?.id).not.toBe('140');
    expect(run(engine, line('alice', '1.1.1.1', 2, 'value')).rule?.id).toBe('141');
    expect(run(engine, line('alice', '1.1.1.1', 1, 'value')).rule?.id).not.toBe('141');
    expect(run(engine, line('mallory', '1.1.1.1', 1, 'who')).rule?.id).toBe('142');
    expect(run(engine, line('bob', '1.1.1.1', 1, 'who')).rule?.id).not.toBe('142');
  });

  it('keeps categories apart: firewall events only reach firewall rules', () => {
    const r = run(engine, 'FW DROP 1.2.3.4');
    expect(r.decoder?.name).toBe('fw');
    expect(r.rule).toMatchObject({ id: '200', level: 4 });
    expect(r.alert).toBe(true);
  });

  it('lets overwrite="yes" replace a rule in place', () => {
    const { engine: e, problems } = build({
      decoders: DECODERS,
      rules: RULES + '<group name="local,"><rule id="101" level="11" overwrite="yes"><if_sid>100</if_sid><match>hello</match><description>replaced</description></rule></group>',
      lists: LISTS,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(run(e, line('alice', '1.2.3.4', 5)).rule).toMatchObject({ id: '101', level: 11, description: 'replaced' });
  });

  it('honours <time> and <weekday> against the event time', () => {
    const e = engineOf({
      decoders: DECODERS,
      rules: `<group name="t,">
        <rule id="300" level="5"><decoded_as>app</decoded_as><time>9 am - 5 pm</time><weekday>weekdays</weekday><description>office hours</description></rule>
      </group>`,
    });
    const tuesdayNoon = new Date(2026, 10, 24, 12, 0);
    const sundayNoon = new Date(2026, 10, 29, 12, 0);
    const tuesdayNight = new Date(2026, 10, 24, 23, 0);
    expect(e.process(line('a', '1.1.1.1', 1), META, tuesdayNoon).rule?.id).toBe('300');
    expect(e.process(line('a', '1.1.1.1', 1), META, sundayNoon).rule).toBeNull();
    expect(e.process(line('a', '1.1.1.1', 1), META, tuesdayNight).rule).toBeNull();
  });
});
