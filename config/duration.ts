// duration.ts: pure; turns "500ms", "10s", "2m", "1h", "1d" into milliseconds.
//
// Decisions (documented here and in the tests):
// - A unit is always required: `keep_alive: 10` is refused, because Wazuh's ossec.conf reads a bare
//   number as seconds while most YAML tools read it as milliseconds; guessing would be worse.
// - The one exception is zero (0 or "0"), which means the same in every unit.
// - One number and one unit ("1.5s" is fine, "1m30s" is not); whitespace around and between them is
//   allowed ("10 s"); units are lowercase: ms, s, m, h, d.
// - The result must be a whole number of milliseconds ("0.5ms" is refused).
// Positivity and upper bounds are the caller's rules (see schema.ts), not the parser's.

export class DurationError extends Error {
  override readonly name = 'DurationError';
  constructor(
    readonly input: unknown,
    reason: string,
  ) {
    super(`${describeInput(input)} ${reason}`);
  }
}

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const SYNTAX = 'write a number with a unit: "500ms", "10s", "2m", "1h" or "1d"';
const DURATION_RE = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)$/;

/** Parses a duration into milliseconds; throws DurationError with a message that shows the syntax. */
export function parseDuration(s: string | number): number {
  if (typeof s === 'number') {
    if (s === 0) return 0;
    if (!Number.isFinite(s)) throw new DurationError(s, `is not a duration; ${SYNTAX}`);
    throw new DurationError(s, `has no unit; ${SYNTAX}`);
  }
  if (typeof s !== 'string') throw new DurationError(s, `is not a duration; ${SYNTAX}`);
  const text = s.trim();
  const m = DURATION_RE.exec(text);
  if (!m) throw new DurationError(s, `is not a duration; ${SYNTAX}`);
  const [, amountText, unit] = m;
  const amount = Number(amountText);
  if (unit === '') {
    if (amount === 0) return 0;
    throw new DurationError(s, `has no unit; ${SYNTAX}`);
  }
  const factor = UNIT_MS[unit];
  if (factor === undefined) throw new DurationError(s, `has an unknown unit "${unit}"; ${SYNTAX}`);
  const ms = amount * factor;
  // 1.1s is 1100.0000000000002 in floating point: round away representation noise, not real fractions.
  const rounded = Math.round(ms);
  if (Math.abs(ms - rounded) > 1e-6) throw new DurationError(s, 'is not a whole number of milliseconds');
  if (!Number.isSafeInteger(rounded)) throw new DurationError(s, 'is too long');
  return rounded;
}

/** Formats milliseconds back into the shortest exact unit form ("90s", "2m", "1500ms"). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const factor = UNIT_MS[unit];
    if (ms % factor === 0) return `${ms / factor}${unit}`;
  }
  return `${ms}ms`;
}

function describeInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'a mapping' : String(input);
}
