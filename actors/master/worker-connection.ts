// The master's side of one worker connection: its loop actors and the worker's requests.
import { ActorSpec } from '../supervision/actor';
import { ClusterLog } from '../../log/cluster-log';
import { Peer } from '../../protocol/peer';
import { body, Body } from '../../protocol/envelope';
import { keepAliveCheckSpec } from '../keepalive/keepalive-check';
import { ControlRequestHandler } from '../node/node-context';
import { connectionSupervisorSpec, ConnectionMsg } from '../node/connection-supervisor';
import { GlobalStore } from '../../store/global-store';
import { RegistryFeed } from '../agents/local-agent-groups';
import { groupSenderSpec } from '../agents/group-sender';
import { infoFromWire } from '../agents/agent-codec';
import { LoopName, LoopRun } from './worker-table';
import { IntegrityFeed, integrityFeedOf } from '../integrity/integrity-feed';
import { FETCH_TIMEOUT_MS, INTEGRITY_REQUESTS, integrityMasterSpec } from '../integrity/integrity-master';

export type WorkerConnectionMsg = ConnectionMsg;

export interface WorkerConnectionDeps {
  name: string;
  generation: number;
  peer: Peer;
  log: ClusterLog;
  now: () => number;
  keepAliveTimeoutMs: number;
  keepAliveCheckMs: number;
  onKeepAlive: (at: number) => void;
  /** Cluster-wide control commands forwarded by the worker. */
  control: ControlRequestHandler;
  /** Tells the listener the connection is gone. */
  onClosed: (reason: string) => void;
  store: GlobalStore;
  feed: RegistryFeed;
  agentGroupsMs: number;
  /** A loop of this connection finished a run (for `health`). */
  onLoopRan: (loop: LoopName, run: LoopRun) => void;
  /** The master's table of synced files; by default the one the node attached to `feed`. */
  integrity?: IntegrityFeed;
  /** The master's data_dir, where the synced files are read. */
  dataDir?: string;
}

export function workerConnectionSpec(d: WorkerConnectionDeps): ActorSpec<unknown, WorkerConnectionMsg> {
  const integrity = d.integrity ?? integrityFeedOf(d.feed);
  return connectionSupervisorSpec({
    name: d.name,
    kind: 'WorkerConnection',
    peer: d.peer,
    log: d.log.task('Main', d.name),
    otherSide: 'the worker',
    summary: () => `${d.peer.remoteAddress} generation=${d.generation}`,
    onClosed: d.onClosed,
    spawnLoops: (self) => ({
      keepAlive: self.spawn(keepAliveCheckSpec({
        timeoutMs: d.keepAliveTimeoutMs,
        checkEveryMs: d.keepAliveCheckMs,
        now: d.now,
        log: d.log.task('Keep Alive', d.name),
        onKeepAlive: d.onKeepAlive,
        dropWorker: (reason) => d.peer.close(new Error(reason)),
      })),
      groupSender: self.spawn(groupSenderSpec({
        peer: d.peer, store: d.store, feed: d.feed, everyMs: d.agentGroupsMs, now: d.now,
        log: d.log.task('Agent-groups send', d.name),
        report: (r) => d.onLoopRan('agentGroups', { at: r.at, durationMs: r.durationMs, counts: { sent: r.sent, full: r.full ? 1 : 0 } }),
      })),
      integrity: integrity ? self.spawn(integrityMasterSpec({
        worker: d.name, peer: d.peer, feed: integrity, dataDir: d.dataDir ?? integrity.dataDir, log: d.log, now: d.now, onLoopRan: d.onLoopRan,
      })) : null,
    }),
    handle: async (env, loops) => {
      if (INTEGRITY_REQUESTS.has(env.body.kind)) {
        if (!loops.integrity) return body('error', { code: 'unsupported', message: 'this master does not sync files' });
        const actor = loops.integrity;
        return actor.ask<Body>((reply) => ({ type: 'request', env, reply }), FETCH_TIMEOUT_MS);
      }
      switch (env.body.kind) {
        case 'keepAlive':
          return new Promise((resolve) => loops.keepAlive.tell({
            type: 'received', at: d.now(), ack: () => resolve(body('keepAliveAck', { receivedAtMs: d.now() })),
          }));
        case 'controlRequest': {
          const req = env.body.value;
          const result = await d.control({ command: req.command, args: parseArgs(req.argsJson) });
          return body('controlResponse', { resultJson: JSON.stringify(result) });
        }
        case 'ping':
          return body('pong', { payload: env.body.value.payload });
        case 'agentInfoBatch':
          return applyAgentInfo(d, env.body.value.agents);
        default:
          return body('error', { code: 'unsupported', message: `the master does not handle ${env.body.kind} from a worker` });
      }
    },
  }) as ActorSpec<unknown, WorkerConnectionMsg>;
}

/** Commits a worker's batch; the ack tells the worker it may mark the rows synced. */
function applyAgentInfo(d: WorkerConnectionDeps, agents: Parameters<typeof infoFromWire>[0][]): Body {
  const started = d.now();
  const t0 = performance.now();
  const updates = [];
  const refused: number[] = [];
  for (const a of agents) {
    const u = infoFromWire(a);
    if (u) updates.push(u); else refused.push(a.id ?? 0);
  }
  const t1 = performance.now();
  const r = d.store.applyAgentInfo(d.name, updates);
  // WARDEN_AGENT_INFO_TIMING=1: the conversion and the commit apart (the agent-info bench reads it).
  const split = process.env.WARDEN_AGENT_INFO_TIMING ? ` [convert ${(t1 - t0).toFixed(0)} ms, commit ${(performance.now() - t1).toFixed(0)} ms, at ${Date.now() % 100_000}]` : '';
  const dropped = [...refused, ...r.dropped.filter((x) => x.reason === 'unknown_agent').map((x) => x.id)];
  const durationMs = d.now() - started;
  d.onLoopRan('agentInfo', { at: d.now(), durationMs, counts: { received: agents.length, applied: r.applied, dropped: r.dropped.length + refused.length } });
  d.log.task('Agent-info sync', d.name).info(`Stored ${r.applied} of ${agents.length} agent rows in ${(durationMs / 1000).toFixed(3)}s.${split}`);
  return body('agentInfoAck', { applied: r.applied, dropped });
}

function parseArgs(json: string): Record<string, unknown> {
  if (!json) return {};
  const v = JSON.parse(json) as unknown;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
