// WorkerConnection (master side, one per connected worker): supervises the loops of one worker link and
// routes the worker's requests to them as messages.
//
//   /<master>/listener/<worker>
//     keep-alive    KeepAliveActor      answers keep-alives; a silent worker is a link failure
//     agent-info    AgentInfoActor      stores the worker's agent statuses
//     agent-groups  GroupSenderActor    sends registry changes (agents, groups, assignments)
//     integrity     IntegrityActor      plans and streams the worker's file sync
//
// A loop's local failure restarts that loop only (its policy, node/policies.ts). A link failure
// (keep-alive silence, protocol error, the socket's close) fails this actor, which is never restarted on
// the same socket: the listener hears of it (childFailed) and forgets the connection.
import type { ClusterLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { LinkLostError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { GlobalStore } from '../../store/global-store';
import { type ControlRequest, parseResultJson } from '../control/control-protocol';
import { nextHopDeadline } from '../control/relay-policy';
import { CONNECTION_POLICY } from '../node/policies';
import { answerError, answerUnsupported, attachPeer, routeRequest, type PeerEvent, type PeerRequest } from '../node/peer-events';
import type { LoopState } from '../node/loop-states';
import { keepAliveCheckSpec, type KeepAliveCheckMsg, type WorkerSync } from '../keepalive/keepalive-check';
import { requestOf } from '../../protocol/request';
import { agentInfoReceiverSpec, type AgentInfoReceiverMsg } from '../agents/agent-info-receiver';
import { groupSenderSpec } from '../agents/group-sender';
import type { RegistryFeed } from '../agents/local-agent-groups';
import type { IntegrityFeed } from '../integrity/integrity-feed';
import { INTEGRITY_REQUESTS, integrityMasterSpec, type IntegrityMasterMsg } from '../integrity/integrity-master';
import type { Schedules } from '../../config/schedule';
import type { LoopName, LoopRun } from './worker-table';
import type { StandbyBarrier } from '../replication/standby-barrier';
import { replicaSenderSpec, type ReplicaSendLimits } from '../replication/replica-sender';

/** What a connection tells the listener about its worker (for the worker table and `health`). */
export type WorkerReport =
  | { type: 'keep-alive'; at: number; loops: LoopState[]; sync: WorkerSync | null }
  | { type: 'loop-ran'; loop: LoopName; run: LoopRun }
  /** The worker stops gracefully (its agents were asked to move first): forget it now. */
  | { type: 'leaving'; agentsMoved: number; agentsClosed: number; reason: string };

export type WorkerConnectionMsg =
  | PeerEvent
  | { type: 'controlled'; req: PeerRequest; r: Settled<unknown> }
  /** A control command for this worker (the shell's `connect`), carried to it within deadlineMs. */
  | { type: 'relay'; req: ControlRequest; deadlineMs: number; reply: (r: Settled<unknown>) => void }
  | { type: 'relayed'; reply: (r: Settled<unknown>) => void; r: Settled<{ resultJson: string }> }
  /** Ask the worker to move this many agents to their next server (the placement's decision). */
  | { type: 'move-agents'; count: number; spreadMs: number; reason: string; reply: (r: Settled<number>) => void }
  | { type: 'moved'; reply: (r: Settled<number>) => void; r: Settled<number> };

/** The worker answers a move request at once (the moves themselves take spread_ms). */
const MOVE_TIMEOUT_MS = 5_000;

export interface WorkerConnectionDeps {
  name: string;
  generation: number;
  peer: Peer;
  log: ClusterLog;
  clock: Clock;
  schedules: Schedules;
  /** Periods in ms (config intervals): the loops' backoff caps and the keep-alive deadline. */
  intervals: { keepAlive: number; keepAliveTimeout: number; agentInfo: number; agentGroups: number; integrity: number };
  store: GlobalStore;
  registry: RegistryFeed;
  integrity: IntegrityFeed;
  /** The master's data_dir, where the synced files are read. */
  dataDir: string;
  /** Cluster-wide control commands forwarded by the worker (`warden control` run on a worker). */
  control: (req: ControlRequest) => Promise<unknown>;
  /** A control command a worker sends for a named node (this master, or another worker). */
  relay: (node: string, req: ControlRequest, deadlineMs: number) => Promise<unknown>;
  /** Posts to the listener's mailbox. */
  report: (r: WorkerReport) => void;
  /** A standby master (cluster.etcd): it also gets a copy of global.db, which registry writes wait for. */
  standby: { barrier: StandbyBarrier; limits?: Partial<ReplicaSendLimits> } | null;
}

interface Loops {
  keepAlive: ActorHandle<KeepAliveCheckMsg>;
  agentInfo: ActorHandle<AgentInfoReceiverMsg>;
  integrity: ActorHandle<IntegrityMasterMsg>;
}

interface State {
  loops: Loops;
  detach: () => void;
}

export function workerConnectionSpec(d: WorkerConnectionDeps): ActorSpec<State, WorkerConnectionMsg> {
  const { intervals: iv } = d;
  return {
    name: d.name,
    kind: 'WorkerConnection',
    restart: CONNECTION_POLICY,
    summary: () => `${d.peer.remoteAddress} generation=${d.generation}`,
    init: (self) => {
      const loops: Loops = {
        keepAlive: self.spawn(keepAliveCheckSpec({
          timeoutMs: iv.keepAliveTimeout,
          checkEveryMs: Math.max(100, Math.min(iv.keepAlive, iv.keepAliveTimeout / 3)),
          clock: d.clock, log: d.log.task('Keep Alive', d.name),
          received: (at, loops, sync) => d.report({ type: 'keep-alive', at, loops, sync }),
        })),
        agentInfo: self.spawn(agentInfoReceiverSpec({
          worker: d.name, store: d.store, periodMs: iv.agentInfo, clock: d.clock, log: d.log.task('Agent-info sync', d.name),
          ran: (run) => d.report({ type: 'loop-ran', loop: 'agentInfo', run }),
        })),
        integrity: self.spawn(integrityMasterSpec({
          worker: d.name, peer: d.peer, feed: d.integrity, dataDir: d.dataDir, periodMs: iv.integrity, log: d.log, clock: d.clock,
          ran: (loop, run) => d.report({ type: 'loop-ran', loop, run }),
        })),
      };
      self.spawn(groupSenderSpec({
        peer: d.peer, store: d.store, feed: d.registry, schedule: d.schedules.agentGroups, periodMs: iv.agentGroups, clock: d.clock,
        log: d.log.task('Agent-groups send', d.name),
        report: (r) => d.report({ type: 'loop-ran', loop: 'agentGroups', run: { at: r.at, durationMs: r.durationMs, counts: { sent: r.sent, full: r.full ? 1 : 0 } } }),
      }));
      if (d.standby) {
        self.spawn(replicaSenderSpec({
          name: d.name, peer: d.peer, store: d.store, barrier: d.standby.barrier, schedule: d.schedules.agentGroups, periodMs: iv.agentGroups,
          clock: d.clock, log: d.log.task('Replication', d.name), limits: d.standby.limits,
        }));
      }
      return { loops, detach: attachPeer(d.peer, (e) => self.tell(e)) };
    },
    unhandled: (m, err) => {
      if (m.type === 'request' || m.type === 'controlled') answerError(m.req, err);
      else if (m.type === 'stream') m.stream.readable.destroy();
      else if (m.type === 'relay' || m.type === 'relayed') m.reply({ ok: false, error: err });
      else if (m.type === 'move-agents' || m.type === 'moved') m.reply({ ok: false, error: err });
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'request': return request(s, m.req, self);
        case 'stream':
          m.stream.readable.destroy(); // a worker never streams to the master
          return s;
        case 'closed': throw new LinkLostError(m.error ? m.error.message : 'closed by the worker', m.error ? { cause: m.error } : undefined);
        case 'controlled':
          if (m.r.ok) m.req.respond(body('controlResponse', { resultJson: JSON.stringify(m.r.value) }));
          else answerError(m.req, m.r.error);
          return s;
        case 'relay': {
          let deadlineMs: number;
          try {
            deadlineMs = nextHopDeadline(m.deadlineMs, d.name);
          } catch (err) {
            m.reply({ ok: false, error: err as Error });
            return s;
          }
          const argsJson = JSON.stringify(m.req.args ?? {});
          self.pipe(requestOf(d.peer, body('nodeControlRequest', { node: d.name, command: m.req.command, argsJson, deadlineMs }), 'controlResponse', deadlineMs),
            (r) => ({ type: 'relayed', reply: m.reply, r }));
          return s;
        }
        case 'relayed':
          if (!m.r.ok) m.reply(m.r);
          else {
            try {
              m.reply({ ok: true, value: parseResultJson(m.r.value.resultJson, d.name) });
            } catch (err) {
              m.reply({ ok: false, error: err as Error });
            }
          }
          return s;
        case 'move-agents':
          self.pipe(requestOf(d.peer, body('moveAgents', { count: m.count, spreadMs: m.spreadMs, reason: m.reason }), 'moveAgentsAccepted', MOVE_TIMEOUT_MS)
            .then((a) => a.count), (r) => ({ type: 'moved', reply: m.reply, r }));
          return s;
        case 'moved':
          m.reply(m.r);
          return s;
        default: return assertNever(m, 'message');
      }
    },
    onStop: (s) => {
      s.detach();
      d.peer.close();
    },
  };

  function request(s: State, req: PeerRequest, self: ActorHandle<WorkerConnectionMsg>): State {
    const b = req.env.body;
    if (INTEGRITY_REQUESTS.has(b.kind)) {
      routeRequest(s.loops.integrity, req, { type: 'request', req });
      return s;
    }
    switch (b.kind) {
      case 'keepAlive': routeRequest(s.loops.keepAlive, req, { type: 'request', req }); break;
      case 'agentInfoBatch': routeRequest(s.loops.agentInfo, req, { type: 'request', req }); break;
      case 'ping': req.respond(body('pong', { payload: b.value.payload })); break;
      case 'workerLeaving':
        req.respond(body('workerLeft', {}));
        d.report({ type: 'leaving', agentsMoved: b.value.agentsMoved, agentsClosed: b.value.agentsClosed, reason: b.value.reason });
        break;
      case 'controlRequest':
        // Bad arguments are the request's error, answered to the worker, never the connection's.
        self.pipe(Promise.resolve(b.value).then((v) => d.control({ command: v.command, args: parseArgs(v.argsJson) })), (r) => ({ type: 'controlled', req, r }));
        break;
      case 'nodeControlRequest':
        self.pipe(Promise.resolve(b.value).then((v) => d.relay(v.node, { command: v.command, args: parseArgs(v.argsJson) }, v.deadlineMs)),
          (r) => ({ type: 'controlled', req, r }));
        break;
      default: answerUnsupported(req, 'the master');
    }
    return s;
  }
}

function parseArgs(json: string): Record<string, unknown> {
  if (!json) return {};
  const v = JSON.parse(json) as unknown;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
