// One agent's TCP connection to port 1514: frames in, messages opened with the agent's key, replies
// sealed back. Every failure is logged and closes this connection only.
import { Socket } from 'net';
import { AgentFrameDecoder, encodeAgentFrame, isAgentPing, agentPong } from '../wire/agent-frame';
import { openAgentBody, parseAgentHeader, sealAgentMessage } from '../crypto/agent-cipher';
import { classifyAgentMessage } from '../messages/agent-message';
import { parseKeepAlive } from '../messages/keepalive';
import { agentAck, filePushPayloads, startupReply } from '../messages/manager-replies';
import { AgentIdentity } from './agent-directory';
import { AgentServerDeps } from './agent-server';

const UNKNOWN_RETRY_MS = 100;
/** How many times an unknown agent is looked up again (about a second) before it is refused. */
const UNKNOWN_RETRIES = 10;

export class AgentConnection {
  readonly remoteIp: string;
  agent: AgentIdentity | null = null;
  lastMessageAt: number;
  private readonly decoder = new AgentFrameDecoder();
  private global: number;
  private local = 0;
  private pushedMd5: string | null = null;
  private closed = false;
  /** Frames held while an agent unknown here is looked up again (its registry entry may be on its way). */
  private held: Buffer[] | null = null;
  private unknownRetries = 0;

  constructor(
    private readonly socket: Socket,
    private readonly deps: AgentServerDeps,
    /** Binds this connection to an agent; false when another live connection holds it (Wazuh's rule). */
    private readonly claim: (conn: AgentConnection, id: number) => boolean,
    private readonly onClose: (conn: AgentConnection) => void,
  ) {
    this.remoteIp = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    this.lastMessageAt = deps.clock.now();
    // Manager -> agent counters: seconds since the epoch as the global one, so they only grow across restarts.
    this.global = Math.floor(deps.clock.now() / 1000);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  close(reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    if (reason) this.deps.log.warning(`${this.who()}: ${reason}. Connection closed.`);
    this.socket.destroy();
    this.onClose(this);
  }

  send(payload: Buffer | string): void {
    if (this.closed || !this.agent) return;
    if (++this.local > 9997) { this.local = 1; this.global++; }
    const sealed = sealAgentMessage({
      key: this.agent.aesKey, global: this.global, local: this.local, random: Math.floor(Math.random() * 65536), payload,
    });
    this.socket.write(encodeAgentFrame(sealed));
  }

  /** Bytes this connection holds in memory: a partial frame and the frames waiting for the registry. */
  heldBytes(): number {
    return this.decoder.bufferedBytes() + (this.held ?? []).reduce((n, f) => n + f.length, 0);
  }

  private who(): string {
    return this.agent ? `Agent ${this.agent.idText} (${this.agent.name}) from ${this.remoteIp}` : `Connection from ${this.remoteIp}`;
  }

  private onData(chunk: Buffer): void {
    let frames: Buffer[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      return this.close((err as Error).message);
    }
    if (this.held) { this.held.push(...frames); return; }
    this.process(frames);
  }

  private process(frames: Buffer[]): void {
    for (let i = 0; i < frames.length; i++) {
      if (this.closed) return;
      try {
        if (this.onMessage(frames[i]) === 'wait') {
          // A just-enrolled agent can be faster than the registry update reaching this worker: hold its
          // frames and look again shortly, rather than refusing it at once.
          this.held = frames.slice(i);
          setTimeout(() => {
            const held = this.held ?? [];
            this.held = null;
            this.unknownRetries++;
            this.process(held);
          }, UNKNOWN_RETRY_MS).unref();
          return;
        }
      } catch (err) {
        return this.close(`bad message: ${(err as Error).message}`);
      }
    }
  }

  private onMessage(msg: Buffer): void | 'wait' {
    if (isAgentPing(msg)) { this.socket.write(encodeAgentFrame(agentPong())); return; }
    const header = parseAgentHeader(msg);
    const id = header.agentId === null ? null : Number(header.agentId);
    const agent = id === null ? this.deps.directory.lookupByIp(this.remoteIp) : this.deps.directory.lookup(id);
    if (!agent) {
      if (!this.agent && this.unknownRetries < UNKNOWN_RETRIES) return 'wait';
      return this.close(`unknown or deleted agent ${header.agentId ?? `at ${this.remoteIp}`}`);
    }
    if (this.agent && this.agent.id !== agent.id) return this.close(`agent ${agent.idText} spoke on the connection of ${this.agent.idText}`);
    const opened = openAgentBody(agent.aesKey, header.body);
    this.deps.counters?.record(agent.id, { global: opened.global, local: opened.local });
    if (!this.agent) {
      this.agent = agent;
      if (!this.claim(this, agent.id)) return this.close('already connected elsewhere, and that connection is alive');
    }
    this.agent = agent;
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

  /** The agent's merged.mg differs from its groups': send the new one (once per content). */
  private pushMergedIfStale(reported: string | null): void {
    const merged = this.deps.merged.forGroups(this.agent!.groups);
    if (!merged || merged.md5 === reported || merged.md5 === this.pushedMd5) return;
    for (const p of filePushPayloads(merged.md5, merged.content)) this.send(p);
    this.pushedMd5 = merged.md5;
    this.deps.log.info(`Sent merged.mg ${merged.md5} (${merged.content.length} bytes) to agent ${this.agent!.idText} (${this.agent!.name}).`);
  }
}
