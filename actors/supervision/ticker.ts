// What drives a periodic loop: a timer on the node's clock, or a cron expression (node-cron, real time).
// Each tick only posts a message; the actor coalesces ticks so two runs of a loop never overlap.
import * as cron from 'node-cron';
import type { Clock } from '../../lib/clock';
import { describeSchedule, type Schedule } from '../../config/schedule';

export type TickSchedule = Schedule;

export interface Ticker {
  stop(): void;
}

/**
 * A cron tick that starts late (a busy event loop, a machine resumed from sleep) still fires within this
 * long; node-cron's default (1 s) would skip it, and a daily job would wait a whole day.
 */
const CRON_LATE_TOLERANCE_MS = 60_000;

export function startTicker(schedule: TickSchedule, clock: Clock, onTick: () => void): Ticker {
  if ('everyMs' in schedule) {
    const timer = clock.setInterval(onTick, Math.max(1, schedule.everyMs));
    return { stop: () => timer.cancel() };
  }
  const task = cron.schedule(schedule.cron, () => onTick(), { missedExecutionTolerance: CRON_LATE_TOLERANCE_MS });
  return { stop: () => void task.stop() };
}

export function describeTick(schedule: TickSchedule): string {
  return describeSchedule(schedule);
}
