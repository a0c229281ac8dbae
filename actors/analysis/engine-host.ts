// engine-host.ts: the node's side of its engine thread. Queues agent events, posts them in batches,
// appends what comes back to archives.json and alerts.json, and swaps in a new engine on reload.
//
// Queue: at most `maxQueued` events are waiting or in a thread; past that an event is dropped and
//   counted (as Wazuh's analysisd does when its input queue is full): the agent server never blocks.
// Reload: a second thread builds the new ruleset while the first goes on serving. When it is ready
//   and brings no error the running engine did not have, it takes the next batches and the old
//   thread is ended once its batches are back. Otherwise it is ended and the old engine stays: Wazuh
//   refuses to start on such errors, so a node here would have stopped analysing at its next restart.
import type { Worker } from 'node:worker_threads';
import { LinesFile } from './lines-file';
import type { EngineEvent } from './event-records';
import type { EngineStatus, EngineThreadData, FromThread, ReloadOutcome, ToThread } from './engine-messages';
import { startEngineThread } from './engine-thread-start';

/** What the integrity sync needs of a node's engine: a rebuild after rules changed, and its status. */
export interface ReloadableEngine {
  reload(): Promise<void>;
  status(): EngineStatus;
}

interface EngineHostOptions {
  /** The thread's data, or how to make it at each build (the ruleset folders can change while a node runs). */
  thread: EngineThreadData | (() => EngineThreadData);
  archivesFile: string;
  alertsFile: string;
  log: { info(m: string): void; warning(m: string): void; error(m: string, err?: unknown): void };
  maxQueued?: number;
  batchSize?: number;
  /** Batches posted to a thread and not yet back; the rest wait here, ready for a new engine. */
  maxBatchesInFlight?: number;
  now?: () => number;
  /** Tests: how threads are started. */
  start?: (data: EngineThreadData) => Worker;
  /**
   * No thread until the first reload() or start(): a worker that never synced takes no agents before its
   * first sync, and that sync brings the ruleset it will run. Loading one now would only take CPU from the sync.
   */
  deferStart?: boolean;
}

interface Thread {
  worker: Worker;
  data: EngineThreadData;
  ready: boolean;
  retiring: boolean;
  inFlight: Map<number, number>; // batch id -> events
  rules: number;
  errors: string[];
  errorCount: number;
  loadedAt: number;
  done: (ok: boolean) => void;
}

export class EngineHost implements ReloadableEngine {
  private readonly o: Required<Omit<EngineHostOptions, 'start' | 'deferStart'>> & { start: (d: EngineThreadData) => Worker };
  private readonly archives: LinesFile;
  private readonly alerts: LinesFile;
  private current: Thread | null = null;
  private building: Thread | null = null;
  private readonly retired = new Set<Thread>();
  private queue: EngineEvent[] = [];
  private inFlightEvents = 0;
  private nextBatch = 1;
  private flushScheduled = false;
  private closed = false;
  private generation = 0;
  private lastReload: ReloadOutcome | null = null;
  private reloadAgain = false;
  private reloadWaiters: (() => void)[] = [];
  private state: EngineStatus['state'] = 'loading';
  private drained: (() => void) | null = null;
  readonly stats = { events: 0, alerts: 0, dropped: 0 };

  /** alerts.json and archives.json, for the daily rotation. */
  get files(): readonly LinesFile[] {
    return [this.alerts, this.archives];
  }

  constructor(opts: EngineHostOptions) {
    this.o = {
      maxQueued: 100_000, batchSize: 500, maxBatchesInFlight: 4, now: Date.now, start: startEngineThread, ...opts,
    };
    this.archives = new LinesFile(opts.archivesFile);
    this.alerts = new LinesFile(opts.alertsFile);
    if (!opts.deferStart) this.current = this.spawn((ok) => { if (!ok) this.state = 'failed'; });
  }

  /** Loads the ruleset now if no thread was started yet (deferStart); else nothing. */
  start(): void {
    if (!this.current && !this.closed) this.startFirst();
  }

  /** The first thread of a host that has none running: what waits for a reload waits for it. */
  private startFirst(): void {
    this.state = 'loading';
    this.current = this.spawn((ok) => { if (!ok) this.state = 'failed'; for (const w of this.reloadWaiters.splice(0)) w(); });
  }

  /** Queues one event; false when the queue is full and the event was dropped. */
  submit(ev: EngineEvent): boolean {
    if (this.closed) return false;
    if (this.queue.length + this.inFlightEvents >= this.o.maxQueued) {
      if (this.stats.dropped++ % 10_000 === 0) this.o.log.warning(`Analysis queue full (${this.o.maxQueued} events): dropping events (${this.stats.dropped} so far).`);
      return false;
    }
    this.queue.push(ev);
    if (this.queue.length >= this.o.batchSize) this.pump();
    else if (!this.flushScheduled) { this.flushScheduled = true; setImmediate(() => { this.flushScheduled = false; this.pump(); }); }
    return true;
  }

  /** Builds the ruleset again in a new thread; resolves when it runs or was refused. Calls during a build coalesce. */
  reload(): Promise<void> {
    if (this.closed) return Promise.resolve();
    const p = new Promise<void>((resolve) => this.reloadWaiters.push(resolve));
    if (this.state === 'failed' || !this.current) {
      // No engine ever ran (or none was started yet): the new files get a fresh first thread, not a swap.
      this.startFirst();
      return p;
    }
    if (this.building || !this.current?.ready) { this.reloadAgain = true; return p; }
    this.startReload();
    return p;
  }

  status(): EngineStatus {
    const c = this.current;
    return {
      state: this.state, ruleset: c?.ready ? c.data.source ?? null : null, rules: c?.ready ? c.rules : 0, loaded_at: c?.ready ? new Date(c.loadedAt).toISOString() : null,
      generation: this.generation, errors: c?.ready ? c.errorCount : 0, reloading: this.building !== null,
      last_reload: this.lastReload, ...this.stats, queued: this.queue.length + this.inFlightEvents,
    };
  }

  /** Analyses what is queued (for at most `drainMs`), then ends the threads and closes the files. */
  async close(drainMs = 2_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.current?.ready) {
      this.pump(true);
      if (this.inFlightEvents > 0) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, drainMs);
          this.drained = () => { clearTimeout(t); resolve(); };
        });
      }
    }
    const threads = [this.current, this.building, ...this.retired].filter((t): t is Thread => t !== null);
    this.current = this.building = null;
    this.retired.clear();
    await Promise.all(threads.map((t) => t.worker.terminate()));
    for (const w of this.reloadWaiters.splice(0)) w();
    await this.archives.close();
    await this.alerts.close();
  }

  private startReload(): void {
    const started = this.o.now();
    this.building = this.spawn((ok) => this.finishReload(ok, started));
  }

  private finishReload(ok: boolean, started: number): void {
    // The new thread can report after close() has taken every thread away: nothing is left to swap.
    if (this.closed || !this.building || !this.current) return;
    const next = this.building;
    this.building = null;
    const at = new Date(this.o.now()).toISOString();
    const old = this.current;
    const known = new Set(old.errors);
    const fresh = next.errors.filter((e) => !known.has(e));
    if (!ok || fresh.length > 0 || next.errorCount > old.errorCount) {
      const error = !ok ? 'the engine thread failed while building' : `${next.errorCount} errors in the new ruleset (${fresh.length || next.errorCount - old.errorCount} new)`;
      this.lastReload = { at, ok: false, error, problems: (fresh.length ? fresh : next.errors).slice(0, 10), ms: this.o.now() - started };
      this.o.log.warning(`Ruleset reload refused, the previous ruleset (${old.rules} rules) goes on: ${error}.${fresh.length ? ` First: ${fresh[0]}` : ''}`);
      void next.worker.terminate();
    } else {
      this.current = next;
      this.generation++;
      this.post(next, { type: 'seq', next: this.stats.alerts + this.inFlightEvents });
      this.retire(old);
      this.lastReload = { at, ok: true, ms: this.o.now() - started };
      const from = next.data.source !== old.data.source || next.data.dirs.join() !== old.data.dirs.join() ? ` from ${next.data.dirs.join(', ')}` : '';
      this.o.log.info(`Ruleset reloaded in ${this.lastReload.ms} ms${from}: ${next.rules} rules (was ${old.rules}), generation ${this.generation}.`);
      this.pump();
    }
    if (this.reloadAgain && !this.closed) { this.reloadAgain = false; this.startReload(); return; }
    for (const w of this.reloadWaiters.splice(0)) w();
  }

  private retire(t: Thread): void {
    t.retiring = true;
    if (t.inFlight.size === 0) void t.worker.terminate();
    else this.retired.add(t);
  }

  private spawn(done: (ok: boolean) => void): Thread {
    const data = typeof this.o.thread === 'function' ? this.o.thread() : this.o.thread;
    const worker = this.o.start(data);
    const t: Thread = { worker, data, ready: false, retiring: false, inFlight: new Map(), rules: 0, errors: [], errorCount: 0, loadedAt: 0, done };
    worker.on('message', (m: FromThread) => this.onMessage(t, m));
    worker.on('error', (err) => this.onExit(t, err));
    worker.on('exit', (code) => this.onExit(t, new Error(`exited with code ${code}`)));
    return t;
  }

  private onMessage(t: Thread, m: FromThread): void {
    switch (m.type) {
      case 'ready': {
        Object.assign(t, { ready: true, rules: m.rules, errors: m.errors, errorCount: m.errorCount, loadedAt: this.o.now() });
        if (t === this.current) {
          this.generation = 1;
          this.state = 'running';
          this.o.log.info(`Ruleset loaded in ${m.ms} ms from ${t.data.dirs.join(', ')}: ${m.rules} rules, ${m.errorCount} errors.`);
          for (const e of m.errors.slice(0, 20)) this.o.log.warning(`Ruleset: ${e}`);
          t.done(true);
          if (this.reloadAgain && !this.building) { this.reloadAgain = false; this.startReload(); }
          this.pump();
        } else t.done(true);
        return;
      }
      case 'failed':
        this.o.log.error(`The engine thread could not build the ruleset: ${m.error}`);
        return;
      case 'done': {
        const n = t.inFlight.get(m.id) ?? 0;
        t.inFlight.delete(m.id);
        this.inFlightEvents -= n;
        this.archives.append(m.archives, m.events);
        this.alerts.append(m.alerts, m.alertCount);
        this.stats.events += m.events;
        this.stats.alerts += m.alertCount;
        if (t.retiring && t.inFlight.size === 0) { this.retired.delete(t); void t.worker.terminate(); }
        this.pump(this.closed);
        if (this.inFlightEvents === 0 && this.drained) this.drained();
        return;
      }
    }
  }

  private onExit(t: Thread, err: Error): void {
    if (this.closed || t.retiring) return;
    // A thread that dies takes its batches with it: count them as dropped, not as lost silently.
    for (const n of t.inFlight.values()) { this.inFlightEvents -= n; this.stats.dropped += n; }
    t.inFlight.clear();
    if (!t.ready) { this.o.log.error('The engine thread ended before its ruleset was built', err); t.done(false); return; }
    if (t === this.current) {
      this.o.log.error('The engine thread ended; starting a new one', err);
      this.current = this.spawn((ok) => { if (!ok) this.state = 'failed'; });
    }
  }

  private pump(all = false): void {
    const t = this.current;
    if (!t?.ready) return;
    while (this.queue.length > 0 && (all || t.inFlight.size < this.o.maxBatchesInFlight)) {
      const events = this.queue.length <= this.o.batchSize ? this.queue : this.queue.slice(0, this.o.batchSize);
      this.queue = events === this.queue ? [] : this.queue.slice(this.o.batchSize);
      const id = this.nextBatch++;
      t.inFlight.set(id, events.length);
      this.inFlightEvents += events.length;
      this.post(t, { type: 'batch', id, events });
    }
  }

  private post(t: Thread, m: ToThread): void {
    t.worker.postMessage(m);
  }
}
