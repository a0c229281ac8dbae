// The worker's part of a node's tree, composed top-down:
//
//   /<worker>
//     dialer          Dialer              connects to the master, redials after a loss
//       master        MasterConnection    the live link (master-connection.ts has its loops)
//
// Cluster-wide control commands and enrollments go to the master through the link. The sync gate
// (sync-gate.ts) lives with the node: the link's loops report to it, the agent and enrollment ports ask it.
import { type NodeAddress, parseNodeAddress } from '../../config/address';
import type { ActorHandle } from '../supervision/actor';
import { WorkerStore } from '../../store/worker-store';
import type { GlobalStore } from '../../store/global-store';
import { ControlError, type ControlRequest } from '../control/control-protocol';
import type { NodeContext } from '../node/node-context';
import { workerEnrollDecider } from '../node/enrollment';
import { REGISTRY_COMMANDS } from '../agents/registry-commands';
import type { ReloadableEngine } from '../analysis/engine-host';
import { formatEnrollFailure } from '../../agents/enrollment/enroll-request';
import { MasterList } from './master-list';
import { EpochFloor } from './epoch-floor';
import { dialerSpec, type LeaveResult } from './dialer';
import { joinMaster } from './join-master';
import { type ForwardResult, type LeaveSummary, LEAVE_TIMEOUT_MS, masterConnectionSpec } from './master-connection';
import type { SyncGate } from './sync-gate';

export interface WorkerRoleDeps {
  ctx: NodeContext;
  root: ActorHandle<unknown>;
  store: WorkerStore;
  /** The node's analysis engine: reloaded after a sync changes the ruleset. */
  engine: ReloadableEngine;
  /** Runs a control command another node sent for this worker (the shell's `connect`). */
  relayed: (req: ControlRequest) => Promise<unknown>;
  gate: SyncGate;
  /** Moves agents to their next server (the node's agent port); resolves with how many it will move. */
  moveAgents: (count: number, spreadMs: number, reason: string) => Promise<number>;
  /** A standby master follows the leader with this role's loops, enrolls no agent, and holds a replica of global.db. */
  standby?: { replica: GlobalStore };
  /** Where etcd says the leader is (cluster.etcd): dialed before cluster.nodes. */
  leaderHint?: () => NodeAddress | null;
}

export interface WorkerRole {
  /** Control commands asked on this worker and answered by the master. */
  control(req: ControlRequest): Promise<unknown>;
  enroll(line: string, sourceIp: string): Promise<string>;
  /** The agent port recorded statuses: the agent-info loop sends them soon. */
  agentsChanged(): void;
  /** A control command for another node, through the master. */
  relay(node: string, req: ControlRequest, deadlineMs: number): Promise<unknown>;
  /** Tells the master this worker leaves (when connected); the dialer never dials again. */
  leave(summary: LeaveSummary): Promise<LeaveResult>;
}

/** What a worker asks the master on the operator's behalf. */
const FORWARDED = new Set<string>(['nodes', 'health', 'ruleset', 'enroll', ...REGISTRY_COMMANDS]);
/** The enrollment reply while this worker is not in sync with its master (sync-gate.ts). */
const NOT_IN_SYNC_REPLY = formatEnrollFailure('ERROR: This manager is not in sync with the master yet, try again later');
/** A standby master's enrollment answer: the agent tries its next manager. */
const STANDBY_REPLY = formatEnrollFailure('ERROR: This manager is a standby master, try another manager');
/** Longer than the connection's own deadline for the forwarded request (master-connection.ts). */
const FORWARD_ASK_MS = 20_000;
/** The dialer's answer to a relay comes after the connection's own deadline, never before it. */
const FORWARD_ASK_SLACK_MS = 1_000;

export function startWorkerRole(d: WorkerRoleDeps): WorkerRole {
  const { ctx } = d;
  const { config, log, clock, random } = ctx;
  const iv = config.intervals;
  // Validated by the config: every entry is a master's address, "host" or "host:port".
  const masters = new MasterList(config.cluster.nodes.map((n) => parseNodeAddress(n, config.cluster.port)!));
  const floor = new EpochFloor(config.dataDir, (problem) => log.task('Main').warning(`Leader epoch: ${problem}.`));
  const dialer = d.root.spawn(dialerSpec({
    masters, reconnectMaxMs: iv.reconnectMax, log, clock, random, leaderHint: d.leaderHint,
    join: (master) => joinMaster({ cluster: config.cluster, master, keyring: ctx.keyring, peerOptions: ctx.peerOptions, floor }),
    connection: (j, parent) => {
      ctx.meters.links.track(j.masterName, j.peer);
      return parent.spawn(masterConnectionSpec({
        store: d.store, dataDir: config.dataDir, ownConfigPath: config.configPath, schedules: config.schedules, intervals: iv,
        engine: d.engine, gate: d.gate, moveAgents: d.moveAgents, log, clock, random, peer: j.peer, early: j.early, masterName: j.masterName,
        nodeName: config.cluster.nodeName, relayed: d.relayed,
        integrityMeter: { node: config.cluster.nodeName, meter: ctx.meters.integrity },
        replica: d.standby?.replica,
      }));
    },
  }));
  d.gate.changed.subscribe(() => void dialer.tell({ type: 'sync-changed' }));
  const enroll = workerEnrollDecider(ctx, control);

  async function control(req: ControlRequest): Promise<unknown> {
    if (!FORWARDED.has(req.command)) throw new ControlError('unknown_command', `unknown command ${JSON.stringify(req.command)}`);
    const r = await dialer.ask<ForwardResult>((reply) => ({ type: 'forward', req, reply }), FORWARD_ASK_MS);
    if (!r.ok) throw r.error;
    return r.result;
  }

  async function relay(node: string, req: ControlRequest, deadlineMs: number): Promise<unknown> {
    const r = await dialer.ask<ForwardResult>((reply) => ({ type: 'forward', req, node: { name: node, deadlineMs }, reply }), deadlineMs + FORWARD_ASK_SLACK_MS);
    if (!r.ok) throw r.error;
    return r.result;
  }

  return {
    control,
    relay,
    // Not in sync yet: refused with Wazuh's wording, so that the agent tries again (or another server); the
    // enrollment port logs the refusal, once per source address per interval.
    enroll: async (line, ip) => d.standby ? STANDBY_REPLY : d.gate.accepting ? enroll(line, ip) : NOT_IN_SYNC_REPLY,
    agentsChanged: () => void dialer.tell({ type: 'agents-changed' }),
    leave: (summary) => dialer.ask<LeaveResult>((reply) => ({ type: 'leave', summary, reply }), LEAVE_TIMEOUT_MS + 1_000)
      .catch((err: Error) => ({ told: false as const, why: err.message })),
  };
}
