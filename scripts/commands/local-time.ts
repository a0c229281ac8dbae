// local-time.ts: times in the control tables as cluster.log writes them (local time, YYYY/MM/DD
// HH:MM:SS), with the offset said once under the table; --json keeps ISO 8601 UTC. Pure: the time
// zone comes in as a function (the process's own by default, which is what the log uses too).

/** Minutes east of UTC in force at a moment. */
export type OffsetOf = (d: Date) => number;

/** The time a table is drawn at, and the zone its times are shown in. */
export interface TableTime {
  now: Date;
  offsetOf: OffsetOf;
}

export const systemOffset: OffsetOf = (d) => -d.getTimezoneOffset();

export function systemTableTime(): TableTime {
  return { now: new Date(), offsetOf: systemOffset };
}

/** "+01:00", "-05:30", "+00:00" for an offset in minutes east of UTC. */
export function utcOffsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const m = Math.abs(minutesEast);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An ISO time from a node as the log shows it (log/format.ts formatTimestamp); '-' for none, the text itself if unreadable. */
export function localTimeCell(iso: string | null | undefined, offsetOf: OffsetOf = systemOffset): string {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const l = new Date(d.getTime() + offsetOf(d) * 60_000);
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${p(l.getUTCFullYear(), 4)}/${p(l.getUTCMonth() + 1)}/${p(l.getUTCDate())} ${p(l.getUTCHours())}:${p(l.getUTCMinutes())}:${p(l.getUTCSeconds())}`;
}

/** The line under a table with times: which offset they are in (the one in force now). */
export function localTimeNote(t: TableTime): string {
  return `Times are local (UTC${utcOffsetText(t.offsetOf(t.now))}), as in cluster.log; --json gives them in UTC.`;
}
