// What drives a periodic loop: a timer or a cron expression. Each tick only posts a message.
import * as cron from 'node-cron';

export type TickSchedule = { everyMs: number } | { cron: string };

export interface Ticker {
  stop(): void;
}

export function startTicker(schedule: TickSchedule, onTick: () => void): Ticker {
  if ('everyMs' in schedule) {
    const timer = setInterval(onTick, Math.max(1, schedule.everyMs));
    return { stop: () => clearInterval(timer) };
  }
  const task = cron.schedule(schedule.cron, () => onTick());
  return { stop: () => void task.stop() };
}
