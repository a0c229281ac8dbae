// One agent's TCP connection to port 1514: frames in, messages opened with the agent's key, replies
// sealed back. Until its first message opens with a registered key it is unauthenticated and lives on a
// budget (agent-port-limits.ts): a few KiB, a few frames, a few seconds. Every failure closes this
// connection only; what it logs goes through the port's per-source limiter.
import { Socket } from 'net';
import type { Timer } from '../../lib/clock';
import { AgentFrameDecoder, encodeAgentFrame, isAgentPing, agentPong } from '../wire/agent-frame';
import { openAgentBody, parseAgentHeader, sealAgentMessage } from '../crypto/agent-cipher';
import { isAgentProtocolError } from '../errors';
import { classifyAgentMessage } from '../messages/agent-message';
import { parseKeepAlive } from '../messages/keepalive';
import { agentAck, agentErrorReply, filePushPayloads, startupReply } from '../messages/manager-replies';
import { AgentIdentity } from './agent-directory';
import { AgentServerDeps } from './agent-server';
import { CounterBook } from './counter-book';
import { AgentPortLimits, ConnectionTimes, Deadline } from './connection-deadlines';

const UNKNOWN_RETRY_MS = 100;
/** A refusal (`#!-err`) is given this long to reach the agent before the socket goes. */
const REFUSE_LINGER_MS = 1_000;
/** How many times an unknown agent is looked up again (about a second) before it is refused. */
const UNKNOWN_RETRIES = 10;

/** Why a connection ended: the port's own reasons are counted (AgentPortStats.closedBy). */
export type CloseCause = Deadline | 'evicted' | 'overBudget' | 'protocol' | 'peer' | 'server';

/** What a connection needs from its port. */
export interface ConnectionContext {
  deps: AgentServerDeps;
  limits: AgentPortLimits;
  counters: CounterBook;
  /** A warning about this source, rate-limited per source address. */
  warn(source: string, msg: string): void;
  /** Binds the connection to an agent; false when another live connection holds it (Wazuh's rule). */
  claim(conn: AgentConnection, id: number): boolean;
  /** Why this agent is not taken here now (asked to move elsewhere), or null. */
  refusal(id: number): string | null;
  /** The connection proved a key: it leaves the unauthenticated pool. */
  authenticated(conn: AgentConnection): void;
  replayDropped(): void;
  closed(conn: AgentConnection, cause: CloseCause): void;
}

export class AgentConnection {
  readonly remoteIp: string;
  agent: AgentIdentity | null = null;
  readonly connectedAt: number;
  lastMessageAt: number;
  private partialSince: number | null = null;
  private readonly decoder: AgentFrameDecoder;
  private readonly deps: AgentServerDeps;
  private global: number;
  private local = 0;
  private pushedMd5: string | null = null;
  private closed = false;
  private preAuthFrames = 0;
  /** The frame of an agent unknown here, looked up again shortly (its registry entry may be on its way). */
  private waiting: { frame: Buffer; timer: Timer } | null = null;
  private unknownRetries = 0;

  constructor(private readonly socket: Socket, private readonly ctx: ConnectionContext) {
    this.deps = ctx.deps;
    this.remoteIp = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    this.connectedAt = this.deps.clock.now();
    this.lastMessageAt = this.connectedAt;
    this.decoder = new AgentFrameDecoder({ maxMessageSize: ctx.limits.preAuthMaxFrameBytes });
    // Manager -> agent counters: seconds since the epoch as the global one, so they only grow across restarts.
    this.global = Math.floor(this.connectedAt / 1000);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.close('peer'));
    socket.on('close', () => this.close('peer'));
  }

  close(cause: CloseCause, reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting?.timer.cancel();
    this.waiting = null;
    if (reason) this.ctx.warn(this.remoteIp, `${this.who()}: ${reason}. Connection closed.`);
    this.socket.destroy();
    this.ctx.closed(this, cause);
  }

  send(payload: Buffer | string): void {
    if (this.closed || !this.agent) return;
    if (++this.local > 9997) { this.local = 1; this.global++; }
    const sealed = sealAgentMessage({
      key: this.agent.aesKey, global: this.global, local: this.local, random: Math.floor(Math.random() * 65536), payload,
    });
    this.socket.write(encodeAgentFrame(sealed));
  }

  /** Bytes this connection holds in memory: a partial frame, bytes not read yet, a frame waiting for the registry. */
  heldBytes(): number {
    return this.decoder.bufferedBytes() + (this.waiting?.frame.length ?? 0);
  }

  hasPartialFrame(): boolean {
    return this.decoder.hasPartial();
  }

  times(): ConnectionTimes {
    return { connectedAt: this.connectedAt, authenticated: this.agent !== null, lastMessageAt: this.lastMessageAt, partialSince: this.partialSince };
  }

  private who(): string {
    return this.agent ? `Agent ${this.agent.idText} (${this.agent.name}) from ${this.remoteIp}` : `Connection from ${this.remoteIp}`;
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    try {
      this.decoder.feed(chunk);
    } catch (err) {
      return this.close('protocol', (err as Error).message);
    }
    if (!this.agent && this.heldBytes() > this.ctx.limits.preAuthMaxHeldBytes) {
      return this.close('overBudget', `over ${this.ctx.limits.preAuthMaxHeldBytes} bytes held before proving a key`);
    }
    if (!this.waiting) this.drain();
  }

  /** Reads and handles frames one at a time, until none is whole or the connection waits for the registry. */
  private drain(): void {
    let completed = false;
    while (!this.closed && !this.waiting) {
      let frame: Buffer | null;
      try {
        frame = this.decoder.next();
      } catch (err) {
        const early = !this.agent && isAgentProtocolError(err) && err.code === 'frame_too_large';
        return this.close(early ? 'overBudget' : 'protocol', `${(err as Error).message}${early ? ' before proving a key' : ''}`);
      }
      if (frame === null) break;
      completed = true;
      if (!this.agent && ++this.preAuthFrames > this.ctx.limits.preAuthMaxFrames) {
        return this.close('overBudget', `over ${this.ctx.limits.preAuthMaxFrames} frames before proving a key`);
      }
      this.handle(frame);
    }
    if (!this.decoder.hasPartial()) this.partialSince = null;
    else if (completed || this.partialSince === null) this.partialSince = this.deps.clock.now();
  }

  private handle(frame: Buffer): void {
    let verdict: void | 'wait';
    try {
      verdict = this.onMessage(frame);
    } catch (err) {
      return this.close('protocol', `bad message: ${(err as Error).message}`);
    }
    if (verdict !== 'wait' || this.closed) return;
    // A just-enrolled agent can be faster than the registry update reaching this worker: hold its frame
    // (within the budget: the bytes behind it stay unread, copied out of the socket's chunk) and look again.
    this.decoder.compact();
    const timer = this.deps.clock.setTimeout(() => this.retryWaiting(), UNKNOWN_RETRY_MS);
    this.waiting = { frame, timer };
  }

  private retryWaiting(): void {
    if (this.closed || !this.waiting) return;
    const { frame } = this.waiting;
    this.waiting = null;
    this.unknownRetries++;
    this.handle(frame);
    if (!this.waiting && !this.closed) this.drain();
  }

  private onMessage(msg: Buffer): void | 'wait' {
    if (isAgentPing(msg)) { this.socket.write(encodeAgentFrame(agentPong())); return; }
    const header = parseAgentHeader(msg);
    const id = header.agentId === null ? null : Number(header.agentId);
    const agent = id === null ? this.deps.directory.lookupByIp(this.remoteIp) : this.deps.directory.lookup(id);
    if (!agent) {
      if (!this.agent && this.unknownRetries < UNKNOWN_RETRIES) return 'wait';
      return this.close('protocol', `unknown or deleted agent ${header.agentId ?? `at ${this.remoteIp}`}`);
    }
    if (this.agent && this.agent.id !== agent.id) return this.close('protocol', `agent ${agent.idText} spoke on the connection of ${this.agent.idText}`);
    const opened = openAgentBody(agent.aesKey, header.body);
    if (!this.ctx.counters.admits(agent, opened)) {
      // A replay proves nothing: an unauthenticated connection stays so (its deadline closes it).
      const last = this.ctx.counters.lastOf(agent)!;
      this.ctx.replayDropped();
      this.ctx.warn(this.remoteIp, `${this.who()}: dropped a replayed message of agent ${agent.idText}: counters ${opened.global}:${opened.local} are not after ${last.global}:${last.local}`);
      return;
    }
    if (!this.agent) {
      const refused = this.ctx.refusal(agent.id);
      if (refused !== null) return this.refuse(agent, refused);
      this.agent = agent;
      if (!this.ctx.claim(this, agent.id)) return this.close('protocol', 'already connected elsewhere, and that connection is alive');
      this.decoder.setMaxMessageSize(this.ctx.limits.maxFrameBytes);
      this.ctx.authenticated(this);
    }
    this.agent = agent;
    this.ctx.counters.record(agent, opened);
    const now = this.deps.clock.now();
    this.lastMessageAt = now;
    const m = classifyAgentMessage(opened.payload);
    switch (m.kind) {
      case 'startup': {
        const version = typeof m.info?.version === 'string' ? m.info.version : null;
        this.deps.tracker.startup(agent.id, now, version ? `Wazuh ${version}` : null);
        this.send(startupReply(version, this.deps.managerVersion));
        this.pushedMd5 = null;
        this.deps.onStatusChange();
        return;
      }
      case 'keepalive': {
        const ka = parseKeepAlive(m.text);
        this.deps.tracker.keepAlive(agent.id, now, {
          os: ka.os ? { name: ka.os.name, version: ka.os.version, platform: ka.os.platform, arch: ka.os.arch, uname: ka.os.uname } : undefined,
          version: ka.agentVersion,
          labels: Object.fromEntries(ka.labels.filter((l) => !l.system).map((l) => [l.key, l.value])),
          configSum: ka.agentConfMd5,
          mergedSum: ka.mergedMd5,
        });
        this.send(agentAck());
        this.pushMergedIfStale(ka.mergedMd5);
        this.deps.onStatusChange();
        return;
      }
      case 'shutdown':
        this.deps.tracker.shutdown(agent.id, now);
        this.deps.onStatusChange();
        return;
      case 'event':
        this.deps.tracker.seen(agent.id, now);
        this.deps.onEvent(agent, m, this.remoteIp);
        return;
      case 'request_reply':
        this.deps.tracker.seen(agent.id, now);
        return;
      case 'invalid':
        this.deps.log.debug(`${this.who()}: ignored a message: ${m.reason}`);
        return;
    }
  }

  /**
   * Answers `#!-err` (a Wazuh agent logs "Couldn't connect to server ...: <message>" and tries again, then
   * its next server) and ends the connection once the answer is out.
   */
  private refuse(agent: AgentIdentity, message: string): void {
    this.agent = agent;
    this.send(agentErrorReply(message));
    this.deps.log.debug(`${this.who()}: refused: ${message}.`);
    this.closed = true;
    this.waiting?.timer.cancel();
    this.waiting = null;
    this.socket.end();
    const timer = this.deps.clock.setTimeout(() => this.socket.destroy(), REFUSE_LINGER_MS);
    this.socket.once('close', () => timer.cancel());
    this.ctx.closed(this, 'server');
  }

  /** The agent's merged.mg differs from its groups': send the new one (once per content). */
  private pushMergedIfStale(reported: string | null): void {
    const merged = this.deps.merged.forGroups(this.agent!.groups);
    if (!merged || merged.md5 === reported || merged.md5 === this.pushedMd5) return;
    for (const p of filePushPayloads(merged.md5, merged.content)) this.send(p);
    this.pushedMd5 = merged.md5;
    this.deps.log.info(`Sent merged.mg ${merged.md5} (${merged.content.length} bytes) to agent ${this.agent!.idText} (${this.agent!.name}).`);
  }
}
