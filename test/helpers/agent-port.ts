// An agent port (AgentServer) alone on 127.0.0.1:0 with an in-memory registry and a ManualClock, and raw
// clients to flood it: for the tests of the port's budgets, deadlines and logs (issue 9).
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { AgentServer, AgentServerDeps } from '../../agents/server/agent-server';
import { AgentDirectory } from '../../agents/server/agent-directory';
import { StatusTracker } from '../../agents/server/status-tracker';
import { MergedCache } from '../../agents/groups/merged-cache';
import { encodeAgentFrame } from '../../agents/wire/agent-frame';
import { RegistryEntry } from '../../store/global-store';
import type { TaskLog } from '../../log/task-log';
import { ManualClock } from './manual-clock';
import { TestAgent } from './test-agent';

export interface PortUnderTest {
  server: AgentServer;
  port: number;
  clock: ManualClock;
  registry: Map<number, RegistryEntry>;
  /** Every line the port logged, with its level. */
  lines: { level: string; msg: string }[];
  events: string[];
  /** Registers agent `id` and returns a TestAgent holding its key. */
  register(id: number, name?: string): TestAgent;
  /** A raw socket, tracked for close(). */
  raw(localAddress?: string): Promise<RawClient>;
  close(): Promise<void>;
}

export interface RawClient {
  socket: net.Socket;
  closed: boolean;
  write(bytes: Buffer): void;
}

export async function startPort(over: Partial<AgentServerDeps> = {}): Promise<PortUnderTest> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-agent-port-'));
  const clock = new ManualClock();
  const registry = new Map<number, RegistryEntry>();
  const lines: { level: string; msg: string }[] = [];
  const record = (level: string) => (msg: string): void => void lines.push({ level, msg });
  const log: TaskLog = { debug: record('debug'), info: record('info'), warning: record('warning'), error: record('error') };
  const events: string[] = [];
  const server = new AgentServer({
    directory: new AgentDirectory((id) => registry.get(id), () => [...registry.values()]),
    tracker: new StatusTracker(),
    merged: new MergedCache(path.join(dir, 'shared'), () => clock.now()),
    log, clock, managerVersion: 'v4.14.7',
    onEvent: (_agent, ev) => void events.push(ev.message.toString()),
    onStatusChange: () => undefined,
    ...over,
  });
  const { port } = await server.listen(0, '127.0.0.1');
  const agents: TestAgent[] = [];
  const raws: RawClient[] = [];
  return {
    server, port, clock, registry, lines, events,
    register(id, name = `agent-${id}`) {
      const key = id.toString(16).padStart(2, '0').repeat(32).slice(0, 64);
      registry.set(id, { id, name, ip: 'any', key, groups: [] });
      const a = new TestAgent(String(id).padStart(3, '0'), name, key);
      agents.push(a);
      return a;
    },
    raw: (localAddress) => new Promise<RawClient>((resolve, reject) => {
      const socket = net.connect({ port, host: '127.0.0.1', localAddress });
      const c: RawClient = { socket, closed: false, write: (b) => { if (!socket.destroyed) socket.write(b); } };
      raws.push(c);
      socket.on('data', () => undefined); // read, so that the server's FIN is seen
      socket.on('close', () => { c.closed = true; });
      socket.on('error', () => undefined);
      socket.once('connect', () => resolve(c));
      socket.once('error', reject);
    }),
    async close() {
      for (const a of agents) a.close();
      for (const r of raws) r.socket.destroy();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first frame of finding 1: an agent id this port does not know, and no ciphertext. */
export const UNKNOWN_ID_FRAME = encodeAgentFrame('!999!#AES:');

/** A frame header announcing `length` bytes, without them. */
export function frameHeader(length: number): Buffer {
  const h = Buffer.alloc(4);
  h.writeUInt32LE(length, 0);
  return h;
}
