// The replayer: one TCP connection per agent of a replay file, each sending its pre-sealed preamble,
// waiting for the manager's first reply, then its events at a fixed total rate. Each tick takes what a
// token bucket allows, spreads it over the agents (replay-plan.ts) and writes each agent's share as one
// slice of the file: one write per agent per tick, no sealing, no copying. What the workers send back
// is read and dropped. A socket backed up past a high-water mark is skipped (the rate then falls short,
// and the stats say so) rather than queued without bound; on loopback the kernel's buffers (megabytes a
// connection) fill first, so "sent" means handed to the kernel, not read by the worker.
import * as net from 'node:net';
import { NodeAddress } from '../../config/address';
import { Clock, systemClock, Timer } from '../../lib/clock';
import { TokenBucket } from '../../lib/token-bucket';
import { frameSlice, ReplayAgent, ReplayFile } from './replay-file';
import { planTick } from './replay-plan';
import { ReplayError } from './replay-errors';

/** Unsent bytes past which an agent's socket gets nothing more this tick. */
const HIGH_WATER = 256 * 1024;
/** Failures named in a connect error; the rest are counted. */
const SHOWN_FAILURES = 5;

export interface ReplayerOptions {
  /** Agent i goes to workers[i % length]. */
  workers: NodeAddress[];
  /** Frames a second over all agents (events; the preambles are not counted against it). */
  rate: number;
  /** Tick period: frames are written in batches this far apart. */
  tickMs?: number;
  /** Connect-and-ack deadline per agent; a refused agent (the worker does not know it yet) retries until then. */
  connectTimeoutMs?: number;
  retryMs?: number;
  clock?: Clock;
}

export interface ReplayStats {
  agents: number;
  ready: number;
  /** Agents whose frames are all sent. */
  finished: number;
  framesSent: number;
  eventsSent: number;
  bytesSent: number;
  bytesReceived: number;
  /** Agent ticks skipped because their socket was backed up (the worker reads slower than the rate). */
  congestedSkips: number;
  /** Connections the worker closed once they were sending. */
  closedByPeer: number;
}

type LinkPhase = 'connecting' | 'preamble' | 'ready' | 'closed';

class ReplayLink {
  phase: LinkPhase = 'connecting';
  next = 0;
  socket: net.Socket | null = null;
  lastError = '';
  attempts = 0;
  constructor(readonly agent: ReplayAgent, readonly address: NodeAddress) {}
  get remaining(): number { return this.agent.ends.length - this.next; }
}

export class Replayer {
  private readonly links: ReplayLink[];
  private readonly clock: Clock;
  private readonly tickMs: number;
  private bucket: TokenBucket | null = null;
  private ticker: Timer | null = null;
  private cursor = 0;
  private stopping = false;
  private finished: () => void = () => undefined;
  private readonly s = { bytesSent: 0, bytesReceived: 0, congestedSkips: 0, closedByPeer: 0, framesSent: 0 };

  constructor(readonly file: ReplayFile, private readonly o: ReplayerOptions) {
    const problems: string[] = [];
    if (o.workers.length === 0) problems.push('workers: give at least one HOST:PORT');
    if (!(o.rate > 0) || !Number.isFinite(o.rate)) problems.push(`rate: ${o.rate} must be a positive number of frames a second`);
    if (o.tickMs !== undefined && !(o.tickMs >= 1 && o.tickMs <= 1000)) problems.push(`tick: ${o.tickMs} ms must be between 1 and 1000`);
    if (file.agents.length === 0) problems.push('the replay file has no agents');
    if (problems.length) throw new ReplayError('bad_options', `replay options:\n  ${problems.join('\n  ')}`);
    this.clock = o.clock ?? systemClock;
    this.tickMs = o.tickMs ?? 20;
    this.links = file.agents.map((a, i) => new ReplayLink(a, o.workers[i % o.workers.length]!));
  }

  /** Connects every agent and sends its preamble; resolves once each has heard from its worker. */
  async connect(): Promise<void> {
    const deadline = this.clock.now() + (this.o.connectTimeoutMs ?? 30_000);
    await Promise.all(this.links.map((l) => this.open(l, deadline)));
    const failed = this.links.filter((l) => l.phase !== 'ready');
    if (failed.length > 0) {
      const named = failed.slice(0, SHOWN_FAILURES).map((l) => `agent ${l.agent.id} at ${l.address.host}:${l.address.port}: ${l.lastError}`);
      throw new ReplayError('connect_failed',
        `${failed.length} of ${this.links.length} agents could not connect:\n  ${named.join('\n  ')}${failed.length > SHOWN_FAILURES ? `\n  ... and ${failed.length - SHOWN_FAILURES} more` : ''}`);
    }
  }

  /** Sends every agent's events at the rate; resolves when all are sent or stop() is called. */
  run(): Promise<void> {
    this.setRate(this.o.rate);
    return new Promise<void>((resolve) => {
      this.finished = resolve;
      this.ticker = this.clock.setInterval(() => this.tick(), this.tickMs);
      this.tick();
    });
  }

  /** From now on, this many frames a second (a step of a rate sweep); tokens saved at the old rate are dropped. */
  setRate(rate: number): void {
    if (!(rate > 0) || !Number.isFinite(rate)) throw new ReplayError('bad_options', `rate: ${rate} must be a positive number of frames a second`);
    // The burst is two ticks' worth: enough to absorb a late tick, never a backlog sent at once.
    this.bucket = new TokenBucket({ perSecond: rate, burst: Math.max(1, Math.ceil((rate * this.tickMs * 2) / 1000)) }, this.clock.now());
  }

  stats(): ReplayStats {
    let ready = 0, finished = 0, eventsSent = 0;
    for (const l of this.links) {
      if (l.phase === 'ready') ready++;
      if (l.remaining === 0) finished++;
      eventsSent += Math.max(0, l.next - l.agent.preamble);
    }
    return { agents: this.links.length, ready, finished, eventsSent, ...this.s };
  }

  /** Stops sending and closes every connection once what was written is flushed (or after graceMs). */
  async stop(graceMs = 2_000): Promise<void> {
    this.stopping = true;
    this.ticker?.cancel();
    this.ticker = null;
    this.finished();
    await Promise.all(this.links.map((l) => new Promise<void>((resolve) => {
      const s = l.socket;
      l.phase = 'closed';
      if (!s || s.destroyed) return resolve();
      const t = this.clock.setTimeout(() => s.destroy(), graceMs);
      s.once('close', () => { t.cancel(); resolve(); });
      s.end();
    })));
  }

  private open(l: ReplayLink, deadline: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const attempt = (): void => {
        if (this.stopping) return resolve();
        l.attempts++;
        l.phase = 'connecting';
        const s = net.connect({ host: l.address.host, port: l.address.port });
        l.socket = s;
        s.setNoDelay(true);
        let settled = false;
        const retryOrGiveUp = (why: string): void => {
          if (settled) return;
          settled = true;
          l.lastError = why;
          s.destroy();
          if (this.stopping || this.clock.now() + (this.o.retryMs ?? 500) > deadline) return resolve();
          this.clock.setTimeout(attempt, this.o.retryMs ?? 500);
        };
        const began = this.clock.now();
        const timer = this.clock.setTimeout(() => retryOrGiveUp(`no reply from the worker within ${this.clock.now() - began} ms`), Math.max(1, deadline - began));
        s.once('connect', () => {
          l.phase = 'preamble';
          l.next = l.agent.preamble;
          this.write(l, frameSlice(l.agent, 0, l.agent.preamble));
          this.s.framesSent += l.agent.preamble;
          if (l.agent.preamble === 0) { settled = true; timer.cancel(); l.phase = 'ready'; resolve(); }
        });
        s.on('data', (chunk: Buffer) => {
          this.s.bytesReceived += chunk.length;
          if (l.phase === 'preamble' && !settled) {
            settled = true;
            timer.cancel();
            l.phase = 'ready';
            resolve();
          }
        });
        s.on('error', (err) => { l.lastError = err.message; });
        s.once('close', () => {
          timer.cancel();
          if (!settled) return retryOrGiveUp(l.lastError || 'the worker closed the connection before replying (agent unknown there?)');
          if (l.phase === 'ready' && !this.stopping) {
            this.s.closedByPeer++;
            l.phase = 'closed';
          }
        });
      };
      attempt();
    });
  }

  private write(l: ReplayLink, bytes: Buffer): void {
    if (bytes.length === 0 || !l.socket || l.socket.destroyed) return;
    l.socket.write(bytes);
    this.s.bytesSent += bytes.length;
  }

  private tick(): void {
    if (this.stopping || !this.bucket) return;
    const now = this.clock.now();
    const budget = Math.floor(this.bucket.available(now));
    const view = this.links.map((l) => {
      const backedUp = l.socket !== null && l.socket.writableLength > HIGH_WATER;
      if (backedUp && l.phase === 'ready' && l.remaining > 0) this.s.congestedSkips++;
      return { canSend: l.phase === 'ready' && !backedUp, remaining: l.remaining };
    });
    const plan = planTick(view, budget, this.cursor);
    this.cursor = plan.cursor;
    plan.counts.forEach((n, i) => {
      if (n === 0) return;
      const l = this.links[i]!;
      this.write(l, frameSlice(l.agent, l.next, l.next + n));
      l.next += n;
    });
    for (let k = 0; k < plan.total; k++) this.bucket.take(now);
    this.s.framesSent += plan.total;
    if (this.links.every((l) => l.remaining === 0 || l.phase === 'closed')) {
      this.ticker?.cancel();
      this.ticker = null;
      this.finished();
    }
  }
}
