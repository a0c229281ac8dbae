// LogRotationActor: the daily rotation of the node's logs (cluster.log, alerts/alerts.json, archives/archives.json) into
// Wazuh's layout, <logs>/<name>/YYYY/Mon/<name>-DD.<ext>.gz (log/rotation-path.ts), on the cron schedule
// log.rotate_at; the size limit of cluster.log is winston's business and goes on beside it.
//
// The archive is dated by the day its content was written: the day before the scheduled fire (at the
// default midnight, yesterday). The fire time is found from the schedule, not taken from the clock as
// the tick is handled: a tick handled a few ms after midnight must still close yesterday.
//
// A target that fails does not stop the others; the actor then throws, so that the supervisor shows and
// logs the failure and restarts it with backoff. Nothing is retried before the next fire, and nothing is
// lost meanwhile: a failed file stays live, or waits in "<file>.rotating", which the next rotation
// archives first under its own day (log/daily-rotation.ts).
import { type CronSpec, latestFire, parseCron } from '../../config/cron';
import { assertNever } from '../../lib/assert-never';
import type { Clock } from '../../lib/clock';
import type { ArchiveRequest, DailyRotation } from '../../log/daily-rotation';
import { formatTimestamp } from '../../log/format';
import { contentDay } from '../../log/rotation-path';
import type { TaskLog } from '../../log/task-log';
import type { ActorSpec } from '../supervision/actor';
import { SERVICE_POLICY } from './policies';

/** A live log file the rotation archives, e.g. the cluster log or a LinesFile. */
export interface RotationTarget {
  /** For log lines and errors, e.g. "alerts.json". */
  name: string;
  /** Null when there is nothing to archive from (no file, or closed). */
  rotate(req: ArchiveRequest): Promise<DailyRotation | null>;
}

export interface LogRotationDeps {
  /** config.log.rotateAt: a six-field cron expression, in local time as node-cron runs it. */
  schedule: { cron: string };
  /** Archives go under it: usually <data_dir>/logs. */
  logsDir: string;
  targets: readonly RotationTarget[];
  clock: Clock;
  log: TaskLog;
}

export type LogRotationMsg = { type: 'rotate' };

interface LastRun {
  at: number;
  day: Date;
  archived: number;
}

interface State {
  last: LastRun | null; // since this (re)start
}

export class LogRotationError extends AggregateError {
  override readonly name = 'LogRotationError';
}

export function logRotationSpec(d: LogRotationDeps): ActorSpec<State, LogRotationMsg> {
  const cron = parseCron(d.schedule.cron); // a bad expression fails the caller now, not at midnight
  return {
    name: 'log-rotation',
    kind: 'LogRotationActor',
    // A node-wide service: its failure must never take its siblings down; restarted as long as it fails.
    restart: SERVICE_POLICY,
    tick: { schedule: { cron: cron.expression }, message: () => ({ type: 'rotate' }) },
    init: () => ({ last: null }),
    summary: ({ last }) =>
      last ? `last ${formatTimestamp(new Date(last.at))} (content of ${dayText(last.day)}) archived=${last.archived}` : 'no rotation yet',
    receive: async (_state, m) => {
      switch (m.type) {
        case 'rotate': return { last: await rotateAll(d, cron) };
        default: return assertNever(m.type, 'message');
      }
    },
  };
}

async function rotateAll(d: LogRotationDeps, cron: CronSpec): Promise<LastRun> {
  const at = d.clock.now();
  const day = contentDay(scheduledFire(cron, at));
  const req: ArchiveRequest = { logsDir: d.logsDir, day };
  const failed: { name: string; error: unknown }[] = [];
  let archived = 0;
  for (const t of d.targets) {
    try {
      const r = await t.rotate(req);
      if (r?.recovered) d.log.info(`${t.name}: archived the lines left by an earlier failed rotation to ${r.recovered}`);
      if (r?.archive) d.log.info(`${t.name}: archived ${r.bytes} bytes (content of ${dayText(day)}) to ${r.archive}`);
      archived += (r?.recovered ? 1 : 0) + (r?.archive ? 1 : 0);
    } catch (error) {
      failed.push({ name: t.name, error }); // the others still rotate; thrown below
    }
  }
  if (failed.length > 0) {
    const what = failed.map((f) => `${f.name}: ${f.error instanceof Error ? f.error.message : String(f.error)}`).join('; ');
    throw new LogRotationError(failed.map((f) => f.error), `daily rotation failed for ${failed.length} of ${d.targets.length} files (${what})`);
  }
  return { at, day, archived };
}

/**
 * The fire this tick stands for: the latest one at or before `now` (node-cron never fires early). Small
 * windows first, so that a schedule firing every second costs little; `now` when none is found (a
 * rotation asked for outside the schedule).
 */
function scheduledFire(cron: CronSpec, now: number): number {
  for (const lookbackMs of [60_000, 3_600_000, 86_400_000]) {
    const t = latestFire(cron, now, lookbackMs);
    if (t !== undefined) return t;
  }
  return now;
}

function dayText(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}
