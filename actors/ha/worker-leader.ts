// worker-leader.ts: a worker with cluster.etcd watches the leader key, so that after a failover it dials
// the new leader first instead of going round cluster.nodes (issue 14). etcd being unreachable changes
// nothing for the worker: it keeps the last leader it read, and cluster.nodes still holds every master.
import type { EtcdConfig } from '../../config/etcd';
import { type NodeAddress, parseNodeAddress } from '../../config/address';
import type { ClusterLog } from '../../log/task-log';
import { RepeatLimiter } from '../../log/repeat-limiter';
import { systemClock } from '../../lib/clock';
import { openEtcd } from './etcd-client';
import { keepAlivePeriodMs } from './leadership';
import { watchLeader } from './leader-watch';
import type { LeaderInfo } from './etcd-election';

const ERROR_LOG_INTERVAL_MS = 60_000;

export interface WorkerLeaderWatch {
  /** The leader's cluster address as last read; null before the first read or while none leads. */
  hint(): NodeAddress | null;
  stop(): Promise<void>;
}

export function watchWorkerLeader(etcd: EtcdConfig, defaultPort: number, log: ClusterLog): WorkerLeaderWatch {
  const task = log.task('Election');
  const errors = new RepeatLimiter(task, systemClock, { intervalMs: ERROR_LOG_INTERVAL_MS });
  const client = openEtcd({ endpoints: etcd.endpoints, callTimeoutMs: Math.max(1_000, keepAlivePeriodMs(etcd.leaseTtlMs)) });
  let leader: LeaderInfo | null = null;
  const w = watchLeader(client, etcd.prefix, (l) => {
    leader = l;
    task.info(l ? `etcd names ${l.node} at ${l.address} the leader (epoch ${l.epoch}).` : 'etcd names no leader right now.');
  }, { onError: (err) => errors.warning('etcd', `Cannot read the leader from etcd (${etcd.endpoints.join(', ')}): ${err.message}. The masters of cluster.nodes are dialed meanwhile.`) });
  return {
    hint: () => (leader?.address ? parseNodeAddress(leader.address, defaultPort) ?? null : null),
    stop: async () => {
      await w.stop();
      errors.close();
      client.close();
    },
  };
}
