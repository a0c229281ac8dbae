// cron.ts: pure; six-field cron expressions in node-cron 4's syntax, and their fire times.
//
// node-cron parses and validates (so a schedule means here exactly what the ticker will run); its own
// next-run computation reads the real clock, so the walk over fire times is ours and takes `after` as
// input. Fields: second minute hour day-of-month month day-of-week, in the process's local time, as
// node-cron schedules them without a `timezone` option. Day-of-month AND day-of-week must both match
// (node-cron's rule, not Vixie cron's OR). A local time skipped by a DST change never fires.
import { parse, validate, validateDetailed, type ParsedFields } from 'node-cron';

export class CronError extends Error {
  override readonly name = 'CronError';
  constructor(
    readonly expression: string,
    reason: string,
  ) {
    super(`${JSON.stringify(expression)} ${reason}`);
  }
}

const CRON_FIELD_NAMES = 'second minute hour day-of-month month day-of-week';

/** A validated six-field expression with node-cron's expansion of each field. */
export interface CronSpec {
  readonly expression: string;
  readonly fields: ParsedFields;
}

/** True when `text` is meant as a cron expression rather than a duration ("10s", "10 s"). */
export function looksLikeCron(text: string): boolean {
  const t = text.trim();
  return t.startsWith('@') || t.includes('*') || t.split(/\s+/).length >= 3;
}

/** Validates with node-cron and requires exactly six fields; throws CronError saying what to write. */
export function parseCron(expression: string): CronSpec {
  const text = expression.trim();
  const count = text === '' ? 0 : text.split(/\s+/).length;
  if (count === 5) {
    throw new CronError(expression, `has five fields; add the seconds field in front (six fields: ${CRON_FIELD_NAMES}), e.g. ${JSON.stringify(`0 ${text}`)}`);
  }
  if (count !== 6) {
    throw new CronError(expression, `has ${count} field${count === 1 ? '' : 's'}; write six: ${CRON_FIELD_NAMES}, e.g. "0 0 0 * * *"`);
  }
  if (!validate(text)) {
    const why = validateDetailed(text).errors.map((e) => e.message).join('; ') || 'rejected by node-cron';
    throw new CronError(expression, `is not a valid cron expression: ${why}`);
  }
  return { expression: text, fields: parse(text) };
}

const DAY_MS = 86_400_000;

/**
 * The first fire strictly after `after` (ms since the epoch) and no later than `after + horizonMs`, or
 * undefined. Walks day by day, then through the day's hours, minutes and seconds in order.
 */
export function nextFire(spec: CronSpec, after: number, horizonMs: number): number | undefined {
  const { second, minute, hour, month } = spec.fields;
  const [secs, mins, hours] = [second, minute, hour].map((f) => [...f].sort((a, b) => a - b));
  const limit = after + horizonMs;
  const start = new Date(after);
  const [y0, m0, d0] = [start.getFullYear(), start.getMonth(), start.getDate()];
  const days = Math.ceil(horizonMs / DAY_MS) + 1;
  for (let i = 0; i <= days; i++) {
    const day = new Date(y0, m0, d0 + i, 12); // noon: never inside a DST change
    const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
    if (!month.includes(m + 1) || !dayMatches(spec.fields, y, m + 1, d, day.getDay())) continue;
    if (new Date(y, m, d).getTime() > limit) return undefined;
    const first = i === 0;
    for (const h of hours) {
      if (first && h < start.getHours()) continue;
      for (const mi of mins) {
        if (first && h === start.getHours() && mi < start.getMinutes()) continue;
        for (const s of secs) {
          const t = new Date(y, m, d, h, mi, s);
          if (t.getTime() <= after) continue;
          if (t.getTime() > limit) return undefined;
          if (t.getHours() === h && t.getMinutes() === mi && t.getDate() === d) return t.getTime();
        }
      }
    }
  }
  return undefined;
}

/** The fires in (after, after + horizonMs], at most `max` of them. */
export function firesBetween(spec: CronSpec, after: number, horizonMs: number, max: number): number[] {
  const out: number[] = [];
  const end = after + horizonMs;
  for (let t = nextFire(spec, after, horizonMs); t !== undefined && out.length < max; ) {
    out.push(t);
    t = nextFire(spec, t, end - t);
  }
  return out;
}

/** The latest fire in [at - lookbackMs, at], or undefined. */
export function latestFire(spec: CronSpec, at: number, lookbackMs: number): number | undefined {
  let last: number | undefined;
  for (const t of firesBetween(spec, at - lookbackMs - 1, lookbackMs + 1, Infinity)) last = t;
  return last;
}

function dayMatches(f: ParsedFields, year: number, month: number, day: number, weekday: number): boolean {
  return f.dayOfMonth.some((v) => monthDayMatches(v, year, month, day)) && f.dayOfWeek.some((v) => weekDayMatches(v, year, month, day, weekday));
}

const lastDay = (year: number, month: number): number => new Date(year, month, 0).getDate();
const weekdayOf = (year: number, month: number, day: number): number => new Date(year, month - 1, day, 12).getDay();

/** A day-of-month item: a number, "L", "L-n", "nW" or "LW" (node-cron's tokens). */
function monthDayMatches(v: number | string, year: number, month: number, day: number): boolean {
  if (typeof v === 'number') return v === day;
  const last = lastDay(year, month);
  if (v === 'L') return day === last;
  const offset = /^L-(\d{1,2})$/.exec(v);
  if (offset) return day === last - Number(offset[1]);
  const w = /^(\d{1,2}|L)W$/.exec(v);
  if (!w) return false;
  const target = w[1] === 'L' ? last : Number(w[1]);
  if (target > last) return false;
  // The weekday nearest the target, without leaving the month.
  const wd = weekdayOf(year, month, target);
  const nearest = wd === 6 ? (target === 1 ? 3 : target - 1) : wd === 0 ? (target === last ? target - 2 : target + 1) : target;
  return day === nearest;
}

/** A day-of-week item: a number 0-6 (Sunday 0), "n#k" (k-th such weekday) or "nL" (the last one). */
function weekDayMatches(v: number | string, year: number, month: number, day: number, weekday: number): boolean {
  if (typeof v === 'number') return v === weekday;
  const nth = /^([0-7])#([1-5])$/.exec(v);
  if (nth) return Number(nth[1]) % 7 === weekday && Math.floor((day - 1) / 7) + 1 === Number(nth[2]);
  const lastOf = /^([0-7])L$/.exec(v);
  if (lastOf) return Number(lastOf[1]) % 7 === weekday && day + 7 > lastDay(year, month);
  return false;
}
