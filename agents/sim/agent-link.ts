// One agent's TCP connection to a worker's agent port: frames and seals what the agent says and
// opens what the manager says. The counters belong to the agent (they outlive a connection).
import * as net from 'node:net';
import { NodeAddress } from '../../config/address';
import { Clock, Random, systemClock, Timer } from '../../lib/clock';
import { isAgentProtocolError } from '../errors';
import { openAgentBody, parseAgentHeader, sealAgentMessage } from '../crypto/agent-cipher';
import { CounterPair } from '../crypto/agent-counters';
import { classifyManagerMessage, ManagerMessage } from '../messages/manager-replies';
import { AgentFrameDecoder, encodeAgentFrame } from '../wire/agent-frame';
import { SimError } from './sim-errors';

/** Above this many unsent bytes an agent skips optional traffic (events) instead of queueing more. */
const LINK_HIGH_WATER = 256 * 1024;

interface LinkIdentity {
  agentId: string;
  aesKey: Buffer;
  /** The next counter pair to seal with (advances the agent's counters). */
  nextPair(): CounterPair;
}

interface LinkHandlers {
  onOpen(): void;
  onMessage(msg: ManagerMessage): void;
  /** Once per link: err is null when we closed it ourselves. */
  onClose(err: SimError | null): void;
}

/** Time and randomness of a link, injected so tests can drive them; the defaults are the process's. */
interface LinkDeps {
  /** Runs the connect deadline and the close grace. */
  clock?: Clock;
  /** Draws each message's random field. */
  random?: Random;
}

export class AgentLink {
  private readonly socket: net.Socket;
  private readonly decoder = new AgentFrameDecoder();
  private connectTimer: Timer | null;
  private readonly clock: Clock;
  private readonly random: Random;
  private closedByUs = false;
  private failure: SimError | null = null;
  private open = false;

  constructor(
    readonly address: NodeAddress,
    private readonly identity: LinkIdentity,
    private readonly handlers: LinkHandlers,
    connectTimeoutMs: number,
    deps: LinkDeps = {},
  ) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.socket = net.connect({ host: address.host, port: address.port });
    this.socket.setNoDelay(true);
    this.connectTimer = this.clock.setTimeout(() => {
      this.fail(new SimError('connect_failed', `connect to ${address.host}:${address.port} timed out after ${connectTimeoutMs} ms`));
    }, connectTimeoutMs);
    this.socket.once('connect', () => {
      this.clearConnectTimer();
      this.open = true;
      this.handlers.onOpen();
    });
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.socket.on('error', (err) => {
      const code = this.open ? 'connection_lost' : 'connect_failed';
      this.failure ??= new SimError(code, `${address.host}:${address.port}: ${err.message}`, { cause: err });
    });
    this.socket.once('close', () => {
      this.clearConnectTimer();
      this.open = false;
      const err = this.closedByUs ? null : this.failure ?? new SimError('connection_lost', `${address.host}:${address.port} closed the connection`);
      this.handlers.onClose(err);
    });
  }

  get connected(): boolean {
    return this.open;
  }

  /** The address the agent reports as `_agent_ip`. */
  get localAddress(): string {
    return this.socket.localAddress ?? '127.0.0.1';
  }

  congested(): boolean {
    return this.socket.writableLength > LINK_HIGH_WATER;
  }

  /** Seals and sends one payload; false when the link is not open. */
  send(payload: string | Buffer): boolean {
    if (!this.open || this.socket.destroyed) return false;
    const pair = this.identity.nextPair();
    const sealed = sealAgentMessage({
      key: this.identity.aesKey,
      agentId: this.identity.agentId,
      global: pair.global,
      local: pair.local,
      random: Math.floor(this.random() * 0x10000),
      payload,
    });
    this.socket.write(encodeAgentFrame(sealed));
    return true;
  }

  /** Ends the connection after what was written is flushed; destroys it if that takes too long. */
  close(graceMs = 1_000): void {
    this.closedByUs = true;
    this.clearConnectTimer();
    if (this.socket.destroyed) return;
    if (!this.open) {
      this.socket.destroy();
      return;
    }
    this.socket.end();
    const t = this.clock.setTimeout(() => this.socket.destroy(), graceMs);
    this.socket.once('close', () => t.cancel());
  }

  /** Closes it as failed: the agent moves on. */
  fail(err: SimError): void {
    this.failure ??= err;
    this.clearConnectTimer();
    this.socket.destroy();
  }

  private clearConnectTimer(): void {
    this.connectTimer?.cancel();
    this.connectTimer = null;
  }

  private receive(chunk: Buffer): void {
    try {
      for (const message of this.decoder.push(chunk)) {
        const header = parseAgentHeader(message);
        if (header.cipher !== 'aes') throw new SimError('bad_message', 'manager sent a Blowfish message');
        const opened = openAgentBody(this.identity.aesKey, header.body);
        this.handlers.onMessage(classifyManagerMessage(opened.payload));
        if (this.socket.destroyed) return;
      }
    } catch (err) {
      if (err instanceof SimError) this.fail(err);
      else if (isAgentProtocolError(err)) this.fail(new SimError('bad_message', `bad message from ${this.address.host}:${this.address.port}: ${err.message}`, { cause: err }));
      else throw err;
    }
  }
}
