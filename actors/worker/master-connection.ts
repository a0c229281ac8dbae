// The worker's side of its connection to the master: its loop actors and the master's requests.
import { ActorSpec } from '../supervision/actor';
import { Peer } from '../../protocol/peer';
import { body } from '../../protocol/envelope';
import { NodeContext } from '../node/node-context';
import { keepAliveSenderSpec } from '../keepalive/keepalive-sender';
import { connectionSupervisorSpec, ConnectionMsg } from '../node/connection-supervisor';
import { WorkerStore } from '../../store/worker-store';
import { agentInfoSenderSpec } from '../agents/agent-info-sender';
import { RegistryReceiver } from '../agents/registry-receiver';
import { integrityWorkerSpec, noticeFromMaster } from '../integrity/integrity-worker';
import { engineHubOf } from '../analysis/engine-hub';
import { engineReportExtras } from '../integrity/ruleset-view';

export type MasterConnectionMsg = ConnectionMsg;

export interface MasterConnectionDeps {
  ctx: NodeContext;
  peer: Peer;
  masterName: string;
  onClosed: (reason: string) => void;
  store: WorkerStore;
}

export function masterConnectionSpec(d: MasterConnectionDeps): ActorSpec<unknown, MasterConnectionMsg> {
  const { ctx, peer } = d;
  const intervals = ctx.config.intervals;
  return connectionSupervisorSpec({
    name: 'master',
    kind: 'MasterConnection',
    peer,
    log: ctx.log.task('Main'),
    otherSide: 'the master',
    summary: () => `${d.masterName} at ${peer.remoteAddress}`,
    onClosed: d.onClosed,
    spawnLoops: (self) => ({
      keepAlive: self.spawn(keepAliveSenderSpec({
        everyMs: intervals.keepAlive,
        timeoutMs: intervals.keepAliveTimeout,
        now: ctx.now,
        log: ctx.log.task('Keep Alive'),
        sendKeepAlive: async (timeoutMs) => {
          const r = await peer.request(body('keepAlive', { sentAtMs: ctx.now() }), timeoutMs);
          if (r.body.kind !== 'keepAliveAck') throw new Error(`unexpected answer ${r.body.kind}`);
        },
        reconnect: (reason) => peer.close(new Error(reason)),
      })),
      agentInfo: self.spawn(agentInfoSenderSpec({
        peer, store: d.store, everyMs: intervals.agentInfo, debounceMs: 100, batchSize: 10_000, now: ctx.now,
        log: ctx.log.task('Agent-info sync'),
      })),
      integrity: self.spawn(integrityWorkerSpec({
        peer, dataDir: ctx.config.dataDir, ownConfigPath: ctx.config.configPath, everyMs: intervals.integrity, log: ctx.log, now: ctx.now,
        onRulesetChanged: () => engineHubOf(ctx).rulesetChanged(),
        reportExtras: () => engineReportExtras(engineHubOf(ctx).status()),
      })),
      registry: new RegistryReceiver(d.store, (added, deleted) => {
        if (added || deleted.length) ctx.log.task('Agent-groups recv').info(`Registry updated: ${added} agents added or changed, ${deleted.length} deleted.`);
      }),
    }),
    handle: async (env, loops) => {
      switch (env.body.kind) {
        case 'ping': return body('pong', { payload: env.body.value.payload });
        case 'registryStateRequest': return body('registryState', loops.registry.state());
        case 'registryUpdate': return body('registryState', loops.registry.apply(env.body.value));
        case 'integrityChanged':
          loops.integrity.tell(noticeFromMaster());
          return body('integrityAck', {});
        default: return body('error', { code: 'unsupported', message: `the worker does not handle ${env.body.kind}` });
      }
    },
  }) as ActorSpec<unknown, MasterConnectionMsg>;
}
