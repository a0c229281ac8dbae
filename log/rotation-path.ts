// rotation-path.ts: pure; where the daily rotation puts a log file, in Wazuh's layout (DESIGN.md section 5):
//   <logs>/cluster.log  ->  <logs>/cluster/2026/Dec/cluster-01.log.gz
//   <logs>/alerts/alerts.json  ->  <logs>/alerts/2026/Dec/alerts-01.json.gz  (a second one that day: alerts-01-2.json.gz)
// (Wazuh names it ossec-alerts-01.json.gz; Warden uses the live file's own name for every log.)
//
// The date in the name is the day the content was written, in local time (as node-cron fires and as the
// lines are stamped): the day of the last millisecond before the rotation's scheduled fire. At the
// default midnight rotation that is the day before; at "0 0 12 * * *" it is the same day.
import { join } from 'node:path';

/** Wazuh's month folders: English three-letter names. */
export const MONTH_FOLDERS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A live log file's name split as the archive names use it: "cluster.log" -> cluster + log. */
interface LogName {
  stem: string;
  ext: string; // without the dot; '' when the name has none
}

export function splitLogName(base: string): LogName {
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? { stem: base, ext: '' } : { stem: base.slice(0, dot), ext: base.slice(dot + 1) };
}

/** The day whose content a rotation fired at `firedAt` (ms) closes: the day of firedAt - 1 ms. */
export function contentDay(firedAt: number): Date {
  return new Date(firedAt - 1);
}

/** <logsDir>/<stem>/YYYY/Mon */
export function archiveFolder(logsDir: string, name: LogName, day: Date): string {
  return join(logsDir, name.stem, String(day.getFullYear()), MONTH_FOLDERS[day.getMonth()]);
}

/**
 * The archive's file name in its folder, given the names already there: <stem>-DD.<ext>.gz, or with a
 * counter one above the highest taken that day (<stem>-DD-2.<ext>.gz, ...), so nothing is overwritten
 * and the counters keep the order of the rotations even when one was deleted.
 */
export function archiveFileName(name: LogName, day: Date, existing: Iterable<string>): string {
  const dd = String(day.getDate()).padStart(2, '0');
  const suffix = name.ext ? `.${name.ext}.gz` : '.gz';
  const base = `${name.stem}-${dd}`;
  let highest = 0;
  for (const file of existing) {
    if (file === `${base}${suffix}`) highest = Math.max(highest, 1);
    else if (file.startsWith(`${base}-`) && file.endsWith(suffix)) {
      const n = file.slice(base.length + 1, file.length - suffix.length);
      if (/^[1-9]\d*$/.test(n)) highest = Math.max(highest, Number(n));
    }
  }
  return highest === 0 ? `${base}${suffix}` : `${base}-${highest + 1}${suffix}`;
}
