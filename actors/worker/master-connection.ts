// MasterConnection (worker side): supervises the loops of the worker's link to its master and routes the
// master's requests and streams to them as messages.
//
//   /<worker>/dialer/master
//     keep-alive    KeepAliveActor       sends keep-alives with the state of these loops
//     agent-info    AgentInfoActor       sends agent statuses the agent port recorded
//     agent-groups  GroupReceiverActor   applies the master's registry changes
//     integrity     IntegrityActor       checks and syncs the synced files
//     replica-receiver ReplicaReceiverActor  a standby master's copy of the leader's global.db
//
// A loop's local failure restarts that loop only; a link failure (the master silent, a protocol error,
// the socket's close) fails this actor, and the dialer redials.
import type { ClusterLog } from '../../log/task-log';
import { type Clock, type Random, waitAtMost } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body } from '../../protocol/envelope';
import { LinkLostError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import { requestOf } from '../../protocol/request';
import type { Schedules } from '../../config/schedule';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { WorkerStore } from '../../store/worker-store';
import { ControlError, type ControlRequest, parseResultJson } from '../control/control-protocol';
import { nextHopDeadline } from '../control/relay-policy';
import { CONNECTION_POLICY } from '../node/policies';
import { answerError, answerUnsupported, attachPeer, type EarlyPeerEvents, type PeerEvent, type PeerRequest, routeRequest } from '../node/peer-events';
import { loopStatesUnder } from '../node/loop-states';
import { keepAliveSenderSpec, type KeepAliveSenderMsg } from '../keepalive/keepalive-sender';
import type { SyncGate } from './sync-gate';
import { agentInfoSenderSpec, type AgentInfoMsg } from '../agents/agent-info-sender';
import { groupReceiverSpec, type GroupReceiverMsg } from '../agents/group-receiver';
import { type IntegrityWorkerDeps, integrityWorkerSpec, type IntegrityWorkerMsg } from '../integrity/integrity-worker';
import { engineReportExtras } from '../integrity/ruleset-view';
import type { ReloadableEngine } from '../analysis/engine-host';
import type { GlobalStore } from '../../store/global-store';
import { REPLICA_REQUESTS, replicaReceiverSpec, type ReplicaReceiverMsg } from '../replication/replica-receiver';

export type ForwardResult = { ok: true; result: unknown } | { ok: false; error: Error };

/** What a leaving worker tells its master: how its agents went. */
export interface LeaveSummary {
  agentsMoved: number;
  agentsClosed: number;
  reason: string;
}

export type MasterConnectionMsg =
  | PeerEvent
  | { type: 'agents-changed' }
  /** The sync gate changed: the master hears it with a keep-alive now, not at the next tick. */
  | { type: 'sync-changed' }
  | { type: 'forward'; req: ControlRequest; node?: { name: string; deadlineMs: number }; reply: (r: ForwardResult) => void }
  | { type: 'forwarded'; reply: (r: ForwardResult) => void; r: Settled<{ resultJson: string }> }
  | { type: 'controlled'; req: PeerRequest; r: Settled<unknown> }
  | { type: 'leave'; summary: LeaveSummary; reply: (r: Settled<unknown>) => void }
  | { type: 'left'; reply: (r: Settled<unknown>) => void; r: Settled<unknown> }
  | { type: 'moving'; req: PeerRequest; r: Settled<number> };

export interface MasterConnectionDeps {
  peer: Peer;
  /** What the master sent between its accepting the hello and this actor's start. */
  early: EarlyPeerEvents;
  masterName: string;
  /** This worker's name: a command the master relays must name it. */
  nodeName: string;
  /** Runs a control command another node sent for this worker (the shell's `connect`). */
  relayed: (req: ControlRequest) => Promise<unknown>;
  store: WorkerStore;
  dataDir: string;
  ownConfigPath: string;
  schedules: Schedules;
  intervals: { keepAlive: number; keepAliveTimeout: number; agentInfo: number; agentGroups: number; integrity: number };
  engine: ReloadableEngine;
  /** Where the integrity loop's checks and syncs are counted, under this node's name. */
  integrityMeter?: IntegrityWorkerDeps['meter'];
  /** The node's sync gate: the loops report to it, the keep-alive reports it. */
  gate: SyncGate;
  /** Moves agents to their next server (the node's agent port); resolves with how many it will move. */
  moveAgents: (count: number, spreadMs: number, reason: string) => Promise<number>;
  log: ClusterLog;
  clock: Clock;
  random: Random;
  /** A standby master's own global.db: the leader's copy is replicated into it (replica-receiver.ts). */
  replica?: GlobalStore;
}

interface Loops {
  keepAlive: ActorHandle<KeepAliveSenderMsg>;
  agentInfo: ActorHandle<AgentInfoMsg>;
  groups: ActorHandle<GroupReceiverMsg>;
  integrity: ActorHandle<IntegrityWorkerMsg>;
  /** A standby's copy of global.db; null on a worker. */
  replica: ActorHandle<ReplicaReceiverMsg> | null;
}

interface State {
  loops: Loops;
  detach: () => void;
}

/** A control command forwarded to the master (on the operator's behalf) may take this long. */
export const FORWARD_TIMEOUT_MS = 15_000;
/** Longest a sync waits for the engine's rebuild before it counts as in sync here (the rebuild goes on regardless). */
const RELOAD_WAIT_MS = 30_000;
/** A leaving worker waits this long for the master's answer; without it, the master drops it at keep_alive_timeout. */
export const LEAVE_TIMEOUT_MS = 2_000;

export function masterConnectionSpec(d: MasterConnectionDeps): ActorSpec<State, MasterConnectionMsg> {
  const iv = d.intervals;
  return {
    name: 'master',
    kind: 'MasterConnection',
    restart: CONNECTION_POLICY,
    summary: () => `${d.masterName} at ${d.peer.remoteAddress}`,
    init: (self) => {
      const loops: Loops = {
        keepAlive: self.spawn(keepAliveSenderSpec({
          peer: d.peer, schedule: d.schedules.keepAlive, periodMs: iv.keepAlive, timeoutMs: iv.keepAliveTimeout,
          clock: d.clock, log: d.log.task('Keep Alive'),
          loops: () => loopStatesUnder(self.env.registry.snapshot(), self.path),
          sync: () => ({ state: d.gate.name, accepting: d.gate.accepting }),
        })),
        agentInfo: self.spawn(agentInfoSenderSpec({
          peer: d.peer, store: d.store, schedule: d.schedules.agentInfo, periodMs: iv.agentInfo, debounceMs: 100, batchSize: 10_000,
          clock: d.clock, log: d.log.task('Agent-info sync'),
        })),
        groups: self.spawn(groupReceiverSpec({
          store: d.store, periodMs: iv.agentGroups, log: d.log.task('Agent-groups recv'), onInSync: (agents) => d.gate.registryInSync(agents),
        })),
        integrity: self.spawn(integrityWorkerSpec({
          peer: d.peer, dataDir: d.dataDir, ownConfigPath: d.ownConfigPath, schedule: d.schedules.integrity, periodMs: iv.integrity,
          log: d.log, clock: d.clock, random: d.random,
          onRulesetChanged: () => waitAtMost(d.engine.reload(), RELOAD_WAIT_MS, d.clock),
          reportExtras: () => engineReportExtras(d.engine.status()),
          meter: d.integrityMeter,
          onInSync: (files) => d.gate.filesInSync(files),
        })),
        replica: d.replica ? self.spawn(replicaReceiverSpec({ store: d.replica, periodMs: iv.agentGroups, log: d.log.task('Replication') })) : null,
      };
      return { loops, detach: attachPeer(d.peer, (e) => self.tell(e), d.early) };
    },
    unhandled: (m, err) => {
      if (m.type === 'forward' || m.type === 'forwarded' || m.type === 'leave' || m.type === 'left') m.reply({ ok: false, error: err });
      else if (m.type === 'controlled') answerError(m.req, err);
      else if (m.type === 'stream') m.stream.readable.destroy();
      else if (m.type === 'request' || m.type === 'moving') m.req.respond(body('error', { code: 'closed', message: err.message }));
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'request': return request(s, m.req, self);
        case 'stream':
          if (!s.loops.integrity.tell({ type: 'stream', stream: m.stream })) m.stream.readable.destroy();
          return s;
        case 'closed': throw new LinkLostError(m.error ? m.error.message : 'closed by the master', m.error ? { cause: m.error } : undefined);
        case 'agents-changed':
          s.loops.agentInfo.tell({ type: 'changed' });
          return s;
        case 'sync-changed':
          s.loops.keepAlive.tell({ type: 'send' });
          return s;
        case 'leave':
          self.pipe(requestOf(d.peer, body('workerLeaving', m.summary), 'workerLeft', LEAVE_TIMEOUT_MS), (r) => ({ type: 'left', reply: m.reply, r }));
          return s;
        case 'left':
          m.reply(m.r);
          return s;
        case 'moving':
          if (m.r.ok) m.req.respond(body('moveAgentsAccepted', { count: m.r.value }));
          else m.req.respond(body('error', { code: 'failed', message: m.r.error.message }));
          return s;
        case 'forward': {
          const argsJson = JSON.stringify(m.req.args ?? {});
          let sent: Promise<{ resultJson: string }>;
          if (!m.node) sent = requestOf(d.peer, body('controlRequest', { command: m.req.command, argsJson }), 'controlResponse', FORWARD_TIMEOUT_MS);
          else {
            try {
              const deadlineMs = nextHopDeadline(m.node.deadlineMs, m.node.name);
              sent = requestOf(d.peer, body('nodeControlRequest', { node: m.node.name, command: m.req.command, argsJson, deadlineMs }), 'controlResponse', deadlineMs);
            } catch (err) {
              sent = Promise.reject(err as Error);
            }
          }
          self.pipe(sent, (r) => ({ type: 'forwarded', reply: m.reply, r }));
          return s;
        }
        case 'controlled':
          if (m.r.ok) m.req.respond(body('controlResponse', { resultJson: JSON.stringify(m.r.value) }));
          else answerError(m.req, m.r.error);
          return s;
        case 'forwarded':
          if (!m.r.ok) m.reply({ ok: false, error: m.r.error });
          else m.reply(parseResult(m.r.value.resultJson));
          return s;
        default: return assertNever(m, 'message');
      }
    },
    onStop: (s) => {
      s.detach();
      d.peer.close();
    },
  };

  function request(s: State, req: PeerRequest, self: ActorHandle<MasterConnectionMsg>): State {
    const b = req.env.body;
    if (REPLICA_REQUESTS.has(b.kind)) {
      if (s.loops.replica) routeRequest(s.loops.replica, req, { type: 'request', req });
      else answerUnsupported(req, 'a worker (only standby masters hold a replica)');
      return s;
    }
    switch (b.kind) {
      case 'moveAgents':
        self.pipe(d.moveAgents(b.value.count, b.value.spreadMs, `asked by the master: ${b.value.reason}`), (r) => ({ type: 'moving', req, r }));
        break;
      case 'ping': req.respond(body('pong', { payload: b.value.payload })); break;
      case 'registryStateRequest':
      case 'registryUpdate': routeRequest(s.loops.groups, req, { type: 'request', req }); break;
      case 'integrityChanged':
        // Acknowledged at once: the check runs on the integrity loop's own time.
        s.loops.integrity.tell({ type: 'check', why: 'master' });
        req.respond(body('integrityAck', {}));
        break;
      case 'nodeControlRequest': {
        const v = b.value;
        if (v.node !== d.nodeName) {
          answerError(req, new ControlError('unknown_node', `this is ${d.nodeName}, not ${JSON.stringify(v.node)}`));
          break;
        }
        // Bad arguments are the request's error, answered to the master, never the connection's.
        self.pipe(Promise.resolve(v).then((x) => d.relayed({ command: x.command, args: parseArgs(x.argsJson) })), (r) => ({ type: 'controlled', req, r }));
        break;
      }
      default: answerUnsupported(req, 'the worker');
    }
    return s;
  }
}

function parseResult(json: string): ForwardResult {
  try {
    return { ok: true, result: parseResultJson(json, 'the master') };
  } catch (err) {
    return { ok: false, error: err as Error };
  }
}

function parseArgs(json: string): Record<string, unknown> {
  if (!json) return {};
  const v = JSON.parse(json) as unknown;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
