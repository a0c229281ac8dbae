// The gate before an enrollment decision: the address's rate, authd's password, the node's rate of
// registrations; what passes goes on without its password. Time is a number moved by hand.
import { EnrollGate, gatedDecider, TOO_MANY_REQUESTS_REPLY } from '../../agents/enrollment/enroll-gate';
import { checkPassword, INVALID_PASSWORD_REPLY } from '../../agents/enrollment/enroll-password';
import { splitPassword } from '../../agents/enrollment/enroll-request';

const KEY = (n: number) => `OSSEC K:'${String(n).padStart(3, '0')} a${n} any ${'f'.repeat(64)}'`;

describe('the password part of a request', () => {
  test.each([
    ["OSSEC A:'a1'", null, "OSSEC A:'a1'"],
    ["OSSEC PASS: p1 OSSEC A:'a1' V:'v4.14.7'", 'p1', "OSSEC A:'a1' V:'v4.14.7'"],
    ["OSSEC PASS: two words OSSEC A:'a1'", 'two words', "OSSEC A:'a1'"],
    ['OSSEC PASS: p1', 'p1', ''],
    ["OSSEC PASS:  OSSEC A:'a1'", '', "OSSEC A:'a1'"],
  ])('%j is password %j and request %j', (line, password, rest) => {
    expect(splitPassword(line)).toEqual({ password, rest });
  });

  test.each([
    ["OSSEC PASS: right OSSEC A:'a1'", { ok: true, request: "OSSEC A:'a1'" }],
    ["OSSEC PASS: wrong OSSEC A:'a1'", { ok: false, reply: INVALID_PASSWORD_REPLY }],
    ["OSSEC PASS: righ OSSEC A:'a1'", { ok: false, reply: INVALID_PASSWORD_REPLY }],
    ["OSSEC PASS: rightt OSSEC A:'a1'", { ok: false, reply: INVALID_PASSWORD_REPLY }],
    ["OSSEC A:'a1'", { ok: false, reply: INVALID_PASSWORD_REPLY }],
    ["OSSEC PASS: right", { ok: true, request: '' }],
  ])('checkPassword(%j) against "right"', (line, result) => {
    expect(checkPassword(line, 'right')).toEqual(result);
  });

  test("the refusal is authd's", () => {
    expect(INVALID_PASSWORD_REPLY).toBe('ERROR: Invalid password. Unable to add agent');
  });
});

describe('EnrollGate', () => {
  let now: number;
  const gate = (password: string | null, perAddress = { perSecond: 1, burst: 3 }, perNode = { perSecond: 1, burst: 2 }) =>
    new EnrollGate({ password, perAddress, perNode, maxAddresses: 100, now: () => now });
  beforeEach(() => {
    now = 1_800_000_000_000;
  });

  test('an address past its burst is refused, another is not, and the first is served again as its bucket refills', () => {
    const g = gate(null, { perSecond: 1, burst: 3 }, { perSecond: 100, burst: 100 });
    const from = (ip: string) => g.admit("OSSEC A:'a1'", ip).pass;
    expect([from('10.0.0.1'), from('10.0.0.1'), from('10.0.0.1'), from('10.0.0.1')]).toEqual([true, true, true, false]);
    expect(from('10.0.0.2')).toBe(true);
    expect(g.admit("OSSEC A:'a1'", '10.0.0.1')).toEqual({ pass: false, reply: TOO_MANY_REQUESTS_REPLY, reason: 'addressRate' });
    now += 1_000;
    expect(from('10.0.0.1')).toBe(true);
    expect(g.refused).toEqual({ addressRate: 2, password: 0, nodeRate: 0 });
  });

  test('wrong passwords count against the address, so guessing is as slow as its rate', () => {
    const g = gate('right', { perSecond: 1, burst: 2 });
    expect(g.admit("OSSEC PASS: guess1 OSSEC A:'a1'", '10.0.0.9')).toEqual({ pass: false, reply: INVALID_PASSWORD_REPLY, reason: 'password' });
    expect(g.admit("OSSEC PASS: guess2 OSSEC A:'a1'", '10.0.0.9').pass).toBe(false);
    expect(g.admit("OSSEC PASS: right OSSEC A:'a1'", '10.0.0.9')).toEqual({ pass: false, reply: TOO_MANY_REQUESTS_REPLY, reason: 'addressRate' });
    expect(g.refused).toEqual({ addressRate: 1, password: 2, nodeRate: 0 });
  });

  test('what passes goes on without its password', () => {
    expect(gate('right').admit("OSSEC PASS: right OSSEC A:'a1' G:'web'", '10.0.0.1')).toEqual({ pass: true, request: "OSSEC A:'a1' G:'web'" });
    expect(gate(null).admit("OSSEC PASS: any OSSEC A:'a1'", '10.0.0.1')).toEqual({ pass: true, request: "OSSEC PASS: any OSSEC A:'a1'" });
  });

  test('only issued keys count against the node: refusals by the decision cannot use up its rate', async () => {
    const g = gate(null, { perSecond: 100, burst: 100 }, { perSecond: 1, burst: 2 });
    let n = 0;
    const refuseAll = gatedDecider(g, async () => 'ERROR: Invalid agent name: x. Unable to add agent');
    for (let i = 0; i < 10; i++) await refuseAll("OSSEC A:'x'", `10.0.1.${i}`);
    const issue = gatedDecider(g, async () => KEY(++n));
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await issue("OSSEC A:'a'", `10.0.2.${i}`));
    expect(replies).toEqual([KEY(1), KEY(2), TOO_MANY_REQUESTS_REPLY]);
    expect(g.refused.nodeRate).toBe(1);
    now += 1_000;
    expect(await issue("OSSEC A:'a'", '10.0.3.1')).toBe(KEY(3));
  });

  test('a refused request never reaches the decision', async () => {
    const g = gate('right');
    const seen: string[] = [];
    const decide = gatedDecider(g, async (request) => {
      seen.push(request);
      return KEY(1);
    });
    expect(await decide("OSSEC PASS: wrong OSSEC A:'a1'", '10.0.0.1')).toBe(INVALID_PASSWORD_REPLY);
    expect(await decide("OSSEC PASS: right OSSEC A:'a1'", '10.0.0.1')).toBe(KEY(1));
    expect(seen).toEqual(["OSSEC A:'a1'"]);
  });

  test('what passes the gate is counted by outcome: a key, a refusal by the decision, a decision that failed', async () => {
    const g = gate(null, { perSecond: 100, burst: 100 }, { perSecond: 100, burst: 100 });
    const replies = [KEY(1), 'ERROR: Duplicate agent name: a1', KEY(2)];
    const decide = gatedDecider(g, async (request) => {
      if (request.includes('boom')) throw new Error('store closed');
      return replies.shift()!;
    });
    for (const name of ['a1', 'a1', 'a2']) await decide(`OSSEC A:'${name}'`, '10.0.0.1');
    await expect(decide("OSSEC A:'boom'", '10.0.0.1')).rejects.toThrow('store closed');
    expect(g.decided).toEqual({ issued: 2, refused: 1, failed: 1 });
    expect(g.refused).toEqual({ addressRate: 0, password: 0, nodeRate: 0 });
  });
});
