// progress.ts: what `warden ruleset install` shows on stderr while it copies a large ruleset. Pure: the
// caller says what was copied and when; this says whether to show it and how. On a terminal the line is
// redrawn in place a few times a second; elsewhere (a log, CI) a line at each quarter.

/** Below both, a copy takes well under a second: no progress is shown. */
export const LARGE_FILES = 100;
export const LARGE_BYTES = 4 * 1024 * 1024;
/** At most this often on a terminal. */
const REDRAW_MS = 100;

export function isLargeCopy(files: number, bytes: number): boolean {
  return files >= LARGE_FILES || bytes >= LARGE_BYTES;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** "Copying the ruleset: 120/393 files, 1.2/4.1 MB (30%)". */
export function progressText(files: number, totalFiles: number, bytes: number, totalBytes: number): string {
  const pct = totalBytes > 0 ? Math.floor((bytes * 100) / totalBytes) : totalFiles > 0 ? Math.floor((files * 100) / totalFiles) : 100;
  return `Copying the ruleset: ${files}/${totalFiles} files, ${mb(bytes)}/${mb(totalBytes)} MB (${pct}%)`;
}

export interface ProgressState {
  /** When the last line was shown (terminal), or the last quarter shown (elsewhere). */
  lastShownAt: number;
  lastQuarter: number;
}

export const PROGRESS_START: ProgressState = { lastShownAt: -Infinity, lastQuarter: 0 };

/**
 * What to write for this step, and the state after it. On a terminal: "\r" + the line + clear to the end
 * of the line, at most every REDRAW_MS and always at the end (then a newline). Elsewhere: a whole line
 * when a new quarter is reached.
 */
export function progressStep(s: ProgressState, tty: boolean, now: number, files: number, totalFiles: number, bytes: number, totalBytes: number):
  { write: string; state: ProgressState } {
  const done = files >= totalFiles;
  const text = progressText(files, totalFiles, bytes, totalBytes);
  if (tty) {
    if (!done && now - s.lastShownAt < REDRAW_MS) return { write: '', state: s };
    return { write: `\r${text}\u001b[K${done ? '\n' : ''}`, state: { ...s, lastShownAt: now } };
  }
  const fraction = totalBytes > 0 ? bytes / totalBytes : totalFiles > 0 ? files / totalFiles : 1;
  const quarter = done ? 4 : Math.floor(fraction * 4);
  if (quarter <= s.lastQuarter) return { write: '', state: s };
  return { write: `${text}\n`, state: { ...s, lastQuarter: quarter } };
}
