// One simulated Wazuh agent: enroll (retrying), connect to a worker, startup, wait for the ack,
// "Agent started", keep-alives, events, merged.mg pushes, and failover to the next worker when the
// link dies. On `#!-force_reconnect` it does what a Wazuh agent does (start_agent(0)): closes the link and
// starts over from its current server, which moves it to the next one only if that server refuses it
// (a leaving worker's closed port, a worker that moved it away); a Wazuh agent would first retry that
// server max_retries times, the simulator moves on at the first refusal, as it does after any lost link. All timing goes through the shared scheduler and the injected clock (never the process's
// own timers), all randomness through the injected random; all sockets through AgentLink.
import { backoffDelay, BackoffPolicy } from '../../lib/backoff';
import { Clock, Random } from '../../lib/clock';
import { assertNever } from '../../protocol/envelope';
import { agentAesKey } from '../crypto/agent-key';
import { SenderCounters } from '../crypto/agent-counters';
import { IssuedKey } from '../enrollment/enroll-request';
import { formatShutdown, formatStartup } from '../messages/agent-message';
import { formatKeepAlive } from '../messages/keepalive';
import { ManagerMessage } from '../messages/manager-replies';
import { AgentLink } from './agent-link';
import { enrollAgent, EnrollAttempt } from './enroll-client';
import { Cancel, SharedScheduler } from './shared-scheduler';
import { agentStartedPayload, SIM_AGENT_VERSION, simAgentVersionText, simEventPayload, simLabels, simUname } from './sim-content';
import { SimError } from './sim-errors';
import { addressText } from './sim-names';
import { SimOptions } from './sim-options';
import { PushReceiver } from './push-receiver';
import { SlotGate } from './slot-gate';

type AgentPhase = 'enrolling' | 'connecting' | 'awaiting_ack' | 'connected' | 'stopped';

/** Counters every agent adds to; the simulator reads them for stats(). */
export interface SimCounters {
  keepalivesSent: number;
  eventsSent: number;
  acks: number;
  pushesApplied: number;
  failovers: number;
  reconnects: number;
  /** `#!-force_reconnect` received (the manager asked the agent to reconnect). */
  forcedReconnects: number;
  errors: number;
}

interface SimContext {
  opts: SimOptions;
  scheduler: SharedScheduler;
  counters: SimCounters;
  enrollGate: SlotGate;
  /** The time (last heard, silence) and the deadlines of enrollments and connects. */
  clock: Clock;
  random: Random;
  onError(agent: SimAgent, err: SimError): void;
}

export class SimAgent {
  phase: AgentPhase = 'enrolling';
  key: IssuedKey | null = null;
  mergedMd5: string | null = null;
  mergedContent: Buffer | null = null;
  workerIndex: number;
  lastError: SimError | null = null;
  private aesKey: Buffer | null = null;
  private counters = SenderCounters.start();
  private link: AgentLink | null = null;
  private readonly push = new PushReceiver();
  private enrollment: EnrollAttempt | null = null;
  private enrollAttempts = 0;
  private connectAttempts = 0;
  private startedSent = false;
  /** The link is being closed on the manager's request: start over from the same server. */
  private forced = false;
  private lastHeard = 0;
  private timers: Cancel[] = [];
  private closed: Promise<void> = Promise.resolve();
  private resolveClosed: () => void = () => undefined;

  constructor(readonly index: number, readonly name: string, private readonly ctx: SimContext) {
    this.workerIndex = index % ctx.opts.workers.length;
  }

  get worker(): string {
    return addressText(this.ctx.opts.workers[this.workerIndex]!);
  }

  get connected(): boolean {
    return this.phase === 'connected';
  }

  start(delayMs: number): void {
    this.later(delayMs, () => this.enroll());
  }

  /** Sends one log event (sim-content.ts); false when not connected or the link is backed up. */
  sendEvent(now: Date): boolean {
    if (this.phase !== 'connected' || !this.link || this.link.congested()) return false;
    if (!this.link.send(simEventPayload(this.name, now, this.ctx.random))) return false;
    this.ctx.counters.eventsSent++;
    return true;
  }

  /** Says `#!-agent shutdown ` when connected, closes everything, resolves once the socket is gone. */
  stop(): Promise<void> {
    if (this.phase === 'stopped') return this.closed;
    const wasConnected = this.phase === 'connected';
    this.phase = 'stopped';
    this.cancelTimers();
    this.enrollment?.abort();
    const link = this.link;
    if (!link) return Promise.resolve();
    this.closed = new Promise((resolve) => { this.resolveClosed = resolve; });
    if (wasConnected) link.send(formatShutdown());
    link.close();
    return this.closed;
  }

  private later(delayMs: number, fn: () => void): void {
    const cancel = this.ctx.scheduler.after(delayMs, () => {
      this.timers = this.timers.filter((c) => c !== cancel);
      if (this.phase !== 'stopped') fn();
    });
    this.timers.push(cancel);
  }

  private cancelTimers(): void {
    for (const cancel of this.timers) cancel();
    this.timers = [];
  }

  private policy(maxMs: number): BackoffPolicy {
    return { initialMs: this.ctx.opts.retryInitialMs, maxMs, factor: 2, jitter: 0.5 };
  }

  private fault(err: SimError): void {
    this.lastError = err;
    this.ctx.counters.errors++;
    this.ctx.onError(this, err);
  }

  // --- enrollment -------------------------------------------------------------------------------

  private enroll(): void {
    this.phase = 'enrolling';
    this.ctx.enrollGate.run((release) => {
      if (this.phase === 'stopped') return release();
      const { opts } = this.ctx;
      this.enrollment = enrollAgent({
        address: opts.enroll, name: this.name, version: SIM_AGENT_VERSION,
        groups: opts.group ? opts.group.split(',') : [], password: opts.password, timeoutMs: opts.enrollTimeoutMs,
        clock: this.ctx.clock,
      });
      this.enrollment.result.then(
        (key) => { release(); this.enrolled(key); },
        (err: SimError) => { release(); this.enrollFailed(err); },
      );
    });
  }

  private enrolled(key: IssuedKey): void {
    this.enrollment = null;
    if (this.phase === 'stopped') return;
    this.key = key;
    this.aesKey = agentAesKey(key.id, key.name, key.key);
    this.counters = SenderCounters.start();
    this.connect();
  }

  private enrollFailed(err: SimError): void {
    this.enrollment = null;
    if (this.phase === 'stopped') return;
    this.fault(err);
    this.enrollAttempts++;
    // The endpoint may be a worker whose master link is down: wait and ask again.
    this.later(backoffDelay(this.enrollAttempts, this.policy(this.ctx.opts.enrollRetryMaxMs), this.ctx.random), () => this.enroll());
  }

  // --- connection -------------------------------------------------------------------------------

  private connect(): void {
    const key = this.key as IssuedKey;
    this.phase = 'connecting';
    this.push.reset();
    this.link = new AgentLink(this.ctx.opts.workers[this.workerIndex]!, {
      agentId: key.id,
      aesKey: this.aesKey as Buffer,
      nextPair: () => {
        const { pair, counters } = this.counters.next();
        this.counters = counters;
        return pair;
      },
    }, {
      onOpen: () => this.opened(),
      onMessage: (msg) => this.received(msg),
      onClose: (err) => this.linkClosed(err),
    }, this.ctx.opts.connectTimeoutMs, { clock: this.ctx.clock, random: this.ctx.random });
  }

  private opened(): void {
    if (this.phase !== 'connecting' || !this.link) return;
    this.phase = 'awaiting_ack';
    this.lastHeard = this.ctx.clock.now();
    this.link.send(formatStartup(SIM_AGENT_VERSION));
    const link = this.link;
    this.later(this.ctx.opts.ackTimeoutMs, () => {
      if (this.phase === 'awaiting_ack' && this.link === link) link.fail(new SimError('ack_timeout', `${this.worker} sent no ack within ${this.ctx.opts.ackTimeoutMs} ms`));
    });
  }

  private received(msg: ManagerMessage): void {
    if (this.phase === 'stopped') return;
    this.lastHeard = this.ctx.clock.now();
    switch (msg.kind) {
      case 'ack': return this.acked();
      case 'error': return this.link?.fail(new SimError('manager_error', `${this.worker} refused the agent: ${msg.message ?? '(no message)'}`));
      case 'file_open': return this.pushResult(this.push.open(msg.md5, msg.name));
      case 'file_data': return this.pushResult(this.push.data(msg.data));
      case 'file_close': return this.pushResult(this.push.close());
      case 'force_reconnect': return this.forceReconnect();
      // Remote requests (`#!-req`) go to agent modules that a simulator does not have.
      case 'request': return;
      default: return assertNever(msg, 'manager message');
    }
  }

  private acked(): void {
    this.ctx.counters.acks++;
    if (this.phase !== 'awaiting_ack') return;
    this.phase = 'connected';
    this.connectAttempts = 0;
    if (!this.startedSent && this.link?.send(agentStartedPayload(this.name, this.link.localAddress))) {
      this.startedSent = true;
      this.ctx.counters.eventsSent++;
    }
    this.sendKeepAlive();
    // The first periodic keep-alive lands at a random point of the interval, so a fleet that
    // reconnected together does not keep beating together.
    this.scheduleKeepAlive(this.ctx.opts.keepaliveMs * (0.5 + 0.5 * this.ctx.random()));
  }

  private forceReconnect(): void {
    if (!this.link || this.forced) return;
    this.ctx.counters.forcedReconnects++;
    this.forced = true;
    this.link.close();
  }

  private pushResult(r: ReturnType<PushReceiver['close']>): void {
    switch (r.kind) {
      case 'none': return;
      case 'rejected': return this.fault(new SimError('bad_push', `${this.name}: ${r.reason}`));
      case 'applied':
        this.mergedMd5 = r.md5;
        this.mergedContent = r.content;
        this.ctx.counters.pushesApplied++;
        // A real agent reloads and reports the new checksum soon; here, at once.
        if (this.phase === 'connected') this.sendKeepAlive();
        return;
      default: return assertNever(r, 'push result');
    }
  }

  private scheduleKeepAlive(delayMs: number): void {
    const link = this.link;
    this.later(delayMs, () => {
      if (this.phase !== 'connected' || this.link !== link || !link) return;
      const silent = this.ctx.clock.now() - this.lastHeard;
      if (silent > this.ctx.opts.reconnectMs) {
        link.fail(new SimError('manager_silent', `${this.worker} silent for ${silent} ms`));
        return;
      }
      this.sendKeepAlive();
      this.scheduleKeepAlive(this.ctx.opts.keepaliveMs);
    });
  }

  private sendKeepAlive(): void {
    if (!this.link) return;
    const text = formatKeepAlive({
      uname: simUname(this.index, this.name),
      agentVersion: simAgentVersionText(),
      labels: simLabels(this.index, this.ctx.opts.group),
      mergedMd5: this.mergedMd5,
      agentIp: this.link.localAddress,
    });
    if (this.link.send(text)) this.ctx.counters.keepalivesSent++;
  }

  private linkClosed(err: SimError | null): void {
    this.link = null;
    this.push.reset();
    if (this.phase === 'stopped') {
      this.resolveClosed();
      return;
    }
    if (this.forced) {
      // Asked by the manager: the same server first, at once, as start_agent(0) does.
      this.forced = false;
      this.phase = 'connecting';
      this.connect();
      return;
    }
    if (err) this.fault(err);
    const { workers } = this.ctx.opts;
    if (workers.length > 1) {
      this.workerIndex = (this.workerIndex + 1) % workers.length;
      this.ctx.counters.failovers++;
    } else {
      this.ctx.counters.reconnects++;
    }
    this.connectAttempts++;
    this.phase = 'connecting';
    // A full round of refusals backs off further; the next worker of the list is tried quickly.
    const round = Math.ceil(this.connectAttempts / workers.length);
    this.later(backoffDelay(round, this.policy(this.ctx.opts.retryMaxMs), this.ctx.random), () => this.connect());
  }
}
