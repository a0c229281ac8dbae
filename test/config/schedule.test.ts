// Schedules: reading a config value, describing it, and the period a cron schedule stands for.
// Times are local (new Date(y, m, d, ...)): the tables hold under TZ=UTC and TZ=Etc/GMT-12.
import { MAX_INTERVAL_MS } from '../../config/defaults';
import {
  describeSchedule, periodMs, PERIOD_MAX_FIRES, type Schedule, ScheduleError, scheduleOf, schedulesFrom,
} from '../../config/schedule';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => new Date(y, mo - 1, d, h, mi, s).getTime();
// 2026-12-04 is a Friday.
const FRIDAY_NOON = at(2026, 12, 4, 12);
const MONDAY_NOON = at(2026, 12, 7, 12);
const THURSDAY_NOON = at(2026, 12, 3, 12);

describe('scheduleOf', () => {
  test.each<[string | number, Schedule]>([
    ['10s', { everyMs: 10_000 }],
    ['500ms', { everyMs: 500 }],
    ['10 s', { everyMs: 10_000 }],
    ['*/10 * * * * *', { cron: '*/10 * * * * *' }],
    ['  0 0 0 * * *  ', { cron: '0 0 0 * * *' }],
  ])('%j is %j', (value, schedule) => expect(scheduleOf(value)).toEqual(schedule));

  test.each<[string | number, RegExp]>([
    ['0s', /^"0s" must be positive$/],
    [0, /^0 must be positive$/],
    [10, /^10 has no unit/],
    ['ten', /^"ten" is not a duration/],
    ['*/10 * * * *', /has five fields; add the seconds field in front/],
    ['0 0 0 * * * *', /has 7 fields; write six/],
    ['61 * * * * *', /is not a valid cron expression: 61 is a invalid expression for second/],
  ])('%j is refused: %s', (value, message) => {
    expect(() => scheduleOf(value)).toThrow(ScheduleError);
    expect(() => scheduleOf(value)).toThrow(message);
  });
});

test.each<[Schedule, string]>([
  [{ everyMs: 10_000 }, 'every 10s'],
  [{ everyMs: 1_500 }, 'every 1500ms'],
  [{ everyMs: 120_000 }, 'every 2m'],
  [{ cron: '*/10 * * * * *' }, 'cron */10 * * * * *'],
])('describeSchedule(%j) is %j', (s, text) => expect(describeSchedule(s)).toBe(text));

describe('periodMs', () => {
  test.each<[string, number, number]>([
    ['* * * * * *', FRIDAY_NOON, 1_000],
    ['*/10 * * * * *', FRIDAY_NOON, 10_000],
    ['0,10 * * * * *', FRIDAY_NOON, 50_000], // :00, :10, then 50 s to the next :00
    ['0 */5 * * * *', FRIDAY_NOON, 300_000],
    ['0 0 0 * * *', FRIDAY_NOON, 86_400_000],
    ['0 0 9-17 * * *', FRIDAY_NOON, 16 * 3_600_000], // the night is the longest wait
    ['0 0 0 * * 1,4', MONDAY_NOON, 4 * 86_400_000], // Thursday to Monday
    // Irregular over the week: seen from a Monday, two days of weekdays; from a Thursday, the weekend.
    ['0 0 0 * * mon-fri', MONDAY_NOON, 86_400_000],
    ['0 0 0 * * mon-fri', THURSDAY_NOON, 3 * 86_400_000],
  ])('%j seen from %d: %d ms', (cron, now, ms) => expect(periodMs({ cron }, now, MAX_INTERVAL_MS)).toBe(ms));

  test('a fixed period is itself', () => {
    expect(periodMs({ everyMs: 1234 }, FRIDAY_NOON, MAX_INTERVAL_MS)).toBe(1234);
  });

  test('stops after PERIOD_MAX_FIRES gaps: a rare gap past them is not seen', () => {
    // Every second of the first 20 minutes of each hour: gaps of 1 s, then 40 min once an hour.
    const cron = '* 0-19 * * * *';
    const from = at(2026, 12, 4, 12, 0, 0);
    expect(PERIOD_MAX_FIRES).toBe(1_000);
    expect(periodMs({ cron }, from, MAX_INTERVAL_MS)).toBe(1_000); // 1,000 fires end before minute 17
    expect(periodMs({ cron }, at(2026, 12, 4, 12, 10), MAX_INTERVAL_MS)).toBe(40 * 60_000 + 1_000);
  });

  test.each<[string, number]>([
    ['0 0 0 1 * *', MAX_INTERVAL_MS], // monthly: about 30 days between fires
    ['0 0 0 1 1 *', MAX_INTERVAL_MS], // yearly: not even one fire within the horizon
    ['0 0 0 * * *', 3_600_000],
  ])('%j is refused when it may wait longer than %d ms', (cron, horizon) => {
    expect(() => periodMs({ cron }, FRIDAY_NOON, horizon)).toThrow(ScheduleError);
    expect(() => periodMs({ cron }, FRIDAY_NOON, horizon)).toThrow(/between two fires, longer than a loop may wait$/);
  });
});

test('schedulesFrom gives every loop its period', () => {
  expect(schedulesFrom({ keepAlive: 200, agentInfo: 1_000, agentGroups: 2_000, localIntegrity: 3_000, integrity: 4_000 })).toEqual({
    keepAlive: { everyMs: 200 }, agentInfo: { everyMs: 1_000 }, agentGroups: { everyMs: 2_000 },
    localIntegrity: { everyMs: 3_000 }, integrity: { everyMs: 4_000 },
  });
});
