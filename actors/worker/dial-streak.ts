// dial-streak.ts: pure (time passed in); what the worker logs about a run of failed attempts to join its
// master. With a probe every half second, a line per attempt would fill the log in an outage. So: one line
// at the first failure and whenever the reason changes, a summary at most once per SUMMARY_EVERY_MS while
// the same failure repeats, and the count in the line that says the worker is connected again.

/** Repeats of one failure are summed up in one line at most this often. */
export const SUMMARY_EVERY_MS = 60_000;

export interface DialFailureInfo {
  /** A stable word ('connect_failed', 'auth_failed', ...): a change of code is written at once. */
  code: string;
  message: string;
}

export class DialStreak {
  private failures = 0;
  private since = 0;
  private lastCode: string | null = null;
  /** Failures not yet written or summed up, and when the last line was written. */
  private unreported = 0;
  private lastLineAt = 0;
  private latest = '';

  constructor(private readonly target: string) {}

  /** Failed attempts since the last success. */
  get attempts(): number {
    return this.failures;
  }

  /** A failed attempt; returns the line to write, or null when it is only counted. */
  failed(now: number, f: DialFailureInfo, retryInMs: number): string | null {
    if (this.failures === 0) this.since = now;
    this.failures++;
    this.latest = f.message;
    const retry = `Retrying in ${(retryInMs / 1000).toFixed(1)}s`;
    if (f.code !== this.lastCode) {
      this.lastCode = f.code;
      this.unreported = 0;
      this.lastLineAt = now;
      const more = this.failures > 1 ? ` (attempt ${this.failures}, failing for ${secondsSince(this.since, now)})` : '';
      return `Could not connect to master at ${this.target}${more}: ${f.message}. ${retry}; repeats are summed up every ${SUMMARY_EVERY_MS / 1000} s.`;
    }
    this.unreported++;
    if (now - this.lastLineAt < SUMMARY_EVERY_MS) return null;
    const line = `Still cannot connect to master at ${this.target}: ${this.unreported} more failed attempts in the last ` +
      `${secondsSince(this.lastLineAt, now)} (${this.failures} in all over ${secondsSince(this.since, now)}); the latest: ${this.latest}. ${retry}.`;
    this.unreported = 0;
    this.lastLineAt = now;
    return line;
  }

  /** Joined: the line to write, with the failed attempts before it if any; the streak ends. */
  connected(now: number, masterName: string): string {
    const after = this.failures > 0 ? ` after ${this.failures} failed attempts in ${secondsSince(this.since, now)}` : '';
    this.failures = 0;
    this.unreported = 0;
    this.lastCode = null;
    return `Successfully connected to master ${masterName} (${this.target})${after}.`;
  }
}

function secondsSince(from: number, now: number): string {
  return `${((now - from) / 1000).toFixed(1)}s`;
}
