// A rule's <check_diff/> (Wazuh's doDiff): it fires only when the output of a command changed, per
// source (agent, or host) and rule; the first output is only kept; alerts carry the previous output.
import { alertRecord, type EngineEvent } from '../../actors/analysis/event-records';
import { DIFF_MAX_OUTPUT, emptyDiffMemory, outputChanged } from '../../analysis/rules/check-diff';
import type { Event } from '../../analysis/event';
import type { EventMeta } from '../../analysis/engine';
import { build, engineOf, NOW } from './helpers';

interface Src { agent?: string; host?: string }
const event = (src: Src, log: string): Event => ({
  fullLog: log, log, location: 'netstat', hostname: src.host ?? src.agent ?? 'manager', agentId: src.agent ?? '000',
  ...(src.agent ? { agentName: `name-${src.agent}` } : {}), decoder: null, static: {}, dynamic: [], dynIndex: new Map(), time: 0, matched: 0,
});

describe('outputChanged()', () => {
  const A = { agent: '001' };
  const B = { agent: '002' };
  test.each<[string, [Src, number, string][], (string | null)[]]>([
    ['the first output is kept, not reported', [[A, 533, 'x']], [null]],
    ['the same output again does not fire', [[A, 533, 'x'], [A, 533, 'x']], [null, null]],
    ['a changed output fires with the one before', [[A, 533, 'x'], [A, 533, 'y']], [null, 'x']],
    ['each change fires, back and forth', [[A, 533, 'x'], [A, 533, 'y'], [A, 533, 'x'], [A, 533, 'x']], [null, 'x', 'y', null]],
    ['agents are apart', [[A, 533, 'x'], [B, 533, 'y'], [A, 533, 'x'], [B, 533, 'z']], [null, null, null, 'y']],
    ['rules are apart', [[A, 533, 'x'], [A, 534, 'y'], [A, 533, 'y']], [null, null, 'x']],
    ['events from no agent are told apart by host', [[{ host: 'h1' }, 533, 'x'], [{ host: 'h2' }, 533, 'y'], [{ host: 'h1' }, 533, 'y']], [null, null, 'x']],
    ['an agent and a host of the same name are apart', [[{ agent: 'web' }, 533, 'x'], [{ host: 'web' }, 533, 'y']], [null, null]],
    ['a 64 KiB output is never compared nor kept', [[A, 533, 'x'], [A, 533, 'o'.repeat(DIFF_MAX_OUTPUT)], [A, 533, 'x']], [null, null, null]],
    ['one character under is', [[A, 533, 'x'], [A, 533, 'o'.repeat(DIFF_MAX_OUTPUT - 1)]], [null, 'x']],
  ])('%s', (_name, steps, expected) => {
    const mem = emptyDiffMemory();
    const got = steps.map(([src, rule, log]) => {
      const ev = event(src, log);
      const changed = outputChanged(mem, rule, ev);
      expect(changed).toBe(ev.previous !== undefined);
      return changed ? ev.previous! : null;
    });
    expect(got).toEqual(expected);
  });

  test('past its bound the least recently seen outputs go first', () => {
    const mem = emptyDiffMemory(10);
    outputChanged(mem, 1, event({ agent: '001' }, 'aaaa'));
    outputChanged(mem, 2, event({ agent: '001' }, 'bbbb'));
    outputChanged(mem, 1, event({ agent: '001' }, 'aaaa')); // seen again: now the most recent
    outputChanged(mem, 3, event({ agent: '001' }, 'cccc'));
    expect([...mem.last.keys()]).toEqual(['agent 001 1', 'agent 001 3']);
    expect(mem.chars).toBe(8);
    // The forgotten rule 2 starts over: its next output is kept, not compared.
    expect(outputChanged(mem, 2, event({ agent: '001' }, 'dddd'))).toBe(false);
  });

  test('an output larger than the whole bound is still kept alone', () => {
    const mem = emptyDiffMemory(3);
    outputChanged(mem, 1, event({ agent: '001' }, 'aaaa'));
    expect(outputChanged(mem, 1, event({ agent: '001' }, 'bbbb'))).toBe(true);
  });
});

// Shaped like Wazuh's rules 530/533: full_command output reaches the manager as "ossec: output: 'CMD': ...".
const DECODERS = '<decoder name="ossec"><prematch>^ossec: </prematch></decoder>';
const RULES = `<group name="ossec,">
  <rule id="530" level="0"><decoded_as>ossec</decoded_as><match>^ossec: output: </match><description>command output</description></rule>
  <rule id="533" level="7"><if_sid>530</if_sid><match>output: 'netstat</match><check_diff /><description>Listened ports status (netstat) changed.</description></rule>
  <rule id="535" level="10"><if_sid>533</if_sid><match>:4444 </match><description>Port 4444 is now listening</description></rule>
</group>`;
const NETSTAT = (ports: string) => `ossec: output: 'netstat -tan': ${ports}`;
const agent = (id: string): EventMeta => ({ location: 'netstat -tan', agent: { id, name: `web-${id}`, ip: '10.0.0.9' } });

describe('<check_diff/> through the engine', () => {
  test('fires when an agent\'s output changed, its children too, with the previous output', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    const seen = [
      NETSTAT('tcp 0.0.0.0:22 LISTEN'),
      NETSTAT('tcp 0.0.0.0:22 LISTEN'),
      NETSTAT('tcp 0.0.0.0:22 LISTEN tcp 0.0.0.0:80 LISTEN'),
      NETSTAT('tcp 0.0.0.0:22 LISTEN tcp 0.0.0.0:80 LISTEN'),
      NETSTAT('tcp 0.0.0.0:22 LISTEN tcp 0.0.0.0:4444 LISTEN'),
    ].map((l) => engine.process(l, agent('001'), NOW));
    expect(seen.map((r) => [r.rule?.id, r.alert])).toEqual([['530', false], ['530', false], ['533', true], ['530', false], ['535', true]]);
    expect(seen[2].previousOutput).toBe(NETSTAT('tcp 0.0.0.0:22 LISTEN'));
    expect(seen[4].previousOutput).toBe(NETSTAT('tcp 0.0.0.0:22 LISTEN tcp 0.0.0.0:80 LISTEN'));
    expect(seen[1].previousOutput).toBeUndefined();
  });

  test('each agent is compared with its own output', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(NETSTAT('a'), agent('001'), NOW);
    expect(engine.process(NETSTAT('b'), agent('002'), NOW).rule?.id).toBe('530');
    expect(engine.process(NETSTAT('b'), agent('001'), NOW).rule?.id).toBe('533');
    expect(engine.process(NETSTAT('b'), agent('002'), NOW).rule?.id).toBe('530');
  });

  test('an output that fails the rule\'s other conditions is not kept', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(NETSTAT('a'), agent('001'), NOW);
    engine.process("ossec: output: 'df -h': /dev/sda1 80%", agent('001'), NOW);
    expect(engine.process(NETSTAT('b'), agent('001'), NOW).previousOutput).toBe(NETSTAT('a'));
  });

  test('reset() forgets the outputs', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(NETSTAT('a'), agent('001'), NOW);
    engine.reset();
    expect(engine.process(NETSTAT('b'), agent('001'), NOW).rule?.id).toBe('530');
  });

  test('the alert carries previous_output and previous_log as Wazuh writes them', () => {
    const engine = engineOf({ decoders: DECODERS, rules: RULES });
    engine.process(NETSTAT('a'), agent('001'), NOW);
    const r = engine.process(NETSTAT('b'), agent('001'), NOW);
    const ev: EngineEvent = [NOW.getTime(), '001', 'web-001', '10.0.0.9', 'netstat -tan', NETSTAT('b')];
    expect(alertRecord(ev, r, { managerName: 'w1' }, 1)).toMatchObject({
      rule: { id: '533', level: 7 }, previous_output: `Previous output:\n${NETSTAT('a')}`, previous_log: NETSTAT('a'),
    });
    const first = engineOf({ decoders: DECODERS, rules: RULES.replace('level="0"', 'level="3"') }).process(NETSTAT('a'), agent('001'), NOW);
    expect(alertRecord(ev, first, { managerName: 'w1' }, 2)).not.toHaveProperty('previous_output');
  });

  test('check_diff loads with no problem', () => {
    expect(build({ decoders: DECODERS, rules: RULES }).problems).toEqual([]);
  });
});
