// Six-field cron: what is refused, and the fire times, table-driven. Every time is built in local time
// (new Date(y, m, d, ...)), so the tables hold in any zone without DST (run under TZ=UTC and
// TZ=Etc/GMT-12); no test reads the clock.
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { CronError, firesBetween, latestFire, looksLikeCron, nextFire, parseCron } from '../../config/cron';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number => new Date(y, mo - 1, d, h, mi, s, ms).getTime();
const show = (t: number | undefined): string => {
  if (t === undefined) return 'none';
  const d = new Date(t);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};
const DAY = 86_400_000;

describe('parseCron', () => {
  test.each<[string, RegExp]>([
    ['*/5 * * * *', /^"\*\/5 \* \* \* \*" has five fields; add the seconds field in front \(six fields: second minute hour day-of-month month day-of-week\), e\.g\. "0 \*\/5 \* \* \* \*"$/],
    ['0 0 * * * * *', /^"0 0 \* \* \* \* \*" has 7 fields; write six: second minute hour/],
    ['@daily', /^"@daily" has 1 field; write six/],
    ['', /^"" has 0 fields/],
    ['60 * * * * *', /^"60 \* \* \* \* \*" is not a valid cron expression: 60 is a invalid expression for second$/],
    ['0 0 25 * * *', /is not a valid cron expression: 25 is a invalid expression for hour/],
    ['0 0 0 30 2 *', /impossible day of month/],
    ['0 0 0 * * funday', /is not a valid cron expression/],
    ['0 0 0 * * %', /is not a valid cron expression: pattern includes illegal characters/],
  ])('%j is refused', (expr, message) => {
    expect(() => parseCron(expr)).toThrow(CronError);
    expect(() => parseCron(expr)).toThrow(message);
  });

  test.each(['* * * * * *', '*/10 * * * * *', '0 0 0 * * *', '0 15,45 9-17/2 * jan-jun mon-fri', '0 0 12 L * ?', ' 0 0 0 * * * '])(
    '%j is accepted and kept trimmed',
    (expr) => expect(parseCron(expr).expression).toBe(expr.trim()),
  );

  test.each<[string, boolean]>([
    ['10s', false], ['10 s', false], ['1.5 m', false], ['*/10 * * * * *', true], ['0 0 0 * * *', true],
    ['@daily', true], ['*', true], ['0 0 *', true],
  ])('looksLikeCron(%j) is %s', (text, cron) => expect(looksLikeCron(text)).toBe(cron));
});

describe('nextFire', () => {
  test.each<[string, string, number, string]>([
    // expression, [after], horizon, next fire (local time)
    ['* * * * * *', '2026-12-01 10:00:00.000', DAY, '2026-12-01 10:00:01'],
    ['* * * * * *', '2026-12-01 10:00:00.999', DAY, '2026-12-01 10:00:01'],
    ['*/10 * * * * *', '2026-12-01 10:00:05.000', DAY, '2026-12-01 10:00:10'],
    ['*/10 * * * * *', '2026-12-01 10:00:50.000', DAY, '2026-12-01 10:01:00'],
    ['0 0 0 * * *', '2026-12-01 00:00:00.000', 2 * DAY, '2026-12-02 00:00:00'],
    ['0 0 0 * * *', '2026-12-31 23:59:59.999', 2 * DAY, '2027-01-01 00:00:00'],
    ['0 30 23 * * *', '2026-12-01 23:30:00.000', 2 * DAY, '2026-12-02 23:30:00'],
    ['0 15,45 9-17/2 * * *', '2026-12-01 09:46:00.000', DAY, '2026-12-01 11:15:00'],
    ['0 15,45 9-17/2 * * *', '2026-12-01 17:45:00.000', DAY, '2026-12-02 09:15:00'],
    // 2026-12-04 is a Friday: mon-fri skips the weekend
    ['0 0 8 * * mon-fri', '2026-12-04 08:00:00.000', 7 * DAY, '2026-12-07 08:00:00'],
    ['0 0 8 * * sun', '2026-12-01 00:00:00.000', 7 * DAY, '2026-12-06 08:00:00'],
    ['0 0 8 * * 7', '2026-12-01 00:00:00.000', 7 * DAY, '2026-12-06 08:00:00'],
    ['0 0 0 1 * *', '2026-12-01 00:00:00.000', 40 * DAY, '2027-01-01 00:00:00'],
    ['0 0 0 * feb *', '2026-12-01 00:00:00.000', 90 * DAY, '2027-02-01 00:00:00'],
    ['0 0 0 29 2 *', '2026-12-01 00:00:00.000', 4 * 366 * DAY, '2028-02-29 00:00:00'],
    // node-cron's rule: day-of-month AND day-of-week (2026-12-13 is the first Sunday the 13th after)
    ['0 0 0 13 * 0', '2026-12-01 00:00:00.000', 400 * DAY, '2026-12-13 00:00:00'],
    ['0 0 0 13 * 5', '2026-12-01 00:00:00.000', 400 * DAY, '2027-08-13 00:00:00'],
    ['0 0 0 L * *', '2027-02-01 00:00:00.000', 40 * DAY, '2027-02-28 00:00:00'],
    ['0 0 0 L-1 * *', '2026-12-01 00:00:00.000', 40 * DAY, '2026-12-30 00:00:00'],
    ['0 0 0 * * 1#2', '2026-12-01 00:00:00.000', 40 * DAY, '2026-12-14 00:00:00'],
    ['0 0 0 * * 5L', '2026-12-01 00:00:00.000', 40 * DAY, '2026-12-25 00:00:00'],
    // 2026-11-01 is a Sunday: 1W is Monday the 2nd; 2027-05-01 is a Saturday: 1W is Monday the 3rd
    ['0 0 0 1W * *', '2026-10-15 00:00:00.000', 40 * DAY, '2026-11-02 00:00:00'],
    ['0 0 0 1W * *', '2027-04-15 00:00:00.000', 40 * DAY, '2027-05-03 00:00:00'],
    // past the horizon: none
    ['0 0 0 * * *', '2026-12-01 00:00:00.000', DAY - 1, 'none'],
    ['0 0 0 1 1 *', '2026-12-01 00:00:00.000', 30 * DAY, 'none'],
  ])('%j after %s (horizon %d ms) fires at %s', (expr, after, horizon, expected) => {
    const [date, time] = after.split(' ');
    const [y, mo, d] = date.split('-').map(Number);
    const [h, mi, rest] = time.split(':');
    const [s, ms] = rest.split('.').map(Number);
    expect(show(nextFire(parseCron(expr), at(y, mo, d, Number(h), Number(mi), s, ms), horizon))).toBe(expected);
  });

  test('a fire exactly at the horizon counts, one ms beyond does not', () => {
    const spec = parseCron('0 0 0 * * *');
    expect(nextFire(spec, at(2026, 12, 1), DAY)).toBe(at(2026, 12, 2));
    expect(nextFire(spec, at(2026, 12, 1), DAY - 1)).toBeUndefined();
  });
});

describe('firesBetween and latestFire', () => {
  test('every fire in the window, in order, bounded by max', () => {
    const spec = parseCron('*/20 * * * * *');
    const t0 = at(2026, 12, 1, 10);
    expect(firesBetween(spec, t0, 60_000, 10).map(show)).toEqual(['2026-12-01 10:00:20', '2026-12-01 10:00:40', '2026-12-01 10:01:00']);
    expect(firesBetween(spec, t0, 60_000, 2)).toHaveLength(2);
  });

  test.each<[string, number, number, string]>([
    ['0 0 0 * * *', at(2026, 12, 2, 0, 0, 0, 40), 300_000, '2026-12-02 00:00:00'],
    ['0 0 0 * * *', at(2026, 12, 2, 0, 0, 0), 300_000, '2026-12-02 00:00:00'],
    ['0 0 0 * * *', at(2026, 12, 2, 0, 10), 300_000, 'none'],
    ['*/10 * * * * *', at(2026, 12, 2, 0, 0, 25), 300_000, '2026-12-02 00:00:20'],
  ])('latestFire(%j, %s) within %d ms is %s', (expr, t, lookback, expected) => {
    expect(show(latestFire(parseCron(expr), t, lookback))).toBe(expected);
  });
});

// node-cron's own matcher (internal, read straight from its dist folder) is the oracle: the walk here must
// find the fire node-cron would. Its search reads no clock when given a date. Skipped if the file moves.
const nodeCronShared = ((): { TimeMatcher: new (e: string) => { getNextMatch(d: Date): Date } } | undefined => {
  try {
    return require(join(dirname(require.resolve('node-cron')), '_shared.cjs'));
  } catch {
    return undefined; // the oracle is optional: the tables above still hold
  }
})();

(nodeCronShared?.TimeMatcher ? test : test.skip)('agrees with node-cron on random expressions (oracle: node-cron internal TimeMatcher)', () => {
  const field = (lo: number, hi: number): fc.Arbitrary<string> => fc.oneof(
    fc.constant('*'),
    fc.integer({ min: lo, max: hi }).map(String),
    fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.integer({ min: 1, max: 15 }).map((s) => `*/${s}`),
    fc.array(fc.integer({ min: lo, max: hi }), { minLength: 1, maxLength: 3 }).map((a) => a.join(',')),
  );
  const dom = fc.oneof(field(1, 31), fc.constantFrom('L', 'L-2', '15W', 'LW'));
  const dow = fc.oneof(field(0, 7), fc.constantFrom('1#2', '5L', 'mon-fri', 'sun'));
  const horizon = 2 * 366 * DAY;
  fc.assert(
    fc.property(field(0, 59), field(0, 59), field(0, 23), dom, field(1, 12), dow, fc.integer({ min: at(2020, 1, 1), max: at(2030, 1, 1) }),
      (s, mi, h, d, mo, w, t) => {
        const expr = `${s} ${mi} ${h} ${d} ${mo} ${w}`;
        let spec;
        try {
          spec = parseCron(expr);
        } catch (err) {
          if (err instanceof CronError) return; // node-cron refuses it too (validate)
          throw err;
        }
        let theirs: number | undefined;
        try {
          theirs = new nodeCronShared!.TimeMatcher(expr).getNextMatch(new Date(t)).getTime();
        } catch {
          theirs = undefined; // "could not find next matching date": none in 100 years
        }
        if (theirs !== undefined && theirs - t > horizon) theirs = undefined;
        expect(`${expr} after ${show(t)}: ${show(nextFire(spec, t, horizon))}`).toBe(`${expr} after ${show(t)}: ${show(theirs)}`);
      }),
    { numRuns: 150, seed: 42 },
  );
});
