// checks.ts: pure; one check per kind of config value, each saying what it expected in words.
import { isHostOrIp, parseNodeAddress } from './address';
import { CronError, looksLikeCron, parseCron } from './cron';
import { DurationError, parseDuration } from './duration';
import { weakKeyReason } from './key-strength';
import { periodMs, type Schedule, ScheduleError, scheduleOf } from './schedule';

type CheckResult<T> = { ok: true; value: T } | { ok: false; what: string };

/** A value check: `expected` is used for missing keys, `what` explains a wrong value. */
export interface Check<T> {
  expected: string;
  parse(v: unknown): CheckResult<T>;
}

/** How a raw value is named in a problem: strings quoted, collections by kind. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : typeof v;
}

const ok = <T>(value: T): CheckResult<T> => ({ ok: true, value });
const bad = <T>(what: string): CheckResult<T> => ({ ok: false, what });

export const NAME: Check<string> = {
  expected: 'a name of letters, digits, "_" and "-"',
  parse: (v) =>
    typeof v === 'string' && /^[A-Za-z0-9_-]+$/.test(v)
      ? ok(v)
      : bad(`${describe(v)} is not a name (expected letters, digits, "_" and "-")`),
};

export const KEY: Check<string> = {
  expected: 'a key of exactly 32 letters and digits',
  parse: (v) => {
    // Never echo a key: a problem line may end up in a log or a ticket.
    if (typeof v === 'number') return bad('is a number in YAML; quote the key (expected exactly 32 letters and digits)');
    if (typeof v !== 'string') return bad(`is ${describe(v)}, not a key (expected exactly 32 letters and digits)`);
    if (v.length !== 32) return bad(`has ${v.length} characters (expected exactly 32 letters and digits)`);
    if (!/^[A-Za-z0-9]+$/.test(v)) return bad('has characters other than letters and digits (expected exactly 32 letters and digits)');
    const weak = weakKeyReason(v);
    if (weak) return bad(`is too weak: it ${weak}; generate one with \`warden keygen\``);
    return ok(v);
  },
};

export const PORT: Check<number> = {
  expected: 'a port, an integer 1..65535',
  parse: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535
      ? ok(v)
      : bad(`${describe(v)} is not a port (expected an integer 1..65535)`),
};

/** A port, or 0 for off (metrics.port). */
export const PORT_OR_OFF: Check<number> = {
  expected: 'a port, an integer 1..65535, or 0 for off',
  parse: (v) =>
    v === 0 ? ok(0) : PORT.parse(v).ok ? ok(v as number) : bad(`${describe(v)} is not a port (expected an integer 1..65535, or 0 for off)`),
};

export const BOOL: Check<boolean> = {
  expected: 'true or false',
  parse: (v) => (typeof v === 'boolean' ? ok(v) : bad(`${describe(v)} is not a boolean (expected true or false)`)),
};

export const HOST: Check<string> = {
  expected: 'an IP address or a host name',
  parse: (v) =>
    typeof v === 'string' && isHostOrIp(v)
      ? ok(v)
      : bad(`${describe(v)} is not an IP address or a host name`),
};

export const NODE_ADDRESS: Check<string> = {
  expected: 'an address: "host" or "host:port"',
  parse: (v) =>
    typeof v === 'string' && parseNodeAddress(v, 1) !== undefined
      ? ok(v.trim())
      : bad(`${describe(v)} is not an address (expected "host" or "host:port")`),
};

export const PATH: Check<string> = {
  expected: 'a path',
  parse: (v) =>
    typeof v === 'string' && v.trim() !== '' && !v.includes('\0') ? ok(v) : bad(`${describe(v)} is not a path`),
};

/** A path, or "" for none (DESIGN.md writes unset optional files as ""). */
export const OPTIONAL_PATH: Check<string> = {
  expected: 'a path, or "" for none',
  parse: (v) => (v === '' ? ok('') : PATH.parse(v)),
};

/** A positive duration with a unit, at most `maxMs`. */
function duration(maxMs: number): Check<number> {
  return {
    expected: 'a duration such as "10s"',
    parse: (v) => {
      if (typeof v !== 'string' && typeof v !== 'number') {
        return bad(`${describe(v)} is not a duration (expected a number with a unit: "500ms", "10s", "2m", "1h")`);
      }
      let ms: number;
      try {
        ms = parseDuration(v);
      } catch (err) {
        if (err instanceof DurationError) return bad(err.message);
        throw err;
      }
      if (ms <= 0) return bad(`${describe(v)} must be positive`);
      if (ms > maxMs) return bad(`${describe(v)} is longer than the limit of ${maxMs} ms (about 24 days)`);
      return ok(ms);
    },
  };
}

/**
 * A limit (a timeout, a cap) of the `intervals` section, named `key`: a duration like duration(), and a
 * cron expression is refused as such rather than as a bad duration.
 */
export function limitDuration(maxMs: number, key: string): Check<number> {
  const plain = duration(maxMs);
  return {
    expected: plain.expected,
    parse: (v) =>
      typeof v === 'string' && looksLikeCron(v)
        ? bad(`${describe(v)} is a cron expression, but ${key} is a limit, not a schedule (expected a duration such as "30s")`)
        : plain.parse(v),
  };
}

/** A loop's schedule and its period in ms (the longest gap between fires, seen from `now`; see schedule.ts). */
type TimedSchedule = { schedule: Schedule; ms: number };

/** A loop period: a positive duration, or a six-field cron expression; at most `maxMs` between runs. */
export function loopSchedule(maxMs: number, now: number): Check<TimedSchedule> {
  const plain = duration(maxMs);
  const syntax = 'expected a duration such as "10s" or a six-field cron expression such as "*/10 * * * * *"';
  return {
    expected: 'a duration such as "10s" or a six-field cron expression',
    parse: (v) => {
      if (typeof v !== 'string' || !looksLikeCron(v)) {
        if (typeof v !== 'string' && typeof v !== 'number') return bad(`${describe(v)} is not a duration or a cron expression (${syntax})`);
        const r = plain.parse(v);
        return r.ok ? ok({ schedule: { everyMs: r.value }, ms: r.value }) : r;
      }
      try {
        const schedule = scheduleOf(v);
        return ok({ schedule, ms: periodMs(schedule, now, maxMs) });
      } catch (err) {
        if (err instanceof ScheduleError) return bad(err.message);
        throw err;
      }
    },
  };
}

/** A six-field cron expression (node-cron syntax), kept as written (trimmed). */
export const CRON: Check<string> = {
  expected: 'a six-field cron expression such as "0 0 0 * * *"',
  parse: (v) => {
    if (typeof v !== 'string') return bad(`${describe(v)} is not a cron expression (expected six fields such as "0 0 0 * * *")`);
    try {
      return ok(parseCron(v).expression);
    } catch (err) {
      if (err instanceof CronError) return bad(err.message);
      throw err;
    }
  },
};

export function oneOf<T extends string>(options: readonly T[]): Check<T> {
  const list = options.join(', ');
  return {
    expected: `one of ${list}`,
    parse: (v) =>
      typeof v === 'string' && (options as readonly string[]).includes(v)
        ? ok(v as T)
        : bad(`${describe(v)} is not one of ${list}`),
  };
}

export function intRange(min: number, max: number): Check<number> {
  return {
    expected: `an integer ${min}..${max}`,
    parse: (v) =>
      typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
        ? ok(v)
        : bad(`${describe(v)} is not an integer ${min}..${max}`),
  };
}
