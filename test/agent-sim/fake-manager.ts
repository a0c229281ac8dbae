// A small fake Wazuh manager for the simulator's tests, built from the same pure cores: an authd
// (TLS, enrollment) and a remoted (TCP, sealed messages) that share one registry of keys.
import * as net from 'node:net';
import * as tls from 'node:tls';
import { agentAesKey } from '../../agents/crypto/agent-key';
import { openAgentBody, parseAgentHeader, sealAgentMessage } from '../../agents/crypto/agent-cipher';
import { formatEnrollFailure, formatEnrollReply, newAgentKey, nextAgentId, parseEnrollRequest, EnrollRequest, IssuedKey } from '../../agents/enrollment/enroll-request';
import { classifyAgentMessage } from '../../agents/messages/agent-message';
import { KeepAlive, parseKeepAlive } from '../../agents/messages/keepalive';
import { agentAck, agentErrorReply, filePushPayloads } from '../../agents/messages/manager-replies';
import { AgentFrameDecoder, encodeAgentFrame } from '../../agents/wire/agent-frame';
import { FAKE_TLS_CERT, FAKE_TLS_KEY } from './fake-tls';

export class FakeRegistry {
  readonly byId = new Map<string, IssuedKey>();
  private highest = 0;

  issue(name: string): IssuedKey {
    const k = { id: nextAgentId(this.highest++), name, ip: 'any', key: newAgentKey() };
    this.byId.set(k.id, k);
    return k;
  }
}

export interface FakeAuthd {
  port: number;
  requests: EnrollRequest[];
  /** Refuse this many more requests (as a worker with no master link would). */
  refuseNext: number;
  close(): Promise<void>;
}

export async function startFakeAuthd(registry: FakeRegistry, refuseNext = 0): Promise<FakeAuthd> {
  const sockets = new Set<tls.TLSSocket>();
  const authd: FakeAuthd = { port: 0, requests: [], refuseNext, close: async () => undefined };
  const server = tls.createServer({ key: FAKE_TLS_KEY, cert: FAKE_TLS_CERT }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let line = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      line += chunk;
      if (!line.includes('\n')) return;
      const req = parseEnrollRequest(line.slice(0, line.indexOf('\n') + 1));
      authd.requests.push(req);
      if (authd.refuseNext > 0) {
        authd.refuseNext--;
        socket.end(formatEnrollFailure('ERROR: Unable to connect to the master node'));
        return;
      }
      socket.end(formatEnrollReply(registry.issue(req.name ?? 'unnamed')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authd.port = (server.address() as net.AddressInfo).port;
  authd.close = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return authd;
}

interface SeenKeepAlive extends KeepAlive {
  agentId: string;
  at: number;
}

export interface FakeRemoted {
  port: number;
  startups: Array<{ agentId: string; info: Record<string, unknown> | null }>;
  keepalives: SeenKeepAlive[];
  events: Array<{ agentId: string; queue: string; location: string; message: string; at: number }>;
  shutdowns: string[];
  counters: Array<{ agentId: string; global: number; local: number }>;
  errors: string[];
  /** The merged.mg pushed to agents whose keep-alive reports another checksum. */
  merged: { md5: string; content: Buffer } | null;
  pushes: number;
  /** When false, startups get no ack (a hung worker). */
  ackStartups: boolean;
  /** Agents whose startup is answered `#!-err` (a worker that moved them away). */
  refuse: Set<string>;
  /** Sends `#!-force_reconnect` to every agent that spoke on an open connection; returns how many. */
  reconnectAll(): number;
  connections(): number;
  /** Stops listening and drops every agent connection (a dead worker). */
  close(): Promise<void>;
}

/** `now` stamps what arrives (`at`): a test on a manual clock passes that clock's. */
export async function startFakeRemoted(registry: FakeRegistry, merged: FakeRemoted['merged'] = null, now: () => number = Date.now): Promise<FakeRemoted> {
  const sockets = new Set<net.Socket>();
  let seq = 0;
  const remoted: FakeRemoted = {
    port: 0, startups: [], keepalives: [], events: [], shutdowns: [], counters: [], errors: [], merged, pushes: 0, ackStartups: true,
    refuse: new Set(), reconnectAll: () => 0,
    connections: () => sockets.size, close: async () => undefined,
  };
  /** Per open connection, how to say something to the agent that spoke on it. */
  const speakers = new Map<net.Socket, (payload: string) => void>();
  remoted.reconnectAll = () => {
    for (const say of speakers.values()) say('#!-force_reconnect');
    return speakers.size;
  };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => { sockets.delete(socket); speakers.delete(socket); });
    socket.on('error', () => undefined);
    const decoder = new AgentFrameDecoder();
    const pushed = new Set<string>();
    const send = (key: Buffer, payload: string | Buffer) => {
      const sealed = sealAgentMessage({ key, global: 0, local: ++seq % 9998, random: 1234, payload });
      socket.write(encodeAgentFrame(sealed));
    };
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const message of decoder.push(chunk)) {
          const header = parseAgentHeader(message);
          const agent = header.agentId ? registry.byId.get(header.agentId) : undefined;
          if (!agent) throw new Error(`unknown agent ${header.agentId}`);
          const key = agentAesKey(agent.id, agent.name, agent.key);
          const opened = openAgentBody(key, header.body);
          speakers.set(socket, (payload) => send(key, payload));
          remoted.counters.push({ agentId: agent.id, global: opened.global, local: opened.local });
          const msg = classifyAgentMessage(opened.payload);
          switch (msg.kind) {
            case 'startup':
              remoted.startups.push({ agentId: agent.id, info: msg.info });
              if (remoted.refuse.has(agent.id)) {
                send(key, agentErrorReply('moved to another server'));
                socket.end();
              } else if (remoted.ackStartups) send(key, agentAck());
              break;
            case 'keepalive': {
              const ka = parseKeepAlive(msg.text);
              remoted.keepalives.push({ ...ka, agentId: agent.id, at: now() });
              send(key, agentAck());
              const m = remoted.merged;
              if (m && ka.mergedMd5 !== m.md5 && !pushed.has(m.md5)) {
                pushed.add(m.md5);
                remoted.pushes++;
                for (const p of filePushPayloads(m.md5, m.content)) send(key, p);
              }
              break;
            }
            case 'shutdown':
              remoted.shutdowns.push(agent.id);
              break;
            case 'event':
              remoted.events.push({ agentId: agent.id, queue: msg.queue, location: msg.location, message: msg.message.toString('utf8'), at: now() });
              break;
            case 'request_reply':
            case 'invalid':
              remoted.errors.push(`${msg.kind} from ${agent.id}`);
              break;
          }
        }
      } catch (err) {
        remoted.errors.push((err as Error).message);
        socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  remoted.port = (server.address() as net.AddressInfo).port;
  remoted.close = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return remoted;
}

/**
 * Polls cond every millisecond or so until it holds; fails with `what` after timeoutMs of real time.
 * For I/O outcomes (a socket's bytes arriving): the simulator's own timers run on the test's clock.
 */
export async function waitFor(what: string, cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}
