// One Warden node, master or worker: the composition root. It reads top-down: the node's context, its
// data directory and stores, its ports, then its actor tree (the role's part in master/master-node.ts
// or worker/worker-node.ts, the agent side beside it), and the order things stop in.
//
//   /<node>                  MasterNode | WorkerNode   (root; a failure that reaches it stops the daemon)
//     log-rotation           LogRotationActor          daily archives of cluster.log, alerts/alerts.json, archives/archives.json
//     ...role actors...
//     agent-server           AgentServerActor          agent statuses and disconnect sweeps
//     metrics                MetricsActor              answers scrapes of /metrics (only with metrics.port set)
import * as path from 'path';
import { WardenConfig } from '../../config/schema';
import type { ArchiveRequest } from '../../log/daily-rotation';
import type { ClusterLog, TaskLog } from '../../log/task-log';
import { type Clock, type Random, systemClock } from '../../lib/clock';
import { Signal } from '../../lib/signal';
import { exposedSecretWarnings } from '../../lib/private-files';
import { Keyring } from '../../protocol/keyring';
import { PeerServer } from '../../protocol/peer';
import { PeerOptions } from '../../protocol/peer-options';
import { type NodeAddress, parseNodeAddress } from '../../config/address';
import { startActorSystem, ActorSystem } from '../supervision/system';
import { SupervisionEvent, type Settled } from '../supervision/actor';
import { rootMessage } from '../supervision/errors';
import { ControlServer, controlSocketPath } from '../control/control-server';
import { ControlError, ControlRequest } from '../control/control-protocol';
import { nodeControlHandler, relayedHandler } from '../control/node-control';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { describeRecovery, recoverIntegrity } from '../integrity/apply';
import { shownPath } from '../integrity/unwritable';
import { startWorkerRole } from '../worker/worker-node';
import { standbyListenerSpec, type LeaderInfo } from '../master/standby-listener';
import { NodeContext, NodeTuning } from './node-context';
import { SyncGate } from '../worker/sync-gate';
import { LEAVE_GRACE_MS, leaveCluster } from './leave';
import { AgentServing, startAgentServing } from './agent-serving';
import { createEventSink } from './analysis-sink';
import { enrollmentView, startEnrollment } from './enrollment';
import { databasePath, prepareDataDir } from './data-dir';
import { recoverInterruptedInstall } from '../../analysis/install/swap';
import { nodeSecretFiles } from './key-files';
import { logRotationSpec } from './log-rotation';
import { NODE_POLICY } from './policies';
import { WARDEN_VERSION } from './version';
import { newNodeMeters } from '../metrics/node-meters';
import { MetricsServer } from '../metrics/metrics-server';
import { metricsSpec } from '../metrics/metrics-actor';
import { readNodeSnapshot } from '../metrics/node-snapshot';

export interface RunningNode {
  ctx: NodeContext;
  system: ActorSystem<never>;
  /** The port the master listens on (useful when the config asked for port 0 in tests). */
  clusterPort: number | null;
  /** The master's registry, or the worker's local store (the agent server of a worker writes statuses here). */
  globalStore: GlobalStore | null;
  workerStore: WorkerStore | null;
  /** The agent port (useful when the config asked for port 0 in tests) and the agent side of the node. */
  agentPort: number;
  agentServing: AgentServing;
  enrollmentPort: number;
  /** The /metrics port (useful when the config asked for port 0 in tests); null when metrics are off. */
  metricsPort: number | null;
  /** Tells the worker's AgentInfoActor that statuses changed, so it sends them soon. */
  agentsChanged(): void;
  /** A worker's sync gate (null on the master, which is the source of truth and always takes agents). */
  syncGate: SyncGate | null;
  /** Stops the node; a worker first leaves the cluster (leave.ts). `reason` goes to the logs and the master. */
  stop(reason?: string): Promise<void>;
}

/** Why a standby's agent port refuses: agents go on to their next server. */
const STANDBY_REFUSAL = 'this manager is a standby master: it serves agents once it leads';
/** A scrape waits this long for the metrics actor (Prometheus's own default scrape timeout is 10 s). */
const SCRAPE_TIMEOUT_MS = 8_000;
/** The agent port's actor answers a move request at once (the moves themselves are spread over time). */
const MOVE_ASK_MS = 2_000;

export interface NodeOptions {
  log: ClusterLog;
  clock?: Clock;
  random?: Random;
  /** A failure that went past every restart budget up to the root: the daemon stops. */
  onFatal?: (err: Error) => void;
  peerOptions?: PeerOptions;
  tuning?: NodeTuning;
  /** The leadership epoch this master starts under (won through etcd); 0 without etcd. */
  epoch?: number;
  /** Read at each acknowledgement of a registry write: false once the leadership may have lapsed. */
  canWrite?: () => boolean;
  /**
   * A master under cluster.etcd that does not lead: it follows the leader as a worker does (files,
   * registry), serves no agents, and its cluster port sends workers to the leader (standby-listener.ts).
   */
  standby?: { leader: () => LeaderInfo | null };
  /** A worker (or standby) under cluster.etcd: the leader's address as etcd names it, dialed first. */
  leaderHint?: () => NodeAddress | null;
}

export async function startNode(config: WardenConfig, opts: NodeOptions): Promise<RunningNode> {
  const log = opts.log;
  const clock = opts.clock ?? systemClock;
  const ctx: NodeContext = {
    config, log, clock,
    keyring: new Keyring({ key: config.cluster.key, previousKeys: config.cluster.previousKeys }),
    random: opts.random ?? Math.random,
    // Request deadlines and stalled streams run on the node's clock too.
    peerOptions: { clock, ...opts.peerOptions },
    meters: newNodeMeters(),
    tuning: opts.tuning ?? {},
    epoch: opts.epoch ?? 0,
    canWrite: opts.canWrite,
  };
  const standby = opts.standby ?? null;
  // A standby is a master by its config and a follower by its work: its tree is a worker's.
  const isMaster = config.cluster.nodeType === 'master' && !standby;
  const listens = config.cluster.nodeType === 'master';
  await recoverSyncedFiles(config, log, clock);
  prepareDataDir(config.dataDir);
  // A `warden ruleset install` cut short: the old ruleset is put back before the engine loads.
  for (const note of recoverInterruptedInstall(config.dataDir)) log.warning(`Ruleset install: ${note}.`);

  // Resources, each undone in reverse if a later step fails.
  const undo: (() => unknown)[] = [];
  const unwind = async (): Promise<void> => { for (const u of undo.splice(0).reverse()) await u(); };
  try {
    let handleControl: (req: ControlRequest) => Promise<unknown> = async () => { throw new ControlError('starting', 'the node is starting'); };
    const control = new ControlServer(controlSocketPath(config.dataDir), (req) => handleControl(req));
    await control.listen();
    undo.push(() => control.close());

    // A standby keeps the global.db it will lead with, and a worker's store for the loops it runs meanwhile.
    const globalStore = listens ? new GlobalStore(databasePath(config.dataDir, 'master'), () => ctx.clock.now()) : null;
    const workerStore = isMaster ? null : new WorkerStore(databasePath(config.dataDir, 'worker'));
    for (const warning of exposedSecretWarnings(nodeSecretFiles(config))) log.warning(warning);
    undo.push(() => { globalStore?.close(); workerStore?.close(); });

    let server: PeerServer | null = null;
    let clusterPort: number | null = null;
    if (listens) {
      const s = new PeerServer({ keyring: ctx.keyring, ...ctx.peerOptions });
      try {
        clusterPort = (await s.listen(config.cluster.port, config.cluster.bindAddr)).port;
      } catch (err) {
        // The server's error already names the address: `cannot listen on HOST:PORT: EADDRINUSE ...`.
        throw new Error(`cluster port: ${(err as Error).message}`, { cause: err });
      }
      server = s;
      undo.push(() => s.close());
    }

    // Opened before the tree, like the cluster port, so that a clash stops the start and names the key.
    let scrape: () => Promise<string> = () => Promise.reject(new Error('the node is starting'));
    // Loaded only where used (prom-client; the master's role below): a worker's start, which its first sync
    // waits for, loads some 50 ms less.
    const exposition = config.metrics.port === 0 ? null : new (await import('../metrics/exposition')).MetricsExposition({ processMetrics: true });
    let metrics: { server: MetricsServer; port: number } | null = null;
    if (exposition) {
      const { port, bindAddr } = config.metrics;
      const m = new MetricsServer({ host: bindAddr, port, contentType: exposition.contentType, scrape: () => scrape() });
      try {
        metrics = { server: m, port: (await m.listen()).port };
      } catch (err) {
        throw new Error(`metrics.port: cannot listen on ${bindAddr}:${port} (${(err as Error).message}); choose a free port, or 0 to turn metrics off`, { cause: err });
      }
      undo.push(() => m.close());
    }

    // A worker takes agents once in sync with its master (or from an earlier run's synced state).
    const gate = isMaster ? null : new SyncGate({ dataDir: config.dataDir, log: log.task('Main'), clock: ctx.clock });
    // A worker that never synced loads its ruleset after its first sync, which brings it (a reload starts the
    // engine; a sync that changed no ruleset folder opens the gate, which starts it).
    const deferEngine = gate !== null && !standby && gate.refusal() !== null;
    const sink = createEventSink(ctx, { deferStart: deferEngine });
    undo.push(() => sink.close());
    if (deferEngine) undo.push(gate.changed.subscribe(() => { if (gate.refusal() === null) sink.start(); }));

    const supervisorLog = log.task('Supervisor');
    const system = startActorSystem<null, never>({
      name: config.cluster.nodeName,
      kind: isMaster ? 'MasterNode' : standby ? 'StandbyNode' : 'WorkerNode',
      restart: NODE_POLICY,
      init: () => null,
      receive: (s) => s,
    }, {
      clock: ctx.clock, random: ctx.random,
      onEvent: (e) => logSupervision(supervisorLog, e),
      onFatal: (err) => { log.error('A failure reached the root of the actor tree', err); opts.onFatal?.(err); },
    });
    undo.push(() => system.shutdown());
    const root = system.root;
    root.spawn(logRotationSpec({
      schedule: { cron: config.log.rotateAt },
      logsDir: path.join(config.dataDir, 'logs'),
      targets: [
        { name: 'cluster.log', rotate: (req) => log.rotate(req) },
        ...sink.files.map((f) => ({ name: path.basename(f.file), rotate: (req: ArchiveRequest) => f.rotate(req) })),
      ],
      clock: ctx.clock,
      log: log.task('Log rotation'),
    }));

    let agentServing: AgentServing | undefined;
    const moveAgents = (count: number, spreadMs: number, reason: string): Promise<number> => {
      if (!agentServing) return Promise.reject(new Error('the agent port is not open yet'));
      return agentServing.actor.ask<number>((reply) => ({ type: 'move', count, spreadMs, reason, reply }), MOVE_ASK_MS);
    };
    // What another node asks of this one (the shell's `connect`): only what may travel (relay-policy.ts).
    const relayed = relayedHandler((req) => handleControl(req));
    const startMasterRole = isMaster ? (await import('../master/master-node')).startMasterRole : null;
    const role = startMasterRole
      ? { ...startMasterRole({ ctx, root, store: globalStore!, server: server!, engine: sink, relayed }), agentsChanged: () => {}, leave: null }
      : startWorkerRole({ ctx, root, store: workerStore!, engine: sink, relayed, gate: gate!, moveAgents,
        standby: standby ? { replica: globalStore! } : undefined, leaderHint: opts.leaderHint ?? (standby ? leaderAddressOf(standby.leader, config.cluster.port) : undefined) });
    if (standby) root.spawn(standbyListenerSpec({ server: server!, nodeName: config.cluster.nodeName, leader: standby.leader, log, clock: ctx.clock }));
    handleControl = nodeControlHandler({
      config, registry: system.registry, tracer: system.tracer, now: () => ctx.clock.now(), role: role.control, relay: role.relay,
    });

    let enrollment: Awaited<ReturnType<typeof startEnrollment>>;
    try {
      const serving = agentServing = await startAgentServing({
        ctx, parent: root, sink, globalStore, workerStore, statusChanged: new Signal(), statusesRecorded: role.agentsChanged,
        refusing: standby ? () => STANDBY_REFUSAL : gate ? () => gate.refusal() : undefined,
      });
      undo.push(() => serving.close());
      enrollment = await startEnrollment(ctx, role.enroll);
      undo.push(() => enrollment.server.close());
      gate?.portsOpen();
      const roleControl = handleControl;
      handleControl = (req) => req.command === 'enrollment' ? Promise.resolve(enrollmentView(enrollment)) : roleControl(req);
    } catch (err) {
      throw new Error(`cannot serve agents on ${config.agents.bindAddr} (ports ${config.agents.port}, ${config.agents.enrollmentPort}): ${(err as Error).message}`, { cause: err });
    }
    if (exposition && metrics) {
      const actor = root.spawn(metricsSpec({
        exposition,
        read: () => readNodeSnapshot({
          node: { name: config.cluster.nodeName, role: config.cluster.nodeType, version: WARDEN_VERSION },
          registry: system.registry, meters: ctx.meters, globalStore, workerStore,
          agentPort: agentServing.server, enrollment, events: sink,
        }),
      }));
      scrape = () => actor.ask<Settled<string>>((reply) => ({ type: 'scrape', reply }), SCRAPE_TIMEOUT_MS)
        .then((r) => { if (!r.ok) throw r.error; return r.value; });
      log.info(`Serving metrics at http://${config.metrics.bindAddr}:${metrics.port}/metrics.`);
    }
    const started = isMaster ? `master${ctx.epoch ? ` (leader, epoch ${ctx.epoch})` : ''}, listening on ${config.cluster.bindAddr}:${clusterPort}`
      : standby ? `standby master, following the leader; workers reaching ${config.cluster.bindAddr}:${clusterPort} are sent to it`
        : `worker, master${config.cluster.nodes.length > 1 ? 's' : ''} at ${config.cluster.nodes.join(', ')}`;
    log.info(`Started ${started} (Warden ${WARDEN_VERSION}).`);

    const serving = agentServing;
    let stopping: Promise<void> | null = null;
    return {
      ctx, system, clusterPort, globalStore, workerStore, agentPort: serving.port, agentServing: serving,
      enrollmentPort: enrollment.port, metricsPort: metrics?.port ?? null,
      agentsChanged: role.agentsChanged,
      syncGate: gate,
      // A worker leaves first (its agents go elsewhere, the master forgets it); then the ports (nothing new
      // comes in), the tree, the engine and the stores.
      stop: (reason = 'stopped') => stopping ??= (async () => {
        await control.close();
        await metrics?.server.close();
        if (role.leave) {
          await leaveCluster({
            agents: serving.server, closeEnrollment: () => enrollment.server.close(), tellMaster: role.leave, reason,
            graceMs: ctx.tuning.leaveGraceMs ?? LEAVE_GRACE_MS, clock: ctx.clock, log: log.task('Main'),
          }).catch((err: Error) => log.error('Could not leave the cluster gracefully', err));
        }
        await enrollment.server.close();
        await serving.close();
        await system.shutdown();
        await sink.close();
        if (server) await server.close();
        globalStore?.close();
        workerStore?.close();
        log.info('Stopped.');
      })(),
    };
  } catch (err) {
    await unwind();
    throw err;
  }
}

/** The leader a standby follows, as an address to dial (its own name excluded: it never dials itself). */
function leaderAddressOf(leader: () => LeaderInfo | null, defaultPort: number): () => NodeAddress | null {
  return () => {
    const l = leader();
    return l?.address ? parseNodeAddress(l.address, defaultPort) ?? null : null;
  };
}

function logSupervision(log: TaskLog, e: SupervisionEvent): void {
  switch (e.type) {
    case 'crashed': {
      const still = e.failing ? ' It keeps failing: retrying at its longest backoff.' : '';
      log.error(`${e.path} failed: ${e.error.message}. Restarting in ${(e.restartInMs / 1000).toFixed(2)}s (failure ${e.attempt} in the budget window).${still}`);
      return;
    }
    case 'restarted':
      log.info(`${e.path} restarted.`);
      return;
    case 'escalated':
      // A lost link goes up by design (the connection's parent logs the disconnect); anything else is news.
      if (e.reason === 'budget') log.error(`${e.path} failed past its restart budget: ${e.error.message}. Escalating to its parent.`);
      else log.debug(`${e.path} stopped (${e.reason === 'link' ? 'link failure' : 'its policy hands failures up'}): ${rootMessage(e.error)}.`);
      return;
    case 'dropped':
      log.warning(`${e.path}: mailbox full (${e.mailbox}); a message was dropped.`);
      return;
  }
}

// A sync interrupted by a crash is finished (or undone) before anything reads or writes etc/; a journal
// that cannot be replayed is set aside and said loudly, never a reason to stay down.
async function recoverSyncedFiles(config: WardenConfig, log: ClusterLog, clock: Clock): Promise<void> {
  const r = await recoverIntegrity({ dataDir: config.dataDir, ownConfigPath: config.configPath, now: clock.now() });
  const task = log.task('Integrity sync');
  if (r.outcome === 'set_aside') task.error(describeRecovery(r));
  else if (r.outcome !== 'clean') task.warning(describeRecovery(r));
  for (const u of r.unwritable) task.warning(`Could not write ${shownPath(u.path)}: ${u.reason}. Left as it was; the next sync tries again.`);
}
