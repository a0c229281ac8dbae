// The master's part of a node's tree, composed top-down:
//
//   /<master>
//     local-integrity     LocalIntegrityActor      scans the synced files, publishes on the integrity feed
//                                                  (the node's engine reloads when the ruleset's part changed)
//     local-agent-groups  LocalAgentGroupsActor    reads registry changes, publishes on the registry feed
//     listener            Listener                 admits workers
//       <worker>          WorkerConnection         one per worker (worker-connection.ts has its loops)
//     placement           PlacementActor           the record of where agents are; rebalancing of workers
//
// The feeds and the worker table are node-owned: they outlive restarts of the actors that use them.
import type { PeerServer } from '../../protocol/peer';
import type { ReloadableEngine } from '../analysis/engine-host';
import type { ActorHandle, Settled } from '../supervision/actor';
import { GlobalStore } from '../../store/global-store';
import type { ControlRequest } from '../control/control-protocol';
import type { NodeContext } from '../node/node-context';
import { masterEnrollDecider } from '../node/enrollment';
import { WARDEN_VERSION } from '../node/version';
import { localAgentGroupsSpec, RegistryFeed } from '../agents/local-agent-groups';
import { ensureDefaultGroup, runRegistryCommand } from '../agents/registry-commands';
import { IntegrityFeed } from '../integrity/integrity-feed';
import { localIntegritySpec } from '../integrity/local-integrity';
import { rulesetView } from '../integrity/ruleset-view';
import { reloadOnRulesetChange } from './ruleset-reload';
import { healthView, type MasterSelf, nodesView } from './cluster-views';
import { listenerSpec, type WorkerView } from './listener';
import { placementSpec } from './placement';
import { WorkerTable } from './worker-table';
import { STANDBY_ACK_TIMEOUT_MS, StandbyBarrier } from '../replication/standby-barrier';

export interface MasterRoleDeps {
  ctx: NodeContext;
  root: ActorHandle<unknown>;
  store: GlobalStore;
  /** The cluster port, already listening. */
  server: PeerServer;
  /** The node's analysis engine: reloaded when the master's own rules, decoders or lists change. */
  engine: ReloadableEngine;
  /** Runs a control command another node sent for this master (the shell's `connect`). */
  relayed: (req: ControlRequest) => Promise<unknown>;
}

export interface MasterRole {
  /** Cluster-wide control commands (from the control socket, or forwarded by a worker). */
  control(req: ControlRequest): Promise<unknown>;
  /** Decides an agent's enrollment request line; returns the reply line. */
  enroll(line: string, sourceIp: string): Promise<string>;
  /** A control command for the named node: this master answers it, or the worker of that name does. */
  relay(node: string, req: ControlRequest, deadlineMs: number): Promise<unknown>;
  /**
   * Registry writes wait on it before they are answered: a ReplicaSender per standby connection reports to it
   * (replicaSenderSpec({ barrier, ... })). Without standbys it holds nothing.
   */
  barrier: StandbyBarrier;
}

const ASK_TIMEOUT_MS = 5_000;
/** The listener's answer to a relay comes after the connection's own deadline, never before it. */
const RELAY_ASK_SLACK_MS = 1_000;

export function startMasterRole(d: MasterRoleDeps): MasterRole {
  const { ctx, root, store } = d;
  const { config, log, clock } = ctx;
  const iv = config.intervals;
  const registry = new RegistryFeed();
  const integrity = new IntegrityFeed(config.dataDir);
  const table = new WorkerTable();

  // The feed, the engine and the table live as long as the node.
  reloadOnRulesetChange(integrity, d.engine, {
    clock, workers: () => table.list().filter((w) => w.connected && w.role === 'worker').map((w) => w.name),
  });
  root.spawn(localIntegritySpec({
    dataDir: config.dataDir, feed: integrity, schedule: config.schedules.localIntegrity, periodMs: iv.localIntegrity,
    log: log.task('Local integrity'), clock,
    onScan: (r) => ctx.meters.integrity.scanned(config.cluster.nodeName, r.wallMs / 1000, r.files),
  }));
  const agentGroups = root.spawn(localAgentGroupsSpec({
    store, feed: registry, schedule: config.schedules.agentGroups, periodMs: iv.agentGroups, log: log.task('Local agent-groups'), clock,
  }));
  const barrier = new StandbyBarrier({
    clock, log: log.task('Replication'), leaderSeq: () => store.replica.seq(),
    ackTimeoutMs: ctx.tuning.replication?.ackTimeoutMs ?? STANDBY_ACK_TIMEOUT_MS,
  });
  // Acknowledged once a standby holds it, and only while this master still leads (fencing: a leader whose
  // lease may have lapsed, e.g. after a pause, acknowledges nothing).
  const replicated = async (seq: number): Promise<void> => {
    await barrier.replicated(seq);
    if (ctx.canWrite && !ctx.canWrite()) throw new Error('this master no longer leads (its etcd lease could not be renewed in time): the write is not acknowledged; try again, the new leader takes it');
  };
  const registryDeps = { store, dataDir: config.dataDir, changed: () => void agentGroups.tell({ type: 'poke' }), replicated };
  ensureDefaultGroup(registryDeps);
  const enroll = masterEnrollDecider(ctx, store, registryDeps.changed, replicated);
  const listener = root.spawn(listenerSpec({
    config, log, clock, server: d.server, table, store, registry, integrity, control: (req) => control(req), relay: (node, req, ms) => relay(node, req, ms),
    meters: ctx.meters, epoch: ctx.epoch, barrier, replicaLimits: ctx.tuning.replication,
  }));

  root.spawn(placementSpec({
    store, listener, masterName: config.cluster.nodeName, disconnectAfterMs: iv.agentDisconnect,
    timings: ctx.tuning.placement, policy: ctx.tuning.rebalance, clock, log: log.task('Placement'),
  }));

  const self: MasterSelf = { name: config.cluster.nodeName, version: WARDEN_VERSION, address: config.cluster.bindAddr };
  const workers = (): Promise<WorkerView[]> => listener.ask((reply) => ({ type: 'workers', reply }), ASK_TIMEOUT_MS);

  async function control(req: ControlRequest): Promise<unknown> {
    switch (req.command) {
      case 'nodes': return nodesView(self, await workers(), ctx.epoch);
      case 'health': {
        const standbys = barrier.lag();
        const view = healthView(self, await workers(), clock.now(), (node) => store.activeAgentsOn(node));
        // Only with standbys: one master's answer stays as it was.
        return standbys.length ? { ...view, standbys } : view;
      }
      case 'enroll': return { reply: await enroll(String(req.args?.line ?? ''), String(req.args?.sourceIp ?? '')) };
      case 'ruleset': return rulesetView(self.name, integrity.current, (await workers()).map((w) => w.name), integrity.workerReports(), d.engine.status());
      default: return runRegistryCommand(req, registryDeps);
    }
  }

  async function relay(node: string, req: ControlRequest, deadlineMs: number): Promise<unknown> {
    if (node === self.name) return d.relayed(req);
    const r = await listener.ask<Settled<unknown>>((reply) => ({ type: 'relay', node, req, deadlineMs, reply }), deadlineMs + RELAY_ASK_SLACK_MS);
    if (!r.ok) throw r.error;
    return r.value;
  }

  return { control, enroll, relay, barrier };
}
