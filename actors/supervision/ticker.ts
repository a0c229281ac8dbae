// What drives a periodic loop: a timer on the node's clock, or a cron expression (node-cron, real time).
// Each tick only posts a message; the actor coalesces ticks so two runs of a loop never overlap.
import * as cron from 'node-cron';
import type { Clock } from '../../lib/clock';
import { nextFire, parseCron } from '../../config/cron';
import { describeSchedule, type Schedule } from '../../config/schedule';

export type TickSchedule = Schedule;

export interface Ticker {
  stop(): void;
  /** When the next tick is due (ms since the epoch), for the shell's `timers`; null when unknown. */
  nextAt(): number | null;
}

/**
 * A cron tick that starts late (a busy event loop, a machine resumed from sleep) still fires within this
 * long; node-cron's default (1 s) would skip it, and a daily job would wait a whole day.
 */
const CRON_LATE_TOLERANCE_MS = 60_000;
/** How far ahead the next cron fire is looked for (a loop's schedule fires at least this often). */
const CRON_NEXT_HORIZON_MS = 400 * 86_400_000;

export function startTicker(schedule: TickSchedule, clock: Clock, onTick: () => void): Ticker {
  if ('everyMs' in schedule) {
    const every = Math.max(1, schedule.everyMs);
    let due = clock.now() + every;
    const timer = clock.setInterval(() => {
      due = clock.now() + every;
      onTick();
    }, every);
    return { stop: () => timer.cancel(), nextAt: () => due };
  }
  const spec = parseCron(schedule.cron);
  const task = cron.schedule(schedule.cron, () => onTick(), { missedExecutionTolerance: CRON_LATE_TOLERANCE_MS });
  // Computed on demand (the shell asks now and then), never on the tick path.
  return { stop: () => void task.stop(), nextAt: () => nextFire(spec, clock.now(), CRON_NEXT_HORIZON_MS) ?? null };
}

export function describeTick(schedule: TickSchedule): string {
  return describeSchedule(schedule);
}
