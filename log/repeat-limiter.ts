// repeat-limiter.ts: one log line per source per interval, so that a flood of bad connections cannot
// rotate the history away. The first line from a source is written at once; the repeats within the
// interval are counted and summed up in one line when the interval ends ("... and 412 more like this
// from 10.0.0.9 in the last 60 s; the latest: ..."). The sources followed are bounded too: past
// maxSources, newcomers share one "other sources" entry, so a flood from many addresses stays one line.
import type { Clock, Timer } from '../lib/clock';
import type { TaskLog } from './task-log';

export interface RepeatLimiterOptions {
  /** One line per source per this many ms; default 60 s. */
  intervalMs?: number;
  /** Sources followed one by one; the rest share one entry. Default 1024. */
  maxSources?: number;
}

type Level = 'warning' | 'info' | 'error';
type Entry = { since: number; repeats: number; latest: string; level: Level };

export const OTHER_SOURCES = 'other sources';

export class RepeatLimiter {
  private readonly intervalMs: number;
  private readonly maxSources: number;
  private readonly entries = new Map<string, Entry>();
  private timer: Timer | undefined;

  constructor(
    private readonly log: TaskLog,
    private readonly clock: Clock,
    opts: RepeatLimiterOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 60_000;
    this.maxSources = opts.maxSources ?? 1024;
  }

  warning(source: string, msg: string): void {
    this.write('warning', source, msg);
  }

  info(source: string, msg: string): void {
    this.write('info', source, msg);
  }

  /** Writes the pending summaries now and stops the timer (at a node's stop). */
  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    for (const [source, e] of this.entries) this.summarise(source, e);
    this.entries.clear();
  }

  /** Sources followed right now (tests, the shell). */
  get followed(): number {
    return this.entries.size;
  }

  private write(level: Level, source: string, msg: string): void {
    const now = this.clock.now();
    const key = this.entries.has(source) || this.entries.size < this.maxSources ? source : OTHER_SOURCES;
    const e = this.entries.get(key);
    if (e && now - e.since < this.intervalMs) {
      e.repeats++;
      e.latest = msg;
      e.level = level;
      this.arm();
      return;
    }
    if (e) this.summarise(key, e);
    this.entries.set(key, { since: now, repeats: 0, latest: msg, level });
    this.log[level](msg);
    this.arm();
  }

  private summarise(source: string, e: Entry): void {
    if (e.repeats === 0) return;
    const secs = Math.round(this.intervalMs / 1000);
    this.log[e.level](`... and ${e.repeats} more like this from ${source} in the last ${secs} s; the latest: ${e.latest}`);
    e.repeats = 0;
  }

  /** Runs while any source is followed; ends entries whose interval is over. */
  private arm(): void {
    if (this.timer) return;
    this.timer = this.clock.setInterval(() => this.sweep(), this.intervalMs);
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [source, e] of this.entries) {
      if (now - e.since < this.intervalMs) continue;
      this.summarise(source, e);
      this.entries.delete(source);
    }
    if (this.entries.size === 0) {
      this.timer?.cancel();
      this.timer = undefined;
    }
  }
}
