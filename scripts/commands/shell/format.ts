// format.ts: pure; how the shell writes times, durations and sizes.

/** 950 -> "950ms", 1500 -> "1.5s", 90_000 -> "1m30s", 7_200_000 -> "2h0m". */
export function duration(ms: number): string {
  const m = Math.max(0, ms);
  if (m < 1) return `${m.toFixed(2)}ms`;
  if (m < 1000) return `${Math.round(m)}ms`;
  if (m < 60_000) return `${(m / 1000).toFixed(1)}s`;
  if (m < 3_600_000) return `${Math.floor(m / 60_000)}m${Math.floor((m % 60_000) / 1000)}s`;
  return `${Math.floor(m / 3_600_000)}h${Math.floor((m % 3_600_000) / 60_000)}m`;
}

/** A time relative to `now`: "3.2s ago", "in 0.8s", "-" when unknown. */
export function relative(at: number | null, now: number): string {
  if (at === null) return '-';
  return at <= now ? `${duration(now - at)} ago` : `in ${duration(at - now)}`;
}

/** A handling time in seconds from a histogram bucket bound: "≤1ms", ">10s", "-" when nothing was handled. */
export function bucketTime(seconds: number | null): string {
  if (seconds === null) return '-';
  if (!Number.isFinite(seconds)) return '>10s';
  return seconds < 1 ? `≤${+(seconds * 1000).toPrecision(3)}ms` : `≤${seconds}s`;
}

/** 512 -> "512 B", 2048 -> "2.0 KiB", 3_500_000 -> "3.3 MiB". */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** Local time of day with milliseconds, for trace lines: "10:00:01.123". */
export function clockTime(at: number): string {
  const d = new Date(at);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}
