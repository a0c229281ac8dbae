// A decoder's <accumulate/> (Wazuh's accumulator): events sharing an id on one host and decoder pool
// srcuser, dstuser, srcip, dstip, srcport, dstport and data; an event's own values win; 120 s of
// silence ends a conversation. Times come from the engine's `now`, never the clock.
import { accumulate, ACCUMULATE_EXPIRE_S, emptyAccumulator } from '../../analysis/decoders/accumulator';
import type { Event } from '../../analysis/event';
import type { Result } from '../../analysis/engine';
import { engineOf, META } from './helpers';

// Shaped like Wazuh's OpenLDAP decoders: each child that should pool says <accumulate/> itself.
const DECODERS = `
<decoder name="conn"><program_name>^conn$</program_name><accumulate/></decoder>
<decoder name="conn-open"><parent>conn</parent><prematch>OPEN </prematch><accumulate/>
  <regex>^id=(\\d+) OPEN from (\\S+):(\\d+) to (\\S+):(\\d+)</regex><order>id, srcip, srcport, dstip, dstport</order></decoder>
<decoder name="conn-login"><parent>conn</parent><prematch>LOGIN </prematch><accumulate/>
  <regex>^id=(\\d+) LOGIN user=(\\S+)</regex><order>id, user</order></decoder>
<decoder name="conn-data"><parent>conn</parent><prematch>DATA </prematch><accumulate/>
  <regex>^id=(\\d+) DATA (\\S+) (\\S+) session=(\\S+)</regex><order>id, data, url, session</order></decoder>
<decoder name="conn-result"><parent>conn</parent><prematch>RESULT </prematch><accumulate/>
  <regex>^id=(\\d+) RESULT (\\S+)</regex><order>id, status</order></decoder>
<decoder name="conn-close"><parent>conn</parent><prematch> CLOSE</prematch>
  <regex>^id=(\\d+) CLOSE from (\\S+)</regex><order>id, srcip</order></decoder>
<decoder name="conn-noid"><parent>conn</parent><prematch>NOID </prematch><accumulate/>
  <regex>^NOID from (\\S+)</regex><order>srcip</order></decoder>
<decoder name="other"><program_name>^other$</program_name><accumulate/></decoder>
<decoder name="other-any"><parent>other</parent><prematch>RESULT </prematch><accumulate/>
  <regex>^id=(\\d+) RESULT (\\S+)</regex><order>id, status</order></decoder>`;
const RULES = '<group name="conn,"><rule id="100" level="3"><decoded_as>conn</decoded_as><description>conn</description></rule></group>';

const T0 = new Date(2026, 10, 26, 10, 0, 0).getTime();
const line = (msg: string, host = 'ldap1', prog = 'conn'): string => `Nov 26 10:00:00 ${host} ${prog}[1]: ${msg}`;
const OPEN = (id: number, src = '10.0.0.5') => line(`id=${id} OPEN from ${src}:40000 to 10.0.0.1:389`);
const LOGIN = (id: number, user = 'alice') => line(`id=${id} LOGIN user=${user}`);
const RESULT = (id: number, host?: string) => line(`id=${id} RESULT err=49`, host);

/** Each step: seconds after T0 and a line; returns the last event's fields. */
function fieldsAfter(steps: [number, string][]): Result['fields'] {
  const engine = engineOf({ decoders: DECODERS, rules: RULES });
  let r: Result | undefined;
  for (const [s, l] of steps) r = engine.process(l, META, new Date(T0 + s * 1000));
  return r!.fields;
}

const CONN = { srcip: '10.0.0.5', srcport: '40000', dstip: '10.0.0.1', dstport: '389' };

describe('<accumulate/> through the engine', () => {
  test.each<[string, [number, string][], Record<string, string>]>([
    ['a later line of the conversation gets what the first one decoded', [[0, OPEN(7)], [1, RESULT(7)]],
      { ...CONN, id: '7', status: 'err=49' }],
    ['values pool across several lines', [[0, OPEN(7)], [1, LOGIN(7)], [2, RESULT(7)]],
      { ...CONN, dstuser: 'alice', id: '7', status: 'err=49' }],
    ['another id gets nothing', [[0, OPEN(7)], [1, RESULT(8)]], { id: '8', status: 'err=49' }],
    ['another host gets nothing', [[0, OPEN(7)], [1, RESULT(7, 'ldap2')]], { id: '7', status: 'err=49' }],
    ['another decoder name gets nothing', [[0, OPEN(7)], [1, line('id=7 RESULT err=49', 'ldap1', 'other')]], { id: '7', status: 'err=49' }],
    ['the event keeps its own values', [[0, OPEN(7)], [1, OPEN(7, '10.0.0.9')]], { ...CONN, srcip: '10.0.0.9', id: '7' }],
    ['the pool keeps the first value seen', [[0, OPEN(7)], [1, OPEN(7, '10.0.0.9')], [2, RESULT(7)]], { ...CONN, id: '7', status: 'err=49' }],
    ['120 s of silence still carries', [[0, OPEN(7)], [ACCUMULATE_EXPIRE_S, RESULT(7)]], { ...CONN, id: '7', status: 'err=49' }],
    ['121 s of silence ends the conversation', [[0, OPEN(7)], [ACCUMULATE_EXPIRE_S + 1, RESULT(7)]], { id: '7', status: 'err=49' }],
    ['each line renews the conversation', [[0, OPEN(7)], [100, LOGIN(7)], [200, RESULT(7)]], { ...CONN, dstuser: 'alice', id: '7', status: 'err=49' }],
    ['an expired conversation starts afresh', [[0, OPEN(7)], [200, LOGIN(7)], [201, RESULT(7)]], { dstuser: 'alice', id: '7', status: 'err=49' }],
    ['a decoder without <accumulate/> takes nothing', [[0, OPEN(7)], [1, line('id=7 CLOSE from 10.0.0.9')]], { srcip: '10.0.0.9', id: '7' }],
    ['...and gives nothing', [[0, line('id=7 CLOSE from 10.0.0.5')], [1, RESULT(7)]], { id: '7', status: 'err=49' }],
    ['an event without an id neither takes nor gives', [[0, line('NOID from 10.0.0.5')], [1, RESULT(7)]], { id: '7', status: 'err=49' }],
    ['data pools; url, status and decoded fields do not', [[0, line('id=7 DATA payload /x session=s1')], [1, RESULT(7)]], { data: 'payload', id: '7', status: 'err=49' }],
    ['80 characters pool', [[0, LOGIN(7, 'u'.repeat(80))], [1, RESULT(7)]], { dstuser: 'u'.repeat(80), id: '7', status: 'err=49' }],
    ['81 characters do not', [[0, LOGIN(7, 'u'.repeat(81))], [1, RESULT(7)]], { id: '7', status: 'err=49' }],
    ['events that go back in time still carry', [[10, OPEN(7)], [5, RESULT(7)]], { ...CONN, id: '7', status: 'err=49' }],
  ])('%s', (_name, steps, expected) => {
    expect(fieldsAfter(steps)).toEqual(expected);
  });

  test('events of two agents with the same id and host name in the log stay apart', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    const at = new Date(T0);
    engine.process(OPEN(7), { location: '/var/log/slapd', agent: { id: '001', name: 'a1' } }, at);
    const other = engine.process(RESULT(7), { location: '/var/log/slapd', agent: { id: '002', name: 'a2' } }, at);
    expect(other.fields).toEqual({ id: '7', status: 'err=49' });
    const same = engine.process(RESULT(7), { location: '/var/log/slapd', agent: { id: '001', name: 'a1' } }, at);
    expect(same.fields).toMatchObject(CONN);
  });

  test('reset() forgets every conversation', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(OPEN(7), META, new Date(T0));
    engine.reset();
    expect(engine.process(RESULT(7), META, new Date(T0)).fields).toEqual({ id: '7', status: 'err=49' });
  });

  test('the rules see the pooled values', () => {
    const rules = `<group name="conn,">
      <rule id="100" level="3"><decoded_as>conn</decoded_as><description>conn</description></rule>
      <rule id="101" level="6"><if_sid>100</if_sid><match>err=49</match><srcip>10.0.0.0/8</srcip><description>failed bind from $(srcip)</description></rule>
    </group>`;
    const engine = engineOf({ decoders: DECODERS, rules });
    expect(engine.process(RESULT(7), META, new Date(T0)).rule?.id).toBe('100');
    engine.process(OPEN(8), META, new Date(T0));
    expect(engine.process(RESULT(8), META, new Date(T0)).rule).toMatchObject({ id: '101', description: 'failed bind from 10.0.0.5' });
  });
});

describe('accumulate(): bounds', () => {
  const event = (id: string, srcip: string | undefined, ms: number): Event => ({
    fullLog: '', log: '', location: 'stdin', hostname: 'h', agentId: '000', decoder: { name: 'd' } as Event['decoder'],
    static: { id, ...(srcip ? { srcip } : {}) }, dynamic: [], dynIndex: new Map(), time: ms, matched: 0,
  });

  test('past the entry bound the least recently used conversation goes first', () => {
    const acc = emptyAccumulator(2);
    accumulate(acc, event('1', '10.0.0.1', T0));
    accumulate(acc, event('2', '10.0.0.2', T0));
    accumulate(acc, event('1', undefined, T0)); // 1 is now the most recent
    accumulate(acc, event('3', '10.0.0.3', T0)); // 2 goes
    expect([...acc.entries.keys()]).toEqual(['h d 1', 'h d 3']);
  });

  test('expired conversations are dropped as time moves on, without a lookup of their own', () => {
    const acc = emptyAccumulator();
    accumulate(acc, event('1', '10.0.0.1', T0));
    accumulate(acc, event('2', '10.0.0.2', T0 + 60_000));
    accumulate(acc, event('3', '10.0.0.3', T0 + 121_000));
    expect([...acc.entries.keys()]).toEqual(['h d 2', 'h d 3']);
  });

  test('a key over 255 characters is not kept (Wazuh skips it)', () => {
    const acc = emptyAccumulator();
    accumulate(acc, event('x'.repeat(252), '10.0.0.1', T0));
    accumulate(acc, event('x'.repeat(251), '10.0.0.1', T0));
    expect([...acc.entries.keys()]).toEqual([`h d ${'x'.repeat(251)}`]);
  });
});
