// A node's agent side: the agent port (Wazuh's remoted), its actor, and where statuses and events go.
// On a worker statuses go to the local store (the AgentInfoActor sends them on); on the master, to the
// registry directly, as the node serving those agents.
import * as path from 'path';
import { ActorHandle } from '../supervision/actor';
import { AgentServer } from '../../agents/server/agent-server';
import { AgentDirectory } from '../../agents/server/agent-directory';
import { StatusTracker } from '../../agents/server/status-tracker';
import { MergedCache } from '../../agents/groups/merged-cache';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { agentServerSpec, AgentServerMsg } from '../agents/agent-server-actor';
import { CounterBook, CounterEntry } from '../../agents/server/counter-book';
import { COUNTER_FILE, loadCounters, saveCounters } from '../../agents/server/counter-file';
import { agentConnectionCap } from '../../agents/server/agent-port-limits';
import { openFileLimit } from '../../lib/open-file-limit';
import type { TaskLog } from '../../log/task-log';
import type { EventSink } from './analysis-sink';
import { NodeContext } from './node-context';
import type { Signal } from '../../lib/signal';

/** How often the counter book is written while agents.verify_counters is on (and at stop). */
const COUNTERS_SAVE_EVERY_MS = 10_000;

/** The Wazuh version Warden presents to agents: agents newer than this are refused, as Wazuh does. */
export const MANAGER_WAZUH_VERSION = 'v4.14.7';

export interface AgentServing {
  port: number;
  server: AgentServer;
  sink: EventSink;
  merged: MergedCache;
  actor: ActorHandle<AgentServerMsg>;
  close(): Promise<void>;
}

export interface AgentServingDeps {
  ctx: NodeContext;
  /** The actor the agent server's actor is spawned under (the node's root). */
  parent: ActorHandle<unknown>;
  /** Where events go (the node's engine); closed with the agent side. */
  sink: EventSink;
  globalStore: GlobalStore | null;
  workerStore: WorkerStore | null;
  /** Worker: status rows were recorded; the AgentInfoActor should send them soon. */
  statusesRecorded: () => void;
  /** Fired by the agent server on every connect and disconnect (the actor subscribes). */
  statusChanged: Signal;
  /** Why new agent connections are refused now (a worker's sync gate), null when they are taken. */
  refusing?: () => string | null;
}

export async function startAgentServing(d: AgentServingDeps): Promise<AgentServing> {
  const { ctx, sink } = d;
  const directory = d.globalStore
    ? new AgentDirectory((id) => d.globalStore!.registryEntry(id), () => d.globalStore!.registry())
    : new AgentDirectory((id) => d.workerStore!.agent(id), () => d.workerStore!.registry());
  const tracker = new StatusTracker();
  const now = () => ctx.clock.now();
  const log = ctx.log.task('Agents');
  const merged = new MergedCache(path.join(ctx.config.dataDir, 'etc', 'shared'), now, (msg) => log.warning(`merged.mg: ${msg}`));
  const verify = ctx.config.agents.verifyCounters;
  const counterFile = path.join(ctx.config.dataDir, COUNTER_FILE);
  const counters = new CounterBook(verify, verify ? restoreCounters(counterFile, log) : []);
  const fileLimit = openFileLimit();
  const server = new AgentServer({
    directory, tracker, merged, clock: ctx.clock, managerVersion: MANAGER_WAZUH_VERSION,
    log,
    onEvent: (agent, ev, ip) => sink.onEvent(agent, ev, ip),
    onStatusChange: () => d.statusChanged.fire(),
    counters,
    limits: { idleAfterMs: ctx.config.intervals.agentDisconnect, maxConnections: agentConnectionCap(fileLimit) },
    refusing: d.refusing,
  });
  // Nothing is connected yet: whatever the store says is active was served by an earlier process.
  const leftovers = d.workerStore
    ? d.workerStore.disconnectLeftovers(ctx.clock.now())
    : d.globalStore!.disconnectAgentsOf(ctx.config.cluster.nodeName);
  if (leftovers > 0) log.info(`${leftovers} agents recorded active here by an earlier run are disconnected until they connect again.`);
  const { port } = await server.listen(ctx.config.agents.port, ctx.config.agents.bindAddr);
  const actor = d.parent.spawn(agentServerSpec({
      server, tracker, statusChanged: d.statusChanged,
      exists: (id) => directory.lookup(id) !== undefined,
      record: (updates) => {
        if (d.globalStore) d.globalStore.applyAgentInfo(ctx.config.cluster.nodeName, updates);
        else { d.workerStore!.recordStatuses(updates); d.statusesRecorded(); }
      },
      disconnectAfterMs: ctx.config.intervals.agentDisconnect,
      sweepEveryMs: Math.min(1_000, ctx.config.intervals.agentDisconnect / 4),
      flushDebounceMs: 100,
      // Only an enforced book is worth keeping across restarts; off, it is what Wazuh's default records.
      saveCounters: verify ? () => saveCounterBook(counters, counterFile) : () => undefined,
      countersSaveEveryMs: COUNTERS_SAVE_EVERY_MS,
      clock: ctx.clock,
      log,
  }));
  const l = server.limits;
  log.info(`Listening for agents on ${ctx.config.agents.bindAddr}:${port}: at most ${l.maxConnections} connections ` +
    `(open-file limit ${fileLimit ?? 'unknown'}), ${l.preAuthTotal} of them unauthenticated (${l.preAuthPerAddress} per address); ` +
    `message counters ${verify ? 'verified' : 'recorded, not verified'}.`);
  return {
    port, server, sink, merged, actor,
    close: () => server.close(),
  };
}

/** Writes the book when it changed; a failed write throws (the actor's supervisor retries) and stays unsaved. */
function saveCounterBook(counters: CounterBook, file: string): void {
  const entries = counters.unsaved();
  if (!entries) return;
  saveCounters(file, entries);
  counters.markSaved();
}

/** The saved counter book; a file that cannot be read costs replay protection until each agent speaks again, not the node. */
function restoreCounters(file: string, log: TaskLog): [number, CounterEntry][] {
  try {
    return loadCounters(file);
  } catch (err) {
    log.warning(`Cannot read the message counters (${(err as Error).message}): starting without them; each agent's next message sets its counters again.`);
    return [];
  }
}
