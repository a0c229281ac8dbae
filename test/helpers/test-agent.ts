// A minimal hand-driven Wazuh agent for tests, built from the protocol cores (not from agent-sim).
import * as net from 'net';
import { AgentFrameDecoder, encodeAgentFrame } from '../../agents/wire/agent-frame';
import { agentAesKey } from '../../agents/crypto/agent-key';
import { openAgentMessage, sealAgentMessage } from '../../agents/crypto/agent-cipher';
import { classifyManagerMessage, ManagerMessage } from '../../agents/messages/manager-replies';
import { formatKeepAlive } from '../../agents/messages/keepalive';
import { formatAgentEvent, formatStartup } from '../../agents/messages/agent-message';

export class TestAgent {
  readonly received: ManagerMessage[] = [];
  closed = false;
  private readonly key: Buffer;
  private local = 0;
  private socket!: net.Socket;

  constructor(readonly id: string, readonly name: string, rawKey: string) {
    this.key = agentAesKey(id, name, rawKey);
  }

  /** localAddress: another loopback address (127.0.0.2...) to come from, as a second source would. */
  connect(port: number, localAddress?: string): Promise<void> {
    const decoder = new AgentFrameDecoder();
    this.socket = net.connect({ port, host: '127.0.0.1', localAddress });
    this.socket.on('data', (chunk) => {
      for (const f of decoder.push(chunk)) this.received.push(classifyManagerMessage(openAgentMessage(this.key, f).payload));
    });
    this.socket.on('close', () => { this.closed = true; });
    this.socket.on('error', () => undefined);
    return new Promise((resolve, reject) => { this.socket.once('connect', resolve); this.socket.once('error', reject); });
  }

  send(payload: string): void {
    this.socket.write(this.frame(payload));
  }

  /** The next sealed frame (counters advance), to send now or later (a replay). */
  frame(payload: string): Buffer {
    this.local++;
    return encodeAgentFrame(sealAgentMessage({ key: this.key, global: 1, local: this.local, random: 42, payload, agentId: this.id }));
  }

  /** A valid sealed frame with one ciphertext byte flipped. */
  sendTampered(payload: string): void {
    this.local++;
    const sealed = sealAgentMessage({ key: this.key, global: 1, local: this.local, random: 42, payload, agentId: this.id });
    sealed[sealed.length - 5] ^= 0x01;
    this.socket.write(encodeAgentFrame(sealed));
  }

  sendRaw(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  startup(): void { this.send(formatStartup('v4.14.7')); }

  keepAlive(mergedMd5: string | null = null): void {
    this.send(formatKeepAlive({
      uname: `Linux |${this.name} |5.15.0 |#1 SMP |x86_64 [Ubuntu|ubuntu: 22.04 LTS]`, agentVersion: 'Wazuh v4.14.7',
      labels: [{ key: 'env', value: 'test', hidden: false, system: false }], mergedMd5, agentIp: '127.0.0.1',
    }));
  }

  event(location: string, message: string): void { this.send(formatAgentEvent('1', location, message).toString('latin1')); }

  close(): void { this.socket?.destroy(); }
}
