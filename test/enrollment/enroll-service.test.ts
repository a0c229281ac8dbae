import { agentKeyHash } from '../../agents/crypto/agent-key';
import { enrollOnMaster, type EnrollDeps, MANAGER_WAZUH_VERSION } from '../../agents/enrollment/enroll-service';
import { formatEnrollRequest } from '../../agents/enrollment/enroll-request';
import { KEY_REPLY, tempStore, type TempStore } from './helpers';

const HOUR = 3_600_000;

describe('enrollOnMaster', () => {
  let t: TempStore;
  let deps: EnrollDeps;
  let registered: number;
  beforeEach(() => {
    t = tempStore();
    registered = 0;
    deps = { store: t.store, managerHost: 'manager-host', now: () => t.clock.now, onRegistered: () => registered++ };
  });
  afterEach(() => t.cleanup());

  test('registers a new agent in group default with a fresh key', () => {
    const reply = enrollOnMaster("OSSEC A:'agent1' V:'v4.14.7'", '10.1.1.1', deps);
    const m = KEY_REPLY.exec(reply)!;
    expect(m.slice(1, 3)).toEqual(['001', 'agent1']);
    expect(m[3]).toBe('any');
    const a = t.store.findAgentByName('agent1')!;
    expect([a.id, a.ip, a.key, a.groups, a.status]).toEqual([1, 'any', m[4], ['default'], 'never_connected']);
    expect(registered).toBe(1);
  });

  test.each([
    ['explicit groups, in order', formatEnrollRequest({ name: 'a2', groups: ['web', 'default'] }), '10.1.1.1', ['web', 'default'], 'any'],
    ["IP:'src' takes the source address", formatEnrollRequest({ name: 'a3', ip: 'src' }), '10.1.1.9', ['default'], '10.1.1.9'],
    ['a given address and CIDR', formatEnrollRequest({ name: 'a4', ip: '10.2.0.0/16' }), '10.1.1.1', ['default'], '10.2.0.0/16'],
    ['a patch above the manager is fine', formatEnrollRequest({ name: 'a5', version: 'v4.14.99' }), '10.1.1.1', ['default'], 'any'],
  ])('%s', (_what, line, src, groups, ip) => {
    const m = KEY_REPLY.exec(enrollOnMaster(line, src, deps))!;
    expect(m[3]).toBe(ip);
    expect(t.store.findAgentByName(m[2]!)!.groups).toEqual(groups);
  });

  test.each([
    ['wrong password', { password: 'secret' }, "OSSEC PASS: nope OSSEC A:'x1'", 'ERROR: Invalid password'],
    ['missing password', { password: 'secret' }, "OSSEC A:'x1'", 'ERROR: Invalid password'],
    ['password when none is set', {}, "OSSEC PASS: x OSSEC A:'x1'", 'ERROR: Invalid request for new agent'],
    ['no name', {}, 'hello', 'ERROR: Invalid request for new agent'],
    ['name too short', {}, "OSSEC A:'a'", 'ERROR: Invalid agent name: a'],
    ['name with a bad character', {}, "OSSEC A:'a/b'", 'ERROR: Invalid agent name: a/b'],
    ['name starting with a dot', {}, "OSSEC A:'.ab'", 'ERROR: Invalid agent name: .ab'],
    ["the manager's host name", {}, "OSSEC A:'manager-host'", 'ERROR: Invalid agent name: manager-host'],
    ['version too new', {}, "OSSEC A:'x1' V:'v4.15.0'", 'ERROR: Agent version must be lower or equal to manager version'],
    ['unknown group', {}, "OSSEC A:'x1' G:'nope'", 'ERROR: Invalid group: nope'],
    ['bad IP', {}, "OSSEC A:'x1' IP:'300.1.1.1'", 'ERROR: Invalid IP: 300.1.1.1'],
    ['duplicate name', {}, "OSSEC A:'old1'", 'ERROR: Duplicate agent name: old1'],
    ['duplicate IP', {}, "OSSEC A:'x1' IP:'10.9.9.9'", 'ERROR: Duplicate IP: 10.9.9.9'],
  ])('refuses: %s', (_what, extra, line, error) => {
    t.store.registerAgent({ name: 'old1', ip: '10.9.9.9', key: 'a'.repeat(64) });
    const before = t.store.listAgents().length;
    expect(enrollOnMaster(line, '10.1.1.1', { ...deps, ...extra })).toBe(`${error}. Unable to add agent`);
    expect(t.store.listAgents()).toHaveLength(before);
    expect(registered).toBe(0);
  });

  test('the right password is accepted', () => {
    expect(enrollOnMaster("OSSEC PASS: secret OSSEC A:'x1'", '10.1.1.1', { ...deps, password: 'secret' })).toMatch(KEY_REPLY);
  });

  test('presents a Wazuh version, not the package one', () => {
    expect(MANAGER_WAZUH_VERSION).toBe('v4.14.7');
    expect(enrollOnMaster("OSSEC A:'x1' V:'v4.14.7'", '10.1.1.1', deps)).toMatch(KEY_REPLY);
  });

  describe('the replace rule', () => {
    const setup = (status: 'never_connected' | 'active' | 'disconnected', disconnectedAgo: number | null) => {
      const old = t.store.registerAgent({ name: 'old1', ip: '10.9.9.9', key: 'b'.repeat(64) });
      t.clock.now += 2 * HOUR;
      if (status !== 'never_connected') {
        t.store.applyAgentInfo('worker-1', [{ id: old.id, status, disconnectionTime: disconnectedAgo === null ? null : t.clock.now - disconnectedAgo }]);
      }
      return old;
    };

    test.each([
      ['never connected, registered 2 h ago: replaced', 'never_connected', null, true],
      ['disconnected 2 h ago: replaced', 'disconnected', 2 * HOUR, true],
      ['disconnected 10 min ago: kept', 'disconnected', 600_000, false],
      ['active: kept', 'active', null, false],
    ] as const)('%s', (_what, status, ago, replaced) => {
      const old = setup(status, ago);
      const reply = enrollOnMaster("OSSEC A:'old1' IP:'10.9.9.9'", '10.1.1.1', deps);
      if (replaced) {
        expect(KEY_REPLY.exec(reply)!.slice(1, 4)).toEqual(['002', 'old1', '10.9.9.9']);
        expect(t.store.getAgent(old.id)).toBeUndefined();
        expect(t.store.listAgents().map((a) => a.id)).toEqual([2]);
      } else {
        expect(reply).toBe('ERROR: Duplicate IP: 10.9.9.9. Unable to add agent');
        expect(t.store.listAgents().map((a) => a.id)).toEqual([old.id]);
      }
    });

    test('is refused when the request proves it holds the old key (K: equals its hash)', () => {
      const old = setup('never_connected', null);
      const k = agentKeyHash('001', 'old1', old.key);
      expect(enrollOnMaster(`OSSEC A:'old1' K:'${k}'`, '10.1.1.1', deps)).toBe('ERROR: Duplicate agent name: old1. Unable to add agent');
      expect(enrollOnMaster(`OSSEC A:'old1' K:'${'0'.repeat(40)}'`, '10.1.1.1', deps)).toMatch(KEY_REPLY);
    });

    test('one request may replace two agents: one by address, one by name', () => {
      t.store.registerAgent({ name: 'by-ip', ip: '10.9.9.9', key: 'b'.repeat(64) });
      t.store.registerAgent({ name: 'by-name', ip: 'any', key: 'c'.repeat(64) });
      t.clock.now += 2 * HOUR;
      const m = KEY_REPLY.exec(enrollOnMaster("OSSEC A:'by-name' IP:'10.9.9.9'", '10.1.1.1', deps))!;
      expect(m[1]).toBe('003');
      expect(t.store.listAgents().map((a) => [a.id, a.name, a.ip])).toEqual([[3, 'by-name', '10.9.9.9']]);
    });
  });
});
