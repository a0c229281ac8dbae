// What every actor of a node shares: config, log, clock, randomness, keyring, transport limits and meters.
import { WardenConfig } from '../../config/schema';
import type { ClusterLog } from '../../log/cluster-log';
import type { Clock, Random } from '../../lib/clock';
import { Keyring } from '../../protocol/keyring';
import { PeerOptions } from '../../protocol/peer-options';
import type { NodeMeters } from '../metrics/node-meters';
import type { PlacementTimings } from '../master/placement';
import type { RebalancePolicy } from '../master/rebalance-plan';
import type { ReplicaSendLimits } from '../replication/replica-sender';

/** Timings and thresholds whose defaults suit production (each named where it is defined); tests shorten them. */
export interface NodeTuning {
  placement?: Partial<PlacementTimings>;
  rebalance?: RebalancePolicy;
  /** How long a leaving worker waits for its agents to go (node.ts, LEAVE_GRACE_MS). */
  leaveGraceMs?: number;
  /** Master high availability: the write barrier's bound (STANDBY_ACK_TIMEOUT_MS) and the replication sizes. */
  replication?: { ackTimeoutMs?: number } & Partial<ReplicaSendLimits>;
}

export interface NodeContext {
  config: WardenConfig;
  log: ClusterLog;
  keyring: Keyring;
  clock: Clock;
  random: Random;
  /** Transport limits and deadlines; the defaults suit production, tests shorten them. */
  peerOptions: PeerOptions;
  /** Counters the live code feeds for /metrics (links, integrity runs). */
  meters: NodeMeters;
  tuning: NodeTuning;
  /** A master's leadership epoch (cluster.etcd); 0 for a single master without etcd, and on workers. */
  epoch: number;
  /** Whether this leader may acknowledge a write now (its etcd lease is surely held); absent without etcd. */
  canWrite?: () => boolean;
}
