// What drives a periodic loop: a timer on the node's clock, or a cron expression (node-cron, real time).
// Each tick only posts a message; the actor coalesces ticks so two runs of a loop never overlap.
import * as cron from 'node-cron';
import type { Clock } from '../../lib/clock';

export type TickSchedule = { everyMs: number } | { cron: string };

export interface Ticker {
  stop(): void;
}

export function startTicker(schedule: TickSchedule, clock: Clock, onTick: () => void): Ticker {
  if ('everyMs' in schedule) {
    const timer = clock.setInterval(onTick, Math.max(1, schedule.everyMs));
    return { stop: () => timer.cancel() };
  }
  const task = cron.schedule(schedule.cron, () => onTick());
  return { stop: () => void task.stop() };
}

export function describeTick(schedule: TickSchedule): string {
  return 'everyMs' in schedule ? `every ${schedule.everyMs} ms` : `cron ${schedule.cron}`;
}
