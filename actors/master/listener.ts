// The master's listener: accepts sessions, admits workers by their hello, and supervises one
// WorkerConnection per worker. It owns the worker table, so every view of the workers comes through it.
import { ActorHandle, ActorSpec } from '../supervision/actor';
import { PeerServer, Peer } from '../../protocol/peer';
import { NodeContext, ControlRequestHandler } from '../node/node-context';
import { CLUSTER_PROTOCOL_VERSION, WARDEN_VERSION } from '../node/version';
import { awaitHello, PendingHello } from './await-hello';
import { checkHello } from './hello-check';
import { WorkerTable, WorkerEntry } from './worker-table';
import { workerConnectionSpec, WorkerConnectionMsg } from './worker-connection';
import { MasterSelf } from './cluster-views';
import { body, BodyValue } from '../../protocol/envelope';
import { GlobalStore } from '../../store/global-store';
import { RegistryFeed } from '../agents/local-agent-groups';

function helloOf(p: PendingHello): BodyValue<'hello'> {
  return p.env.body.value as BodyValue<'hello'>;
}

export type ListenerMsg =
  | { type: 'hello'; peer: Peer; hello: PendingHello }
  | { type: 'admit'; peer: Peer; hello: PendingHello; replace: Conn | null }
  | { type: 'closed'; name: string; generation: number; reason: string }
  | { type: 'workers'; reply: (w: WorkerEntry[]) => void };


interface Conn {
  name: string;
  generation: number;
  peer: Peer;
  handle: ActorHandle<WorkerConnectionMsg>;
}

interface State {
  detach: () => void;
  table: WorkerTable;
  conns: Map<string, Conn>;
}

export interface ListenerDeps {
  ctx: NodeContext;
  self: MasterSelf;
  /** Cluster-wide control commands, answered by the node (forwarded here from workers). */
  control: ControlRequestHandler;
  /** The server, already listening: the node opens it before the tree so a port clash fails the start. */
  server: PeerServer;
  store: GlobalStore;
  feed: RegistryFeed;
}

const HELLO_TIMEOUT_MS = 5_000;
const PROBE_TIMEOUT_MS = 1_000;

export function listenerSpec(d: ListenerDeps): ActorSpec<State, ListenerMsg> {
  const { ctx } = d;
  const log = ctx.log.task('Listener');
  const intervals = ctx.config.intervals;
  return {
    name: 'listener',
    kind: 'Listener',
    summary: (s) => `${d.self.address} workers=${s.conns.size}`,
    init: (self) => {
      const onPeer = (peer: Peer) => {
        awaitHello(peer, HELLO_TIMEOUT_MS).then(
          (hello) => self.tell({ type: 'hello', peer, hello }),
          (err: Error) => {
            log.warning(`Refused ${peer.remoteAddress}: ${err.message}`);
            peer.close(err);
          },
        );
      };
      const onRejected = (info: { address: string; error: Error & { code?: string } }) => {
        log.warning(`Refused connection from ${info.address}: ${info.error.code ? `${info.error.code}: ` : ''}${info.error.message}`);
      };
      d.server.on('peer', onPeer);
      d.server.on('rejected', onRejected);
      const detach = () => { d.server.off('peer', onPeer); d.server.off('rejected', onRejected); };
      return { detach, table: new WorkerTable(), conns: new Map() };
    },
    receive: async (s, m, self) => {
      switch (m.type) {
        case 'hello': return onHello(s, m.peer, m.hello, self);
        case 'admit': return admit(s, m.peer, m.hello, m.replace, self);
        case 'closed': return closed(s, m.name, m.generation, m.reason);
        case 'workers': m.reply(s.table.list()); return s;
      }
    },
    // The children (one per worker) are already stopped; the node closes the server itself.
    onStop: (s) => {
      s.detach();
      for (const c of s.conns.values()) c.peer.close();
    },
  };

  function onHello(s: State, peer: Peer, hello: PendingHello, self: ActorHandle<ListenerMsg>): State {
    const h = helloOf(hello);
    const fields = {
      clusterName: h.clusterName ?? '', nodeName: h.nodeName ?? '', nodeType: h.nodeType ?? '',
      version: h.version ?? '', protocolVersion: h.protocolVersion ?? 0,
    };
    const verdict = checkHello(fields, {
      clusterName: ctx.config.cluster.name, nodeName: ctx.config.cluster.nodeName, protocolVersion: CLUSTER_PROTOCOL_VERSION,
    });
    if (!verdict.ok) {
      refuse(peer, hello, verdict.code, verdict.message);
      return s;
    }
    const old = s.conns.get(fields.nodeName);
    if (!old) {
      self.tell({ type: 'admit', peer, hello, replace: null });
      return s;
    }
    // Same name already connected: live duplicate, or a dead connection the worker left behind?
    // Ask the old one; its silence means stale, and the newly authenticated worker replaces it.
    old.peer.request(body('ping', { payload: Buffer.alloc(0) }), PROBE_TIMEOUT_MS).then(
      () => refuse(peer, hello, 'duplicate_name', `a worker named ${fields.nodeName} is already connected from ${old.peer.remoteAddress}`),
      () => self.tell({ type: 'admit', peer, hello, replace: old }),
    );
    return s;
  }

  async function admit(s: State, peer: Peer, hello: PendingHello, replace: Conn | null, self: ActorHandle<ListenerMsg>): Promise<State> {
    const h = helloOf(hello);
    const name = h.nodeName;
    const current = s.conns.get(name);
    if (current !== (replace ?? undefined)) {
      // Another connection of this name was admitted meanwhile.
      refuse(peer, hello, 'duplicate_name', `a worker named ${name} is already connected`);
      return s;
    }
    if (replace) {
      log.warning(`Worker ${name} reconnected from ${peer.remoteAddress}: its previous connection does not answer and is replaced.`);
      s.conns.delete(name);
      await replace.handle.stop();
      s.table.disconnected(name, replace.generation, 'replaced by a new connection', ctx.now());
    }
    if (peer.closed) return s;
    const entry = s.table.connected(name, peer.remoteAddress, h.version ?? '', ctx.now());
    const generation = entry.generation;
    const handle = self.spawn(workerConnectionSpec({
      name, generation, peer, log: ctx.log, now: ctx.now,
      keepAliveTimeoutMs: intervals.keepAliveTimeout,
      keepAliveCheckMs: Math.max(100, Math.min(intervals.keepAlive, intervals.keepAliveTimeout / 3)),
      onKeepAlive: (at) => s.table.keepAlive(name, generation, at),
      control: d.control,
      onClosed: (reason) => self.tell({ type: 'closed', name, generation, reason }),
      store: d.store, feed: d.feed, agentGroupsMs: intervals.agentGroups,
      onLoopRan: (loop, run) => s.table.loopRan(name, generation, loop, run),
    }));
    s.conns.set(name, { name, generation, peer, handle });
    hello.respond(body('helloAccepted', { masterName: ctx.config.cluster.nodeName, version: WARDEN_VERSION }));
    log.info(`Worker ${name} connected from ${peer.remoteAddress} (version ${h.version}).`);
    return s;
  }

  async function closed(s: State, name: string, generation: number, reason: string): Promise<State> {
    const c = s.conns.get(name);
    if (!c || c.generation !== generation) return s;
    s.conns.delete(name);
    s.table.disconnected(name, generation, reason, ctx.now());
    log.info(`Worker ${name} disconnected: ${reason}`);
    await c.handle.stop();
    return s;
  }

  function refuse(peer: Peer, hello: PendingHello, code: string, message: string): void {
    log.warning(`Refused worker ${JSON.stringify(helloOf(hello).nodeName)} from ${peer.remoteAddress}: ${code}: ${message}`);
    hello.respond(body('error', { code, message }));
    // Let the refusal reach the worker before the socket goes.
    setTimeout(() => peer.close(), 100).unref();
  }
}
