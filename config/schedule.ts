// schedule.ts: pure; what drives a periodic loop: a fixed period or a six-field cron expression.
//
// The ticker (actors/supervision/ticker.ts) runs a Schedule; the config keeps, beside each loop's
// Schedule, a period in ms (WardenConfig.intervals) for the limits derived from it, such as
// keep_alive_timeout > keep_alive. A cron schedule's period is the longest gap between consecutive
// fires seen from `now`: over the next PERIOD_WINDOW_MS (plus the first fire past it) or
// PERIOD_MAX_FIRES fires, whichever comes first. Irregular schedules ("0 0 9-17 * * 1-5") may give a
// period that depends on the day `now` falls on; a period beyond `horizonMs` is refused.
import { CronError, looksLikeCron, nextFire, parseCron } from './cron';
import { DurationError, formatDuration, parseDuration } from './duration';

export type Schedule = { everyMs: number } | { cron: string };

/** The loops of a node whose period is a schedule (the other intervals are limits). */
export interface Schedules {
  keepAlive: Schedule;
  agentInfo: Schedule;
  agentGroups: Schedule;
  localIntegrity: Schedule;
  integrity: Schedule;
}

type ScheduledLoop = keyof Schedules;

const PERIOD_WINDOW_MS = 2 * 86_400_000;
export const PERIOD_MAX_FIRES = 1_000;

/** A duration or cron expression that cannot be a schedule; `message` says why and what to write. */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
}

/**
 * Reads a config value: a duration ("10s", positive) or a six-field cron expression. Throws
 * ScheduleError, whose cause is the DurationError or CronError.
 */
export function scheduleOf(value: string | number): Schedule {
  if (typeof value === 'string' && looksLikeCron(value)) {
    try {
      return { cron: parseCron(value).expression };
    } catch (err) {
      if (err instanceof CronError) throw new ScheduleError(err.message, { cause: err });
      throw err;
    }
  }
  let ms: number;
  try {
    ms = parseDuration(value);
  } catch (err) {
    if (err instanceof DurationError) throw new ScheduleError(err.message, { cause: err });
    throw err;
  }
  if (ms <= 0) throw new ScheduleError(`${JSON.stringify(value)} must be positive`);
  return { everyMs: ms };
}

// For log lines: "every 10s", "cron 0/10 * * * * *" (the expression as written).
export function describeSchedule(s: Schedule): string {
  return 'everyMs' in s ? `every ${formatDuration(s.everyMs)}` : `cron ${s.cron}`;
}

/**
 * The longest wait between two runs (see the header), at most `horizonMs`; throws ScheduleError when a
 * cron schedule does not fire twice within that horizon or leaves a longer gap.
 */
export function periodMs(s: Schedule, now: number, horizonMs: number): number {
  if ('everyMs' in s) return s.everyMs;
  const spec = parseCron(s.cron);
  const tooRare = (): ScheduleError =>
    new ScheduleError(
      `${JSON.stringify(s.cron)} leaves more than ${horizonMs} ms (about ${Math.floor(horizonMs / 86_400_000)} days) ` +
        'between two fires, longer than a loop may wait',
    );
  let prev = nextFire(spec, now, horizonMs);
  if (prev === undefined) throw tooRare();
  const first = prev;
  let longest = 0;
  for (let gaps = 0; gaps < PERIOD_MAX_FIRES && prev - first < PERIOD_WINDOW_MS; gaps++) {
    const next = nextFire(spec, prev, horizonMs);
    if (next === undefined) throw tooRare();
    longest = Math.max(longest, next - prev);
    prev = next;
  }
  return longest;
}

/** The schedules of config intervals given as periods in ms (tests that build a config by hand). */
export function schedulesFrom(intervals: Readonly<Record<ScheduledLoop, number>>): Schedules {
  return {
    keepAlive: { everyMs: intervals.keepAlive },
    agentInfo: { everyMs: intervals.agentInfo },
    agentGroups: { everyMs: intervals.agentGroups },
    localIntegrity: { everyMs: intervals.localIntegrity },
    integrity: { everyMs: intervals.integrity },
  };
}
