// The master's listener: accepts sessions, admits workers by their hello, and supervises one
// WorkerConnection per worker. It owns the worker table, so every view of the workers comes through it.
//
// Everything arrives as a message: a new session, its hello (awaited beside the mailbox), the probe of
// an older connection of the same name, a connection's reports, and a connection's end (childFailed).
// Connections refused before their session are only logged, from the server's event and not through the
// mailbox, so that a flood of them never crowds a real worker's session out of it. Every refusal goes
// through a RepeatLimiter: one line per source address per interval, the repeats counted.
import type { ClusterLog } from '../../log/task-log';
import { RepeatLimiter } from '../../log/repeat-limiter';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { Schedules } from '../../config/schedule';
import type { WardenConfig } from '../../config/schema';
import { body, type BodyValue } from '../../protocol/envelope';
import type { Peer, PeerServer, RejectedInfo } from '../../protocol/peer';
import { sourceKey } from '../../protocol/source-address';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { rootMessage } from '../supervision/errors';
import { GlobalStore } from '../../store/global-store';
import { ControlError, type ControlRequest } from '../control/control-protocol';
import { SERVICE_POLICY } from '../node/policies';
import { loopStatesUnder, type LoopState } from '../node/loop-states';
import { CLUSTER_PROTOCOL_VERSION, WARDEN_VERSION } from '../node/version';
import type { RegistryFeed } from '../agents/local-agent-groups';
import type { IntegrityFeed } from '../integrity/integrity-feed';
import type { NodeMeters } from '../metrics/node-meters';
import { awaitHello, type PendingHello } from './await-hello';
import type { StandbyBarrier } from '../replication/standby-barrier';
import type { ReplicaSendLimits } from '../replication/replica-sender';
import { checkHello } from './hello-check';
import { type LoopName, type LoopRun, WorkerTable, type WorkerEntry } from './worker-table';
import { workerConnectionSpec, type WorkerConnectionMsg, type WorkerReport } from './worker-connection';

/** A worker as `health` shows it: its table entry and the loops of both sides of its link. */
export interface WorkerView extends WorkerEntry {
  masterLoops: LoopState[];
}

export type ListenerMsg =
  | { type: 'session'; peer: Peer; hello: Promise<PendingHello> }
  | { type: 'hello'; peer: Peer; r: Settled<PendingHello> }
  | { type: 'probed'; peer: Peer; hello: PendingHello; old: Conn; r: Settled<unknown> }
  | { type: 'close-peer'; peer: Peer }
  | { type: 'ended'; conn: ActorHandle<unknown>; error: Error }
  | { type: 'report'; name: string; generation: number; report: WorkerReport }
  | { type: 'workers'; reply: (w: WorkerView[]) => void }
  /** A control command for the worker named `node`, handed to its connection. */
  | { type: 'relay'; node: string; req: ControlRequest; deadlineMs: number; reply: (r: Settled<unknown>) => void }
  /** The placement asks a worker to move agents away; the reply is how many it will move. */
  | { type: 'move-agents'; name: string; count: number; spreadMs: number; reason: string; reply: (r: Settled<number>) => void }
  /** A worker that left: its connection stops once its answer had time to go out. */
  | { type: 'let-go'; conn: ActorHandle<WorkerConnectionMsg> };

interface Conn {
  name: string;
  generation: number;
  peer: Peer;
  handle: ActorHandle<WorkerConnectionMsg>;
}

interface State {
  detach: () => void;
  conns: Map<string, Conn>;
  refusals: RepeatLimiter;
}

export interface ListenerDeps {
  config: WardenConfig;
  log: ClusterLog;
  clock: Clock;
  /** The server, already listening: the node opens it before the tree so a port clash fails the start. */
  server: PeerServer;
  /** Lives with the node: a restart of the listener keeps who was connected and when. */
  table: WorkerTable;
  store: GlobalStore;
  registry: RegistryFeed;
  integrity: IntegrityFeed;
  /** Cluster-wide control commands, answered by the node (forwarded here from workers). */
  control: (req: ControlRequest) => Promise<unknown>;
  /** A control command a worker sends for a named node (the shell's `connect`), answered by the node. */
  relay: (node: string, req: ControlRequest, deadlineMs: number) => Promise<unknown>;
  /** Each admitted worker's traffic and integrity runs are counted here for /metrics. */
  meters: NodeMeters;
  /** This leadership's epoch, told to each worker in its HelloAccepted (0: a single master, no etcd). */
  epoch: number;
  /** Registry writes wait on it for a standby's acknowledgement; each standby's connection feeds it. */
  barrier: StandbyBarrier;
  replicaLimits?: Partial<ReplicaSendLimits>;
}

const HELLO_TIMEOUT_MS = 5_000;
/** Refusals from one source address: one line per this interval, the others counted in a summary line. */
const REFUSAL_LOG_INTERVAL_MS = 60_000;
const PROBE_TIMEOUT_MS = 1_000;
/** A refusal is given this long to reach the worker before the socket goes. */
const REFUSE_LINGER_MS = 100;
/** So is the answer to a worker that leaves. */
const LEAVE_LINGER_MS = 100;

export function listenerSpec(d: ListenerDeps): ActorSpec<State, ListenerMsg> {
  const log = d.log.task('Listener');
  const c = d.config.cluster;
  const schedules: Schedules = d.config.schedules;
  return {
    name: 'listener',
    kind: 'Listener',
    restart: SERVICE_POLICY,
    summary: (s) => `${c.bindAddr} workers=${s.conns.size} ${preAuthSummary(d.server)}`,
    init: (self) => {
      const refusals = new RepeatLimiter(log, d.clock, { intervalMs: REFUSAL_LOG_INTERVAL_MS });
      // The hello may be in the session's first bytes: its listener is set before the next tick.
      const onPeer = (peer: Peer): void => {
        const hello = awaitHello(peer, HELLO_TIMEOUT_MS, d.clock);
        if (self.tell({ type: 'session', peer, hello })) return;
        hello.catch(() => undefined);
        peer.close();
      };
      const onRejected = ({ address, error }: RejectedInfo): void =>
        refusals.warning(address, `Refused connection from ${address}: ${error.code}: ${error.message}`);
      d.server.on('peer', onPeer);
      d.server.on('rejected', onRejected);
      return { detach: () => { d.server.off('peer', onPeer); d.server.off('rejected', onRejected); }, conns: new Map(), refusals };
    },
    // A session the listener can no longer take (it stopped or restarts) is closed: the worker dials again.
    unhandled: (m, err) => {
      if (m.type === 'session') m.hello.catch(() => undefined);
      if (m.type === 'session' || m.type === 'hello' || m.type === 'probed' || m.type === 'close-peer') m.peer.close();
      if (m.type === 'relay') m.reply({ ok: false, error: new ControlError('master_busy', `the master's listener cannot take requests now: ${m.node} not reached; try again`) });
      if (m.type === 'move-agents') m.reply({ ok: false, error: err });
    },
    // A connection that failed (its link, or past its budget) is forgotten; the worker dials again.
    childFailed: (child, error) => ({ type: 'ended', conn: child, error }),
    receive: async (s, m, self) => {
      switch (m.type) {
        case 'session':
          self.pipe(m.hello, (r) => ({ type: 'hello', peer: m.peer, r }));
          return s;
        case 'hello':
          if (!m.r.ok) {
            s.refusals.warning(sourceKey(m.peer.remoteAddress), `Refused ${m.peer.remoteAddress}: ${m.r.error.message}`);
            m.peer.close(m.r.error);
            return s;
          }
          return onHello(s, m.peer, m.r.value, self);
        case 'probed':
          if (m.r.ok) refuse(s, m.peer, m.hello, 'duplicate_name', `a worker named ${m.old.name} is already connected from ${m.old.peer.remoteAddress}`, self);
          else await admit(s, m.peer, m.hello, m.old, self);
          return s;
        case 'close-peer':
          m.peer.close();
          return s;
        case 'ended': return ended(s, m.conn, m.error);
        case 'report': return report(s, m.name, m.generation, m.report, self);
        case 'workers':
          m.reply(workers(s, self));
          return s;
        case 'relay': {
          const conn = s.conns.get(m.node);
          const known = [...s.conns.keys()].sort().join(', ') || 'none';
          if (!conn) m.reply({ ok: false, error: new ControlError('unknown_node', `no node named ${JSON.stringify(m.node)} is connected to master ${c.nodeName} (workers connected: ${known})`) });
          else if (!conn.handle.tell({ type: 'relay', req: m.req, deadlineMs: m.deadlineMs, reply: m.reply })) {
            m.reply({ ok: false, error: new ControlError('busy', `the connection of ${m.node} cannot take requests now; try again`) });
          }
          return s;
        }
        case 'move-agents': {
          const conn = s.conns.get(m.name);
          if (!conn || !conn.handle.tell({ type: 'move-agents', count: m.count, spreadMs: m.spreadMs, reason: m.reason, reply: m.reply })) {
            m.reply({ ok: false, error: new Error(`worker ${m.name} is not connected`) });
          }
          return s;
        }
        case 'let-go':
          await m.conn.stop();
          return s;
        default: return assertNever(m, 'message');
      }
    },
    // The children (one per worker) are already stopped, their sockets closed; the node closes the server.
    onStop: (s) => {
      s.detach();
      s.refusals.close();
    },
  };

  function onHello(s: State, peer: Peer, hello: PendingHello, self: ActorHandle<ListenerMsg>): Promise<State> | State {
    const h = helloOf(hello);
    const verdict = checkHello({
      clusterName: h.clusterName ?? '', nodeName: h.nodeName ?? '', nodeType: h.nodeType ?? '',
      version: h.version ?? '', protocolVersion: h.protocolVersion ?? 0,
    }, { clusterName: c.name, nodeName: c.nodeName, protocolVersion: CLUSTER_PROTOCOL_VERSION, takesStandbys: d.epoch > 0 });
    if (!verdict.ok) {
      refuse(s, peer, hello, verdict.code, verdict.message, self);
      return s;
    }
    // The worker followed a newer leader than this one: this master is fenced, whatever it believes.
    const known = Number(h.knownEpoch ?? 0);
    if (known > d.epoch) {
      const reason = `this master's leadership (epoch ${d.epoch}) is older than one the worker followed (epoch ${known})`;
      s.refusals.warning(`worker ${JSON.stringify(h.nodeName)} at ${sourceKey(peer.remoteAddress)}`, `Refused worker ${JSON.stringify(h.nodeName)} from ${peer.remoteAddress}: ${reason}.`);
      hello.respond(body('notLeader', { reason }));
      self.after(REFUSE_LINGER_MS, { type: 'close-peer', peer });
      return s;
    }
    const old = s.conns.get(h.nodeName);
    if (!old) return admit(s, peer, hello, null, self).then(() => s);
    // Same name already connected: a live duplicate, or a dead connection the worker left behind?
    // Ask the old one; its silence means stale, and the newly authenticated worker replaces it.
    self.pipe(old.peer.request(body('ping', { payload: Buffer.alloc(0) }), PROBE_TIMEOUT_MS), (r) => ({ type: 'probed', peer, hello, old, r }));
    return s;
  }

  async function admit(s: State, peer: Peer, hello: PendingHello, replace: Conn | null, self: ActorHandle<ListenerMsg>): Promise<void> {
    const h = helloOf(hello);
    const name = h.nodeName;
    if (s.conns.get(name) !== (replace ?? undefined)) {
      refuse(s, peer, hello, 'duplicate_name', `a worker named ${name} is already connected`, self); // admitted meanwhile
      return;
    }
    if (replace) {
      log.warning(`Worker ${name} reconnected from ${peer.remoteAddress}: its previous connection does not answer and is replaced.`);
      s.conns.delete(name);
      await replace.handle.stop();
      d.table.disconnected(name, replace.generation, 'replaced by a new connection', d.clock.now());
    }
    if (peer.closed) return;
    const role = h.nodeType === 'master' ? 'standby' : 'worker';
    const { generation } = d.table.connected(name, peer.remoteAddress, h.version ?? '', d.clock.now(), role);
    const handle = self.spawn(workerConnectionSpec({
      name, generation, peer, log: d.log, clock: d.clock, schedules, intervals: d.config.intervals,
      store: d.store, registry: d.registry, integrity: d.integrity, dataDir: d.config.dataDir, control: d.control, relay: d.relay,
      standby: role === 'standby' ? { barrier: d.barrier, limits: d.replicaLimits } : null,
      report: (report) => void self.tell({ type: 'report', name, generation, report }),
    }));
    s.conns.set(name, { name, generation, peer, handle });
    d.meters.links.track(name, peer);
    hello.respond(body('helloAccepted', { masterName: c.nodeName, version: WARDEN_VERSION, epoch: d.epoch }));
    log.info(`Worker ${name} connected from ${peer.remoteAddress} (version ${h.version}).`);
  }

  function ended(s: State, conn: ActorHandle<unknown>, error: Error): State {
    const entry = [...s.conns.values()].find((x) => x.handle === conn);
    if (!entry) return s;
    s.conns.delete(entry.name);
    const reason = rootMessage(error);
    d.table.disconnected(entry.name, entry.generation, reason, d.clock.now());
    log.info(`Worker ${entry.name} disconnected: ${reason}`);
    return s;
  }

  function report(s: State, name: string, generation: number, r: WorkerReport, self: ActorHandle<ListenerMsg>): State {
    switch (r.type) {
      case 'keep-alive': d.table.keepAlive(name, generation, r.at, r.loops, r.sync); break;
      case 'loop-ran':
        d.table.loopRan(name, generation, r.loop, r.run);
        meterIntegrity(d.meters, name, r.loop, r.run);
        break;
      case 'leaving': return leaving(s, name, generation, r, self);
      default: assertNever(r, 'report');
    }
    return s;
  }

  // A graceful leave: forgotten at once (not after keep_alive_timeout), and the agents the master still
  // records on it are disconnected; those that moved are recorded by the worker they moved to.
  function leaving(s: State, name: string, generation: number, r: Extract<WorkerReport, { type: 'leaving' }>, self: ActorHandle<ListenerMsg>): State {
    const conn = s.conns.get(name);
    if (!conn || conn.generation !== generation) return s;
    s.conns.delete(name);
    d.table.forget(name, generation);
    const left = d.store.disconnectAgentsOf(name);
    log.info(`Worker ${name} left the cluster${r.reason ? ` (${r.reason})` : ''}: ${r.agentsMoved} agents moved to their next server, ` +
      `${r.agentsClosed} closed at the end of its grace period; forgotten at once` +
      `${left ? `; ${left} agents still recorded on it marked disconnected until another worker reports them` : ''}.`);
    self.after(LEAVE_LINGER_MS, { type: 'let-go', conn: conn.handle });
    return s;
  }

  function workers(s: State, self: ActorHandle<ListenerMsg>): WorkerView[] {
    const snapshot = self.env.registry.snapshot();
    return d.table.list().map((w) => {
      const conn = s.conns.get(w.name);
      return { ...w, masterLoops: conn && conn.generation === w.generation ? loopStatesUnder(snapshot, conn.handle.path) : [] };
    });
  }

  function refuse(s: State, peer: Peer, hello: PendingHello, code: string, message: string, self: ActorHandle<ListenerMsg>): void {
    // Per worker name and address: two misconfigured workers on one host are each seen, each reconnect loop is summed up.
    const name = JSON.stringify(helloOf(hello).nodeName);
    s.refusals.warning(`worker ${name} at ${sourceKey(peer.remoteAddress)}`, `Refused worker ${name} from ${peer.remoteAddress}: ${code}: ${message}`);
    hello.respond(body('error', { code, message }));
    self.after(REFUSE_LINGER_MS, { type: 'close-peer', peer });
  }
}

/** A worker's integrity check or sync, as its connection reported it, into the node's meter. */
function meterIntegrity(meters: NodeMeters, worker: string, loop: LoopName, run: LoopRun): void {
  const seconds = run.durationMs / 1000;
  const files = run.counts.files ?? null;
  if (loop === 'integrityCheck') meters.integrity.checked(worker, seconds, files);
  if (loop === 'integritySync') {
    const c = run.counts;
    meters.integrity.synced(worker, seconds, { missing: c.missing ?? 0, shared: c.changed ?? 0, extra: c.extra ?? 0 }, files);
  }
}

/** The connections that have not proven a key: held now, and what closed the others (for `actors`, the shell, the bench). */
function preAuthSummary(server: PeerServer): string {
  const st = server.preAuthStats();
  const closed = Object.entries(st.closedBy).sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code}=${n}`).join(' ');
  return `unproven=${st.held} (${st.heldBytes} B) closed-unproven: ${closed || 'none'}`;
}

function helloOf(p: PendingHello): BodyValue<'hello'> {
  return p.env.body.value as BodyValue<'hello'>;
}
