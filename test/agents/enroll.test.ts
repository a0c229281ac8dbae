import { agentKeyHash } from '../../agents/crypto/agent-key';
import {
  checkEnrollment,
  EnrollContext,
  ExistingAgent,
  formatEnrollFailure,
  formatEnrollReply,
  formatEnrollRequest,
  newAgentKey,
  nextAgentId,
  parseEnrollReply,
  parseEnrollRequest,
} from '../../agents/enrollment/enroll-request';
import { mayReplace, DEFAULT_FORCE } from '../../agents/enrollment/enroll-check';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;
const v = (value: string) => ({ state: 'value', value });
const absent = { state: 'absent' };
const open = { state: 'unterminated' };

describe('parsing the authd request line', () => {
  it.each([
    ["OSSEC A:'agent1'\n", { password: null, name: 'agent1', version: absent, groups: absent, ip: absent, keyHash: absent }],
    ["OSSEC PASS: pass123 OSSEC A:'agent5'", { password: 'pass123', name: 'agent5' }],
    ["OSSEC PASS: two words OSSEC A:'a5'", { password: 'two words', name: 'a5' }],
    ["OSSEC A:'agent11' V:'v4.5.0'", { name: 'agent11', version: v('v4.5.0') }],
    ["OSSEC A:'agent3' G:'Group1,Group2'", { name: 'agent3', groups: v('Group1,Group2') }],
    ["OSSEC A:'agent6' IP:'192.0.0.2'", { name: 'agent6', ip: v('192.0.0.2') }],
    ["OSSEC A:'agent6' IP:'src'", { name: 'agent6', ip: v('src') }],
    ["OSSEC A:'agent7' K:'07f05add1049244e7e71ad0f54f24d8094cd8f8b'", { name: 'agent7', keyHash: v('07f05add1049244e7e71ad0f54f24d8094cd8f8b') }],
    ["OSSEC PASS: p OSSEC A:'agent10' V:'v4.14.7' G:'g1,g2' IP:'10.0.0.3' K:'ABC123'", { password: 'p', name: 'agent10', version: v('v4.14.7'), groups: v('g1,g2'), ip: v('10.0.0.3'), keyHash: v('ABC123') }],
    ["OSSEC A:'agent3' G:'Group1,Group2", { name: 'agent3', groups: open }],
    ["OSSEC A:'agent3' G:'G1' IP:'192.0.0.3 K:'ABC123'", { name: 'agent3', groups: v('G1'), ip: open, keyHash: absent }],
    ["OSSEC A:'agent3' IP:'192.0.0.3' K:'ABC123", { name: 'agent3', ip: v('192.0.0.3'), keyHash: open }],
    ["OSSEC A:'agent3' V:'v4.5.0", { name: 'agent3', version: open }],
    ["OSSEC A:'agent3' K:'" + 'a'.repeat(41) + "'", { name: 'agent3', keyHash: open }],
    ["OSSEC A:'agent3' G:'g' V:'v4.5.0'", { name: 'agent3', groups: v('g'), version: absent }],
    ["OSSEC A:''", { name: '' }],
    ["OSSEC A:'unterminated", { name: null }],
    ['hello', { password: null, name: null }],
    ["OSSEC PASS: nopass", { password: 'nopass', name: null }],
  ])('%j', (line, expected) => {
    expect(parseEnrollRequest(line)).toMatchObject(expected);
  });

  it('formats what it parses', () => {
    const line = formatEnrollRequest({ password: 'p', name: 'a1', version: 'v4.14.7', groups: ['g1', 'g2'], ip: 'src', keyHash: 'k' });
    expect(line).toBe("OSSEC PASS: p OSSEC A:'a1' V:'v4.14.7' G:'g1,g2' IP:'src' K:'k'\n");
    expect(parseEnrollRequest(line)).toEqual({ password: 'p', name: 'a1', version: v('v4.14.7'), groups: v('g1,g2'), ip: v('src'), keyHash: v('k') });
  });
});

function agent(over: Partial<ExistingAgent>): ExistingAgent {
  return { id: '007', name: 'old', rawKey: 'k'.repeat(64), status: 'disconnected', disconnectedAt: NOW - 2 * HOUR, registeredAt: NOW - 48 * HOUR, ...over };
}

function ctx(over: Partial<EnrollContext> = {}, agents: ExistingAgent[] = []): EnrollContext {
  return {
    password: null,
    sourceIp: '192.0.0.1',
    useSourceIp: false,
    managerVersion: 'v4.14.7',
    managerHostName: 'manager-1',
    groupExists: (g) => ['default', 'web', 'db'].includes(g),
    findAgentByIp: (ip) => agents.find((a) => a.name === `ip:${ip}` || (a as ExistingAgent & { ip?: string }).ip === ip) ?? null,
    findAgentByName: (name) => agents.find((a) => a.name === name) ?? null,
    now: NOW,
    ...over,
  };
}

describe('checking an enrollment', () => {
  const existingByIp = { ...agent({ id: '003', name: 'srv', status: 'active', disconnectedAt: 0 }), ip: '10.0.0.9' };
  const neverConnected = agent({ id: '004', name: 'fresh', status: 'never_connected', disconnectedAt: 0 });
  const recentlyGone = agent({ id: '005', name: 'recent', disconnectedAt: NOW - 10 * 60_000 });
  const longGone = agent({ id: '006', name: 'longgone' });
  const youngNeverConnected = agent({ id: '008', name: 'young', status: 'never_connected', disconnectedAt: 0, registeredAt: NOW - 60_000 });
  const agents = [existingByIp, neverConnected, recentlyGone, longGone, youngNeverConnected];

  it.each([
    ['password missing', "OSSEC A:'agent0'", { password: 'pass123' }, 'ERROR: Invalid password'],
    ['password wrong', "OSSEC PASS: pass124 OSSEC A:'agent0'", { password: 'pass123' }, 'ERROR: Invalid password'],
    ['password sent but none configured', "OSSEC PASS: pass124 OSSEC A:'agent0'", {}, 'ERROR: Invalid request for new agent'],
    ['no A: field', 'OSSEC B:x', {}, 'ERROR: Invalid request for new agent'],
    ['empty name', "OSSEC A:''", {}, 'ERROR: Invalid agent name: '],
    ['bad character', "OSSEC A:'inv;agent'", {}, 'ERROR: Invalid agent name: inv;agent'],
    ['one character', "OSSEC A:'a'", {}, 'ERROR: Invalid agent name: a'],
    ['129 characters', `OSSEC A:'${'a'.repeat(129)}'`, {}, `ERROR: Invalid agent name: ${'a'.repeat(129)}`],
    ['leading dot', "OSSEC A:'.hidden'", {}, 'ERROR: Invalid agent name: .hidden'],
    ["the manager's host name", "OSSEC A:'manager-1'", {}, 'ERROR: Invalid agent name: manager-1'],
    ['unterminated version', "OSSEC A:'agent3' V:'v4.5.0", {}, 'ERROR: Unterminated version field'],
    ['newer minor version', "OSSEC A:'agent4' V:'v4.15.0'", {}, 'ERROR: Agent version must be lower or equal to manager version'],
    ['newer major version', "OSSEC A:'agent4' V:'v5.0.0'", {}, 'ERROR: Agent version must be lower or equal to manager version'],
    ['unterminated groups', "OSSEC A:'agent3' G:'web,db", {}, 'ERROR: Unterminated group field'],
    ['empty group', "OSSEC A:'a3' G:''", {}, 'ERROR: Invalid group name: Empty Group'],
    ['consecutive commas', "OSSEC A:'a3' G:'web,,db'", {}, "ERROR: Invalid group name: web,,db... consecutive ',' are not allowed"],
    ['leading comma', "OSSEC A:'a3' G:',web'", {}, "ERROR: Invalid group name: ,web... cannot start or end with ','"],
    ['prohibited character', "OSSEC A:'a3' G:'we/b'", {}, 'ERROR: Invalid group name: we/b... characters \'\\/:*?"<>|,\' are prohibited'],
    ['space in a multigroup', "OSSEC A:'a3' G:'web,d b'", {}, 'ERROR: Invalid group name: web,d b... white spaces are not allowed'],
    ['group over 255 characters', `OSSEC A:'a3' G:'${'g'.repeat(256)}'`, {}, `ERROR: Invalid group name: ${'g'.repeat(255)}... group is too large`],
    ['unterminated IP', "OSSEC A:'a3' IP:'192.0.0.3 K:'ABC'", {}, 'ERROR: Unterminated IP field'],
    ['invalid IP', "OSSEC A:'a3' IP:'999.1.1.1'", {}, 'ERROR: Invalid IP: 999.1.1.1'],
    ['invalid CIDR', "OSSEC A:'a3' IP:'10.0.0.0/33'", {}, 'ERROR: Invalid IP: 10.0.0.0/33'],
    ['unterminated key', "OSSEC A:'a3' K:'abc", {}, 'ERROR: Unterminated key field'],
    ['char allowed at parse but not by the group regex', "OSSEC A:'a3' G:'we@b'", {}, 'ERROR: Invalid group name: we@b'],
    ['unknown group', "OSSEC A:'a3' G:'web,nosuch'", {}, 'ERROR: Invalid group: nosuch'],
    ['129 groups', `OSSEC A:'a3' G:'${Array.from({ length: 129 }, (_, i) => `g${i}`).join(',')}'`, { groupExists: () => true }, 'ERROR: Maximum multigroup reached: Limit is 128'],
    ['duplicate IP of a connected agent', "OSSEC A:'newsrv' IP:'10.0.0.9'", {}, 'ERROR: Duplicate IP: 10.0.0.9'],
    ['duplicate name of an agent gone 10 minutes', "OSSEC A:'recent'", {}, 'ERROR: Duplicate agent name: recent'],
    ['duplicate name registered a minute ago', "OSSEC A:'young'", {}, 'ERROR: Duplicate agent name: young'],
    ['duplicate name with the same key', `OSSEC A:'longgone' K:'${agentKeyHash('006', 'longgone', 'k'.repeat(64))}'`, {}, 'ERROR: Duplicate agent name: longgone'],
    ['duplicate name, force disabled', "OSSEC A:'longgone'", { force: { ...DEFAULT_FORCE, enabled: false } }, 'ERROR: Duplicate agent name: longgone'],
  ])('refuses: %s', (_what, line, over, error) => {
    const d = checkEnrollment(parseEnrollRequest(line), ctx(over, agents));
    expect(d).toEqual({ ok: false, error });
    if (!d.ok) expect(formatEnrollFailure(d.error)).toBe(`${error}. Unable to add agent`);
  });

  it.each([
    ['a plain request', "OSSEC A:'agent1'", {}, { name: 'agent1', ip: 'any', groups: null, keyHash: null, replaces: [] }],
    ['use_source_ip', "OSSEC A:'agent1'", { useSourceIp: true }, { ip: '192.0.0.1' }],
    ['IP src', "OSSEC A:'agent1' IP:'src'", {}, { ip: '192.0.0.1' }],
    ['a given IP', "OSSEC A:'agent1' IP:'10.1.1.1'", { useSourceIp: true }, { ip: '10.1.1.1' }],
    ['a CIDR', "OSSEC A:'agent1' IP:'10.1.1.0/24'", {}, { ip: '10.1.1.0/24' }],
    ['an IPv6 address', "OSSEC A:'agent1' IP:'fd00::1'", {}, { ip: 'fd00::1' }],
    ['the right password', "OSSEC PASS: s3cret OSSEC A:'agent1'", { password: 's3cret' }, { name: 'agent1' }],
    ['an equal version', "OSSEC A:'agent1' V:'v4.14.7'", {}, { name: 'agent1' }],
    ['a newer patch', "OSSEC A:'agent1' V:'v4.14.9'", {}, { name: 'agent1' }],
    ['a newer version when allowed', "OSSEC A:'agent1' V:'v5.0.0'", { allowHigherVersions: true }, { name: 'agent1' }],
    ['repeated groups', "OSSEC A:'agent1' G:'web,db,web'", {}, { groups: ['web', 'db'] }],
    ['a never-connected duplicate', "OSSEC A:'fresh'", {}, { replaces: ['004'] }],
    ['a duplicate gone two hours', "OSSEC A:'longgone' K:'0000'", {}, { replaces: ['006'], keyHash: '0000' }],
  ])('accepts %s', (_what, line, over, expected) => {
    expect(checkEnrollment(parseEnrollRequest(line), ctx(over, agents))).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['never connected, old registration', agent({ status: 'never_connected', disconnectedAt: 0 }), null, true],
    ['disconnected 2 h ago', agent({}), null, true],
    ['disconnected 30 min ago', agent({ disconnectedAt: NOW - HOUR / 2 }), null, false],
    ['active', agent({ status: 'active', disconnectedAt: 0 }), null, false],
    ['registered 30 min ago', agent({ registeredAt: NOW - HOUR / 2 }), null, false],
    ['same key hash', agent({}), agentKeyHash('007', 'old', 'k'.repeat(64)), false],
    ['different key hash', agent({}), 'ffff', true],
  ])('replace rule: %s', (_what, old, keyHash, expected) => {
    expect(mayReplace(old, keyHash, DEFAULT_FORCE, NOW)).toBe(expected);
  });
});

describe('enrollment replies, ids and keys', () => {
  it('formats the success reply with no newline and reads it back', () => {
    const reply = formatEnrollReply({ id: '001', name: 'agent1', ip: 'any', key: 'ab'.repeat(32) });
    expect(reply).toBe(`OSSEC K:'001 agent1 any ${'ab'.repeat(32)}'`);
    expect(parseEnrollReply(reply)).toEqual({ id: '001', name: 'agent1', ip: 'any', key: 'ab'.repeat(32) });
    expect(parseEnrollReply('ERROR: Invalid password. Unable to add agent')).toBeNull();
  });

  it.each([[0, '001'], [8, '009'], [98, '099'], [998, '999'], [999, '1000'], [12344, '12345']])('after %d comes %s', (highest, id) => {
    expect(nextAgentId(highest)).toBe(id);
  });

  it('makes 64 lowercase hex characters from 32 random bytes', () => {
    expect(newAgentKey(Buffer.alloc(32, 0xab))).toBe('ab'.repeat(32));
    expect(newAgentKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(() => newAgentKey(Buffer.alloc(16))).toThrow(RangeError);
  });
});
