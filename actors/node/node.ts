// One Warden node, master or worker: data directory, log, control socket and the actor tree.
import { WardenConfig } from '../../config/schema';
import { ClusterLog } from '../../log/cluster-log';
import { Keyring } from '../../protocol/keyring';
import { PeerServer } from '../../protocol/peer';
import { PeerOptions } from '../../protocol/peer-options';
import { startActorSystem, ActorSystem } from '../supervision/system';
import { SupervisionEvent } from '../supervision/actor';
import { ControlServer, controlSocketPath } from '../control/control-server';
import { ControlError, ControlRequest } from '../control/control-protocol';
import { listenerSpec, ListenerMsg } from '../master/listener';
import { healthView, MasterSelf, nodesView } from '../master/cluster-views';
import { WorkerEntry } from '../master/worker-table';
import { dialerSpec, DialerMsg } from '../worker/dialer';
import { NodeContext } from './node-context';
import { AgentServing, startAgentServing } from './agent-serving';
import { masterEnrollDecider, startEnrollment, workerEnrollDecider } from './enrollment';
import * as path from 'path';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { localAgentGroupsSpec, RegistryFeed } from '../agents/local-agent-groups';
import { ensureDefaultGroup, REGISTRY_COMMANDS, runRegistryCommand } from '../agents/registry-commands';
import { prepareDataDir } from './data-dir';
import { WARDEN_VERSION } from './version';
import { attachIntegrityFeed, IntegrityFeed } from '../integrity/integrity-feed';
import { localIntegritySpec } from '../integrity/local-integrity';
import { recoverIntegrity } from '../integrity/apply';
import { rulesetView } from '../integrity/ruleset-view';

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
  /** Tells the worker's AgentInfoActor that statuses changed, so it sends them soon. */
  agentsChanged(): void;
  stop(): Promise<void>;
}

export interface NodeOptions {
  log: ClusterLog;
  now?: () => number;
  random?: () => number;
  /** A failure that went past every restart budget up to the root: the daemon stops. */
  onFatal?: (err: Error) => void;
  peerOptions?: PeerOptions;
}

const ASK_TIMEOUT_MS = 5_000;
/** What a worker asks the master on the operator's behalf. */
const FORWARDED = new Set<string>(['nodes', 'health', 'ruleset', 'enroll', ...REGISTRY_COMMANDS]);

export async function startNode(config: WardenConfig, opts: NodeOptions): Promise<RunningNode> {
  const log = opts.log;
  const ctx: NodeContext = {
    config, log,
    keyring: new Keyring({ key: config.cluster.key, previousKeys: config.cluster.previousKeys }),
    now: opts.now ?? Date.now,
    random: opts.random ?? Math.random,
    peerOptions: opts.peerOptions ?? {},
  };
  await recoverSyncedFiles(config, log);
  prepareDataDir(config.dataDir);
  const isMaster = config.cluster.nodeType === 'master';
  let handleControl: (req: ControlRequest) => Promise<unknown> = async () => { throw new ControlError('starting', 'the node is starting'); };
  const control = new ControlServer(controlSocketPath(config.dataDir), (req) => handleControl(req));
  await control.listen();

  const dbDir = path.join(config.dataDir, 'queue', 'db');
  const globalStore = isMaster ? new GlobalStore(path.join(dbDir, 'global.db'), ctx.now) : null;
  const workerStore = isMaster ? null : new WorkerStore(path.join(dbDir, 'worker.db'));
  const closeStores = () => { globalStore?.close(); workerStore?.close(); };
  let server: PeerServer | null = null;
  let decideEnroll: (line: string, ip: string) => Promise<string> = async () => { throw new Error('not ready'); };
  let clusterPort: number | null = null;
  if (isMaster) {
    server = new PeerServer({ keyring: ctx.keyring, ...ctx.peerOptions });
    try {
      clusterPort = (await server.listen(config.cluster.port, config.cluster.bindAddr)).port;
    } catch (err) {
      await control.close();
      closeStores();
      throw new Error(`cannot listen on ${config.cluster.bindAddr}:${config.cluster.port}: ${(err as Error).message}`, { cause: err });
    }
  }

  const supervisorLog = log.task('Supervisor');
  const system = startActorSystem<null, never>({
    name: config.cluster.nodeName,
    kind: isMaster ? 'MasterNode' : 'WorkerNode',
    init: () => null,
    receive: (s) => s,
  }, {
    now: ctx.now, random: ctx.random,
    onEvent: (e) => logSupervision(supervisorLog, e),
    onFatal: (err) => { log.error('A failure reached the root of the actor tree', err); opts.onFatal?.(err); },
  });

  if (isMaster) {
    const store = globalStore!;
    const feed = new RegistryFeed();
    const integrity = new IntegrityFeed(config.dataDir);
    attachIntegrityFeed(feed, integrity);
    system.root.spawn(localIntegritySpec({
      dataDir: config.dataDir, feed: integrity, everyMs: config.intervals.localIntegrity, log: log.task('Local integrity'), now: ctx.now,
    }));
    const agentGroups = system.root.spawn(localAgentGroupsSpec({
      store, feed, everyMs: config.intervals.agentGroups, log: log.task('Local agent-groups'),
    }));
    const registryDeps = { store, dataDir: config.dataDir, changed: () => agentGroups.tell({ type: 'poke' }) };
    ensureDefaultGroup(registryDeps);
    const masterDecide = masterEnrollDecider(ctx, store, registryDeps.changed);
    decideEnroll = async (line, ip) => masterDecide(line, ip);
    const self: MasterSelf = { name: config.cluster.nodeName, version: WARDEN_VERSION, address: config.cluster.bindAddr };
    const workers = () => listener.ask<WorkerEntry[]>((reply) => ({ type: 'workers', reply }), ASK_TIMEOUT_MS);
    const clusterWide = async (req: ControlRequest): Promise<unknown> => {
      switch (req.command) {
        case 'nodes': return nodesView(self, await workers());
        case 'health': return healthView(self, await workers(), ctx.now(), (node) => store.activeAgentsOn(node));
        case 'enroll': return { reply: masterDecide(String(req.args?.line ?? ''), String(req.args?.sourceIp ?? '')) };
        case 'ruleset': return rulesetView(self.name, integrity.current, (await workers()).map((w) => w.name), integrity.workerReports());
        default: return runRegistryCommand(req, registryDeps);
      }
    };
    const listener = system.root.spawn<unknown, ListenerMsg>(listenerSpec({ ctx, self, control: clusterWide, server: server!, store, feed }) as never);
    handleControl = (req) => req.command === 'actors' ? Promise.resolve({ actors: system.registry.snapshot() }) : clusterWide(req);
  } else {
    const dialer = system.root.spawn<unknown, DialerMsg>(dialerSpec(ctx, workerStore!) as never);
    handleControl = async (req) => {
      if (req.command === 'actors') return { actors: system.registry.snapshot() };
      if (!FORWARDED.has(req.command)) {
        throw new ControlError('unknown_command', `unknown command ${JSON.stringify(req.command)}`);
      }
      const r = await dialer.ask<{ ok: true; result: unknown } | { ok: false; error: Error }>(
        (reply) => ({ type: 'forward', req, reply }), 20_000);
      if (!r.ok) throw r.error;
      return r.result;
    };
    decideEnroll = workerEnrollDecider(ctx, (req) => handleControl(req));
  }
  let agentServing: AgentServing | undefined;
  let enrollment: Awaited<ReturnType<typeof startEnrollment>> | undefined;
  try {
    agentServing = await startAgentServing({
      ctx, root: system.root, globalStore, workerStore,
      statusesRecorded: () => system.root.child('dialer')?.child('master')?.child('agent-info')?.tell({ type: 'changed' }),
    });
    enrollment = await startEnrollment(ctx, decideEnroll);
  } catch (err) {
    await system.shutdown();
    await agentServing?.close();
    await control.close();
    if (server) await server.close();
    closeStores();
    throw new Error(`cannot serve agents on ${config.cluster.bindAddr} (ports ${config.agents.port}, ${config.agents.enrollmentPort}): ${(err as Error).message}`, { cause: err });
  }
  log.info(`Started ${isMaster ? `master, listening on ${config.cluster.bindAddr}:${clusterPort}` : `worker, master at ${config.cluster.nodes[0]}`} (Warden ${WARDEN_VERSION}).`);

  let stopping: Promise<void> | null = null;
  return {
    ctx, system, clusterPort, globalStore, workerStore, agentPort: agentServing.port, agentServing,
    enrollmentPort: enrollment.port,
    agentsChanged: () => system.root.child('dialer')?.child('master')?.child('agent-info')?.tell({ type: 'changed' }),
    stop: () => stopping ??= (async () => {
      await control.close();
      await enrollment!.server.close();
      await system.shutdown();
      await agentServing!.close();
      if (server) await server.close();
      closeStores();
      log.info('Stopped.');
    })(),
  };
}

function logSupervision(log: ReturnType<ClusterLog['task']>, e: SupervisionEvent): void {
  switch (e.type) {
    case 'crashed':
      log.error(`${e.path} crashed: ${e.error.message}. Restarting in ${(e.restartInMs / 1000).toFixed(2)}s (restart ${e.attempt} in the budget window).`);
      return;
    case 'restarted':
      log.info(`${e.path} restarted.`);
      return;
    case 'escalated':
      log.error(`${e.path} failed past its restart budget: ${e.error.message}. Escalating to its parent.`);
      return;
    case 'dropped':
      log.warning(`${e.path}: mailbox full (${e.mailbox}); a message was dropped.`);
      return;
  }
}

// A sync interrupted by a crash is finished (or undone) before anything reads or writes etc/.
async function recoverSyncedFiles(config: WardenConfig, log: ClusterLog): Promise<void> {
  const r = await recoverIntegrity({ dataDir: config.dataDir, ownConfigPath: config.configPath });
  if (r.outcome === 'clean') return;
  const detail = r.outcome === 'rolled_forward' ? `: ${r.written} written, ${r.deleted} deleted, ${r.unverified.length} unverified` : '';
  log.task('Integrity sync').warning(`Recovered an interrupted apply (${r.outcome.replace('_', ' ')})${detail}.`);
}
