import type { LogLevel } from '../../config/schema';
import { describeCause, formatLine, formatTimestamp, oneLine, roleOf, type NodeRole } from '../../log/format';

// Local time on purpose: cluster.log shows the machine's clock, as Wazuh's does.
const at = (y: number, mo: number, d: number, h: number, mi: number, s: number): Date => new Date(y, mo - 1, d, h, mi, s);

describe('formatLine', () => {
  test.each<[Date, LogLevel, NodeRole, string, string[], string, string]>([
    [at(2026, 11, 26, 10, 0, 0), 'info', 'Worker', 'worker-1', ['Keep Alive'], 'Keep alive sent.',
      '2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.'],
    [at(2026, 11, 26, 10, 0, 3), 'info', 'Master', 'master-1', ['Integrity sync', 'worker-1'], 'Finished in 0.214s: 3 missing, 1 changed, 0 extra.',
      '2026/11/26 10:00:03 INFO: [Master master-1] [Integrity sync] [worker-1] Finished in 0.214s: 3 missing, 1 changed, 0 extra.'],
    [at(2026, 1, 5, 3, 4, 5), 'error', 'Master', 'm', [], 'no task',
      '2026/01/05 03:04:05 ERROR: [Master m] no task'],
    [at(2027, 12, 31, 23, 59, 59), 'warning', 'Worker', 'w', ['Agent info'], 'slow',
      '2027/12/31 23:59:59 WARNING: [Worker w] [Agent info] slow'],
    [at(2026, 6, 1, 0, 0, 0), 'debug', 'Worker', 'w', ['a', 'b', 'c'], '',
      '2026/06/01 00:00:00 DEBUG: [Worker w] [a] [b] [c] '],
    [at(2026, 6, 1, 12, 0, 0), 'info', 'Master', 'm', ['Peer'], 'bad name "x\nINFO: forged"',
      '2026/06/01 12:00:00 INFO: [Master m] [Peer] bad name "x\\nINFO: forged"'],
    [at(2026, 6, 1, 12, 0, 0), 'info', 'Master', 'm\r', ['t\u0000'], 'bell\u0007 tab\tkept',
      '2026/06/01 12:00:00 INFO: [Master m\\r] [t\\u0000] bell\\u0007 tab\tkept'],
  ])('%#: %s', (date, level, role, node, tags, msg, line) => {
    expect(formatLine(date, level, role, node, tags, msg)).toBe(line);
  });

  test('the timestamp ignores milliseconds and pads short years', () => {
    const d = at(2026, 3, 4, 5, 6, 7);
    d.setMilliseconds(999);
    expect(formatTimestamp(d)).toBe('2026/03/04 05:06:07');
    d.setFullYear(7);
    expect(formatTimestamp(d)).toBe('0007/03/04 05:06:07');
  });

  test('roleOf maps the node type', () => {
    expect([roleOf('master'), roleOf('worker')]).toEqual(['Master', 'Worker']);
  });

  test('oneLine leaves ordinary text alone', () => {
    expect(oneLine('Finished in 0.214s: é ✓')).toBe('Finished in 0.214s: é ✓');
  });
});

describe('describeCause', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const wrapped = new Error('handshake failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1516') });
  const repeating = new Error('read failed: EPIPE', { cause: new Error('EPIPE') });
  test.each<[string, unknown, string]>([
    ['an Error', new Error('boom'), 'boom'],
    ['an Error with a cause', wrapped, 'handshake failed: connect ECONNREFUSED 127.0.0.1:1516'],
    ['a cause already in the message', repeating, 'read failed: EPIPE'],
    ['an Error without a message', new TypeError(), 'TypeError'],
    ['a string', 'plain text', 'plain text'],
    ['an object with a message', { message: 'from a promise' }, 'from a promise'],
    ['a number', 42, '42'],
    ['an object', { code: 7 }, '{"code":7}'],
    ['a cyclic object', cyclic, '[object Object]'],
  ])('%s', (_name, cause, text) => {
    expect(describeCause(cause)).toBe(text);
  });

  test('a long chain stops after five causes', () => {
    let e = new Error('e0');
    for (let i = 1; i < 10; i++) e = new Error(`e${i}`, { cause: e });
    expect(describeCause(e)).toBe('e9: e8: e7: e6: e5');
  });
});
