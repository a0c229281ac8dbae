import { afterKeepAlive, isWorkerSilent } from '../../actors/keepalive/keepalive-core';

describe('isWorkerSilent', () => {
  test.each([
    [0, 1000, 3000, false],
    [0, 3000, 3000, false],
    [0, 3001, 3000, true],
    [5000, 5000, 1, false],
  ])('last %d, now %d, limit %d -> %s', (last, now, limit, silent) => {
    expect(isWorkerSilent(last, now, limit)).toBe(silent);
  });
});

describe('afterKeepAlive', () => {
  const timeout = 3000;
  test('an answer resets the count', () => {
    expect(afterKeepAlive({ lastAck: 0, missed: 1 }, true, 1000, timeout)).toEqual({
      state: { lastAck: 1000, missed: 0 }, verdict: { action: 'ok' },
    });
  });
  test('one missed keep-alive is tolerated', () => {
    expect(afterKeepAlive({ lastAck: 0, missed: 0 }, false, 1000, timeout).verdict).toEqual({ action: 'ok' });
  });
  test('two missed in a row drop the link', () => {
    const r = afterKeepAlive({ lastAck: 0, missed: 1 }, false, 2000, timeout);
    expect(r.verdict).toMatchObject({ action: 'reconnect', reason: '2 keep-alives unanswered' });
  });
  test('silence past the timeout drops the link even after one miss', () => {
    const r = afterKeepAlive({ lastAck: 0, missed: 0 }, false, 3500, timeout);
    expect(r.verdict).toMatchObject({ action: 'reconnect' });
    expect(r.verdict.action === 'reconnect' && r.verdict.reason).toMatch(/3\.5s/);
  });
});
