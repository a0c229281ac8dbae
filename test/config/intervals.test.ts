// The intervals section with cron schedules, and log.rotate_at: what each key accepts, what it refuses
// and how the problem reads (as `warden daemon -t` prints it). `now` is fixed and local.
import { parseConfigText } from '../../config/loader';
import { validateConfig, type WardenConfig } from '../../config/schema';

const KEY = '8FURYnlTp5BUuT1mBVGMUiMolQ7ryEnf';
const NOW = new Date(2026, 11, 3, 12, 0, 0).getTime(); // a Thursday, noon
type Raw = Record<string, any>;
const master = (extra: Raw = {}): Raw => ({ cluster: { node_name: 'm1', node_type: 'master', key: KEY }, ...extra });

function check(raw: Raw): { config?: WardenConfig; problems: string[] } {
  const r = validateConfig(raw, { configPath: '/etc/warden/warden.yaml', readFile: () => '', now: NOW });
  return r.ok ? { config: r.config, problems: [] } : { problems: r.problems };
}

const LOOPS = [
  ['keep_alive', 'keepAlive'],
  ['agent_info', 'agentInfo'],
  ['agent_groups', 'agentGroups'],
  ['local_integrity', 'localIntegrity'],
  ['integrity', 'integrity'],
] as const;
const LIMITS = ['keep_alive_timeout', 'reconnect_max', 'agent_disconnect'] as const;

describe('loop periods: a duration or a six-field cron expression', () => {
  // keep_alive's cron must leave keep_alive_timeout (30s by default) above its longest gap.
  describe.each(LOOPS)('intervals.%s', (key, field) => {
    test.each<[string, object, number]>([
      ['*/10 * * * * *', { cron: '*/10 * * * * *' }, 10_000],
      ['*/5 * * * * *', { cron: '*/5 * * * * *' }, 5_000],
      ['0,15,30,45 * * * * *', { cron: '0,15,30,45 * * * * *' }, 15_000],
      ['10s', { everyMs: 10_000 }, 10_000],
    ])('%j is accepted', (value, schedule, ms) => {
      const { config, problems } = check(master({ intervals: { [key]: value } }));
      expect(problems).toEqual([]);
      expect(config!.schedules[field]).toEqual(schedule);
      expect(config!.intervals[field]).toBe(ms);
    });

    test.each<[string, string]>([
      ['*/10 * * * *', `intervals.${key}: "*/10 * * * *" has five fields; add the seconds field in front (six fields: second minute hour day-of-month month day-of-week), e.g. "0 */10 * * * *"`],
      ['*/10 * * * * * *', `intervals.${key}: "*/10 * * * * * *" has 7 fields; write six: second minute hour day-of-month month day-of-week, e.g. "0 0 0 * * *"`],
      ['*/10 * 24 * * *', `intervals.${key}: "*/10 * 24 * * *" is not a valid cron expression: 24 is a invalid expression for hour`],
      ['0 0 0 1 * *', `intervals.${key}: "0 0 0 1 * *" leaves more than 2147483647 ms (about 24 days) between two fires, longer than a loop may wait`],
      ['@hourly', `intervals.${key}: "@hourly" has 1 field; write six: second minute hour day-of-month month day-of-week, e.g. "0 0 0 * * *"`],
    ])('%j is refused', (value, problem) => {
      expect(check(master({ intervals: { [key]: value } })).problems).toEqual([problem]);
    });

    test('a list is neither', () => {
      expect(check(master({ intervals: { [key]: [] } })).problems).toEqual([
        `intervals.${key}: a list is not a duration or a cron expression (expected a duration such as "10s" or a six-field cron expression such as "*/10 * * * * *")`,
      ]);
    });
  });

  test('the longest gap of an irregular schedule is the period (seen from now)', () => {
    const { config } = check(master({ intervals: { integrity: '0 0 9-17 * * *', agent_groups: '0 0,50 * * * *' } }));
    expect(config!.intervals.integrity).toBe(16 * 3_600_000);
    expect(config!.intervals.agentGroups).toBe(50 * 60_000);
  });

  test('defaults: every loop every 10s', () => {
    const { config } = check(master());
    for (const [, field] of LOOPS) expect(config!.schedules[field]).toEqual({ everyMs: 10_000 });
  });
});

describe('limits stay durations', () => {
  test.each(LIMITS)('intervals.%s refuses a cron expression, saying it is a limit', (key) => {
    expect(check(master({ intervals: { [key]: '*/10 * * * * *' } })).problems).toEqual([
      `intervals.${key}: "*/10 * * * * *" is a cron expression, but ${key} is a limit, not a schedule (expected a duration such as "30s")`,
    ]);
  });

  test.each(LIMITS)('intervals.%s still reads a duration and reports a bad one as before', (key) => {
    expect(check(master({ intervals: { [key]: '45s', keep_alive: '1s' } })).problems).toEqual([]);
    expect(check(master({ intervals: { [key]: '45x' } })).problems).toEqual([
      `intervals.${key}: "45x" has an unknown unit "x"; write a number with a unit: "500ms", "10s", "2m", "1h" or "1d"`,
    ]);
  });
});

describe('keep_alive_timeout must exceed a cron keep_alive', () => {
  test.each<[Raw, string[]]>([
    [{ keep_alive: '*/10 * * * * *' }, []],
    [{ keep_alive: '0,10 * * * * *' }, ['intervals.keep_alive_timeout: 30s (the default) must exceed intervals.keep_alive (cron 0,10 * * * * *, up to 50s between fires), or the master drops workers that are alive']],
    [{ keep_alive: '0,10 * * * * *', keep_alive_timeout: '1m' }, []],
    [{ keep_alive: '0 * * * * *', keep_alive_timeout: '60s' }, ['intervals.keep_alive_timeout: 1m must exceed intervals.keep_alive (cron 0 * * * * *, up to 1m between fires), or the master drops workers that are alive']],
    [{ keep_alive: '0 * * * * *', keep_alive_timeout: '61s' }, []],
  ])('%j', (intervals, problems) => {
    expect(check(master({ intervals })).problems).toEqual(problems);
  });
});

describe('log.rotate_at', () => {
  test('defaults to daily at midnight', () => {
    expect(check(master()).config!.log).toEqual({ level: 'info', rotateAt: '0 0 0 * * *' });
  });

  test.each(['0 0 0 * * *', '0 30 23 * * *', '0 0 */6 * * *', '0 0 0 1 * *', '0 0 0 * * sun'])('%j is accepted', (cron) => {
    expect(check(master({ log: { rotate_at: cron } })).config!.log.rotateAt).toBe(cron);
  });

  test.each<[unknown, string]>([
    ['0 0 * * *', 'log.rotate_at: "0 0 * * *" has five fields; add the seconds field in front (six fields: second minute hour day-of-month month day-of-week), e.g. "0 0 0 * * *"'],
    ['0 0 0 32 * *', 'log.rotate_at: "0 0 0 32 * *" is not a valid cron expression: 32 is a invalid expression for day of month'],
    ['1d', 'log.rotate_at: "1d" has 1 field; write six: second minute hour day-of-month month day-of-week, e.g. "0 0 0 * * *"'],
    [0, 'log.rotate_at: 0 is not a cron expression (expected six fields such as "0 0 0 * * *")'],
  ])('%j is refused', (value, problem) => {
    expect(check(master({ log: { rotate_at: value } })).problems).toEqual([problem]);
  });

  test('every problem of the section at once', () => {
    expect(check(master({ log: { level: 'loud', rotate_at: '* * *' }, intervals: { keep_alive: '* * * * *', reconnect_max: '0 * * * * *' } })).problems).toEqual([
      'log.level: "loud" is not one of error, warning, info, debug',
      'log.rotate_at: "* * *" has 3 fields; write six: second minute hour day-of-month month day-of-week, e.g. "0 0 0 * * *"',
      'intervals.keep_alive: "* * * * *" has five fields; add the seconds field in front (six fields: second minute hour day-of-month month day-of-week), e.g. "0 * * * * *"',
      'intervals.reconnect_max: "0 * * * * *" is a cron expression, but reconnect_max is a limit, not a schedule (expected a duration such as "30s")',
    ]);
  });
});

describe('from YAML text', () => {
  test('a cron expression is quoted in YAML (a bare "*" starts an alias)', () => {
    const text = `cluster: { node_name: m1, node_type: master, key: ${KEY} }\nlog: { rotate_at: "0 0 0 * * *" }\nintervals:\n  integrity: "*/30 * * * * *"\n  keep_alive: 5s\n`;
    const r = parseConfigText(text, { configPath: '/etc/warden/warden.yaml', now: NOW });
    expect(r.ok && r.config.schedules.integrity).toEqual({ cron: '*/30 * * * * *' });
    expect(r.ok && r.config.intervals.integrity).toBe(30_000);
    const bare = parseConfigText(text.replace('"*/30 * * * * *"', '*/30 * * * * *'), { configPath: '/etc/warden/warden.yaml', now: NOW });
    expect(bare.ok).toBe(false);
  });
});
