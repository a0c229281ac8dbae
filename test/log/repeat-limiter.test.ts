// The repeat limiter: one line per source per interval, repeats summed up, sources bounded.
import type { TaskLog } from '../../log/task-log';
import { OTHER_SOURCES, RepeatLimiter } from '../../log/repeat-limiter';
import { ManualClock } from '../helpers/manual-clock';

function setup(opts: { intervalMs?: number; maxSources?: number } = {}) {
  const clock = new ManualClock();
  const lines: { level: string; msg: string }[] = [];
  const record = (level: string) => (msg: string): void => void lines.push({ level, msg });
  const log: TaskLog & { lines: typeof lines } = {
    lines, debug: record('debug'), info: record('info'), warning: record('warning'), error: record('error'),
  };
  const limiter = new RepeatLimiter(log, clock, { intervalMs: 60_000, ...opts });
  const messages = (): string[] => log.lines.map((l) => l.msg);
  return { clock, log, limiter, messages };
}

describe('RepeatLimiter', () => {
  test('the first line of a source is written, repeats are counted and summed up when the interval ends', async () => {
    const { clock, limiter, messages } = setup();
    for (let i = 1; i <= 500; i++) limiter.warning('10.0.0.9', `bad frame #${i}`);
    expect(messages()).toEqual(['bad frame #1']);
    await clock.advance(60_000);
    expect(messages()).toEqual([
      'bad frame #1',
      '... and 499 more like this from 10.0.0.9 in the last 60 s; the latest: bad frame #500',
    ]);
    expect(clock.pending).toBe(0); // nothing followed: no timer keeps the process alive
  });

  test('each source has its own interval', async () => {
    const { limiter, messages } = setup();
    limiter.warning('a', 'from a');
    limiter.warning('b', 'from b');
    limiter.warning('a', 'from a again');
    expect(messages()).toEqual(['from a', 'from b']);
  });

  test('a source heard again after its interval is written again, after the summary of its repeats', async () => {
    const { clock, limiter, messages } = setup();
    limiter.warning('a', 'one');
    limiter.warning('a', 'two');
    await clock.advance(30_000);
    limiter.warning('a', 'three');
    await clock.advance(29_999);
    expect(messages()).toEqual(['one']);
    await clock.advance(1);
    limiter.warning('a', 'four');
    expect(messages()).toEqual(['one', '... and 2 more like this from a in the last 60 s; the latest: three', 'four']);
  });

  test('a source with no repeats leaves no summary', async () => {
    const { clock, limiter, messages } = setup();
    limiter.warning('a', 'once');
    await clock.advance(120_000);
    expect(messages()).toEqual(['once']);
    expect(limiter.followed).toBe(0);
  });

  test('past maxSources, newcomers share one entry: a flood from many addresses stays a few lines', async () => {
    const { clock, limiter, messages } = setup({ maxSources: 2 });
    for (let i = 0; i < 1000; i++) limiter.warning(`10.0.${i >> 8}.${i & 255}`, `from ${i}`);
    expect(limiter.followed).toBe(3);
    expect(messages()).toEqual(['from 0', 'from 1', 'from 2']);
    await clock.advance(60_000);
    expect(messages()[3]).toBe(`... and 997 more like this from ${OTHER_SOURCES} in the last 60 s; the latest: from 999`);
    expect(messages()).toHaveLength(4);
  });

  test('close writes the pending summaries and stops the timer', async () => {
    const { clock, limiter, messages } = setup();
    limiter.info('a', 'x');
    limiter.info('a', 'y');
    limiter.close();
    expect(messages()).toEqual(['x', '... and 1 more like this from a in the last 60 s; the latest: y']);
    expect(clock.pending).toBe(0);
  });

  test('the level of the lines is kept', async () => {
    const { clock, log, limiter } = setup();
    limiter.info('a', 'x');
    limiter.info('a', 'y');
    await clock.advance(60_000);
    expect(log.lines.map((l) => l.level)).toEqual(['info', 'info']);
  });
});
